#pragma once

#include "common/backendinfo.h"

namespace lookbook::detection {

// LibTorch's version and devices; the self-check defines, saves, reloads and runs a TorchScript module.
BackendInfo torchInfo();

} // namespace lookbook::detection
