#pragma once

#include "common/floatmatrix.h"
#include "common/result.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <vector>

namespace lookbook::postprocess {

// k-reciprocal re-ranking (Zhong et al., "Re-ranking Person Re-identification with k-reciprocal
// Encoding", CVPR 2017). The final distances equal those of the published reference
// re_ranking(probFea, galFea, k1, k2, lambda_value) over the joint query + gallery pool: squared
// Euclidean distances normalised by each item's largest distance, k-reciprocal sets from the top
// k1 + 1, expansion with the top round(k1 / 2) + 1 (NumPy rounding, half to even) and the "more than
// 2/3" rule, V rows = exp(-distance) normalised, local query expansion over the top k2, Jaccard
// distance through an inverted index, final = jaccard · (1 - lambda) + distance · lambda.
//
// We match the variant that keeps V, its k2 mean and the Jaccard sums in float32 (the authors'
// person-re-ranking repository); the reID-strong-baseline copy stores V in float16 and differs from
// both by about 1e-3. tools/rerank_reference.py is our NumPy transcription and the tests' oracle.
//
// Unlike the reference it is sparse: it never holds (q + g)² values. Each pool item needs only its
// K = max(k1 + 1, k2) nearest neighbours and its largest distance, found by a blocked exact pass, plus
// the q × g distances that the result is made of. Ties in the ranking go to the smaller pool index
// (queries first, then gallery), where NumPy's argsort leaves the order unspecified.
//
// A pool smaller than k1 + 1 behaves like the reference's slicing: every list is the whole pool. An
// item at distance 0 from the whole pool (all vectors equal) keeps distances of 0 where the reference
// divides by zero.
//
// Every phase runs on all cores (OpenMP); the gallery pass multiplies only half of the g² products,
// the gallery being its own transpose. Progress is reported and cancellation checked between waves.
class KReciprocalReranker final
{
public:
    struct Params final {
        int k1 = 20;          // >= 1
        int k2 = 6;           // >= 1, at most the pool size (queries + gallery)
        double lambda = 0.3;  // in [0, 1]: the weight of the original distance
    };

    // Gallery-only neighbourhood: computed once per gallery, then reused for every query batch, since
    // adding queries to the pool is an exact merge (a query can enter a gallery item's list and raise
    // its largest distance; nothing else about the gallery changes).
    struct GalleryNeighbourhood final {
        int depth = 0;                          // neighbours kept per gallery vector: min(K, gallery size)
        std::int64_t rows = 0;                  // gallery size
        int cols = 0;                           // gallery dimension
        std::size_t fingerprint = 0;            // of the gallery values: refuses a neighbourhood of another gallery
        std::vector<std::int32_t> neighbours;   // rows × depth gallery indices, nearest first
        std::vector<float> distances;           // rows × depth squared Euclidean distances
        std::vector<float> maxDistances;        // per row, the largest distance to any gallery vector
    };

    // Progress in [0, 1], reported from the calling thread; returning false cancels (ErrorCode::Cancelled).
    using Progress = std::function<bool(double)>;

    KReciprocalReranker();
    explicit KReciprocalReranker(const Params &params);

    // Checks k1, k2 and lambda; a `poolSize` > 0 also checks that k2 fits in the pool.
    static Status validate(const Params &params, std::int64_t poolSize = 0);

    static Result<GalleryNeighbourhood> galleryNeighbourhood(const FloatMatrix &gallery, const Params &params,
                                                             const Progress &progress = {});

    // q × g final distances (smaller = better) of `queries` against `gallery`, whose neighbourhood was
    // computed by galleryNeighbourhood() with a k1/k2 needing no more neighbours than it keeps.
    // No queries gives a 0 × g matrix.
    Result<FloatMatrix> rerank(const FloatMatrix &queries, const FloatMatrix &gallery, const GalleryNeighbourhood &neighbourhood,
                               const Progress &progress = {}) const;
    // One-shot: computes the gallery neighbourhood first (most of the work for a large gallery).
    Result<FloatMatrix> rerank(const FloatMatrix &queries, const FloatMatrix &gallery, const Progress &progress = {}) const;

    const Params &params() const { return m_params; }

private:
    Params m_params;
};

} // namespace lookbook::postprocess
