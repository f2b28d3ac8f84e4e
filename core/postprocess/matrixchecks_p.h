#pragma once

#include "common/floatmatrix.h"
#include "common/result.h"

namespace lookbook::postprocess {

// The input checks every post-processing step starts with, so that they all word errors alike.
class MatrixChecks final
{
public:
    // `what` names the matrix in messages ("query vectors", "gallery vectors"). Checks a column count of at least 1,
    // a value count that matches the shape, fewer than 2^31 rows (neighbours are 32-bit indices) and
    // finite values; an empty matrix passes only with `allowEmpty`.
    static Status usable(const FloatMatrix &matrix, const QString &what, bool allowEmpty);
    static Status sameDimension(const FloatMatrix &first, const QString &firstName, const FloatMatrix &second,
                                const QString &secondName);
};

} // namespace lookbook::postprocess
