#include "backend/opencvinfo.h"

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

namespace lookbook::backend {

namespace {

std::string selfCheck()
{
    try {
        cv::Mat image(16, 24, CV_8UC3, cv::Scalar(40, 120, 200));
        for (const char *extension : {".png", ".jpg"}) {
            std::vector<uchar> bytes;
            if (!cv::imencode(extension, image, bytes))
                return std::string("OpenCV cannot encode ") + extension;
            const cv::Mat decoded = cv::imdecode(bytes, cv::IMREAD_COLOR);
            if (decoded.size() != image.size() || cv::norm(decoded, image, cv::NORM_INF) > 8)
                return std::string("OpenCV decoded a different image from ") + extension;
        }
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
