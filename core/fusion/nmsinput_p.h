#pragma once

#include "common/scoredbox.h"

#include <vector>

namespace lookbook::fusion::detail {

// NMS and soft-NMS input as the reference's nms_method prepares it: scores scaled by w / Σw when
// weights are given, boxes repaired, zero-area boxes dropped, then split by label (ascending), each
// group in model-then-input order.
std::vector<std::vector<ScoredBox>> nmsInputByLabel(const std::vector<std::vector<ScoredBox>> &models,
                                                    const std::vector<double> &weights);

} // namespace lookbook::fusion::detail
