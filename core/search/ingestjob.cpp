#include "search/ingestjob.h"

#include "catalog/catalog.h"
#include "common/filebytes.h"
#include "common/limits.h"
#include "common/logging.h"
#include "dataset/deepfashion2io.h"
#include "embedding/embedder.h"
#include "models/decodedimage.h"
#include "models/modelfingerprint.h"
#include "search/catalogindex.h"
#include "search/detectionensemble.h"
#include "search/importlock.h"
#include "search/photofolder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <deque>
#include <map>

namespace lookbook::search {
namespace {

struct Source final {
    QString path;
    std::optional<dataset::ImageAnnotation> annotation;
    QString annotationPath;
    QString originKey;
    std::optional<catalog::ProductInfo> product;
    qint64 storedImageId = 0;  // stored by an earlier, interrupted run
};

struct LoadedPhoto final {
    std::optional<models::DecodedImage> image;
    QString hash;
    QString problem;
};

LoadedPhoto loadPhoto(const QString &path)
{
    const Result<QByteArray> read = FileBytes::read(path, limits::kMaxImageFileBytes);
    if (!read)
        return {std::nullopt, {}, read.error().message};
    const QByteArray &bytes = *read;
    Result<models::DecodedImage> image = models::DecodedImage::decode(bytes, path);
    if (!image)
        return {std::nullopt, {}, image.error().message};
    return {std::move(image.value()), QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()), {}};
}

// Why the catalog cannot hold one of `items` (its CHECK constraints, said in words), naming the
// annotation file and item, or the photo; empty when all can be stored.
QString firstItemProblem(const Source &source, const std::vector<catalog::CatalogItem> &items)
{
    for (std::size_t i = 0; i < items.size(); ++i) {
        const Box &b = items[i].box;
        QString problem;
        if (!b.isFinite())
            problem = QStringLiteral("its bounding_box holds a value that is not a finite number");
        else if (!(b.x2 > b.x1 && b.y2 > b.y1))
            problem = QStringLiteral("its bounding_box [%1, %2, %3, %4] has no area").arg(b.x1).arg(b.y1).arg(b.x2).arg(b.y2);
        else if (items[i].categoryId < 1 || items[i].categoryId > 13)
            problem = QStringLiteral("category_id %1 is not one of the 13 DeepFashion2 categories").arg(items[i].categoryId);
        if (problem.isEmpty())
            continue;
        if (source.annotation && source.storedImageId == 0)
            return QStringLiteral("%1: item%2: %3; the photo %4 was not imported")
                .arg(source.annotationPath)
                .arg(source.annotation->items[i].itemNumber)
                .arg(problem, source.path);
        return QStringLiteral("%1: a detected box: %2; the photo was not imported").arg(source.path, problem);
    }
    return {};
}

bool isSplit(const QString &path) { return QFileInfo(path + QStringLiteral("/annos")).isDir() && QFileInfo(path + QStringLiteral("/image")).isDir(); }

Result<std::map<QString, catalog::ProductInfo>> readProducts(const QString &folder)
{
    std::map<QString, catalog::ProductInfo> products;
    QFile file(folder + QStringLiteral("/products.json"));
    if (!file.exists())
        return products;
    if (!file.open(QIODevice::ReadOnly))
        return Result<std::map<QString, catalog::ProductInfo>>::failure(ErrorCode::IoError, file.fileName() + QStringLiteral(": cannot read: ") + file.errorString());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Result<std::map<QString, catalog::ProductInfo>>::failure(
            ErrorCode::ParseError, QStringLiteral("%1: expected an object {\"photo.jpg\": {\"title\": …}}: %2")
                                       .arg(file.fileName(), parseError.error != QJsonParseError::NoError ? parseError.errorString() : QStringLiteral("not an object")));
    const QJsonObject root = document.object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!it.value().isObject())
            return Result<std::map<QString, catalog::ProductInfo>>::failure(
                ErrorCode::InvalidData, QStringLiteral("%1: \"%2\" must be an object").arg(file.fileName(), it.key()));
        QJsonObject fields = it.value().toObject();
        catalog::ProductInfo product;
        product.title = fields.take(QStringLiteral("title")).toString();
        const QJsonValue price = fields.take(QStringLiteral("price"));
        if (price.isDouble())
            product.price = price.toDouble();
        product.currency = fields.take(QStringLiteral("currency")).toString();
        product.url = fields.take(QStringLiteral("url")).toString();
        if (!fields.isEmpty())
            product.extraJson = QJsonDocument(fields).toJson(QJsonDocument::Compact);
        products.emplace(QDir(folder).absoluteFilePath(it.key()), std::move(product));
    }
    return products;
}

