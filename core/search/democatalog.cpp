#include "search/democatalog.h"

#include "catalog/catalog.h"
#include "common/logging.h"
#include "dataset/deepfashion2io.h"
#include "dataset/syntheticgenerator.h"
#include "models/modelfingerprint.h"
#include "models/modelmanifest.h"
#include "search/catalogindex.h"
#include "search/ingestjob.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <algorithm>

namespace lookbook::search {

namespace {

struct DemoList final {
    QStringList detectors;
    QString embedder;
    int pairs = 120;
    quint64 seed = 2027;
    QString showcase;  // the street photo the demo opens on (a file name in the split's image/)
};

Result<DemoList> readDemoList(const QString &modelsDir)
{
    const QString path = QDir(modelsDir).filePath(QStringLiteral("demo.json"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::IoError, QStringLiteral("%1: cannot read the demo model list (%2)").arg(path, file.errorString()), Remedy::BuildDemo, {}};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject())
        return Error{ErrorCode::InvalidData, QStringLiteral("%1: not a JSON object (%2)").arg(path, parseError.errorString())};
    const QJsonObject root = document.object();
    DemoList list;
    const QDir dir(modelsDir);
    for (const QJsonValue &detector : root.value(QStringLiteral("detectors")).toArray())
        list.detectors << dir.absoluteFilePath(detector.toString());
    list.embedder = root.value(QStringLiteral("embedder")).toString();
    if (list.detectors.isEmpty() || list.embedder.isEmpty())
        return Error{ErrorCode::InvalidData, QStringLiteral("%1: expected \"detectors\" (a list of manifests) and \"embedder\" (a manifest)").arg(path)};
    list.embedder = dir.absoluteFilePath(list.embedder);
    const QJsonObject catalog = root.value(QStringLiteral("catalog")).toObject();
    list.pairs = catalog.value(QStringLiteral("pairs")).toInt(list.pairs);
    list.seed = static_cast<quint64>(catalog.value(QStringLiteral("seed")).toDouble(static_cast<double>(list.seed)));
    list.showcase = catalog.value(QStringLiteral("showcase")).toString();
    if (list.pairs < 1)
        return Error{ErrorCode::InvalidData, QStringLiteral("%1: catalog.pairs: expected a positive number").arg(path)};
    return list;
}

enum class CatalogState { UpToDate, Incomplete, Stale };

// Incomplete: an import or index that a resumed import finishes. Stale: made by another embedder,
// so only making it again helps. A catalog that cannot be opened (damaged, locked) is an error: it
// is never deleted on a guess.
Result<CatalogState> catalogState(const QString &catalogPath, const QString &embedderManifest)
{
    if (!QFileInfo::exists(catalogPath))
        return CatalogState::Incomplete;
    const Result<models::ModelManifest> manifest = models::ModelManifest::load(embedderManifest);
    if (!manifest)
        return manifest.error();
    Result<std::unique_ptr<catalog::Catalog>> catalog = catalog::Catalog::open(catalogPath);
    if (!catalog)
        return catalog.error();
    const Result<QString> fingerprint = models::modelFingerprint(*manifest);
    if (!fingerprint)
        return fingerprint.error();
    const Result<std::optional<catalog::VectorSetInfo>> set = (*catalog)->vectorSet(manifest->name);
    if (!set)
        return set.error();
    if (!set->has_value())
        return CatalogState::Incomplete;
    if ((*set)->modelFingerprint != *fingerprint)
        return CatalogState::Stale;
    const Result<std::unique_ptr<CatalogIndex>> index = CatalogIndex::open(**catalog, manifest->name);
    if (!index)
        qCInfo(lcSearch).noquote() << "demo catalog is incomplete:" << index.error().message;
    return index ? CatalogState::UpToDate : CatalogState::Incomplete;
}

// The split's user photos, the showcase first.
QStringList streetPhotos(const QString &splitDir, const QString &showcase)
{
    QStringList photos;
    const Result<dataset::DeepFashion2Split> split = dataset::DeepFashion2Io::readSplit(splitDir);
    if (!split)
        return photos;
    for (const dataset::ImageAnnotation &annotation : split->annotations) {
        if (annotation.source == dataset::ImageSource::User)
            photos << split->imagePath(annotation.imageId);
    }
    const auto first = std::find_if(photos.begin(), photos.end(), [&showcase](const QString &photo) { return photo.endsWith(QLatin1Char('/') + showcase); });
    if (!showcase.isEmpty() && first != photos.end())
        std::rotate(photos.begin(), first, first + 1);
    return photos;
}

Status generatePhotos(const DemoList &list, const QString &outDir, const DemoCatalogParams &params)
{
    dataset::SyntheticGenerator::Params synth;
    synth.outDir = outDir;
    synth.pairs = list.pairs;
    synth.seed = list.seed;
    synth.validationFraction = 1.0;  // everything is unseen: one split, queries and catalog
    const Result<dataset::SyntheticReport> report =
        dataset::SyntheticGenerator::generate(synth, asStage(params.progress, QStringLiteral("generating photos")));
    if (!report)
        return report.error();
    return success();
}

} // namespace

Result<DemoSetup> DemoCatalog::ensure(const DemoCatalogParams &params)
{
    const Result<DemoList> list = readDemoList(params.modelsDir);
    if (!list)
        return list.error();
    const QDir catalogDir(QDir(params.dataDir).filePath(QStringLiteral("catalog")));
    DemoSetup setup;
    setup.catalogPath = catalogDir.filePath(QStringLiteral("demo.db"));
    setup.detectorManifests = list->detectors;
    setup.embedderManifest = list->embedder;
    const QString photosDir = catalogDir.filePath(QStringLiteral("photos"));
    const QString splitDir = QDir(photosDir).filePath(QStringLiteral("validation"));
    const Result<CatalogState> state = catalogState(setup.catalogPath, setup.embedderManifest);
    if (!state)
        return state.error();
    if (*state == CatalogState::UpToDate) {
        setup.streetPhotos = streetPhotos(splitDir, list->showcase);
        return setup;
    }

    // The photos are complete once their marker names this demo's seed and size; anything else
    // there (an interrupted run, another demo set's photos and catalog) is made again.
    const QString marker = QDir(photosDir).filePath(QStringLiteral("complete"));
    const QByteArray expected = QStringLiteral("pairs %1 seed %2\n").arg(list->pairs).arg(list->seed).toUtf8();
    QFile markerFile(marker);
    if (!markerFile.open(QIODevice::ReadOnly) || markerFile.readAll() != expected) {
        QDir(catalogDir).removeRecursively();
        if (const Status generated = generatePhotos(*list, photosDir, params); !generated)
            return generated.error();
        QFile written(marker);
        if (!written.open(QIODevice::WriteOnly) || written.write(expected) != expected.size())
            return Error{ErrorCode::IoError, QStringLiteral("%1: cannot write (%2)").arg(marker, written.errorString())};
    }

    // An import resumes where an interrupted one stopped, so the catalog is made in place; one made
    // by other models is the demo's own generated data, replaced without asking.
    if (*state == CatalogState::Stale) {
        for (const QFileInfo &file : catalogDir.entryInfoList(QDir::Files))
            QFile::remove(file.absoluteFilePath());
    }
    if (!QFileInfo::exists(setup.catalogPath)) {
        if (Result<std::unique_ptr<catalog::Catalog>> created = catalog::Catalog::create(setup.catalogPath); !created)
            return created.error();
    }
    IngestParams ingest;
    ingest.catalogPath = setup.catalogPath;
    ingest.sourcePath = splitDir;
    ingest.embedderManifest = list->embedder;
    const Result<IngestReport> imported = IngestJob(ingest).run([&](const IngestProgress &progress) {
        return reportProgress(params.progress, QStringLiteral("importing shop photos"), progress.imagesDone, progress.imagesTotal);
    });
    if (!imported)
        return imported.error();
    if (imported->cancelled)
        return Error{ErrorCode::Cancelled, QStringLiteral("%1: the demo catalog was not finished").arg(setup.catalogPath)};
    if (!imported->problems.isEmpty())
        return Error{ErrorCode::InvalidData, QStringLiteral("%1: %2").arg(splitDir, imported->problems.first())};
    setup.streetPhotos = streetPhotos(splitDir, list->showcase);
    setup.built = true;
    qCInfo(lcSearch).noquote() << "built the demo catalog" << setup.catalogPath << "with" << imported->itemsAdded << "items";
    return setup;
}

QString DemoCatalog::resourcesDir()
{
    // Installed: <prefix>/bin/lookbook beside <prefix>/share/lookbook.
    const QString installed = QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(QStringLiteral("../share/lookbook"));
    if (QFileInfo::exists(QDir(installed).filePath(QStringLiteral("models/demo.json"))))
        return QDir::cleanPath(installed);
    return QStringLiteral(LOOKBOOK_SOURCE_RESOURCES_DIR);
}

QString DemoCatalog::defaultModelsDir()
{
    const QString fromEnvironment = qEnvironmentVariable("LOOKBOOK_MODELS");
    return fromEnvironment.isEmpty() ? QDir(resourcesDir()).filePath(QStringLiteral("models")) : fromEnvironment;
}

QString DemoCatalog::defaultDataDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)).filePath(QStringLiteral("lookbook/demo"));
}

} // namespace lookbook::search
