#pragma once

// Colour jitter shared by the embedder's crop augmentation and the detector's photo augmentation.
// Private to core/train/*.cpp; OpenCV stays in the .cpp.

#include <random>

namespace cv {
class Mat;
}

namespace lookbook::train {

// Brightness, contrast and saturation jitter. Drawing and applying are separate, so that the callers
// keep their own order of draws (flip before, blur after) and with it their results per seed.
class PhotometricJitter final
{
public:
    enum class ChannelOrder { Bgr, Rgb };  // which weights make the luminance that saturation pulls towards

    struct Factors final {
        double brightness = 1.0;
        double contrast = 1.0;
        double saturation = 1.0;
    };

    // Each amplitude is the largest relative change, in [0, 1].
    PhotometricJitter(double brightness, double contrast, double saturation);

    // Three draws from `rng`, in the order brightness, contrast, saturation.
    Factors draw(std::mt19937_64 &rng) const;
    // `image` with 3 channels, any depth; the result is CV_32FC3 and not clamped, so that the caller
    // can filter further before it rounds or clamps.
    static cv::Mat apply(const cv::Mat &image, const Factors &factors, ChannelOrder order);

private:
    double m_brightness;
    double m_contrast;
    double m_saturation;
};

} // namespace lookbook::train
