#include "index/vectorindex.h"

#include "index/faissvectorindex.h"

namespace lookbook::index {

VectorIndex::~VectorIndex() = default;

// faiss is the only backend; the interface keeps its headers out of every caller.
Result<std::unique_ptr<VectorIndex>> VectorIndex::create(int dimension, const IndexParams &params)
{
    Result<std::unique_ptr<FaissVectorIndex>> index = FaissVectorIndex::create(dimension, params);
    if (!index)
        return index.error();
    return std::unique_ptr<VectorIndex>(std::move(index).value());
}

Result<std::unique_ptr<VectorIndex>> VectorIndex::load(const QString &path, LoadMode mode)
{
    Result<std::unique_ptr<FaissVectorIndex>> index = FaissVectorIndex::load(path, mode);
    if (!index)
        return index.error();
    return std::unique_ptr<VectorIndex>(std::move(index).value());
}

} // namespace lookbook::index
