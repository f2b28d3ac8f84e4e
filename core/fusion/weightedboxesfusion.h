#pragma once

#include "common/scoredbox.h"
#include "fusion/fusionparams.h"

#include <vector>

namespace lookbook::fusion {

// Weighted Boxes Fusion (Solovyev & Wang), with the semantics of ensemble_boxes 1.0.9
// `weighted_boxes_fusion`. Boxes are normalised to [0, 1]; `weights` has one entry per model or is
// empty (every model weighs 1). Output is sorted by score, descending. Inputs must be valid
// (see validateFusionInput); a cluster whose scores are all zero takes the plain mean of its boxes
// where the reference would produce NaN.
std::vector<ScoredBox> weightedBoxesFusion(const std::vector<std::vector<ScoredBox>> &models,
                                           const std::vector<double> &weights, const FusionParams &params);

} // namespace lookbook::fusion
