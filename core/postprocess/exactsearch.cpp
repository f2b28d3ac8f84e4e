#include "postprocess/exactsearch_p.h"

#include "postprocess/topklist_p.h"

#include <QtGlobal>

#include <omp.h>

#include <algorithm>
#include <limits>

// Fortran BLAS (OpenBLAS on Debian): column-major, arguments by pointer.
extern "C" void sgemm_(const char *transa, const char *transb, const int *m, const int *n, const int *k, const float *alpha,
                       const float *a, const int *lda, const float *b, const int *ldb, const float *beta, float *c,
                       const int *ldc);

namespace lookbook::postprocess {

namespace {

using Measure = ExactSearch::Measure;

// Queries × base tiles: 256 × 4096 floats (4 MiB), big enough for sgemm to run near peak.
constexpr std::int64_t kRowBlock = 256;
constexpr std::int64_t kColTile = 4096;
constexpr std::int64_t kBlocksPerWave = 16;  // row blocks per progress report
// Self-join tiles are square: 512 × 512 floats = 1 MiB, which stays in a core's L2 for both scans.
constexpr std::int64_t kSquareTile = 512;
constexpr std::int64_t kTilesPerWave = 256;
// Values per vectorised step of a scan.
constexpr std::int64_t kScanChunk = 64;

void multiply(const FloatMatrix &rows, std::int64_t rowBegin, std::int64_t rowEnd, const FloatMatrix &cols, std::int64_t colBegin,
              std::int64_t colEnd, float *tile)
{
    const int dimension = rows.cols;
    const float one = 1.0f, zero = 0.0f;
    const int m = static_cast<int>(rowEnd - rowBegin), n = static_cast<int>(colEnd - colBegin);
    // Row-major tile = R·Cᵀ is, to column-major BLAS, the n × m product (C as stored)ᵀ · (R as stored).
    // Inside a parallel region OpenBLAS (OpenMP build) runs it on the calling thread, so the two
    // levels of threading do not fight over the cores.
    sgemm_("T", "N", &n, &m, &dimension, &one, cols.row(colBegin), &dimension, rows.row(rowBegin), &dimension, &zero, tile, &n);
}

// The scans read every one of the products: worth the widest vectors the CPU has (sgemm picks its
// kernel at run time too).
#if defined(__GNUC__) && defined(__x86_64__) && !defined(__clang__)
#define LOOKBOOK_SCAN_TARGETS __attribute__((target_clones("avx512f", "avx2", "default")))
#else
#define LOOKBOOK_SCAN_TARGETS
#endif

// Everything a scan needs to turn a tile of products into keys (smaller = nearer) and feed the lists.
struct TileScan final {
    Measure measure;
    const std::vector<float> &rowNorms;  // SquaredEuclidean only
    const std::vector<float> &colNorms;
    std::vector<TopKList> &lists;
    std::vector<float> &maxima;  // per row, the largest key seen

