#pragma once

// Training-time crop augmentation with OpenCV. Private to core/train/*.cpp.

#include "train/embeddertrainingconfig.h"
#include "train/photometricjitter_p.h"

#include <opencv2/core.hpp>

#include <random>

namespace lookbook::train {

// Turns a cached crop (the item's box with `cacheMargin` of context on every side, stretched to a
// square) into an input-sized training crop: box jitter (scale and shift), horizontal flip,
// brightness / contrast / saturation jitter and an occasional blur. The same seed gives the same crops.
class CropAugmenter final
{
public:
    CropAugmenter(const AugmentationParams &params, int inputSize, quint64 seed);

    cv::Mat augment(const cv::Mat &cached);
    // The box itself, resized to the input: what evaluation sees.
    static cv::Mat centre(const cv::Mat &cached, double cacheMargin, int inputSize);
    // The cache entry for a box of an image (8-bit BGR), clipped to the image.
    static cv::Mat cache(const cv::Mat &image, double x1, double y1, double x2, double y2, double cacheMargin, int inputSize);

private:
    double uniform(double low, double high);

    AugmentationParams m_params;
    int m_inputSize;
    PhotometricJitter m_jitter;
    std::mt19937_64 m_rng;
};

} // namespace lookbook::train
