#include "search/indexsidecar.h"

#include "common/filechecksum.h"

#include <QFile>
#include <QJsonDocument>

namespace lookbook::search {
namespace {

constexpr int kFormat = 2;  // 2: with the index file's checksum
const QString kChecksumPrefix = QStringLiteral("xxh64:");

} // namespace

QString IndexSidecar::pathFor(const QString &indexPath) { return indexPath + QStringLiteral(".json"); }

Result<IndexSidecar> IndexSidecar::read(const QString &indexPath)
{
    using Failure = Result<IndexSidecar>;
    QFile file(pathFor(indexPath));
    if (!file.open(QIODevice::ReadOnly))
        return Failure::failure(ErrorCode::OutOfDate, QStringLiteral("%1: missing (it describes the index)").arg(file.fileName()));
    QJsonParseError parseError;
    // A sidecar is a few hundred bytes; more is not one, and is not read whole.
    const QJsonObject json = QJsonDocument::fromJson(file.read(1 << 20), &parseError).object();
    if (parseError.error != QJsonParseError::NoError || json.isEmpty())
        return Failure::failure(ErrorCode::OutOfDate, QStringLiteral("%1: damaged (%2)").arg(file.fileName(), parseError.errorString()));
    IndexSidecar sidecar;
    sidecar.vectorSet = json.value(QStringLiteral("vector_set")).toString();
    sidecar.modelFingerprint = json.value(QStringLiteral("model_fingerprint")).toString();
    sidecar.dimension = json.value(QStringLiteral("dimension")).toInt();
    sidecar.count = json.value(QStringLiteral("count")).toInteger();
    sidecar.params = json.value(QStringLiteral("params")).toObject();
    if (json.contains(QStringLiteral("checksum"))) {
        const QString text = json.value(QStringLiteral("checksum")).toString();
        bool ok = false;
        const std::uint64_t value = text.mid(kChecksumPrefix.size()).toULongLong(&ok, 16);
        if (!text.startsWith(kChecksumPrefix) || text.size() != kChecksumPrefix.size() + 16 || !ok)
            return Failure::failure(ErrorCode::OutOfDate,
                                    QStringLiteral("%1: damaged (checksum '%2' is not xxh64: and 16 hex digits)").arg(file.fileName(), text.left(40)));
        sidecar.checksum = value;
    }
    return sidecar;
}

QByteArray IndexSidecar::toJson() const
{
    QJsonObject json{{QStringLiteral("format"), kFormat},
                     {QStringLiteral("vector_set"), vectorSet},
                     {QStringLiteral("model_fingerprint"), modelFingerprint},
                     {QStringLiteral("dimension"), dimension},
                     {QStringLiteral("count"), count},
                     {QStringLiteral("params"), params}};
    if (checksum)
        json.insert(QStringLiteral("checksum"), FileChecksum::toText(*checksum));
    return QJsonDocument(json).toJson();
}

Status IndexSidecar::verify(const QString &indexPath) const
{
    // faiss trusts the sizes in the file it reads: fuzzing found a 634-byte file that allocates 4 GB
    // and an id map read out of bounds. So an index is read only once its bytes are known to be the
    // ones written, and a sidecar from before checksums (format 1) means a rebuild.
    if (!checksum)
        return Status::failure(ErrorCode::OutOfDate,
                               QStringLiteral("%1: has no checksum of %2 (it was written by a Lookbook from before 2026-12), so the index "
                                              "cannot be checked before it is read")
                                   .arg(pathFor(indexPath), indexPath));
    Result<std::uint64_t> actual = FileChecksum::ofFile(indexPath);
    if (!actual)
        return Status::failure(ErrorCode::OutOfDate, actual.error().message);
    if (*actual != *checksum)
        return Status::failure(ErrorCode::OutOfDate,
                               QStringLiteral("%1: damaged or replaced on its own: its bytes do not match the checksum in %2 (%3, the file has %4)")
                                   .arg(indexPath, pathFor(indexPath), FileChecksum::toText(*checksum), FileChecksum::toText(*actual)));
    return success();
}

Result<std::unique_ptr<index::VectorIndex>> IndexSidecar::loadIndex(const QString &indexPath, index::VectorIndex::LoadMode mode, IndexSidecar *sidecar)
{
    Result<IndexSidecar> read = IndexSidecar::read(indexPath);
    if (!read)
        return read.error();
    if (Status intact = read->verify(indexPath); !intact)
        return intact.error();
    Result<std::unique_ptr<index::VectorIndex>> loaded = index::VectorIndex::load(indexPath, mode);
    if (!loaded)
        return Result<std::unique_ptr<index::VectorIndex>>::failure(ErrorCode::OutOfDate, loaded.error().message);
    if (sidecar)
        *sidecar = std::move(read.value());
    return loaded;
}

} // namespace lookbook::search
