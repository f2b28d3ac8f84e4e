#pragma once

#include "index/vectorindex.h"

#include <memory>

namespace lookbook::index {

// VectorIndex on faiss: IndexIDMap over IndexFlatIP or IndexHNSWFlat, or an IndexIVFPQ that keeps
// the ids itself (and optionally a scalar-quantised copy of the vectors that re-ranks its candidates). Every faiss call is in the .cpp, and every faiss exception becomes an Error there.
class FaissVectorIndex final : public VectorIndex
{
public:
    ~FaissVectorIndex() override;

    static Result<std::unique_ptr<FaissVectorIndex>> create(int dimension, const IndexParams &params);
    static Result<std::unique_ptr<FaissVectorIndex>> load(const QString &path, LoadMode mode);

    int dimension() const override;
    std::int64_t size() const override;
    IndexParams params() const override;
    bool needsTraining() const override;
    bool isTrained() const override;
    Status train(const FloatMatrix &sample) override;
    Status add(const FloatMatrix &vectors, const std::vector<qint64> &ids) override;
    Status remove(const std::vector<qint64> &ids) override;
    bool contains(qint64 id) const override;
    std::vector<qint64> ids() const override;
    Result<std::vector<std::vector<Neighbour>>> search(const FloatMatrix &queries, int k) const override;
    void setSearchEffort(int effort) override;
    void setRefineFactor(int factor) override;
    Status save(const QString &path) const override;
    std::int64_t memoryBytes() const override;

private:
    struct Private;
    explicit FaissVectorIndex(std::unique_ptr<Private> d);

    std::unique_ptr<Private> m_d;
};

} // namespace lookbook::index
