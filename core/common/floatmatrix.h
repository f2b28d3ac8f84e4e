#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace lookbook {

// A dense row-major float32 matrix: one vector per row. The common currency of the index,
// the post-processing and the pipeline (and the layout of a C-order float32 .npy file).
struct FloatMatrix final {
    std::int64_t rows = 0;
    int cols = 0;
    std::vector<float> values;  // rows * cols

    FloatMatrix() = default;
    FloatMatrix(std::int64_t rowCount, int colCount, float fill = 0.0f)
        : rows(rowCount), cols(colCount), values(static_cast<std::size_t>(rowCount) * static_cast<std::size_t>(colCount), fill) {}

    float *row(std::int64_t r) { return values.data() + static_cast<std::size_t>(r) * static_cast<std::size_t>(cols); }
    const float *row(std::int64_t r) const { return values.data() + static_cast<std::size_t>(r) * static_cast<std::size_t>(cols); }
    bool empty() const { return rows == 0; }
};

} // namespace lookbook
