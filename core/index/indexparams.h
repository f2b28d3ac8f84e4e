#pragma once

#include "common/result.h"

#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <optional>

namespace lookbook::index {

// How a VectorIndex is built and searched. Every type ranks by inner product: the vectors are
// L2-normalised embeddings, so the score is their cosine similarity.
struct IndexParams final {
    enum class Type { Flat, Hnsw, IvfPq };

    Type type = Type::Flat;

    // HNSW graph: neighbours per node, build-time and search-time beam widths.
    int m = 32;
    int efConstruction = 200;
    int efSearch = 128;

    // IVF-PQ: 0 lets train() choose nlist (~4·sqrt(sample rows)) and pqM (see resolvedPqM()).
    int nlist = 0;
    int pqM = 0;
    int pqBits = 8;
    int nprobe = 32;
    // Re-ranking: the PQ scan keeps refineFactor × k candidates, re-scored on a scalar-quantised
    // copy of each vector (refineBits 4, 6 or 8 per component, 16 = half floats; 0 = none). PQ codes
    // lose the order inside a cluster; the finer copy restores it at refineBits/8 bytes per dimension.
    int refineBits = 6;
    int refineFactor = 20;

    // Flat and IVF-PQ search on the GPU when faiss has GPU support; HNSW always runs on the CPU.
    bool useGpu = false;

    QJsonObject toJson() const;
    // Missing keys keep their defaults; unknown keys and out-of-range values are errors naming source.
    static Result<IndexParams> fromJson(const QJsonObject &json, const QString &source = QStringLiteral("index params"));

    // Ranges of every field, for IVF-PQ that an explicit pqM divides the dimension, and refineBits.
    Status validate(int dimension, const QString &source = QStringLiteral("index params")) const;

    int resolvedNlist(std::int64_t trainingRows) const;
    int resolvedPqM(int dimension) const;

    static QString typeName(Type type);
    static std::optional<Type> typeFromName(const QString &name);

    // One line for logs and the CLI, e.g. "ivfpq nlist=1024 pqM=64x8 nprobe=32 refine=sq6x10".
    QString describe() const;
};

} // namespace lookbook::index
