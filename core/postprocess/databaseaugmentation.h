#pragma once

#include "common/floatmatrix.h"
#include "common/result.h"

namespace lookbook::postprocess {

// alpha-database-side augmentation (alpha-DBA, Radenović et al., TPAMI 2018): every gallery vector g
// is replaced by
//     g' = normalize(Σ_{j ≤ k} max(s_j, 0)^alpha · g_j)
// over its k nearest gallery vectors by inner product INCLUDING ITSELF: g itself is always the first
// (weight max(g·g, 0)^alpha, 1 for a unit vector), then the k - 1 other gallery vectors with the
// largest inner products. So k = 1 only normalises (the identity on unit vectors). Negative
// similarities clamp to 0 before the power, as in QueryExpansion. The result is a new matrix, the
// augmented vector set to index instead of the gallery.
class DatabaseAugmentation final
{
public:
    struct Params final {
        int k = 2;           // 1 … gallery size
        double alpha = 3.0;  // >= 0
    };

    static Result<FloatMatrix> augment(const FloatMatrix &gallery, const Params &params);
};

} // namespace lookbook::postprocess
