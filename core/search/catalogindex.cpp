#include "search/catalogindex.h"

#include "catalog/catalog.h"
#include "common/atomicfile.h"
#include "common/filechecksum.h"
#include "common/logging.h"
#include "index/vectorindex.h"
#include "search/indexsidecar.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iterator>

#include <fcntl.h>
#include <unistd.h>

namespace lookbook::search {
namespace {

// Moves staged files over their targets so that a failure part way can put every original back:
// each original stays reachable under `<target>.old` (a hard link; a rename where the file system
// has none) until commit().
class StagedReplacement final
{
public:
    Status replace(const QString &staged, const QString &target)
    {
        const QString kept = target + QStringLiteral(".old");
        QFile::remove(kept);
        const bool hadOriginal = QFileInfo::exists(target);
        if (hadOriginal && ::link(QFile::encodeName(target).constData(), QFile::encodeName(kept).constData()) != 0
            && std::rename(QFile::encodeName(target).constData(), QFile::encodeName(kept).constData()) != 0)
            return Status::failure(ErrorCode::IoError, QStringLiteral("%1: cannot keep the previous file while replacing it: %2")
                                                           .arg(target, QString::fromLocal8Bit(std::strerror(errno))));
        if (std::rename(QFile::encodeName(staged).constData(), QFile::encodeName(target).constData()) != 0) {
            const int error = errno;
            if (hadOriginal)
                std::rename(QFile::encodeName(kept).constData(), QFile::encodeName(target).constData());
            return Status::failure(ErrorCode::IoError,
                                   QStringLiteral("%1: cannot replace it: %2").arg(target, QString::fromLocal8Bit(std::strerror(error))));
        }
        m_replaced.push_back({target, hadOriginal});
        return success();
    }

    void rollBack()
    {
        for (auto it = m_replaced.rbegin(); it != m_replaced.rend(); ++it) {
            if (it->hadOriginal)
                std::rename(QFile::encodeName(it->target + QStringLiteral(".old")).constData(), QFile::encodeName(it->target).constData());
            else
                QFile::remove(it->target);
        }
        m_replaced.clear();
        syncFolder();
    }

    void commit()
    {
        for (const Replaced &r : m_replaced)
            QFile::remove(r.target + QStringLiteral(".old"));
        syncFolder();
        m_replaced.clear();
    }

private:
    struct Replaced {
        QString target;
        bool hadOriginal = false;
    };

    // Renames are durable once their folder is synced.
    void syncFolder() const
    {
        if (m_replaced.empty())
            return;
        const int folder = ::open(QFile::encodeName(QFileInfo(m_replaced.front().target).absolutePath()).constData(), O_RDONLY | O_DIRECTORY);
        if (folder >= 0) {
            ::fsync(folder);
            ::close(folder);
        }
    }

