#pragma once

#include "common/backendinfo.h"

namespace lookbook::backend {

// OpenCV's version; the self-check resizes an image and converts its colours.
BackendInfo opencvInfo();

} // namespace lookbook::backend
