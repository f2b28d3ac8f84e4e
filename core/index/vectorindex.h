#pragma once

#include "common/floatmatrix.h"
#include "common/result.h"
#include "index/indexparams.h"
#include "index/neighbour.h"

#include <QString>

#include <cstdint>
#include <memory>
#include <vector>

namespace lookbook::index {

// A searchable set of embeddings keyed by catalog item id (any int64 >= 0, not contiguous).
// Scores are inner products; results come best first.
//
// Threads: const members (search, ids, contains, …) may run concurrently with each other, but not
// with train/add/remove/setSearchEffort/setRefineFactor, which need the index to themselves.
class VectorIndex
{
public:
    enum class LoadMode {
        MemoryMapped,  // IVF-PQ inverted lists stay in the file (read-only index); other types are read
        InMemory,      // everything is read; the index can be modified
    };

    virtual ~VectorIndex();

    static Result<std::unique_ptr<VectorIndex>> create(int dimension, const IndexParams &params);
    static Result<std::unique_ptr<VectorIndex>> load(const QString &path, LoadMode mode = LoadMode::MemoryMapped);

    virtual int dimension() const = 0;
    virtual std::int64_t size() const = 0;
    // For IVF-PQ after train(), nlist and pqM hold the values actually used.
    virtual IndexParams params() const = 0;

    virtual bool needsTraining() const = 0;
    virtual bool isTrained() const = 0;
    // A sample of the vectors to come (IVF-PQ: at least max(nlist, 2^pqBits) rows); a no-op for the others.
    virtual Status train(const FloatMatrix &sample) = 0;

    // One id per row; ids already stored, repeated, or negative are an error and nothing is added.
    virtual Status add(const FloatMatrix &vectors, const std::vector<qint64> &ids) = 0;
    // Ids that are not stored are an error and nothing is removed.
    virtual Status remove(const std::vector<qint64> &ids) = 0;
    virtual bool contains(qint64 id) const = 0;
    // Every stored id, ascending: what a caller compares with the catalog.
    virtual std::vector<qint64> ids() const = 0;

    // Up to k neighbours per query row, best score first; fewer when the index holds fewer.
    virtual Result<std::vector<std::vector<Neighbour>>> search(const FloatMatrix &queries, int k) const = 0;
    // efSearch for HNSW, nprobe for IVF-PQ (capped at nlist); ignored by Flat.
    virtual void setSearchEffort(int effort) = 0;
    // IVF-PQ with a re-ranking copy: candidates re-scored per result wanted; ignored otherwise.
    virtual void setRefineFactor(int factor) = 0;

    // Written to a temporary file beside path and renamed over it, so path always holds a whole index.
    virtual Status save(const QString &path) const = 0;
    // Approximate bytes the vectors, codes, graph and ids take when fully loaded.
    virtual std::int64_t memoryBytes() const = 0;

protected:
    VectorIndex() = default;
    VectorIndex(const VectorIndex &) = delete;
    VectorIndex &operator=(const VectorIndex &) = delete;
};

} // namespace lookbook::index
