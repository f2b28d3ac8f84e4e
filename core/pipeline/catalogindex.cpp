#include "pipeline/catalogindex.h"

#include "catalog/catalog.h"
#include "common/logging.h"
#include "index/vectorindex.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

#include <algorithm>
#include <iterator>

namespace lookbook::pipeline {
namespace {

QString sidecarPath(const QString &indexPath) { return indexPath + QStringLiteral(".json"); }

Result<catalog::VectorSetInfo> findSet(catalog::Catalog &catalog, const QString &name)
{
    Result<std::optional<catalog::VectorSetInfo>> set = catalog.vectorSet(name);
    if (!set)
        return set.error();
    if (!*set) {
        QStringList names;
        if (Result<std::vector<catalog::VectorSetInfo>> all = catalog.vectorSets(); all) {
            for (const catalog::VectorSetInfo &s : *all)
                names << s.name;
        }
        return Result<catalog::VectorSetInfo>::failure(
            ErrorCode::InvalidArgument, QStringLiteral("%1: no vector set '%2' (the catalog has: %3)")
                                            .arg(catalog.path(), name, names.isEmpty() ? QStringLiteral("none; import images first") : names.join(QStringLiteral(", "))));
    }
    return **set;
}

} // namespace

CatalogIndex::CatalogIndex(catalog::VectorSetInfo set, std::unique_ptr<index::VectorIndex> index, QString filePath)
    : m_set(std::move(set)), m_index(std::move(index)), m_filePath(std::move(filePath))
{
}

CatalogIndex::~CatalogIndex() = default;

QString CatalogIndex::rebuildCommand(const catalog::Catalog &catalog, const QString &vectorSet)
{
    return QStringLiteral("lookbook-cli index build \"%1\" --vector-set %2").arg(catalog.path(), vectorSet);
}

Result<std::unique_ptr<CatalogIndex>> CatalogIndex::build(catalog::Catalog &catalog, const QString &vectorSet, const index::IndexParams &params,
                                                          const std::function<void(const QString &)> &progress)
{
    Result<catalog::VectorSetInfo> set = findSet(catalog, vectorSet);
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
    // The sidecar goes first: a crash between the two files leaves a sidecar that disagrees with
    // the old index, which open() reports as out of date rather than trusting it.
    const QJsonObject sidecar{{QStringLiteral("format"), 1},
                              {QStringLiteral("vector_set"), m_set.name},
                              {QStringLiteral("model_fingerprint"), m_set.modelFingerprint},
                              {QStringLiteral("dimension"), m_set.dimension},
                              {QStringLiteral("count"), static_cast<qint64>(index.size())},
                              {QStringLiteral("params"), index.params().toJson()}};
    QSaveFile sidecarFile(sidecarPath(m_filePath));
    if (!sidecarFile.open(QIODevice::WriteOnly) || sidecarFile.write(QJsonDocument(sidecar).toJson()) < 0 || !sidecarFile.commit())
        return Status::failure(ErrorCode::IoError, sidecarPath(m_filePath) + QStringLiteral(": cannot write: ") + sidecarFile.errorString());
    if (Status saved = index.save(m_filePath); !saved)
        return saved;
    const QByteArray paramsJson = QJsonDocument(index.params().toJson()).toJson(QJsonDocument::Compact);
    if (Status recorded = catalog.recordIndex(m_set.id, index::IndexParams::typeName(index.params().type), paramsJson,
                                              QFileInfo(m_filePath).fileName(), static_cast<qint64>(index.size()));
        !recorded)
        return recorded;
    Result<catalog::VectorSetInfo> recordedSet = findSet(catalog, m_set.name);
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
    Result<catalog::VectorSetInfo> set = findSet(catalog, vectorSet);
    if (!set)
        return set.error();
    const QString fix = QStringLiteral("; rebuild it with: ") + rebuildCommand(catalog, vectorSet);
    if (set->indexFile.isEmpty())
        return Failure::failure(ErrorCode::OutOfDate, QStringLiteral("%1: vector set '%2' has no index yet%3").arg(catalog.path(), vectorSet, fix));
    const QString path = catalog.siblingPath(set->indexFile);
    if (!QFileInfo::exists(path))
        return Failure::failure(ErrorCode::OutOfDate, QStringLiteral("%1: the index file is missing%2").arg(path, fix));

    QFile sidecarFile(sidecarPath(path));
    if (!sidecarFile.open(QIODevice::ReadOnly))
        return Failure::failure(ErrorCode::OutOfDate, QStringLiteral("%1: missing (it describes the index)%2").arg(sidecarFile.fileName(), fix));
    QJsonParseError parseError;
    const QJsonObject sidecar = QJsonDocument::fromJson(sidecarFile.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError || sidecar.isEmpty())
        return Failure::failure(ErrorCode::OutOfDate, QStringLiteral("%1: damaged (%2)%3").arg(sidecarFile.fileName(), parseError.errorString(), fix));

    Result<std::unique_ptr<index::VectorIndex>> loaded =
        index::VectorIndex::load(path, forUpdate ? index::VectorIndex::LoadMode::InMemory : index::VectorIndex::LoadMode::MemoryMapped);
    if (!loaded)
        return Failure::failure(ErrorCode::OutOfDate, loaded.error().message + fix);
    const index::VectorIndex &index = **loaded;

    if (sidecar.value(QStringLiteral("model_fingerprint")).toString() != set->modelFingerprint)
        return Failure::failure(ErrorCode::OutOfDate,
                                QStringLiteral("%1: built with other model weights than vector set '%2' now holds (model '%3')%4")
                                    .arg(path, vectorSet, set->modelName, fix));
    if (index.dimension() != set->dimension)
        return Failure::failure(ErrorCode::OutOfDate, QStringLiteral("%1: index dimension %2, vector set '%3' has dimension %4%5")
                                                          .arg(path)
                                                          .arg(index.dimension())
                                                          .arg(vectorSet)
                                                          .arg(set->dimension)
                                                          .arg(fix));
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
        return Failure::failure(ErrorCode::OutOfDate,
                                QStringLiteral("%1: holds %2 vectors, the catalog %3 (%4 not indexed, %5 no longer in the catalog)%6")
                                    .arg(path)
                                    .arg(indexIds.size())
                                    .arg(catalogIds.size())
                                    .arg(missing.size())
                                    .arg(stale.size())
                                    .arg(fix));
    }
    return std::unique_ptr<CatalogIndex>(new CatalogIndex(std::move(set.value()), std::move(loaded.value()), path));
}

} // namespace lookbook::pipeline
