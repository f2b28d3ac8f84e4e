#include "postprocess/kreciprocalreranker.h"

#include "postprocess/exactsearch_p.h"
#include "postprocess/matrixchecks_p.h"
#include "postprocess/topklist_p.h"

#include <QHashFunctions>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace lookbook::postprocess {

namespace {

using Progress = KReciprocalReranker::Progress;

// Items per progress report in the per-item phases, and per scheduling unit within one.
constexpr std::int64_t kWave = 8192;
constexpr std::int64_t kRange = 64;

// One non-zero of a sparse row of V (or of the inverted index, where `index` is the row).
struct SparseEntry final {
    std::int32_t index;
    float value;
};
using SparseRow = std::vector<SparseEntry>;

int neighbourDepth(const KReciprocalReranker::Params &params)
{
    return std::max(params.k1 + 1, params.k2);
}

Progress scaled(const Progress &progress, double from, double to)
{
    return [&progress, from, to](double fraction) { return !progress || progress(from + (to - from) * fraction); };
}

// Runs `work(begin, end)` over [0, count) on all cores, reporting progress between waves; false when cancelled.
bool parallelRanges(std::int64_t count, const std::function<void(std::int64_t, std::int64_t)> &work, const Progress &progress)
{
    for (std::int64_t waveBegin = 0; waveBegin < count; waveBegin += kWave) {
        const std::int64_t waveEnd = std::min(count, waveBegin + kWave);
#pragma omp parallel for schedule(dynamic, 1)
        for (std::int64_t begin = waveBegin; begin < waveEnd; begin += kRange)
            work(begin, std::min(waveEnd, begin + kRange));
        if (progress && !progress(static_cast<double>(waveEnd) / static_cast<double>(count)))
            return false;
    }
    return true;
}

std::size_t fingerprintOf(const FloatMatrix &gallery)
{
    return qHashBits(gallery.values.data(), gallery.values.size() * sizeof(float), 0);
}

Error cancelled()
{
    return Error{ErrorCode::Cancelled, QStringLiteral("k-reciprocal re-ranking cancelled")};
}

// Everything the sparse algorithm knows about the joint pool: items 0 … q-1 are the queries,
// q … q+g-1 the gallery, as in the reference's concatenation.
struct Pool final {
    std::int64_t queries = 0;
    std::int64_t size = 0;
    int depth = 0;                        // min(K, size) neighbours per item, nearest first
    std::vector<std::int32_t> neighbours; // size × depth pool indices
    std::vector<float> scales;            // per item, its largest distance (the reference's column maximum)

