#pragma once

#include "common/backendinfo.h"

#include <string>

namespace lookbook::torchbackend {

// LibTorch's version and devices; the self-check defines, saves, reloads and runs a TorchScript module.
BackendInfo torchInfo();

// Loads a shared library that registers custom TorchScript operators (torchvision's nms and roi_align,
// mmdeploy's ops, …) so that models using them can load. False with a message naming the file.
bool loadTorchOpLibrary(const std::string &path, std::string &error);

// LibTorch's intra-op thread count for inference on the calling thread (0: LibTorch's default, one
// per core). The model loaders apply InferenceOptions::threads, so call it only to override that.
void setTorchThreadCount(int threads);

} // namespace lookbook::torchbackend
