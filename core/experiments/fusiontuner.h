#pragma once

#include "common/progress.h"
#include "common/result.h"
#include "experiments/detectionevaluation.h"

#include <functional>
#include <vector>

namespace lookbook::experiments {

// The values tried for each knob. The defaults are steps the fusion panel's sliders can show
// (weights in tenths up to 5, thresholds in hundredths).
struct FusionTunerParams final {
    FusionSetting start;   // where the search starts; its method, confidence type and score thresholds are kept
    std::vector<double> weights = {0.0, 0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 5.0};
    std::vector<double> iouThresholds = {0.3, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8};
    std::vector<double> skipThresholds = {0.0, 0.01, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3};  // WBF and NMW only
    int maxRounds = 3;     // passes over all knobs; the search stops early after a pass that changed nothing
};

struct FusionTuning final {
    FusionSetting best;    // the start's setting with the tuned weights and thresholds
    double startAp50 = 0.0;
    double bestAp50 = 0.0;
    int evaluations = 0;   // settings tried, each a fusion and a box AP of the whole split
};

// Searches detector weights and the IoU and skip thresholds for the best AP50 of all detectors fused,
// by coordinate descent over the grids: one knob at a time takes the grid value that raises AP50 most,
// until a pass over every knob raises it no more. Works on the cached detections (detectors never run
// again); a change is kept only when it raises AP50, so ties keep the earlier setting.
class FusionTuner final
{
public:
    // `progress` counts settings tried, of the most the search may try; stopping it gives
    // ErrorCode::Cancelled.

    static Result<FusionTuning> tune(const DetectionCache &cache, const FusionTunerParams &params, const Progress &progress = {});
};

} // namespace lookbook::experiments
