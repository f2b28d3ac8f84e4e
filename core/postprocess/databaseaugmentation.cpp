#include "postprocess/databaseaugmentation.h"

#include "postprocess/alphaweighting_p.h"
#include "postprocess/exactsearch_p.h"
#include "postprocess/matrixchecks_p.h"

#include <cmath>

namespace lookbook::postprocess {

Result<FloatMatrix> DatabaseAugmentation::augment(const FloatMatrix &gallery, const Params &params)
{
    using R = Result<FloatMatrix>;
    if (const Status valid = MatrixChecks::usable(gallery, QStringLiteral("gallery vectors"), false); !valid)
        return valid.error();
    if (params.k < 1 || params.k > gallery.rows)
        return R::failure(ErrorCode::InvalidArgument, QStringLiteral("database augmentation: k must be in 1 … %1 (the gallery size), got %2")
                                                          .arg(gallery.rows).arg(params.k));
    if (!(params.alpha >= 0.0 && std::isfinite(params.alpha)))
        return R::failure(ErrorCode::InvalidArgument, QStringLiteral("database augmentation: alpha must be a finite number >= 0, got %1").arg(params.alpha));
    // The vector itself is the first neighbour (weighted in blend()); the search finds the k - 1 others.
    const std::optional<ExactSearch::Neighbours> others = ExactSearch::selfJoin(gallery, params.k - 1, ExactSearch::Measure::InnerProduct, true);
    return AlphaWeighting::blend(gallery, gallery, *others, params.alpha, AlphaWeighting::SelfWeight::Similarity);
}

} // namespace lookbook::postprocess
