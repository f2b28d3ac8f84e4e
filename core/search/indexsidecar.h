#pragma once

#include "common/result.h"
#include "index/vectorindex.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>

namespace lookbook::search {

// The JSON file beside an index file (`<index>.json`): what the index was built from, and the
// checksum of the index file's bytes, so that a damaged file or a half-replaced pair (one file new,
// the other old) is found on load instead of answering searches with garbage scores.
struct IndexSidecar final {
    QString vectorSet;
    QString modelFingerprint;
    int dimension = 0;
    qint64 count = 0;
    QJsonObject params;
    // Absent in sidecars written before format 2: those indexes load unchecked until rebuilt.
    std::optional<std::uint64_t> checksum;

    static QString pathFor(const QString &indexPath);
    // Errors are OutOfDate (a rebuild writes a new pair) and name the sidecar.
    static Result<IndexSidecar> read(const QString &indexPath);
    QByteArray toJson() const;

    // Reads the sidecar, checks the index file's bytes against its checksum, then loads the index:
    // the one way an index is opened, and safe on any file (a fuzz target calls it).
    static Result<std::unique_ptr<index::VectorIndex>> loadIndex(const QString &indexPath, index::VectorIndex::LoadMode mode,
                                                                 IndexSidecar *sidecar = nullptr);
    // An OutOfDate error when the file's bytes differ from the recorded checksum.
    Status verify(const QString &indexPath) const;
};

} // namespace lookbook::search
