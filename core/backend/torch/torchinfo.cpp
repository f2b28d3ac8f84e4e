#include "backend/torch/torchinfo.h"

#include <torch/cuda.h>
#include <torch/script.h>
#include <torch/version.h>

#include <ATen/Parallel.h>

#include <dlfcn.h>

#include <sstream>

namespace lookbook::torchbackend {

namespace {

std::string selfCheck()
{
    try {
        torch::jit::Module module("LookbookSelfCheck");
        module.define(R"JIT(
def forward(self, x):
    return x * 2.0 + 1.0
)JIT");
        std::stringstream buffer;
        module.save(buffer);
        torch::jit::Module reloaded = torch::jit::load(buffer);
        const at::Tensor out = reloaded.forward({torch::arange(3, torch::kFloat32)}).toTensor();
        const at::Tensor expected = torch::tensor({1.0f, 3.0f, 5.0f});
        if (!torch::allclose(out, expected))
            return "a TorchScript module computed wrong values after a save/load round trip";
    } catch (const std::exception &e) {
        return std::string("TorchScript self-check failed: ") + e.what();
    }
    return {};
}

} // namespace

BackendInfo torchInfo()
{
    BackendInfo info;
    info.name = "LibTorch";
    info.version = dottedVersion(TORCH_VERSION_MAJOR, TORCH_VERSION_MINOR, TORCH_VERSION_PATCH);
    info.devices.push_back("cpu");
    try {
        info.gpuSupport = torch::cuda::is_available();
        for (size_t i = 0; info.gpuSupport && i < torch::cuda::device_count(); ++i)
            info.devices.push_back("cuda:" + std::to_string(i));
    } catch (const std::exception &) {
        info.gpuSupport = false;  // a CUDA build on a machine without a usable driver
    }
    info.checkError = selfCheck();
    return info;
}

bool loadTorchOpLibrary(const std::string &path, std::string &error)
{
    // RTLD_GLOBAL: the operators register themselves with LibTorch's global registry on load.
    if (dlopen(path.c_str(), RTLD_NOW | RTLD_GLOBAL))
        return true;
    const char *reason = dlerror();
    error = path + ": cannot load this operator library (" + (reason ? reason : "unknown reason") + ")";
    return false;
}

void setTorchThreadCount(int threads)
{
    // OpenMP keeps the count per calling thread; remember LibTorch's own choice so that 0 restores it.
    static const int defaultThreads = at::get_num_threads();
    at::set_num_threads(threads > 0 ? threads : defaultThreads);
}

} // namespace lookbook::torchbackend
