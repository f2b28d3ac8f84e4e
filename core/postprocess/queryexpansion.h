#pragma once

#include "common/floatmatrix.h"
#include "common/result.h"

namespace lookbook::postprocess {

// alpha-query expansion (Radenović et al., "Fine-tuning CNN Image Retrieval with No Human
// Annotation", TPAMI 2018): each query is replaced by
//     q' = normalize(q + Σ_{i ≤ n} max(s_i, 0)^alpha · g_i)
// over its n gallery neighbours with the largest inner products s_i (exact search). Negative
// similarities clamp to 0 before the power, so with alpha > 0 they add nothing; alpha = 0 gives every
// neighbour weight 1 (plain average query expansion; pow(0, 0) = 1). n = 0 only normalises q.
// Inputs are meant to be unit vectors but need not be; a sum of length 0 stays 0.
class QueryExpansion final
{
public:
    struct Params final {
        int n = 2;           // neighbours, 0 … gallery size
        double alpha = 3.0;  // >= 0
    };

    static Result<FloatMatrix> expand(const FloatMatrix &queries, const FloatMatrix &gallery, const Params &params);
};

} // namespace lookbook::postprocess
