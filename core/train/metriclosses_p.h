#pragma once

// The metric-learning losses of the paper's Table 4, on torch tensors. Private to core/train/*.cpp.

#include <torch/torch.h>

namespace lookbook::train {

class MetricLosses final
{
public:
    // Softmax cross-entropy with label smoothing ε (Szegedy et al.): the target puts 1 − ε on the
    // label and ε / C on every class. logits [B, C], labels [B] int64.
    static at::Tensor crossEntropy(const at::Tensor &logits, const at::Tensor &labels, double smoothing);
    // Center loss (Wen et al.): the batch mean of ½‖f_i − c_{y_i}‖². centers [C, D] are learnable.
    static at::Tensor center(const at::Tensor &features, const at::Tensor &labels, const at::Tensor &centers);
    // Batch-hard triplet (Hermans et al.): per anchor, the farthest positive and the closest negative
    // in the batch, euclidean distances of the L2-normalised features; mean of max(0, d⁺ − d⁻ + m), or
    // of log(1 + exp(d⁺ − d⁻)) with softMargin. Anchors without a positive or a negative are skipped.
    static at::Tensor batchHardTriplet(const at::Tensor &features, const at::Tensor &labels, double margin, bool softMargin);
    // Multi-similarity (Wang et al. 2019) on cosine similarities S: per anchor i, negatives with
    // S_ik + ε > min positive S and positives with S_ij − ε < max negative S are kept, and
    // 1/α log(1 + Σ_P exp(−α(S − λ))) + 1/β log(1 + Σ_N exp(β(S − λ))) is summed over anchors with both
    // kinds kept, divided by the batch size (the authors' code). The anchor itself is no positive.
    static at::Tensor multiSimilarity(const at::Tensor &features, const at::Tensor &labels, double alpha, double beta, double base, double epsilon);
};

} // namespace lookbook::train
