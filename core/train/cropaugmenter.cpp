#include "train/cropaugmenter_p.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace lookbook::train {

CropAugmenter::CropAugmenter(const AugmentationParams &params, int inputSize, quint64 seed) : m_params(params), m_inputSize(inputSize), m_jitter(params.brightness, params.contrast, params.saturation), m_rng(seed)
{
}

double CropAugmenter::uniform(double low, double high)
{
    return std::uniform_real_distribution<double>(low, high)(m_rng);
}

cv::Mat CropAugmenter::cache(const cv::Mat &image, double x1, double y1, double x2, double y2, double cacheMargin, int inputSize)
{
    // The cache holds the box at the input size, so that the centre crop needs no second resampling.
    const int side = static_cast<int>(std::lround(inputSize * (1.0 + 2.0 * cacheMargin)));
    const double mx = cacheMargin * (x2 - x1), my = cacheMargin * (y2 - y1);
    const cv::Rect wanted(static_cast<int>(std::floor(x1 - mx)), static_cast<int>(std::floor(y1 - my)),
                          std::max(1, static_cast<int>(std::ceil(x2 + mx) - std::floor(x1 - mx))),
                          std::max(1, static_cast<int>(std::ceil(y2 + my) - std::floor(y1 - my))));
    // Context beyond the image is replicated from its border, so that the box keeps its place in the cache.
    cv::Mat region;
    const cv::Rect inside = wanted & cv::Rect(0, 0, image.cols, image.rows);
    if (inside.area() == 0)
        return cv::Mat(side, side, CV_8UC3, cv::Scalar::all(0));
    cv::copyMakeBorder(image(inside), region, inside.y - wanted.y, wanted.br().y - inside.br().y, inside.x - wanted.x, wanted.br().x - inside.br().x,
                       cv::BORDER_REPLICATE);
    cv::Mat out;
    cv::resize(region, out, cv::Size(side, side), 0, 0, cv::INTER_AREA);
    return out;
}

cv::Mat CropAugmenter::centre(const cv::Mat &cached, double cacheMargin, int inputSize)
{
    const double unit = cached.cols / (1.0 + 2.0 * cacheMargin);
    const int offset = static_cast<int>(std::lround(cacheMargin * unit));
    const cv::Rect box(offset, offset, std::min(inputSize, cached.cols - offset), std::min(inputSize, cached.rows - offset));
    cv::Mat out;
    cv::resize(cached(box), out, cv::Size(inputSize, inputSize), 0, 0, cv::INTER_LINEAR);
    return out;
}

cv::Mat CropAugmenter::augment(const cv::Mat &cached)
{
    const AugmentationParams &p = m_params;
    const double unit = cached.cols / (1.0 + 2.0 * p.cacheMargin);  // the box's side in cache pixels
    const double side = unit * (1.0 + uniform(-p.boxScale, p.boxScale));
    const double cx = cached.cols / 2.0 + unit * uniform(-p.boxShift, p.boxShift);
    const double cy = cached.rows / 2.0 + unit * uniform(-p.boxShift, p.boxShift);
    const int x1 = std::clamp(static_cast<int>(std::lround(cx - side / 2)), 0, cached.cols - 1);
    const int y1 = std::clamp(static_cast<int>(std::lround(cy - side / 2)), 0, cached.rows - 1);
    const int x2 = std::clamp(static_cast<int>(std::lround(cx + side / 2)), x1 + 1, cached.cols);
    const int y2 = std::clamp(static_cast<int>(std::lround(cy + side / 2)), y1 + 1, cached.rows);
    cv::Mat crop;
    cv::resize(cached(cv::Rect(x1, y1, x2 - x1, y2 - y1)), crop, cv::Size(m_inputSize, m_inputSize), 0, 0, cv::INTER_LINEAR);

    // Every draw happens whether or not its effect applies, so that one parameter does not shift the others' draws.
    const bool flip = uniform(0, 1) < p.flip;
    const PhotometricJitter::Factors colour = m_jitter.draw(m_rng);
    const bool blur = uniform(0, 1) < p.blur;
    if (flip)
        cv::flip(crop, crop, 1);
    cv::Mat pixels = PhotometricJitter::apply(crop, colour, PhotometricJitter::ChannelOrder::Bgr);
    if (blur)
        cv::GaussianBlur(pixels, pixels, cv::Size(3, 3), 0);
    cv::Mat out;
    pixels.convertTo(out, CV_8UC3);  // saturates to 0–255
    return out;
}

} // namespace lookbook::train
