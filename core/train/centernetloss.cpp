#include "train/centernetloss_p.h"

namespace lookbook::train {

torch::Tensor CenterNetLoss::focal(const torch::Tensor &logits, const torch::Tensor &target)
{
    const torch::Tensor p = torch::sigmoid(logits).clamp(1e-4, 1 - 1e-4);
    const torch::Tensor positive = target.eq(1).to(p.dtype());
    const torch::Tensor negative = target.lt(1).to(p.dtype());
    const torch::Tensor positiveLoss = (torch::log(p) * (1 - p).pow(2) * positive).sum();
    const torch::Tensor negativeLoss = (torch::log(1 - p) * p.pow(2) * (1 - target).pow(4) * negative).sum();
    // No peak in the batch: the negatives alone, undivided (as the reference code does).
    const torch::Tensor peaks = positive.sum();
    return torch::where(peaks > 0, -(positiveLoss + negativeLoss) / peaks.clamp_min(1), -negativeLoss);
}

torch::Tensor CenterNetLoss::maskedL1(const torch::Tensor &prediction, const torch::Tensor &target, const torch::Tensor &mask)
{
    const torch::Tensor m = mask.expand_as(prediction);
    return (prediction * m - target * m).abs().sum() / (m.sum() + 1e-4);
}

CenterNetLossTerms CenterNetLoss::compute(const CenterNetHeads &heads, const CenterNetTargets &targets)
{
    CenterNetLossTerms terms;
    terms.heatmap = focal(heads.heatmap, targets.heatmap);
    terms.size = maskedL1(heads.size, targets.size, targets.mask);
    terms.offset = maskedL1(heads.offset, targets.offset, targets.mask);
    terms.total = terms.heatmap + kSizeWeight * terms.size + kOffsetWeight * terms.offset;
    return terms;
}

} // namespace lookbook::train
