#pragma once

// What the LibTorch backends share: loading a TorchScript file and running forward() on a batch,
// with torch's exceptions turned into messages. Private to the backend .cpp files, which include
// torch themselves; this header only names torch's types.

#include "backend/torch/torchconfig.h"

#include <optional>
#include <string>
#include <vector>

namespace at {
class Tensor;
}
namespace c10 {
struct Device;
struct IValue;
}
namespace torch::jit {
struct Module;
}

namespace lookbook::torchbackend {

// Where a model runs: "cpu", "cuda", or "auto" (CUDA when LibTorch sees a GPU). A CUDA request on a
// machine without one falls back to the CPU and says so in `note`.
struct Placement final {
    bool cuda = false;
    bool half = false;  // fp16, CUDA only
    std::string note;
};
Placement resolvePlacement(const std::string &requested, bool half);
c10::Device deviceOf(const Placement &placement);
std::string deviceName(const Placement &placement);  // "cpu", "cuda:0"

std::optional<torch::jit::Module> loadModule(const std::string &modelPath, const Placement &placement, std::string &error);

// forward() on `input` (batch × 3 × height × width floats); `who` starts every message. Outputs stay
// where the model put them: callers move what they read to the CPU.
std::optional<c10::IValue> runForward(torch::jit::Module &module, const Placement &placement, InputPixels input, int batch,
                                      int height, int width, const std::string &who, std::string &error);

std::string shapeOf(const at::Tensor &tensor);
bool allFinite(const at::Tensor &tensor);

} // namespace lookbook::torchbackend