    std::vector<Replaced> m_replaced;
};

} // namespace

CatalogIndex::CatalogIndex(catalog::VectorSetInfo set, std::unique_ptr<index::VectorIndex> index, QString filePath)
    : m_set(std::move(set)), m_index(std::move(index)), m_filePath(std::move(filePath))
{
}

CatalogIndex::~CatalogIndex() = default;

Result<std::unique_ptr<CatalogIndex>> CatalogIndex::build(catalog::Catalog &catalog, const QString &vectorSet, const index::IndexParams &params,
                                                          const std::function<void(const QString &)> &progress)
{
    Result<catalog::VectorSetInfo> set = catalog.chooseVectorSet(vectorSet);
    if (!set)
        return set.error();
    std::vector<qint64> ids;
    Result<FloatMatrix> vectors = catalog.vectors(set->id, ids);
    if (!vectors)
        return vectors.error();
    if (vectors->rows == 0)
        return Result<std::unique_ptr<CatalogIndex>>::failure(
            ErrorCode::InvalidData, QStringLiteral("%1: vector set '%2' has no shop vectors to index").arg(catalog.path(), vectorSet));
    Result<std::unique_ptr<index::VectorIndex>> built = index::VectorIndex::create(set->dimension, params);
    if (!built)
        return built.error();
    index::VectorIndex &index = **built;
    if (index.needsTraining()) {
        if (progress)
            progress(QStringLiteral("training"));
        if (Status trained = index.train(*vectors); !trained)
            return trained.error();
    }
    if (progress)
        progress(QStringLiteral("adding"));
    if (Status added = index.add(*vectors, ids); !added)
        return added.error();
    if (progress)
        progress(QStringLiteral("saving"));
    QString safeName = vectorSet;
    safeName.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
    const QString fileName = QFileInfo(catalog.path()).fileName() + QStringLiteral(".") + safeName + QStringLiteral(".faiss");
    std::unique_ptr<CatalogIndex> result(new CatalogIndex(std::move(set.value()), std::move(built.value()), catalog.siblingPath(fileName)));
    if (Status saved = result->save(catalog); !saved)
        return saved.error();
    qCInfo(lcIndex) << "built" << result->index().params().describe() << "for" << vectorSet << "with" << ids.size() << "vectors";
    return result;
}

Status CatalogIndex::save(catalog::Catalog &catalog)
{
    const index::VectorIndex &index = *m_index;
    const QString sidecarPath = IndexSidecar::pathFor(m_filePath);
    const QString stagedIndex = m_filePath + QStringLiteral(".new");
    const QString stagedSidecar = sidecarPath + QStringLiteral(".new");
    const auto discardStaged = [&] {
        QFile::remove(stagedIndex);
        QFile::remove(stagedSidecar);
    };
    // Both files are written whole and synced under staged names before either replaces the old
    // pair, so a full disk or any other write error leaves the old pair and the catalog as they were.
    if (Status saved = index.save(stagedIndex); !saved)
        return saved;
    Result<std::uint64_t> checksum = FileChecksum::ofFile(stagedIndex);
    if (!checksum) {
        discardStaged();
        return checksum.error();
    }
    const IndexSidecar sidecar{m_set.name, m_set.modelFingerprint, m_set.dimension, static_cast<qint64>(index.size()), index.params().toJson(), *checksum};
    if (Status written = AtomicFile::write(stagedSidecar, sidecar.toJson()); !written) {
        discardStaged();
        return written;
    }
    // Then the index, the sidecar, and last the catalog record; a failure on the way puts the old
    // pair back. A crash between the two renames leaves a sidecar whose checksum disagrees with the
    // index, which open() reports as out of date rather than trusting it.
    StagedReplacement replacement;
    if (Status replaced = replacement.replace(stagedIndex, m_filePath); !replaced) {
        discardStaged();
        return replaced;
    }
    if (Status replaced = replacement.replace(stagedSidecar, sidecarPath); !replaced) {
        replacement.rollBack();
        discardStaged();
        return replaced;
    }
    const QByteArray paramsJson = QJsonDocument(index.params().toJson()).toJson(QJsonDocument::Compact);
    if (Status recorded = catalog.recordIndex(m_set.id, index::IndexParams::typeName(index.params().type), paramsJson,
                                              QFileInfo(m_filePath).fileName(), static_cast<qint64>(index.size()));
        !recorded) {
        replacement.rollBack();
        return recorded;
    }
    replacement.commit();
    Result<catalog::VectorSetInfo> recordedSet = catalog.chooseVectorSet(m_set.name);
    if (!recordedSet)
        return recordedSet.error();
    m_set = std::move(recordedSet.value());
    return success();
}

Result<std::unique_ptr<CatalogIndex>> CatalogIndex::open(catalog::Catalog &catalog, const QString &vectorSet)
{
    return load(catalog, vectorSet, false);
}

Result<std::unique_ptr<CatalogIndex>> CatalogIndex::openForUpdate(catalog::Catalog &catalog, const QString &vectorSet)
{
    return load(catalog, vectorSet, true);
}

Result<std::unique_ptr<CatalogIndex>> CatalogIndex::load(catalog::Catalog &catalog, const QString &vectorSet, bool forUpdate)
{
    using Failure = Result<std::unique_ptr<CatalogIndex>>;
    Result<catalog::VectorSetInfo> set = catalog.chooseVectorSet(vectorSet);
    if (!set)
        return set.error();
    // Every way the index can disagree with the catalog is fixed by building it again.
    const auto outOfDate = [&](ErrorCode code, const QString &message) {
        return Failure(Error{code, message, Remedy::RebuildIndex, {catalog.path(), vectorSet}});
    };
    if (set->indexFile.isEmpty())
        return outOfDate(ErrorCode::OutOfDate, QStringLiteral("%1: vector set '%2' has no index yet").arg(catalog.path(), vectorSet));
    const QString path = catalog.siblingPath(set->indexFile);
    if (!QFileInfo::exists(path))
        return outOfDate(ErrorCode::OutOfDate, QStringLiteral("%1: the index file is missing").arg(path));

    IndexSidecar sidecar;
    Result<std::unique_ptr<index::VectorIndex>> loaded = IndexSidecar::loadIndex(
        path, forUpdate ? index::VectorIndex::LoadMode::InMemory : index::VectorIndex::LoadMode::MemoryMapped, &sidecar);
    if (!loaded)
        return outOfDate(loaded.error().code, loaded.error().message);
    const index::VectorIndex &index = **loaded;

    if (sidecar.modelFingerprint != set->modelFingerprint)
        return outOfDate(ErrorCode::OutOfDate,
                         QStringLiteral("%1: built with other model weights than vector set '%2' now holds (model '%3')").arg(path, vectorSet, set->modelName));
    if (index.dimension() != set->dimension)
        return outOfDate(ErrorCode::OutOfDate, QStringLiteral("%1: index dimension %2, vector set '%3' has dimension %4")
                                                   .arg(path)
                                                   .arg(index.dimension())
                                                   .arg(vectorSet)
                                                   .arg(set->dimension));
    // The catalog records the index last: a type that differs means a save stopped before that.
    if (const QString type = index::IndexParams::typeName(index.params().type); !set->indexType.isEmpty() && type != set->indexType)
        return outOfDate(ErrorCode::OutOfDate, QStringLiteral("%1: holds a %2 index, the catalog records %3 (a save was interrupted)").arg(path, type, set->indexType));
    if (forUpdate)
        return std::unique_ptr<CatalogIndex>(new CatalogIndex(std::move(set.value()), std::move(loaded.value()), path));
    Result<std::vector<qint64>> shopIds = catalog.vectorIds(set->id);
    if (!shopIds)
        return shopIds.error();
    const std::vector<qint64> &catalogIds = *shopIds;
    const std::vector<qint64> indexIds = index.ids();
    if (indexIds != catalogIds) {
        std::vector<qint64> missing;
        std::set_difference(catalogIds.begin(), catalogIds.end(), indexIds.begin(), indexIds.end(), std::back_inserter(missing));
        std::vector<qint64> stale;
        std::set_difference(indexIds.begin(), indexIds.end(), catalogIds.begin(), catalogIds.end(), std::back_inserter(stale));
        return outOfDate(ErrorCode::OutOfDate, QStringLiteral("%1: holds %2 vectors, the catalog %3 (%4 not indexed, %5 no longer in the catalog)")
                                                   .arg(path)
                                                   .arg(indexIds.size())
                                                   .arg(catalogIds.size())
                                                   .arg(missing.size())
                                                   .arg(stale.size()));
    }
    return std::unique_ptr<CatalogIndex>(new CatalogIndex(std::move(set.value()), std::move(loaded.value()), path));
}

} // namespace lookbook::search
