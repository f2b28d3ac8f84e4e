#pragma once

#include "common/box.h"

namespace lookbook {

// One detection: what every detector produces and every fusion method consumes and returns.
struct ScoredBox final {
    Box box;
    double score = 0.0;
    int label = 0;
};

} // namespace lookbook
