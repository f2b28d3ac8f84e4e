#include "experiments/fusiontuner.h"

#include <algorithm>
#include <cmath>

namespace lookbook::experiments {

namespace {

bool usesSkipThreshold(fusion::Method method)
{
    return method == fusion::Method::Wbf || method == fusion::Method::Nmw;
}

bool same(double a, double b)
{
    return std::abs(a - b) < 1e-9;
}

} // namespace

Result<FusionTuning> FusionTuner::tune(const DetectionCache &cache, const FusionTunerParams &params, const Progress &progress)
{
    const std::size_t count = static_cast<std::size_t>(cache.detectorNames.size());
    if (count < 2)
        return Error{ErrorCode::InvalidArgument, QStringLiteral("tuning the fusion needs at least two detectors, got %1").arg(count)};
    if (cache.photos.empty())
        return Error{ErrorCode::InvalidData, QStringLiteral("no photo was detected: nothing to tune the fusion on")};
    if (params.maxRounds < 1 || params.weights.empty() || params.iouThresholds.empty() || params.skipThresholds.empty())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("the fusion tuner needs at least one round and a value per knob")};

    FusionTuning tuning;
    FusionSetting current = params.start;
    if (current.weights.empty())
        current.weights = cache.photos.front().detections.weights;
    current.params.iouThr = current.params.effectiveIouThr();

    const auto ap50 = [&](const FusionSetting &setting) -> Result<double> {
        Result<eval::CocoMetrics> metrics = DetectionEvaluation::fusedMetrics(cache, setting, count);
        if (!metrics)
            return metrics.error();
        return metrics->stats[eval::CocoMetrics::AP50];
    };
    const Result<double> start = ap50(current);
    if (!start)
        return start.error();
    tuning.startAp50 = tuning.bestAp50 = *start;

    // The knobs in order: each detector's weight, the IoU threshold, the skip threshold.
    const bool skip = usesSkipThreshold(current.params.method);
    const std::size_t knobs = count + (skip ? 2 : 1);
    const auto grid = [&](std::size_t knob) -> const std::vector<double> & {
        return knob < count ? params.weights : knob == count ? params.iouThresholds : params.skipThresholds;
    };
    const auto value = [&](FusionSetting &setting, std::size_t knob) -> double & {
        return knob < count ? setting.weights[knob] : knob == count ? *setting.params.iouThr : setting.params.skipBoxThr;
    };
    qint64 perRound = 0;
    for (std::size_t knob = 0; knob < knobs; ++knob)
        perRound += static_cast<qint64>(grid(knob).size());
    const qint64 total = perRound * params.maxRounds;

    qint64 done = 0;
    for (int round = 0; round < params.maxRounds; ++round) {
        bool improved = false;
        for (std::size_t knob = 0; knob < knobs; ++knob) {
            for (const double candidate : grid(knob)) {
                ++done;
                FusionSetting trial = current;
                value(trial, knob) = candidate;
                const bool anyDetector = std::any_of(trial.weights.begin(), trial.weights.end(), [](double w) { return w > 0.0; });
                if (!same(candidate, value(current, knob)) && anyDetector) {
                    const Result<double> ap = ap50(trial);
                    if (!ap)
                        return ap.error();
                    ++tuning.evaluations;
                    if (*ap > tuning.bestAp50 + 1e-12) {
                        tuning.bestAp50 = *ap;
                        current = trial;
                        improved = true;
                    }
                }
                if (!reportProgress(progress, {}, done, total))
                    return Error{ErrorCode::Cancelled, QStringLiteral("fusion tuning cancelled")};
            }
        }
        if (!improved)
            break;
    }
    reportProgress(progress, {}, total, total);
    tuning.best = current;
    return tuning;
}

} // namespace lookbook::experiments