    const std::int32_t *list(std::int64_t item) const { return neighbours.data() + item * depth; }
    bool listed(std::int64_t item, int length, std::int32_t wanted) const
    {
        const std::int32_t *l = list(item);
        return std::find(l, l + length, wanted) != l + length;
    }
};

// The pool's lists: queries' from their own pass, gallery items' by merging the precomputed lists
// with the query distances (column g of `distances`).
Pool mergePool(const std::vector<TopKList> &queryLists, const std::vector<float> &queryMaxima, const FloatMatrix &distances,
               const KReciprocalReranker::GalleryNeighbourhood &hood, int depth)
{
    Pool pool;
    pool.queries = distances.rows;
    pool.size = distances.rows + hood.rows;
    pool.depth = depth;
    pool.neighbours.resize(static_cast<std::size_t>(pool.size) * static_cast<std::size_t>(depth));
    pool.scales.resize(static_cast<std::size_t>(pool.size));
    for (std::int64_t i = 0; i < pool.queries; ++i) {
        const TopKList &list = queryLists[static_cast<std::size_t>(i)];
        Q_ASSERT(list.size() == depth);
        std::copy(list.indices(), list.indices() + depth, pool.neighbours.begin() + i * depth);
        pool.scales[static_cast<std::size_t>(i)] = queryMaxima[static_cast<std::size_t>(i)];
    }
    const int fromGallery = std::min(hood.depth, depth);
    parallelRanges(hood.rows, [&](std::int64_t begin, std::int64_t end) {
        std::vector<TopKList> lists(static_cast<std::size_t>(end - begin), TopKList(depth));
        std::vector<float> maxima(hood.maxDistances.begin() + begin, hood.maxDistances.begin() + end);
        for (std::int64_t g = begin; g < end; ++g) {
            for (int t = 0; t < fromGallery; ++t) {
                const std::size_t at = static_cast<std::size_t>(g) * static_cast<std::size_t>(hood.depth) + static_cast<std::size_t>(t);
                lists[static_cast<std::size_t>(g - begin)].insert(hood.distances[at], static_cast<std::int32_t>(pool.queries + hood.neighbours[at]));
            }
        }
        // Query-major so that each distance row is read contiguously.
        for (std::int64_t q = 0; q < pool.queries; ++q) {
            const float *row = distances.row(q);
            for (std::int64_t g = begin; g < end; ++g) {
                const float d = row[g];
                float &largest = maxima[static_cast<std::size_t>(g - begin)];
                largest = std::max(largest, d);
                TopKList &list = lists[static_cast<std::size_t>(g - begin)];
                if (d <= list.bound() && list.admits(d, static_cast<std::int32_t>(q)))
                    list.insert(d, static_cast<std::int32_t>(q));
            }
        }
        for (std::int64_t g = begin; g < end; ++g) {
            const TopKList &list = lists[static_cast<std::size_t>(g - begin)];
            Q_ASSERT(list.size() == depth);
            std::copy(list.indices(), list.indices() + depth, pool.neighbours.begin() + (pool.queries + g) * depth);
            pool.scales[static_cast<std::size_t>(pool.queries + g)] = maxima[static_cast<std::size_t>(g - begin)];
        }
    }, {});
    // An item at distance 0 from the whole pool would divide by zero; its distances stay 0 instead of NaN.
    for (float &scale : pool.scales) {
        if (!(scale > 0.0f))
            scale = 1.0f;
    }
    return pool;
}

} // namespace

KReciprocalReranker::KReciprocalReranker()
    : m_params()
{
}

KReciprocalReranker::KReciprocalReranker(const Params &params)
    : m_params(params)
{
}

Status KReciprocalReranker::validate(const Params &params, std::int64_t poolSize)
{
    if (params.k1 < 1)
        return Status::failure(ErrorCode::InvalidArgument, QStringLiteral("k1 must be at least 1, got %1").arg(params.k1));
    if (params.k2 < 1)
        return Status::failure(ErrorCode::InvalidArgument, QStringLiteral("k2 must be at least 1, got %1").arg(params.k2));
    if (!(params.lambda >= 0.0 && params.lambda <= 1.0))
        return Status::failure(ErrorCode::InvalidArgument, QStringLiteral("lambda must be in [0, 1], got %1").arg(params.lambda));
    if (params.k1 >= std::numeric_limits<int>::max() - 1)
        return Status::failure(ErrorCode::InvalidArgument, QStringLiteral("k1 %1 is too large").arg(params.k1));
    if (poolSize > 0 && params.k2 > poolSize)
        return Status::failure(ErrorCode::InvalidArgument, QStringLiteral("k2 (%1) exceeds the pool of queries and gallery vectors (%2)")
                                                               .arg(params.k2).arg(poolSize));
    return success();
}

Result<KReciprocalReranker::GalleryNeighbourhood> KReciprocalReranker::galleryNeighbourhood(const FloatMatrix &gallery, const Params &params,
                                                                                            const Progress &progress)
{
    using R = Result<GalleryNeighbourhood>;
    if (const Status valid = validate(params); !valid)
        return valid.error();
    if (const Status valid = MatrixChecks::usable(gallery, QStringLiteral("gallery vectors"), false); !valid)
        return valid.error();

    GalleryNeighbourhood hood;
    hood.depth = static_cast<int>(std::min<std::int64_t>(neighbourDepth(params), gallery.rows));
    hood.rows = gallery.rows;
    hood.cols = gallery.cols;
    hood.fingerprint = fingerprintOf(gallery);
    // Symmetric: ExactSearch multiplies only half of the g² products.
    std::optional<ExactSearch::Neighbours> neighbours = ExactSearch::selfJoin(gallery, hood.depth, ExactSearch::Measure::SquaredEuclidean, false, progress);
    if (!neighbours)
        return R(cancelled());
    hood.neighbours = std::move(neighbours->indices);
    hood.distances = std::move(neighbours->scores);
    hood.maxDistances = std::move(neighbours->farthest);
    return hood;
}

