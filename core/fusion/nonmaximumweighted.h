#pragma once

#include "common/scoredbox.h"
#include "fusion/fusionparams.h"

#include <vector>

namespace lookbook::fusion {

// Non-maximum weighted (Zhou et al., CAD), as ensemble_boxes 1.0.9 `non_maximum_weighted`: each
// cluster is the boxes matching its top box with IoU > iouThr; the fused box is their mean weighted
// by score × IoU with the top box, and keeps the top box's score. As in the reference, scores are
// scaled by w / Σw before `skipBoxThr` is applied and by w again afterwards. Sorted by score.
std::vector<ScoredBox> nonMaximumWeighted(const std::vector<std::vector<ScoredBox>> &models,
                                          const std::vector<double> &weights, const FusionParams &params);

} // namespace lookbook::fusion
