#pragma once

#include "common/backendinfo.h"

namespace lookbook::backend {

// OpenCV's version; the self-check encodes an image to JPEG and PNG and decodes it back.
BackendInfo opencvInfo();

} // namespace lookbook::backend