Result<FloatMatrix> KReciprocalReranker::rerank(const FloatMatrix &queries, const FloatMatrix &gallery, const Progress &progress) const
{
    const Result<GalleryNeighbourhood> hood = galleryNeighbourhood(gallery, m_params, scaled(progress, 0.0, 0.8));
    if (!hood)
        return hood.error();
    return rerank(queries, gallery, *hood, scaled(progress, 0.8, 1.0));
}

Result<FloatMatrix> KReciprocalReranker::rerank(const FloatMatrix &queries, const FloatMatrix &gallery, const GalleryNeighbourhood &hood,
                                                const Progress &progress) const
{
    using R = Result<FloatMatrix>;
    for (const Status &check : {MatrixChecks::usable(queries, QStringLiteral("query vectors"), true),
                                MatrixChecks::usable(gallery, QStringLiteral("gallery vectors"), false),
                                MatrixChecks::sameDimension(queries, QStringLiteral("query vectors"), gallery, QStringLiteral("gallery vectors")),
                                validate(m_params, queries.rows + gallery.rows)}) {
        if (!check)
            return check.error();
    }
    const int depth = static_cast<int>(std::min<std::int64_t>(neighbourDepth(m_params), queries.rows + gallery.rows));
    if (hood.rows != gallery.rows || hood.cols != gallery.cols || hood.fingerprint != fingerprintOf(gallery))
        return R::failure(ErrorCode::InvalidArgument, QStringLiteral("the gallery neighbourhood (%1 × %2) was computed for another gallery (%3 × %4)")
                                                          .arg(hood.rows).arg(hood.cols).arg(gallery.rows).arg(gallery.cols));
    if (hood.depth < std::min<std::int64_t>(neighbourDepth(m_params), gallery.rows))
        return R::failure(ErrorCode::InvalidArgument, QStringLiteral("the gallery neighbourhood keeps %1 neighbours but k1 = %2, k2 = %3 need %4")
                                                          .arg(hood.depth).arg(m_params.k1).arg(m_params.k2).arg(neighbourDepth(m_params)));
    if (queries.rows == 0)
        return FloatMatrix(0, static_cast<int>(gallery.rows));

    // 1. Exact distances of the queries to the whole pool: their lists, maxima and the q × g block.
    FloatMatrix result(queries.rows, static_cast<int>(gallery.rows));
    const auto amongQueries = ExactSearch::search(queries, queries, depth, ExactSearch::Measure::SquaredEuclidean, nullptr, scaled(progress, 0.0, 0.05));
    const auto toGallery = amongQueries ? ExactSearch::search(queries, gallery, depth, ExactSearch::Measure::SquaredEuclidean, &result, scaled(progress, 0.05, 0.3))
                                        : std::nullopt;
    if (!toGallery)
        return R(cancelled());
    std::vector<TopKList> queryLists(static_cast<std::size_t>(queries.rows), TopKList(depth));
    std::vector<float> queryMaxima(static_cast<std::size_t>(queries.rows));
    for (std::size_t i = 0; i < queryLists.size(); ++i) {
        for (const auto &[found, offset] : {std::pair{&*amongQueries, std::int64_t(0)}, std::pair{&*toGallery, queries.rows}}) {
            for (int t = 0; t < found->k; ++t) {
                const std::size_t at = i * static_cast<std::size_t>(found->k) + static_cast<std::size_t>(t);
                const auto index = static_cast<std::int32_t>(found->indices[at] + offset);
                if (queryLists[i].admits(found->scores[at], index))
                    queryLists[i].insert(found->scores[at], index);
            }
        }
        queryMaxima[i] = std::max(amongQueries->farthest[i], toGallery->farthest[i]);
    }

    const Pool pool = mergePool(queryLists, queryMaxima, result, hood, depth);
    if (progress && !progress(0.4))
        return R(cancelled());
    const std::vector<float> queryNorms = ExactSearch::squaredNorms(queries), galleryNorms = ExactSearch::squaredNorms(gallery);
    const auto vectorOf = [&](std::int64_t item) { return item < pool.queries ? queries.row(item) : gallery.row(item - pool.queries); };
    const auto normOf = [&](std::int64_t item) {
        return item < pool.queries ? queryNorms[static_cast<std::size_t>(item)] : galleryNorms[static_cast<std::size_t>(item - pool.queries)];
    };
    // The reference's original_dist[i, j]: |i - j|² over i's largest distance.
    const auto normalisedDistance = [&](std::int64_t i, std::int64_t j) {
        const float *a = vectorOf(i), *b = vectorOf(j);
        float dot = 0.0f;
#pragma omp simd reduction(+ : dot)
        for (int c = 0; c < queries.cols; ++c)
            dot += a[c] * b[c];
        return (normOf(i) + normOf(j) - 2.0f * dot) / pool.scales[static_cast<std::size_t>(i)];
    };

    // 2. k-reciprocal sets. Lists shorter than the slices (a small pool) are whole, as NumPy slices are.
    const int forward = std::min(m_params.k1 + 1, pool.depth);
    const int half = std::min(static_cast<int>(std::nearbyint(m_params.k1 / 2.0)) + 1, pool.depth);  // np.around: half to even
    std::vector<std::vector<std::int32_t>> halfReciprocal(static_cast<std::size_t>(pool.size));
    if (!parallelRanges(pool.size, [&](std::int64_t begin, std::int64_t end) {
            for (std::int64_t c = begin; c < end; ++c) {
                for (int t = 0; t < half; ++t) {
                    const std::int32_t candidate = pool.list(c)[t];
                    if (pool.listed(candidate, half, static_cast<std::int32_t>(c)))
                        halfReciprocal[static_cast<std::size_t>(c)].push_back(candidate);
                }
            }
        }, scaled(progress, 0.4, 0.5)))
        return R(cancelled());

    std::vector<SparseRow> v(static_cast<std::size_t>(pool.size));
    if (!parallelRanges(pool.size, [&](std::int64_t begin, std::int64_t end) {
            std::vector<std::int32_t> reciprocal, expansion;
            for (std::int64_t i = begin; i < end; ++i) {
                reciprocal.clear();
                for (int t = 0; t < forward; ++t) {
                    const std::int32_t candidate = pool.list(i)[t];
                    if (pool.listed(candidate, forward, static_cast<std::int32_t>(i)))
                        reciprocal.push_back(candidate);
                }
                expansion = reciprocal;
                for (const std::int32_t candidate : reciprocal) {
                    const std::vector<std::int32_t> &theirs = halfReciprocal[static_cast<std::size_t>(candidate)];
                    const auto shared = std::count_if(theirs.begin(), theirs.end(), [&](std::int32_t item) {
                        return std::find(reciprocal.begin(), reciprocal.end(), item) != reciprocal.end();
                    });
                    // The reference's `> 2 / 3 * len(...)`, in the same double arithmetic.
                    if (static_cast<double>(shared) > 2.0 / 3.0 * static_cast<double>(theirs.size()))
                        expansion.insert(expansion.end(), theirs.begin(), theirs.end());
                }
                std::sort(expansion.begin(), expansion.end());
                expansion.erase(std::unique(expansion.begin(), expansion.end()), expansion.end());
                SparseRow &row = v[static_cast<std::size_t>(i)];
                row.reserve(expansion.size());
                float sum = 0.0f;
                for (const std::int32_t j : expansion) {
                    const float weight = std::exp(-normalisedDistance(i, j));
                    row.push_back({j, weight});
                    sum += weight;
                }
                for (SparseEntry &entry : row)
                    entry.value /= sum;
            }
        }, scaled(progress, 0.5, 0.75)))
        return R(cancelled());

    // 3. Local query expansion: the mean of V over each item's k2 nearest (float32, like np.mean).
    if (m_params.k2 != 1) {
        std::vector<SparseRow> expanded(static_cast<std::size_t>(pool.size));
        if (!parallelRanges(pool.size, [&](std::int64_t begin, std::int64_t end) {
                SparseRow gathered;
                for (std::int64_t i = begin; i < end; ++i) {
                    gathered.clear();
                    for (int t = 0; t < m_params.k2; ++t) {
                        const SparseRow &row = v[static_cast<std::size_t>(pool.list(i)[t])];
                        gathered.insert(gathered.end(), row.begin(), row.end());
                    }
                    // Stable, so each column sums its rows in rank order, as the reference does.
                    std::stable_sort(gathered.begin(), gathered.end(), [](const SparseEntry &a, const SparseEntry &b) { return a.index < b.index; });
                    SparseRow &mean = expanded[static_cast<std::size_t>(i)];
                    for (const SparseEntry &entry : gathered) {
                        if (!mean.empty() && mean.back().index == entry.index)
                            mean.back().value += entry.value;
                        else
                            mean.push_back(entry);
                    }
                    for (SparseEntry &entry : mean)
                        entry.value /= static_cast<float>(m_params.k2);
                }
            }, scaled(progress, 0.75, 0.85)))
            return R(cancelled());
        v = std::move(expanded);
    }

    // 4. Inverted index over the gallery rows only: the result has gallery columns only.
    std::vector<std::int64_t> offsets(static_cast<std::size_t>(pool.size) + 1, 0);
    for (std::int64_t r = pool.queries; r < pool.size; ++r) {
        for (const SparseEntry &entry : v[static_cast<std::size_t>(r)])
            ++offsets[static_cast<std::size_t>(entry.index) + 1];
    }
    std::partial_sum(offsets.begin(), offsets.end(), offsets.begin());
    std::vector<SparseEntry> inverted(static_cast<std::size_t>(offsets.back()));
    {
        std::vector<std::int64_t> fill(offsets.begin(), offsets.end() - 1);
        for (std::int64_t r = pool.queries; r < pool.size; ++r) {
            for (const SparseEntry &entry : v[static_cast<std::size_t>(r)])
                inverted[static_cast<std::size_t>(fill[static_cast<std::size_t>(entry.index)]++)] = {static_cast<std::int32_t>(r - pool.queries), entry.value};
        }
    }

    // 5. Jaccard distance and the final blend, written over the q × g distances.
    const float jaccardWeight = static_cast<float>(1.0 - m_params.lambda), distanceWeight = static_cast<float>(m_params.lambda);
    if (!parallelRanges(pool.queries, [&](std::int64_t begin, std::int64_t end) {
            std::vector<float> minima(static_cast<std::size_t>(gallery.rows));
            for (std::int64_t i = begin; i < end; ++i) {
                std::fill(minima.begin(), minima.end(), 0.0f);
                for (const SparseEntry &entry : v[static_cast<std::size_t>(i)]) {
                    const SparseEntry *first = inverted.data() + offsets[static_cast<std::size_t>(entry.index)];
                    const SparseEntry *last = inverted.data() + offsets[static_cast<std::size_t>(entry.index) + 1];
                    for (const SparseEntry *other = first; other != last; ++other)
                        minima[static_cast<std::size_t>(other->index)] += std::min(entry.value, other->value);
                }
                float *row = result.row(i);
                const float scale = pool.scales[static_cast<std::size_t>(i)];
                for (std::int64_t g = 0; g < gallery.rows; ++g) {
                    const float shared = minima[static_cast<std::size_t>(g)];
                    const float jaccard = 1.0f - shared / (2.0f - shared);
                    row[g] = jaccard * jaccardWeight + (row[g] / scale) * distanceWeight;
                }
            }
        }, scaled(progress, 0.85, 1.0)))
        return R(cancelled());
    return result;
}

} // namespace lookbook::postprocess
