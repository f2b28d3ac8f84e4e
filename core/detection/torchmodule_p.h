#pragma once

// What the LibTorch backends share: loading a TorchScript file and running forward() on a batch,
// with torch's exceptions turned into messages. Private to the backend .cpp files.

#include <torch/script.h>

#include <optional>
#include <string>
#include <vector>

namespace lookbook::torchbackend {

std::optional<torch::jit::Module> loadModule(const std::string &modelPath, std::string &error);

// forward() on `input` (batch × 3 × height × width floats); `who` starts every message.
std::optional<c10::IValue> runForward(torch::jit::Module &module, const std::vector<float> &input, int batch, int height, int width,
                                      const std::string &who, std::string &error);

std::string shapeOf(const at::Tensor &tensor);
bool allFinite(const at::Tensor &tensor);

} // namespace lookbook::torchbackend
