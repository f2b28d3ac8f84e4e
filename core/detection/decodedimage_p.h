#pragma once

// The pixels behind a DecodedImage, for the OpenCV code that reads them (preprocessing, training).
#include "detection/decodedimage.h"

#include <opencv2/core/mat.hpp>

namespace lookbook::detection {

struct DecodedImage::Pixels {
    cv::Mat bgr;  // CV_8UC3
};

} // namespace lookbook::detection
