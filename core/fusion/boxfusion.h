#pragma once

#include "common/result.h"
#include "common/scoredbox.h"
#include "fusion/fusionparams.h"

#include <vector>

namespace lookbook::fusion {

// The entry point the CLI, the GUI and the pipeline use: checks the input, then runs the method.
// `models` holds each model's boxes in normalised [0, 1] coordinates (outside values are clipped,
// swapped corners reordered, zero-area boxes dropped, as the reference does). `weights` has one
// entry per model, or is empty for "no weights given" (the reference's weights=None).
Result<std::vector<ScoredBox>> fuseBoxes(const std::vector<std::vector<ScoredBox>> &models,
                                         const std::vector<double> &weights, const FusionParams &params);

// Why an input cannot be fused, naming the field (`models[1].boxes[4].score`), or success.
Status validateFusionInput(const std::vector<std::vector<ScoredBox>> &models, const std::vector<double> &weights,
                           const FusionParams &params);

} // namespace lookbook::fusion
