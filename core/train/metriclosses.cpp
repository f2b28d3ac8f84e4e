#include "train/metriclosses_p.h"

namespace lookbook::train {

namespace {

at::Tensor sameLabel(const at::Tensor &labels)
{
    return labels.unsqueeze(1).eq(labels.unsqueeze(0));
}

} // namespace

at::Tensor MetricLosses::crossEntropy(const at::Tensor &logits, const at::Tensor &labels, double smoothing)
{
    const at::Tensor logProbabilities = torch::log_softmax(logits, 1);
    const at::Tensor nll = -logProbabilities.gather(1, labels.unsqueeze(1)).squeeze(1);
    const at::Tensor uniform = -logProbabilities.mean(1);
    return ((1.0 - smoothing) * nll + smoothing * uniform).mean();
}

at::Tensor MetricLosses::center(const at::Tensor &features, const at::Tensor &labels, const at::Tensor &centers)
{
    return 0.5 * (features - centers.index_select(0, labels)).pow(2).sum(1).mean();
}

at::Tensor MetricLosses::batchHardTriplet(const at::Tensor &features, const at::Tensor &labels, double margin, bool softMargin)
{
    const at::Tensor f = torch::nn::functional::normalize(features, torch::nn::functional::NormalizeFuncOptions().dim(1));
    const at::Tensor squared = (f.unsqueeze(1) - f.unsqueeze(0)).pow(2).sum(2);
    const at::Tensor distance = squared.clamp_min(1e-12).sqrt();
    const at::Tensor same = sameLabel(labels);
    const at::Tensor self = torch::eye(labels.size(0), same.options());
    const at::Tensor positive = same.logical_and(self.logical_not());
    const at::Tensor negative = same.logical_not();
    // Masked-out entries move below every positive distance and above every negative one.
    const at::Tensor hardestPositive = std::get<0>(distance.masked_fill(positive.logical_not(), -1.0).max(1));
    const at::Tensor hardestNegative = std::get<0>(distance.masked_fill(negative.logical_not(), 1e6).min(1));
    const at::Tensor valid = positive.any(1).logical_and(negative.any(1));
    if (!valid.any().item<bool>())
        return (features * 0).sum();
    const at::Tensor gap = (hardestPositive - hardestNegative).masked_select(valid);
    return softMargin ? torch::nn::functional::softplus(gap).mean() : (gap + margin).clamp_min(0).mean();
}

at::Tensor MetricLosses::multiSimilarity(const at::Tensor &features, const at::Tensor &labels, double alpha, double beta, double base, double epsilon)
{
    const at::Tensor f = torch::nn::functional::normalize(features, torch::nn::functional::NormalizeFuncOptions().dim(1));
    const at::Tensor similarity = f.matmul(f.t());
    const at::Tensor same = sameLabel(labels);
    const int64_t batch = labels.size(0);
    at::Tensor total = (features * 0).sum();
    for (int64_t i = 0; i < batch; ++i) {
        at::Tensor positiveMask = same[i].clone();
        positiveMask[i] = false;
        const at::Tensor negativeMask = same[i].logical_not();
        if (!positiveMask.any().item<bool>() || !negativeMask.any().item<bool>())
            continue;
        const at::Tensor positives = similarity[i].masked_select(positiveMask);
        const at::Tensor negatives = similarity[i].masked_select(negativeMask);
        // Mining compares with the other set's extreme, without letting gradients through it.
        const at::Tensor keptNegatives = negatives.masked_select((negatives + epsilon).gt(positives.min().detach()));
        const at::Tensor keptPositives = positives.masked_select((positives - epsilon).lt(negatives.max().detach()));
        if (keptNegatives.numel() == 0 || keptPositives.numel() == 0)
            continue;
        const at::Tensor positiveTerm = torch::log1p(torch::exp(-alpha * (keptPositives - base)).sum()) / alpha;
        const at::Tensor negativeTerm = torch::log1p(torch::exp(beta * (keptNegatives - base)).sum()) / beta;
        total = total + positiveTerm + negativeTerm;
    }
    return total / static_cast<double>(batch);
}

} // namespace lookbook::train
