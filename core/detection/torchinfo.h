#pragma once

#include "common/backendinfo.h"

namespace lookbook::detection {

// LibTorch's version and devices; the self-check defines, saves, reloads and runs a TorchScript module.
BackendInfo torchInfo();

// LibTorch's intra-op thread count for inference (0 keeps LibTorch's default: one per core).
void setTorchThreadCount(int threads);

} // namespace lookbook::detection
