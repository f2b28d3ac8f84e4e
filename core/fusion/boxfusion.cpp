#include "fusion/boxfusion.h"

#include "common/limits.h"
#include "common/logging.h"
#include "fusion/nonmaximumsuppression.h"
#include "fusion/nonmaximumweighted.h"
#include "fusion/softnms.h"
#include "fusion/weightedboxesfusion.h"

#include <cmath>

namespace lookbook::fusion {

namespace {

Status invalid(const QString &message)
{
    return Status::failure(ErrorCode::InvalidArgument, message);
}

Status validateParams(const FusionParams &params)
{
    const double iouThr = params.effectiveIouThr();
    if (!std::isfinite(iouThr) || iouThr < 0.0 || iouThr > 1.0)
        return invalid(QStringLiteral("iou_thr must lie in [0, 1], got %1").arg(iouThr));
    if (!std::isfinite(params.skipBoxThr))
        return invalid(QStringLiteral("skip_box_thr must be a finite number"));
    if (!std::isfinite(params.sigma) || params.sigma <= 0.0)
        return invalid(QStringLiteral("sigma must be a positive number, got %1").arg(params.sigma));
    if (!std::isfinite(params.thresh))
        return invalid(QStringLiteral("thresh must be a finite number"));
    return success();
}

} // namespace

Status validateFusionInput(const std::vector<std::vector<ScoredBox>> &models, const std::vector<double> &weights,
                           const FusionParams &params)
{
    if (Status status = validateParams(params); !status)
        return status;
    if (!weights.empty() && weights.size() != models.size())
        return invalid(QStringLiteral("%1 weights given for %2 models").arg(weights.size()).arg(models.size()));
    double weightSum = 0.0;
    for (size_t t = 0; t < weights.size(); ++t) {
        if (!std::isfinite(weights[t]) || weights[t] < 0.0 || weights[t] > limits::kMaxFusionWeight)
            return invalid(QStringLiteral("models[%1].weight must be a number from 0 to %2, got %3").arg(t).arg(limits::kMaxFusionWeight).arg(weights[t]));
        weightSum += weights[t];
    }
    if (!weights.empty() && weightSum <= 0.0)
        return invalid(QStringLiteral("at least one model weight must be positive"));
    for (size_t t = 0; t < models.size(); ++t) {
        for (size_t j = 0; j < models[t].size(); ++j) {
            const ScoredBox &b = models[t][j];
            if (!std::isfinite(b.box.x1) || !std::isfinite(b.box.y1) || !std::isfinite(b.box.x2) || !std::isfinite(b.box.y2))
                return invalid(QStringLiteral("models[%1].boxes[%2].box has a coordinate that is not a finite number").arg(t).arg(j));
            if (!std::isfinite(b.score))
                return invalid(QStringLiteral("models[%1].boxes[%2].score is not a finite number").arg(t).arg(j));
            if (std::abs(b.score) > limits::kMaxFusionScore)
                return invalid(QStringLiteral("models[%1].boxes[%2].score is %3, beyond ±%4: detection scores are confidences (usually 0–1)")
                                   .arg(t).arg(j).arg(b.score).arg(limits::kMaxFusionScore));
        }
    }
    return success();
}

Result<std::vector<ScoredBox>> fuseBoxes(const std::vector<std::vector<ScoredBox>> &models,
                                         const std::vector<double> &weights, const FusionParams &params)
{
    if (Status status = validateFusionInput(models, weights, params); !status)
        return status.error();
    switch (params.method) {
    case Method::Wbf:
        return weightedBoxesFusion(models, weights, params);
    case Method::Nms:
        return nonMaximumSuppression(models, weights, params.effectiveIouThr());
    case Method::SoftNms:
        return softNms(models, weights, params);
    case Method::Nmw:
        return nonMaximumWeighted(models, weights, params);
    }
    qCWarning(lcFusion) << "unknown fusion method" << static_cast<int>(params.method);
    return Result<std::vector<ScoredBox>>::failure(ErrorCode::InvalidArgument, QStringLiteral("unknown fusion method"));
}

} // namespace lookbook::fusion