    // Turns products into keys in place (-product, or the squared distance), and row r's list and
    // maximum see the keys of columns colBegin … colEnd (without r itself when `skipSelf`).
    void scanRows(std::int64_t rowBegin, std::int64_t rowEnd, std::int64_t colBegin, std::int64_t colEnd, float *tile, bool skipSelf) const;
    void scanColumns(std::int64_t rowBegin, std::int64_t rowEnd, std::int64_t colBegin, std::int64_t colEnd, const float *keys) const;
};

LOOKBOOK_SCAN_TARGETS void TileScan::scanRows(std::int64_t rowBegin, std::int64_t rowEnd, std::int64_t colBegin, std::int64_t colEnd, float *tile, bool skipSelf) const
    {
        const std::int64_t width = colEnd - colBegin;
        const float *columnNorms = measure == Measure::SquaredEuclidean ? colNorms.data() + colBegin : nullptr;
        for (std::int64_t r = rowBegin; r < rowEnd; ++r) {
            float *row = tile + (r - rowBegin) * width;
            const float rowNorm = columnNorms ? rowNorms[static_cast<std::size_t>(r)] : 0.0f;
            TopKList &list = lists[static_cast<std::size_t>(r)];
            float bound = list.bound();
            float largest = maxima[static_cast<std::size_t>(r)];
            for (std::int64_t chunkBegin = 0; chunkBegin < width; chunkBegin += kScanChunk) {
                const std::int64_t chunkEnd = std::min(width, chunkBegin + kScanChunk);
                float lowest = std::numeric_limits<float>::infinity();
                if (columnNorms) {
#pragma omp simd reduction(min : lowest) reduction(max : largest)
                    for (std::int64_t c = chunkBegin; c < chunkEnd; ++c) {
                        const float key = rowNorm + columnNorms[c] - 2.0f * row[c];
                        row[c] = key;
                        lowest = std::min(lowest, key);
                        largest = std::max(largest, key);
                    }
                } else {
#pragma omp simd reduction(min : lowest) reduction(max : largest)
                    for (std::int64_t c = chunkBegin; c < chunkEnd; ++c) {
                        const float key = -row[c];
                        row[c] = key;
                        lowest = std::min(lowest, key);
                        largest = std::max(largest, key);
                    }
                }
                if (lowest > bound)
                    continue;
                for (std::int64_t c = chunkBegin; c < chunkEnd; ++c) {
                    const auto index = static_cast<std::int32_t>(colBegin + c);
                    if (row[c] <= bound && !(skipSelf && index == r) && list.admits(row[c], index)) {
                        list.insert(row[c], index);
                        bound = list.bound();
                    }
                }
            }
            maxima[static_cast<std::size_t>(r)] = largest;
        }
    }

