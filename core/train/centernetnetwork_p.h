#pragma once

// Private to core/train's .cpp files: names torch types.

#include "common/result.h"
#include "models/modelmanifest.h"

#include <torch/script.h>
#include <torch/torch.h>

#include <QString>

namespace lookbook::train {

// What fixes a CenterNet's shape: two networks with the same architecture can exchange weights.
struct CenterNetArchitecture final {
    static constexpr int kClasses = 13;  // DeepFashion2 categories 1–13 are model classes 0–12
    static constexpr int kStride = 4;    // heads at a quarter of the input resolution

    int inputSize = 256;                 // square input, a multiple of 16
    int width = 16;                      // channels after the stem; each stride-2 stage doubles them
    int depth = 1;                       // residual blocks per stage
    int maxDetections = 100;             // rows of the exported decoder's output
};

// The manifest's detector scores: what decoding keeps, what the window starts from, the fusion weight.
struct ManifestScores final {
    double scoreThreshold = 0.05;
    double displayThreshold = 0.05;
    double fusionWeight = 1.0;
};

// The raw heads: heat-map logits [B, 13, H/4, W/4], size [B, 2, …] (w, h in output cells),
// sub-pixel offset [B, 2, …] (x, y).
struct CenterNetHeads final {
    torch::Tensor heatmap;
    torch::Tensor size;
    torch::Tensor offset;
};

// A CenterNet (Zhou et al. 2019) as one TorchScript module, trained from C++ and saved as it is:
// a strided conv stack with batch norm and residual blocks, an FPN-lite neck back to stride 4,
// three heads; `heads(x)` serves training, `forward(x)` decodes to the `lookbook` contract.
// Input: RGB pixels 0–255 (the module normalises), [B, 3, S, S].
class CenterNetNetwork final
{
public:
    // Weights drawn from torch's global generator (seed it first).
    static CenterNetNetwork create(const CenterNetArchitecture &architecture);
    // Adds `decode(hm, wh, off)` and `forward(x)` = decode(heads(x)) to a module that has `heads`:
    // 3 × 3 max-pool peaks, top-K over all classes, boxes from centre + offset ± size / 2 in input pixels.
    static void addDecoder(torch::jit::Module &module, int maxDetections);
    // The manifest's preprocess for this network: letterbox or stretch to S × S, RGB 0–255.
    static models::Preprocessing preprocessing(int inputSize, models::ResizeMode resize);
    // Writes `<folder>/<name>.pt` and the manifest `<folder>/<name>.json` beside it (each atomically);
    // returns the manifest's path.
    static Result<QString> exportModel(const torch::jit::Module &module, const QString &folder, const QString &name,
                                       const models::Preprocessing &preprocessing, const ManifestScores &scores);

    const CenterNetArchitecture &architecture() const { return m_architecture; }
    torch::jit::Module &module() { return m_module; }
    std::vector<torch::Tensor> parameters() const;
    // Batch norm: batch statistics and running-average updates while training, running averages after.
    void setTraining(bool training);

    CenterNetHeads heads(const torch::Tensor &input);
    c10::IValue forward(const torch::Tensor &input);

private:
    CenterNetNetwork(CenterNetArchitecture architecture, torch::jit::Module module);

    CenterNetArchitecture m_architecture;
    torch::jit::Module m_module;
};

} // namespace lookbook::train