Result<std::vector<Source>> collectSources(const IngestParams &params, QStringList &problems)
{
    std::vector<Source> sources;
    const QString root = QFileInfo(params.sourcePath).absoluteFilePath();
    if (!QFileInfo(root).isDir())
        return Result<std::vector<Source>>::failure(ErrorCode::IoError, root + QStringLiteral(": not a folder of photos or a DeepFashion2 split"));
    if (isSplit(root)) {
        Result<dataset::DeepFashion2Split> split = dataset::DeepFashion2Io::readSplit(root);
        if (!split)
            return split.error();
        problems += split->errors;
        const QString splitName = QFileInfo(root).fileName();
        for (dataset::ImageAnnotation &annotation : split.value().annotations) {
            const bool shop = annotation.source == dataset::ImageSource::Shop;
            if ((params.images == IngestParams::Images::Shop && !shop) || (params.images == IngestParams::Images::User && shop))
                continue;
            Source source;
            source.path = split->imagePath(annotation.imageId);
            source.annotationPath = split->annotationPath(annotation.imageId);
            source.originKey = splitName + QLatin1Char('/') + dataset::DeepFashion2Io::fileStem(annotation.imageId);
            source.annotation = std::move(annotation);
            sources.push_back(std::move(source));
        }
        return sources;
    }
    Result<std::map<QString, catalog::ProductInfo>> products = readProducts(root);
    if (!products)
        return products.error();
    Result<QStringList> paths = PhotoFolder::photos(root, problems);
    if (!paths)
        return paths.error();
    for (const QString &path : *paths) {
        Source source;
        source.path = path;
        source.originKey = QDir(root).relativeFilePath(path);
        if (auto found = products->find(source.path); found != products->end())
            source.product = found->second;
        sources.push_back(std::move(source));
    }
    return sources;
}

} // namespace

