#pragma once

// Private to core/train's .cpp files: names torch types.

#include "train/centernetnetwork_p.h"
#include "train/centernettargets_p.h"

#include <torch/torch.h>

namespace lookbook::train {

// The weighted terms of one batch's loss; total = heatmap + sizeWeight × size + offsetWeight × offset.
struct CenterNetLossTerms final {
    torch::Tensor total;
    torch::Tensor heatmap;
    torch::Tensor size;    // unweighted
    torch::Tensor offset;  // unweighted
};

// CenterNet's losses (Zhou et al. 2019, eqs. 1–3), as its reference code computes them.
class CenterNetLoss final
{
public:
    static constexpr double kSizeWeight = 0.1;
    static constexpr double kOffsetWeight = 1.0;

    // Penalty-reduced pixel-wise focal loss, α = 2, β = 4, on sigmoid(logits) clamped to
    // [1e-4, 1 − 1e-4], summed and divided by the number of peaks (cells of exactly 1), if any.
    static torch::Tensor focal(const torch::Tensor &logits, const torch::Tensor &target);
    // L1 at the masked cells, divided by the masked elements (mask [B, 1, h, w] over both channels).
    static torch::Tensor maskedL1(const torch::Tensor &prediction, const torch::Tensor &target, const torch::Tensor &mask);
    static CenterNetLossTerms compute(const CenterNetHeads &heads, const CenterNetTargets &targets);
};

} // namespace lookbook::train
