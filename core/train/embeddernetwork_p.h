#pragma once

// The trainable embedder as a TorchScript module built in C++ (no Python): a ResNet of basic blocks,
// a GeM / MAC / SPoC head (several: CGD, each projected and L2-normalised, then concatenated and
// normalised again), and a BNNeck + linear classifier used only by the softmax loss.
// Private to core/train/*.cpp.

#include "train/embeddertrainingconfig.h"

#include <torch/script.h>

namespace lookbook::train {

class EmbedderNetwork final
{
public:
    // The training module: forward(x [B, 3, H, W]) → L2-normalised embedding [B, D], and
    // train_forward(x) → (embedding, logits [B, classes]). Batch norm follows the `training_bn` attribute.
    static torch::jit::Module build(const EmbedderTrainingConfig &config, int classes);
    // The module to ship: the same parameter tensors (copied), forward only, no classifier.
    static torch::jit::Module exportable(const torch::jit::Module &trained, const EmbedderTrainingConfig &config);
    static void setTraining(torch::jit::Module &module, bool training);
    static std::vector<at::Tensor> parameters(const torch::jit::Module &module);
    static double gemP(const torch::jit::Module &module);  // the learned p, or 0 without a GeM descriptor
};

} // namespace lookbook::train
