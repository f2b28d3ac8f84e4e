#pragma once

#include "common/floatmatrix.h"
#include "postprocess/exactsearch_p.h"

namespace lookbook::postprocess {

// The weighted neighbour sum that alpha-QE and alpha-DBA share.
class AlphaWeighting final
{
public:
    enum class SelfWeight {
        One,         // query expansion: the query counts once
        Similarity,  // database augmentation: the vector is its own first neighbour, weighted like the others
    };

    // max(similarity, 0)^alpha: negative similarities clamp to 0 first (so pow(0, 0) = 1 when alpha = 0).
    static double weight(double similarity, double alpha);

    // Row r of the result = normalize(self · rows[r] + Σ_j weight(s_rj) · base[j]) over the neighbours of
    // row r; a sum of length 0 stays 0.
    static FloatMatrix blend(const FloatMatrix &rows, const FloatMatrix &base, const ExactSearch::Neighbours &neighbours,
                             double alpha, SelfWeight self);
};

} // namespace lookbook::postprocess
