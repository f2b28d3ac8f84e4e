#include "postprocess/queryexpansion.h"

#include "postprocess/alphaweighting_p.h"
#include "postprocess/exactsearch_p.h"
#include "postprocess/matrixchecks_p.h"

#include <cmath>

namespace lookbook::postprocess {

Result<FloatMatrix> QueryExpansion::expand(const FloatMatrix &queries, const FloatMatrix &gallery, const Params &params)
{
    using R = Result<FloatMatrix>;
    for (const Status &check : {MatrixChecks::usable(queries, QStringLiteral("query vectors"), true),
                                MatrixChecks::usable(gallery, QStringLiteral("gallery vectors"), false),
                                MatrixChecks::sameDimension(queries, QStringLiteral("query vectors"), gallery, QStringLiteral("gallery vectors"))}) {
        if (!check)
            return check.error();
    }
    if (params.n < 0 || params.n > gallery.rows)
        return R::failure(ErrorCode::InvalidArgument, QStringLiteral("query expansion: n must be in 0 … %1 (the gallery size), got %2")
                                                          .arg(gallery.rows).arg(params.n));
    if (!(params.alpha >= 0.0 && std::isfinite(params.alpha)))
        return R::failure(ErrorCode::InvalidArgument, QStringLiteral("query expansion: alpha must be a finite number >= 0, got %1").arg(params.alpha));
    const std::optional<ExactSearch::Neighbours> neighbours = ExactSearch::search(queries, gallery, params.n, ExactSearch::Measure::InnerProduct);
    return AlphaWeighting::blend(queries, gallery, *neighbours, params.alpha, AlphaWeighting::SelfWeight::One);
}

} // namespace lookbook::postprocess
