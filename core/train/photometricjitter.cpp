#include "train/photometricjitter_p.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

namespace lookbook::train {

PhotometricJitter::PhotometricJitter(double brightness, double contrast, double saturation)
    : m_brightness(brightness), m_contrast(contrast), m_saturation(saturation)
{
}

PhotometricJitter::Factors PhotometricJitter::draw(std::mt19937_64 &rng) const
{
    const auto uniform = [&rng](double amplitude) { return std::uniform_real_distribution<double>(-amplitude, amplitude)(rng); };
    Factors factors;
    factors.brightness = 1.0 + uniform(m_brightness);
    factors.contrast = 1.0 + uniform(m_contrast);
    factors.saturation = 1.0 + uniform(m_saturation);
    return factors;
}

cv::Mat PhotometricJitter::apply(const cv::Mat &image, const Factors &factors, ChannelOrder order)
{
    cv::Mat pixels;
    image.convertTo(pixels, CV_32FC3, factors.brightness);
    // Contrast scales around the image's mean grey level, so that it does not shift the brightness.
    const cv::Scalar mean = cv::mean(pixels);
    const double grey = (mean[0] + mean[1] + mean[2]) / 3.0;
    pixels = (pixels - cv::Scalar::all(grey)) * factors.contrast + cv::Scalar::all(grey);
    cv::Mat luminance;
    cv::cvtColor(pixels, luminance, order == ChannelOrder::Bgr ? cv::COLOR_BGR2GRAY : cv::COLOR_RGB2GRAY);
    cv::Mat luminance3;
    cv::cvtColor(luminance, luminance3, cv::COLOR_GRAY2BGR);
    cv::addWeighted(pixels, factors.saturation, luminance3, 1.0 - factors.saturation, 0.0, pixels);
    return pixels;
}

} // namespace lookbook::train
