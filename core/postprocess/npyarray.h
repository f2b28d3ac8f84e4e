#pragma once

#include "common/floatmatrix.h"
#include "common/result.h"

#include <QString>

namespace lookbook::postprocess {

// 2-D float32 NumPy `.npy` files, the exchange format for feature matrices and distance matrices.
//
// read() accepts format versions 1.0, 2.0 and 3.0, C order, dtype '<f4' or '<f8' (converted to
// float32). A 1-D array of n values reads as one 1 × n row (a single vector); 0-D and 3-D or deeper
// arrays are refused. Errors name the file and what is wrong with it.
// write() produces version 1.0, dtype '<f4', C order, header padded to a multiple of 64 bytes, written
// atomically (a reader never sees half a file).
class NpyArray final
{
public:
    static Result<FloatMatrix> read(const QString &path);
    static Status write(const QString &path, const FloatMatrix &matrix);
};

} // namespace lookbook::postprocess
