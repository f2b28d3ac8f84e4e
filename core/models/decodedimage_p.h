#pragma once

// The pixels behind a DecodedImage, for the OpenCV code that reads them (preprocessing, training).
#include "models/decodedimage.h"

#include <opencv2/core/mat.hpp>

namespace lookbook::models {

struct DecodedImage::Pixels {
    cv::Mat bgr;  // CV_8UC3
};

} // namespace lookbook::models
