#pragma once

#include "common/scoredbox.h"

#include <vector>

namespace lookbook::fusion {

// Greedy NMS per label over the boxes of all models, as ensemble_boxes 1.0.9 `nms`: a box is dropped
// when it overlaps a kept, higher-scoring box of its label with IoU > iouThr. With weights, scores are
// first scaled by w / Σw; with none, they are left as they are. Output: labels ascending, then score.
std::vector<ScoredBox> nonMaximumSuppression(const std::vector<std::vector<ScoredBox>> &models,
                                             const std::vector<double> &weights, double iouThr);

} // namespace lookbook::fusion
