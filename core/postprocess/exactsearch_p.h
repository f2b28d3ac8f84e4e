#pragma once

#include "common/floatmatrix.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace lookbook::postprocess {

// Exact k-nearest-neighbour search by blocked sgemm: the one search that re-ranking, query expansion
// and database augmentation share. Products are made tile by tile and scanned while the tile is
// still in cache: a vectorised pass per chunk, and a look at single values only where a chunk holds a
// candidate for a list (rare once the lists are full).
class ExactSearch final
{
public:
    enum class Measure {
        InnerProduct,      // larger = nearer
        SquaredEuclidean,  // |a|² + |b|² - 2ab (the re-ranking reference's formula); smaller = nearer
    };
    // Called on the calling thread between waves of tiles with the fraction done; false cancels.
    using Progress = std::function<bool(double)>;

    struct Neighbours final {
        int k = 0;                          // per row
        std::vector<std::int32_t> indices;  // rows × k, nearest first; ties go to the smaller index
        std::vector<float> scores;          // the matching inner products or squared distances
        std::vector<float> farthest;        // SquaredEuclidean: per row, the largest distance to any candidate
    };

    // The k nearest `base` rows of every query row (k is clipped to base.rows). `all`, when given (a
    // queries.rows × base.rows matrix), receives every score. nullopt when cancelled.
    static std::optional<Neighbours> search(const FloatMatrix &queries, const FloatMatrix &base, int k, Measure measure,
                                            FloatMatrix *all = nullptr, const Progress &progress = {});
    // The same for `rows` against themselves, each row's own entry left out with `skipSelf`. Only the
    // upper triangle of tiles is multiplied: every product feeds its row's and its column's list.
    static std::optional<Neighbours> selfJoin(const FloatMatrix &rows, int k, Measure measure, bool skipSelf,
                                              const Progress &progress = {});

    static std::vector<float> squaredNorms(const FloatMatrix &matrix);
};

} // namespace lookbook::postprocess
