#include "embedding/colourhistogramembedder.h"

#include "models/preprocessor.h"

#include <algorithm>
#include <cmath>

namespace lookbook::embedding {

FloatMatrix ColourHistogramEmbedder::embed(const models::DecodedImage &image, const std::vector<Box> &boxes) const
{
    // The preprocessor's crops (RGB, 0–1) at a small size: enough pixels for a histogram.
    models::Preprocessing preprocessing;
    preprocessing.inputWidth = 32;
    preprocessing.inputHeight = 32;
    const models::TensorBatch batch = models::Preprocessor::crops(image, boxes, 0.0, preprocessing);
    const size_t plane = static_cast<size_t>(batch.width) * batch.height;
    FloatMatrix out(static_cast<std::int64_t>(boxes.size()), dimension());
    for (size_t i = 0; i < boxes.size(); ++i) {
        const float *rgb = batch.data.data() + 3 * plane * i;
        float *histogram = out.row(static_cast<std::int64_t>(i));
        const auto bin = [this](float v) { return std::clamp(static_cast<int>(v * m_bins), 0, m_bins - 1); };
        for (size_t p = 0; p < plane; ++p)
            histogram[(bin(rgb[p]) * m_bins + bin(rgb[plane + p])) * m_bins + bin(rgb[2 * plane + p])] += 1.0f;
        // √(count / n) is already of unit length: the Hellinger embedding of the distribution.
        for (int c = 0; c < dimension(); ++c)
            histogram[c] = std::sqrt(histogram[c] / static_cast<float>(plane));
    }
    return out;
}

} // namespace lookbook::embedding
