#pragma once

#include "common/box.h"
#include "common/floatmatrix.h"
#include "models/decodedimage.h"

#include <vector>

namespace lookbook::embedding {

// The trivial baseline of issue #6 ("beat a colour-histogram matcher by 0.25 Acc@10"): a joint RGB
// histogram of each box, bins³ cells, square-rooted (Hellinger) and L2-normalised, so that cosine
// search over it compares colour distributions.
class ColourHistogramEmbedder final
{
public:
    explicit ColourHistogramEmbedder(int bins = 8) : m_bins(bins) {}

    int dimension() const { return m_bins * m_bins * m_bins; }
    FloatMatrix embed(const models::DecodedImage &image, const std::vector<Box> &boxes) const;

private:
    int m_bins;
};

} // namespace lookbook::embedding
