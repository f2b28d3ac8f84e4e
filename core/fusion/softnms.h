#pragma once

#include "common/scoredbox.h"
#include "fusion/fusionparams.h"

#include <vector>

namespace lookbook::fusion {

// Soft-NMS (Bodla et al.) per label, as ensemble_boxes 1.0.9 `soft_nms`: scores decay linearly
// (by 1 − IoU above iouThr) or with a gaussian exp(−IoU²/σ); boxes whose decayed score ends at or
// below `thresh` are dropped. Like the reference, the kept boxes carry their undecayed (weighted)
// scores, in the order the algorithm selected them, labels ascending.
std::vector<ScoredBox> softNms(const std::vector<std::vector<ScoredBox>> &models, const std::vector<double> &weights,
                               const FusionParams &params);

} // namespace lookbook::fusion
