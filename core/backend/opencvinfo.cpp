#include "backend/opencvinfo.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

namespace lookbook::backend {

namespace {

// Lookbook uses OpenCV for pixels in memory (resizing, colour conversion, PCA): those are checked.
std::string selfCheck()
{
    try {
        const cv::Mat image(16, 24, CV_8UC3, cv::Scalar(40, 120, 200));
        cv::Mat resized, converted;
        cv::resize(image, resized, cv::Size(48, 32), 0, 0, cv::INTER_LINEAR);
        cv::cvtColor(resized, converted, cv::COLOR_BGR2RGB);
        if (converted.size() != cv::Size(48, 32) || converted.at<cv::Vec3b>(10, 10) != cv::Vec3b(200, 120, 40))
            return "OpenCV resized or converted an image wrongly";
    } catch (const cv::Exception &e) {
        return std::string("OpenCV self-check failed: ") + e.what();
    }
    return {};
}

} // namespace

BackendInfo opencvInfo()
{
    BackendInfo info;
    info.name = "OpenCV";
    info.version = CV_VERSION;
    info.devices.push_back("cpu");
    info.checkError = selfCheck();
    return info;
}

} // namespace lookbook::backend
