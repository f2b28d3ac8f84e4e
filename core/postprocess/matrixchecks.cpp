#include "postprocess/matrixchecks_p.h"

#include <cmath>
#include <cstdint>
#include <limits>

namespace lookbook::postprocess {

Status MatrixChecks::usable(const FloatMatrix &matrix, const QString &what, bool allowEmpty)
{
    if (matrix.cols < 1 || matrix.rows < 0)
        return Status::failure(ErrorCode::InvalidArgument, QStringLiteral("%1: a %2 × %3 matrix has no vectors of a usable dimension")
                                                               .arg(what).arg(matrix.rows).arg(matrix.cols));
    if (matrix.values.size() != static_cast<std::size_t>(matrix.rows) * static_cast<std::size_t>(matrix.cols))
        return Status::failure(ErrorCode::InvalidArgument, QStringLiteral("%1: %2 values do not fill a %3 × %4 matrix")
                                                               .arg(what).arg(matrix.values.size()).arg(matrix.rows).arg(matrix.cols));
    if (matrix.rows == 0 && !allowEmpty)
        return Status::failure(ErrorCode::InvalidArgument, QStringLiteral("%1: no vectors").arg(what));
    if (matrix.rows >= std::numeric_limits<std::int32_t>::max())
        return Status::failure(ErrorCode::InvalidArgument, QStringLiteral("%1: %2 vectors, more than 2^31 - 1").arg(what).arg(matrix.rows));
    for (std::size_t i = 0; i < matrix.values.size(); ++i) {
        if (!std::isfinite(matrix.values[i]))
            return Status::failure(ErrorCode::InvalidData, QStringLiteral("%1: row %2, column %3 is not a finite number")
                                                               .arg(what).arg(i / static_cast<std::size_t>(matrix.cols))
                                                               .arg(i % static_cast<std::size_t>(matrix.cols)));
    }
    return success();
}

Status MatrixChecks::sameDimension(const FloatMatrix &first, const QString &firstName, const FloatMatrix &second, const QString &secondName)
{
    if (first.cols == second.cols)
        return success();
    return Status::failure(ErrorCode::InvalidArgument, QStringLiteral("%1 are %2-dimensional but %3 are %4-dimensional")
                                                           .arg(firstName).arg(first.cols).arg(secondName).arg(second.cols));
}

} // namespace lookbook::postprocess
