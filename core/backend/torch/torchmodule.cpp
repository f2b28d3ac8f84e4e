#include "backend/torch/torchmodule_p.h"

#include <torch/cuda.h>
#include <torch/script.h>

#include <sstream>

namespace lookbook::torchbackend {

namespace {

std::string firstLine(const std::exception &e)
{
    const std::string what = e.what();
    return what.substr(0, what.find('\n'));
}

} // namespace

Placement resolvePlacement(const std::string &requested, bool half)
{
    Placement placement;
    if (requested == "cpu")
        return placement;
    bool cuda = false;
    try {
        cuda = torch::cuda::is_available();
    } catch (const std::exception &) {
        cuda = false;  // a CUDA build without a usable driver
    }
    if (cuda) {
        placement.cuda = true;
        placement.half = half;
    } else if (requested == "cuda") {
        placement.note = "CUDA was asked for, but LibTorch sees no GPU here: running on the CPU";
    }
    if (half && !placement.half && placement.note.empty())
        placement.note = "half precision needs CUDA: running in fp32";
    return placement;
}

c10::Device deviceOf(const Placement &placement)
{
    return placement.cuda ? c10::Device(c10::kCUDA, 0) : c10::Device(c10::kCPU);
}

std::string deviceName(const Placement &placement)
{
    return deviceOf(placement).str();
}

std::optional<torch::jit::Module> loadModule(const std::string &modelPath, const Placement &placement, std::string &error)
{
    try {
        torch::jit::Module module = torch::jit::load(modelPath, deviceOf(placement));
        if (placement.half)
            module.to(torch::kHalf);
        module.eval();
        return module;
    } catch (const std::exception &e) {
        error = modelPath + ": not a TorchScript model that LibTorch can load (" + firstLine(e) + ")";
        return std::nullopt;
    }
}

std::optional<c10::IValue> runForward(torch::jit::Module &module, const Placement &placement, InputPixels input, int batch,
                                      int height, int width, const std::string &who, std::string &error)
{
    if (input.size != static_cast<size_t>(batch) * 3 * height * width) {
        error = who + ": expected " + std::to_string(batch) + "×3×" + std::to_string(height) + "×" + std::to_string(width)
            + " input values, got " + std::to_string(input.size);
        return std::nullopt;
    }
    try {
        torch::NoGradGuard noGrad;
        at::Tensor x = torch::from_blob(const_cast<float *>(input.data), {batch, 3, height, width}, torch::kFloat32).to(deviceOf(placement));
        if (placement.half)
            x = x.to(torch::kHalf);
        return module.forward({x});
    } catch (const std::exception &e) {
        error = who + ": inference failed: " + firstLine(e);
        return std::nullopt;
    }
}

std::string shapeOf(const at::Tensor &tensor)
{
    std::ostringstream text;
    text << tensor.sizes();
    return text.str();
}

bool allFinite(const at::Tensor &tensor)
{
    return tensor.numel() == 0 || torch::isfinite(tensor).all().item<bool>();
}

} // namespace lookbook::torchbackend