Result<IngestReport> IngestJob::run(const std::function<bool(const IngestProgress &)> &progress)
{
    QElapsedTimer clock;
    clock.start();
    IngestReport report;

    Result<std::unique_ptr<catalog::Catalog>> opened = catalog::Catalog::open(m_params.catalogPath);
    if (!opened)
        return opened.error();
    catalog::Catalog &catalog = **opened;
    Result<std::unique_ptr<ImportLock>> lock = ImportLock::acquire(catalog.path());
    if (!lock)
        return lock.error();

    Result<std::unique_ptr<embedding::Embedder>> embedder = embedding::Embedder::load(m_params.embedderManifest, m_params.inference);
    if (!embedder)
        return embedder.error();
    const models::ModelManifest &manifest = (*embedder)->manifest();
    Result<QString> fingerprint = models::modelFingerprint(manifest);
    if (!fingerprint)
        return fingerprint.error();
    QFile manifestFile(manifest.path);
    (void)manifestFile.open(QIODevice::ReadOnly);
    const QString kind = manifest.kind == models::ModelKind::Ensemble ? QStringLiteral("ensemble") : QStringLiteral("embedder");
    report.vectorSet = m_params.vectorSet.isEmpty() ? manifest.name : m_params.vectorSet;
    std::optional<catalog::VectorSetInfo> set;
    const Status registered = catalog.transaction([&]() -> Status {
        Result<qint64> modelId = catalog.ensureModel({0, manifest.name, kind, *fingerprint, manifestFile.readAll()});
        if (!modelId)
            return modelId.error();
        Result<catalog::VectorSetInfo> ensured = catalog.ensureVectorSet(report.vectorSet, *modelId, (*embedder)->dimension());
        if (!ensured)
            return ensured.error();
        set = std::move(ensured.value());
        return success();
    });
    if (!registered)
        return registered.error();

    Result<DetectionEnsemble> detectors = DetectionEnsemble::load(m_params.detectorManifests, m_params.inference);
    if (!detectors)
        return detectors.error();
    // TorchScript optimises on its first runs; pay that before the clock of the first photo starts.
    if (Status warm = (*embedder)->warmUp(); !warm)
        return warm.error();
    if (Status warm = detectors->warmUp(); !warm)
        return warm.error();

    Result<std::vector<Source>> collected = collectSources(m_params, report.problems);
    if (!collected)
        return collected.error();
    std::vector<Source> work;
    for (Source &source : collected.value()) {
        Result<std::optional<catalog::CatalogImage>> stored = catalog.imageByPath(source.path);
        if (!stored)
            return stored.error();
        if (*stored) {
            Result<std::vector<qint64>> missing = catalog.itemsWithoutVector(set->id, (*stored)->id);
            if (!missing)
                return missing.error();
            if (missing->empty()) {
                ++report.imagesSkipped;
                continue;
            }
            source.storedImageId = (*stored)->id;
        } else if (!source.annotation && detectors->empty()) {
            return Error{ErrorCode::InvalidArgument, QStringLiteral("%1: photos without annotations need detectors to find their garments").arg(m_params.sourcePath),
                         Remedy::NameDetectors, {}};
        }
        work.push_back(std::move(source));
    }

    IngestProgress state;
    state.imagesTotal = report.imagesSkipped + static_cast<qint64>(work.size());
    state.imagesDone = report.imagesSkipped;

    // Reading and decoding run ahead on their own threads while this thread runs the models.
    QThreadPool decoders;
    decoders.setMaxThreadCount(std::max(1, m_params.decodeThreads));
    std::deque<QFuture<LoadedPhoto>> ahead;
    std::size_t next = 0;
    const auto fill = [&]() {
        while (next < work.size() && ahead.size() < static_cast<std::size_t>(std::max(1, m_params.prefetch)))
            ahead.push_back(QtConcurrent::run(&decoders, loadPhoto, work[next++].path));
    };
    fill();
    qint64 processed = 0;
    const auto fail = [&](const QString &problem) {
        ++report.imagesFailed;
        report.problems << problem;
        qCWarning(lcSearch) << problem;
    };
    for (std::size_t w = 0; w < work.size(); ++w) {
        const Source &source = work[w];
        LoadedPhoto photo = ahead.front().result();
        ahead.pop_front();
        fill();
        state.current = source.path;
        if (!photo.image) {
            fail(photo.problem);
        } else {
            std::vector<catalog::CatalogItem> items;
            if (source.storedImageId > 0) {
                Result<std::vector<catalog::CatalogItem>> stored = catalog.itemsOfImage(source.storedImageId);
                Result<std::vector<qint64>> missing = catalog.itemsWithoutVector(set->id, source.storedImageId);
                if (!stored || !missing)
                    return !stored ? stored.error() : missing.error();
                for (const catalog::CatalogItem &item : *stored) {
                    if (std::find(missing->begin(), missing->end(), item.id) != missing->end())
                        items.push_back(item);
                }
            } else if (source.annotation) {
                for (const dataset::GarmentItem &garment : source.annotation->items) {
                    catalog::CatalogItem item;
                    item.box = garment.box;
                    item.categoryId = garment.categoryId;
                    item.style = garment.style;
                    item.origin = catalog::ItemOrigin::GroundTruth;
                    items.push_back(item);
                }
            } else {
                Result<Detections> found = detectors->detect(*photo.image);
                if (!found)
                    return Error{found.error().code, source.path + QStringLiteral(": ") + found.error().message};
                // The catalog holds garments a person would name: the weak guesses stay out.
                Result<std::vector<ScoredBox>> boxes = DetectionEnsemble::combine(found->shown(), m_params.fusion);
                if (!boxes)
                    return boxes.error();
                for (const ScoredBox &box : *boxes) {
                    catalog::CatalogItem item;
                    item.box = box.box;
                    item.categoryId = box.label;
                    item.score = box.score;
                    item.origin = detectors->size() == 1 ? catalog::ItemOrigin::Detector : catalog::ItemOrigin::Fused;
                    items.push_back(item);
                }
            }
            if (const QString problem = firstItemProblem(source, items); !problem.isEmpty()) {
                fail(problem);
            } else {
                std::vector<Box> boxes;
                for (const catalog::CatalogItem &item : items)
                    boxes.push_back(item.box);
                Result<std::vector<std::vector<float>>> vectors = boxes.empty() ? Result<std::vector<std::vector<float>>>(std::vector<std::vector<float>>{})
                                                                                : (*embedder)->embed(*photo.image, boxes);
                if (!vectors)
                    return Error{vectors.error().code, source.path + QStringLiteral(": ") + vectors.error().message};

                bool storedMeanwhile = false;
                Status stored = catalog.transaction([&]() -> Status {
                    qint64 imageId = source.storedImageId;
                    if (imageId == 0) {
                        // Stored since this run listed it (by another writer): nothing to add twice.
                        Result<std::optional<catalog::CatalogImage>> existing = catalog.imageByPath(source.path);
                        if (!existing)
                            return existing.error();
                        storedMeanwhile = existing->has_value();
                        if (storedMeanwhile)
                            return success();
                        catalog::CatalogImage image;
                        image.path = source.path;
                        image.contentHash = photo.hash;
                        image.width = photo.image->width();
                        image.height = photo.image->height();
                        image.source = source.annotation ? source.annotation->source : dataset::ImageSource::Shop;
                        image.pairId = source.annotation ? source.annotation->pairId : 0;
                        image.originKey = source.originKey;
                        Result<qint64> added = catalog.addImage(image);
                        if (!added)
                            return added.error();
                        imageId = *added;
                    }
                    for (std::size_t i = 0; i < items.size(); ++i) {
                        qint64 itemId = items[i].id;
                        if (itemId == 0) {
                            items[i].imageId = imageId;
                            Result<qint64> added = catalog.addItem(items[i]);
                            if (!added)
                                return added.error();
                            itemId = *added;
                            if (source.product) {
                                catalog::ProductInfo product = *source.product;
                                product.itemId = itemId;
                                if (Status saved = catalog.setProduct(product); !saved)
                                    return saved;
                            }
                        }
                        if (Status saved = catalog.putVector(set->id, itemId, (*vectors)[i].data(), static_cast<int>((*vectors)[i].size())); !saved)
                            return saved;
                    }
                    return success();
                });
                if (!stored)
                    return stored.error();
                if (storedMeanwhile) {
                    ++report.imagesSkipped;
                } else {
                    if (source.storedImageId > 0) {
                        ++report.imagesCompleted;
                    } else {
                        ++report.imagesAdded;
                        report.itemsAdded += static_cast<qint64>(items.size());
                    }
                    report.vectorsAdded += static_cast<qint64>(items.size());
                }
            }
        }
        ++processed;
        ++state.imagesDone;
        state.itemsDone = report.vectorsAdded;
        const double elapsed = std::max(1e-3, clock.elapsed() / 1000.0);
        state.itemsPerSecond = state.itemsDone / elapsed;
        state.etaSeconds = processed >= 3 ? elapsed / processed * static_cast<double>(work.size() - w - 1) : -1.0;
        if (progress && !progress(state)) {
            report.cancelled = true;
            break;
        }
    }
    for (QFuture<LoadedPhoto> &pending : ahead)
        pending.waitForFinished();

    if (!report.cancelled && m_params.index && (report.vectorsAdded > 0 || set->indexFile.isEmpty())) {
        Result<std::unique_ptr<CatalogIndex>> built = CatalogIndex::build(catalog, report.vectorSet, *m_params.index, [&](const QString &phase) {
            state.current = QStringLiteral("index: ") + phase;
            if (progress)
                (void)progress(state);
        });
        if (built)
            report.indexBuilt = true;
        else
            report.indexError = built.error();
    }
    report.seconds = clock.elapsed() / 1000.0;
    report.itemsPerSecond = report.vectorsAdded / std::max(1e-3, report.seconds);
    return report;
}

} // namespace lookbook::search