    // The transposed half for a self-join tile off the diagonal: column c's list and maximum see rows
    // rowBegin … rowEnd, which are its neighbours as much as it is theirs.
LOOKBOOK_SCAN_TARGETS void TileScan::scanColumns(std::int64_t rowBegin, std::int64_t rowEnd, std::int64_t colBegin, std::int64_t colEnd, const float *keys) const
    {
        const std::int64_t width = colEnd - colBegin;
        std::vector<float> bounds(static_cast<std::size_t>(width));
        for (std::int64_t c = 0; c < width; ++c)
            bounds[static_cast<std::size_t>(c)] = lists[static_cast<std::size_t>(colBegin + c)].bound();
        // __restrict: the three never overlap, which lets the compiler vectorise the chunk pass.
        float *__restrict largest = maxima.data() + colBegin;
        float *__restrict bound = bounds.data();
        for (std::int64_t r = rowBegin; r < rowEnd; ++r) {
            const float *__restrict row = keys + (r - rowBegin) * width;
            for (std::int64_t chunkBegin = 0; chunkBegin < width; chunkBegin += kScanChunk) {
                const std::int64_t chunkEnd = std::min(width, chunkBegin + kScanChunk);
                float margin = std::numeric_limits<float>::infinity();
#pragma omp simd reduction(min : margin)
                for (std::int64_t c = chunkBegin; c < chunkEnd; ++c) {
                    const float key = row[c], seen = largest[c];  // values, not references: keeps the loop branch-free
                    largest[c] = std::max(seen, key);
                    margin = std::min(margin, key - bound[c]);
                }
                if (margin > 0.0f)
                    continue;
                for (std::int64_t c = chunkBegin; c < chunkEnd; ++c) {
                    TopKList &list = lists[static_cast<std::size_t>(colBegin + c)];
                    if (row[c] <= bound[c] && list.admits(row[c], static_cast<std::int32_t>(r))) {
                        list.insert(row[c], static_cast<std::int32_t>(r));
                        bound[c] = list.bound();
                    }
                }
            }
        }
    }

ExactSearch::Neighbours collect(const std::vector<TopKList> &lists, const std::vector<float> &maxima, int k, Measure measure)
{
    ExactSearch::Neighbours result;
    result.k = k;
    result.indices.resize(lists.size() * static_cast<std::size_t>(k));
    result.scores.resize(result.indices.size());
    for (std::size_t r = 0; r < lists.size(); ++r) {
        Q_ASSERT(lists[r].size() == k);
        for (int i = 0; i < k; ++i) {
            const std::size_t at = r * static_cast<std::size_t>(k) + static_cast<std::size_t>(i);
            result.indices[at] = lists[r].indices()[i];
            result.scores[at] = measure == Measure::InnerProduct ? -lists[r].keys()[i] : lists[r].keys()[i];
        }
    }
    if (measure == Measure::SquaredEuclidean)
        result.farthest = maxima;
    return result;
}

} // namespace

std::vector<float> ExactSearch::squaredNorms(const FloatMatrix &matrix)
{
    std::vector<float> norms(static_cast<std::size_t>(matrix.rows));
    for (std::int64_t r = 0; r < matrix.rows; ++r) {
        const float *row = matrix.row(r);
        float sum = 0.0f;
        for (int c = 0; c < matrix.cols; ++c)
            sum += row[c] * row[c];
        norms[static_cast<std::size_t>(r)] = sum;
    }
    return norms;
}

std::optional<ExactSearch::Neighbours> ExactSearch::search(const FloatMatrix &queries, const FloatMatrix &base, int k, Measure measure,
                                                           FloatMatrix *all, const Progress &progress)
{
    Q_ASSERT(queries.cols == base.cols && queries.cols > 0);
    Q_ASSERT(!all || (all->rows == queries.rows && all->cols == base.rows));
    const int depth = static_cast<int>(std::max<std::int64_t>(0, std::min<std::int64_t>(k, base.rows)));
    if (depth == 0)
        return Neighbours{};
    const bool euclidean = measure == Measure::SquaredEuclidean;
    const std::vector<float> rowNorms = euclidean ? squaredNorms(queries) : std::vector<float>();
    const std::vector<float> colNorms = euclidean ? squaredNorms(base) : std::vector<float>();
    std::vector<TopKList> lists(static_cast<std::size_t>(queries.rows), TopKList(depth));
    std::vector<float> maxima(static_cast<std::size_t>(queries.rows), -std::numeric_limits<float>::infinity());
    const TileScan scan{measure, rowNorms, colNorms, lists, maxima};
    const std::int64_t blocks = (queries.rows + kRowBlock - 1) / kRowBlock;
    for (std::int64_t waveBegin = 0; waveBegin < blocks; waveBegin += kBlocksPerWave) {
        const std::int64_t waveEnd = std::min(blocks, waveBegin + kBlocksPerWave);
#pragma omp parallel
        {
            std::vector<float> tile(static_cast<std::size_t>(kRowBlock * kColTile));
#pragma omp for schedule(dynamic, 1)
            for (std::int64_t block = waveBegin; block < waveEnd; ++block) {
                const std::int64_t rowBegin = block * kRowBlock, rowEnd = std::min(queries.rows, rowBegin + kRowBlock);
                for (std::int64_t colBegin = 0; colBegin < base.rows; colBegin += kColTile) {
                    const std::int64_t colEnd = std::min(base.rows, colBegin + kColTile);
                    const std::int64_t width = colEnd - colBegin;
                    multiply(queries, rowBegin, rowEnd, base, colBegin, colEnd, tile.data());
                    scan.scanRows(rowBegin, rowEnd, colBegin, colEnd, tile.data(), false);
                    for (std::int64_t r = rowBegin; all && r < rowEnd; ++r) {
                        const float *keys = tile.data() + (r - rowBegin) * width;
                        float *out = all->row(r) + colBegin;
                        for (std::int64_t c = 0; c < width; ++c)
                            out[c] = euclidean ? keys[c] : -keys[c];
                    }
                }
            }
        }
        if (progress && !progress(static_cast<double>(waveEnd) / static_cast<double>(blocks)))
            return std::nullopt;
    }
    return collect(lists, maxima, depth, measure);
}

std::optional<ExactSearch::Neighbours> ExactSearch::selfJoin(const FloatMatrix &rows, int k, Measure measure, bool skipSelf,
                                                             const Progress &progress)
{
    Q_ASSERT(rows.cols > 0);
    const int depth = static_cast<int>(std::max<std::int64_t>(0, std::min<std::int64_t>(k, rows.rows - (skipSelf ? 1 : 0))));
    if (depth == 0)
        return Neighbours{};
    const std::vector<float> norms = measure == Measure::SquaredEuclidean ? squaredNorms(rows) : std::vector<float>();
    // Tiles of one row block go to several threads, so every thread keeps lists of its own, merged at
    // the end (exactly: the lists are ordered by a total order).
    const std::size_t count = static_cast<std::size_t>(rows.rows);
    std::vector<std::vector<TopKList>> lists(static_cast<std::size_t>(omp_get_max_threads()));
    std::vector<std::vector<float>> maxima(lists.size());
    std::vector<TileScan> scans;
    for (std::size_t t = 0; t < lists.size(); ++t) {
        lists[t].assign(count, TopKList(depth));
        maxima[t].assign(count, -std::numeric_limits<float>::infinity());
        scans.push_back({measure, norms, norms, lists[t], maxima[t]});
    }

    const std::int64_t blocks = (rows.rows + kSquareTile - 1) / kSquareTile;
    std::vector<std::pair<std::int64_t, std::int64_t>> tiles;
    for (std::int64_t i = 0; i < blocks; ++i) {
        for (std::int64_t j = i; j < blocks; ++j)
            tiles.emplace_back(i, j);
    }
    const auto tileCount = static_cast<std::int64_t>(tiles.size());
    for (std::int64_t waveBegin = 0; waveBegin < tileCount; waveBegin += kTilesPerWave) {
        const std::int64_t waveEnd = std::min(tileCount, waveBegin + kTilesPerWave);
#pragma omp parallel
        {
            std::vector<float> tile(static_cast<std::size_t>(kSquareTile * kSquareTile));
            const TileScan &scan = scans[static_cast<std::size_t>(omp_get_thread_num())];
#pragma omp for schedule(dynamic, 1)
            for (std::int64_t t = waveBegin; t < waveEnd; ++t) {
                const auto [i, j] = tiles[static_cast<std::size_t>(t)];
                const std::int64_t rowBegin = i * kSquareTile, rowEnd = std::min(rows.rows, rowBegin + kSquareTile);
                const std::int64_t colBegin = j * kSquareTile, colEnd = std::min(rows.rows, colBegin + kSquareTile);
                multiply(rows, rowBegin, rowEnd, rows, colBegin, colEnd, tile.data());
                scan.scanRows(rowBegin, rowEnd, colBegin, colEnd, tile.data(), skipSelf);
                if (i != j)  // a diagonal tile holds both directions already
                    scan.scanColumns(rowBegin, rowEnd, colBegin, colEnd, tile.data());
            }
        }
        if (progress && !progress(static_cast<double>(waveEnd) / static_cast<double>(tileCount)))
            return std::nullopt;
    }

    for (std::size_t t = 1; t < lists.size(); ++t) {
        for (std::size_t r = 0; r < count; ++r) {
            TopKList &merged = lists[0][r];
            const TopKList &other = lists[t][r];
            for (int i = 0; i < other.size(); ++i) {
                if (merged.admits(other.keys()[i], other.indices()[i]))
                    merged.insert(other.keys()[i], other.indices()[i]);
            }
            maxima[0][r] = std::max(maxima[0][r], maxima[t][r]);
        }
    }
    return collect(lists[0], maxima[0], depth, measure);
}

} // namespace lookbook::postprocess
