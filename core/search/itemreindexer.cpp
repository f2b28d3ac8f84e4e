#include "search/itemreindexer.h"

#include "catalog/catalog.h"
#include "common/logging.h"
#include "embedding/embedder.h"
#include "index/vectorindex.h"
#include "models/decodedimage.h"
#include "models/modelfingerprint.h"
#include "search/catalogindex.h"
#include "search/democatalog.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <iterator>

namespace lookbook::search {
namespace {

using Report = ItemReindexReport;

// The model that made the set: the manifest given (checked by fingerprint, as the search is), or
// the one in the model folders with the set's model name and fingerprint.
Result<std::unique_ptr<embedding::Embedder>> loadSetEmbedder(const ItemReindexParams &params, const catalog::Catalog &catalog,
                                                             const catalog::VectorSetInfo &set)
{
    using Failure = Result<std::unique_ptr<embedding::Embedder>>;
    std::optional<models::ModelManifest> chosen;
    if (!params.embedderManifest.isEmpty()) {
        Result<models::ModelManifest> manifest = models::ModelManifest::load(params.embedderManifest);
        if (!manifest)
            return manifest.error();
        Result<QString> fingerprint = models::modelFingerprint(*manifest);
        if (!fingerprint)
            return fingerprint.error();
        if (*fingerprint != set.modelFingerprint)
            return Failure::failure(ErrorCode::InvalidArgument,
                                    QStringLiteral("%1: is not the model that made vector set '%2' of %3 (that was '%4'); its vectors would not be comparable")
                                        .arg(manifest->path, set.name, catalog.path(), set.modelName));
        chosen = std::move(manifest).value();
    } else {
        const QStringList dirs = params.modelDirs.isEmpty() ? QStringList{DemoCatalog::defaultModelsDir()} : params.modelDirs;
        for (const QString &dir : dirs) {
            for (const QString &name : QDir(dir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
                Result<models::ModelManifest> manifest = models::ModelManifest::load(QDir(dir).filePath(name));
                if (!manifest || manifest->kind == models::ModelKind::Detector || manifest->name != set.modelName)
                    continue;
                if (Result<QString> fingerprint = models::modelFingerprint(*manifest); fingerprint && *fingerprint == set.modelFingerprint) {
                    chosen = std::move(manifest).value();
                    break;
                }
            }
            if (chosen)
                break;
        }
        if (!chosen)
            return Failure(Error{ErrorCode::InvalidArgument,
                                 QStringLiteral("%1: vector set '%2' was made by model '%3', and no manifest of that model (same weights) is in %4; "
                                                "put its manifest beside the catalog, or name it")
                                     .arg(catalog.path(), set.name, set.modelName, dirs.join(QStringLiteral(", "))),
                                 Remedy::NameEmbedder, {set.name}});
    }
    Result<std::unique_ptr<embedding::Embedder>> embedder = embedding::Embedder::load(*chosen, params.inference);
    if (!embedder)
        return embedder.error();
    if ((*embedder)->dimension() != set.dimension)
        return Failure::failure(ErrorCode::InvalidArgument, QStringLiteral("%1: makes %2-dimensional vectors, vector set '%3' has dimension %4")
                                                                .arg(chosen->path)
                                                                .arg((*embedder)->dimension())
                                                                .arg(set.name)
                                                                .arg(set.dimension));
    qCInfo(lcSearch) << "re-indexing" << set.name << "with" << chosen->path;
    return embedder;
}

// Embeds one photo's items and stores their vectors, skipping any item that changed (or went)
// while it was being embedded: its vector would describe a box the catalog no longer has.
Status embedImage(catalog::Catalog &catalog, const embedding::Embedder &embedder, const catalog::VectorSetInfo &set,
                  const std::vector<catalog::CatalogItem> &items, Report &report, QString &photoPath)
{
    Result<catalog::CatalogImage> image = catalog.image(items.front().imageId);
    if (!image)
        return image.error();
    photoPath = image->path;
    Result<models::DecodedImage> photo = models::DecodedImage::load(image->path);
    if (!photo) {
        ++report.imagesFailed;
        report.problems << photo.error().message;
        qCWarning(lcSearch) << photo.error().message;
        return success();
    }
    std::vector<Box> boxes;
    for (const catalog::CatalogItem &item : items)
        boxes.push_back(item.box);
    Result<std::vector<std::vector<float>>> vectors = embedder.embed(*photo, boxes);
    if (!vectors)
        return Error{vectors.error().code, image->path + QStringLiteral(": ") + vectors.error().message};
    return catalog.transaction([&]() -> Status {
        Result<std::vector<catalog::CatalogItem>> current = catalog.itemsOfImage(image->id);
        if (!current)
            return current.error();
        for (std::size_t i = 0; i < items.size(); ++i) {
            const auto now = std::find_if(current->begin(), current->end(), [&](const catalog::CatalogItem &c) { return c.id == items[i].id; });
            const bool unchanged = now != current->end() && now->categoryId == items[i].categoryId && now->box.x1 == items[i].box.x1
                                   && now->box.y1 == items[i].box.y1 && now->box.x2 == items[i].box.x2 && now->box.y2 == items[i].box.y2;
            if (!unchanged) {
                ++report.itemsSkipped;
                continue;
            }
            if (Status stored = catalog.putVector(set.id, items[i].id, (*vectors)[i].data(), static_cast<int>((*vectors)[i].size())); !stored)
                return stored;
            ++report.itemsEmbedded;
        }
        return success();
    });
}

Status rebuildIndex(catalog::Catalog &catalog, const catalog::VectorSetInfo &set, const index::IndexParams &params, Report &report)
{
    Result<std::vector<qint64>> ids = catalog.vectorIds(set.id);
    if (!ids)
        return ids.error();
    if (ids->empty()) {
        report.indexNote += QStringLiteral("; the set has no shop vectors, so there is nothing to index");
        return success();
    }
    Result<std::unique_ptr<CatalogIndex>> built = CatalogIndex::build(catalog, set.name, params);
    if (!built)
        return built.error();
    report.index = Report::IndexUpdate::Rebuilt;
    report.addedToIndex = static_cast<qint64>(ids->size());
    return success();
}

// The index's ids and the catalog's (items with a shop vector), both ascending.
struct IdDifference final {
    std::vector<qint64> stale;    // in the index, without a vector now: deleted, or changed and not embedded again yet
    std::vector<qint64> missing;  // with a vector, not in the index
};

Result<IdDifference> difference(catalog::Catalog &catalog, const CatalogIndex &catalogIndex)
{
    Result<std::vector<qint64>> wanted = catalog.vectorIds(catalogIndex.vectorSet().id);
    if (!wanted)
        return wanted.error();
    const std::vector<qint64> held = catalogIndex.index().ids();
    IdDifference d;
    std::set_difference(held.begin(), held.end(), wanted->begin(), wanted->end(), std::back_inserter(d.stale));
    std::set_difference(wanted->begin(), wanted->end(), held.begin(), held.end(), std::back_inserter(d.missing));
    return d;
}

// Before anything is embedded, the index forgets every id whose vector is gone, and is saved so:
// an item embedded again afterwards can then never keep its old vector in the index, even if this
// run is killed before the new one is added.
Status pruneIndex(catalog::Catalog &catalog, CatalogIndex &catalogIndex, Report &report)
{
    Result<IdDifference> d = difference(catalog, catalogIndex);
    if (!d)
        return d.error();
    if (d->stale.empty())
        return success();
    index::VectorIndex &index = catalogIndex.index();
    if (Status removed = index.remove(d->stale); !removed)
        return removed;
    if (Status saved = catalogIndex.save(catalog); !saved)
        return saved;
    report.removedFromIndex = static_cast<qint64>(d->stale.size());
    if (index.params().type == index::IndexParams::Type::Hnsw) {
        report.index = Report::IndexUpdate::Rebuilt;
        report.indexNote = QStringLiteral("HNSW cannot delete graph nodes: removing %1 rebuilt the graph from the %2 vectors that stay")
                               .arg(d->stale.size())
                               .arg(index.size());
    } else {
        report.index = Report::IndexUpdate::Incremental;
    }
    return success();
}

// After embedding: the vectors the index lacks are added.
Status extendIndex(catalog::Catalog &catalog, CatalogIndex &catalogIndex, Report &report)
{
    Result<IdDifference> d = difference(catalog, catalogIndex);
    if (!d)
        return d.error();
    if (d->missing.empty())
        return success();
    Result<FloatMatrix> vectors = catalog.vectorsOf(catalogIndex.vectorSet().id, d->missing);
    if (!vectors)
        return vectors.error();
    if (Status added = catalogIndex.index().add(*vectors, d->missing); !added)
        return added;
    if (Status saved = catalogIndex.save(catalog); !saved)
        return saved;
    report.addedToIndex = static_cast<qint64>(d->missing.size());
    if (report.index == Report::IndexUpdate::Unchanged)
        report.index = Report::IndexUpdate::Incremental;
    return success();
}

} // namespace

Result<ItemReindexReport> ItemReindexer::run(const Progress &progress)
{
    QElapsedTimer clock;
    clock.start();
    Result<std::unique_ptr<catalog::Catalog>> opened = catalog::Catalog::open(m_params.catalogPath);
    if (!opened)
        return opened.error();
    catalog::Catalog &catalog = **opened;
    Result<catalog::VectorSetInfo> set = catalog.chooseVectorSet(m_params.vectorSet);
    if (!set)
        return set.error();
    Report report;
    report.vectorSet = set->name;

    Result<std::vector<catalog::CatalogItem>> unembedded = catalog.shopItemsWithoutVector(set->id);
    if (!unembedded)
        return unembedded.error();
    // A rejected item is not a garment: it gets no vector, so it is never a search result.
    std::vector<catalog::CatalogItem> todo;
    for (const catalog::CatalogItem &item : *unembedded) {
        if (item.review == catalog::ReviewState::Rejected)
            ++report.itemsSkipped;
        else
            todo.push_back(item);
    }

    // A missing or stale index file is rebuilt whole at the end; a sound one is pruned now and
    // extended at the end.
    std::unique_ptr<CatalogIndex> catalogIndex;
    if (set->indexFile.isEmpty()) {
        report.indexNote = QStringLiteral("the set had no index yet");
    } else {
        Result<std::unique_ptr<CatalogIndex>> opened = CatalogIndex::openForUpdate(catalog, set->name);
        if (opened) {
            catalogIndex = std::move(opened).value();
            if (Status pruned = pruneIndex(catalog, *catalogIndex, report); !pruned)
                return pruned.error();
        } else if (opened.error().code == ErrorCode::OutOfDate) {
            report.indexNote = opened.error().message;
        } else {
            return opened.error();
        }
    }

    const auto total = static_cast<qint64>(todo.size());
    QString current;
    if (!todo.empty()) {
        Result<std::unique_ptr<embedding::Embedder>> embedder = loadSetEmbedder(m_params, catalog, *set);
        if (!embedder)
            return embedder.error();
        for (std::size_t first = 0; first < todo.size() && !report.cancelled;) {
            std::size_t last = first;
            while (last < todo.size() && todo[last].imageId == todo[first].imageId)
                ++last;
            const std::vector<catalog::CatalogItem> ofImage(todo.begin() + static_cast<std::ptrdiff_t>(first), todo.begin() + static_cast<std::ptrdiff_t>(last));
            if (Status embedded = embedImage(catalog, **embedder, *set, ofImage, report, current); !embedded)
                return embedded.error();
            first = last;
            report.cancelled = !reportProgress(progress, current, static_cast<qint64>(last), total);
        }
    }

    // Also after a cancel: what was embedded is indexed, so the index matches the catalog.
    reportProgress(progress, QStringLiteral("index"), total, total);
    if (catalogIndex) {
        if (Status extended = extendIndex(catalog, *catalogIndex, report); !extended)
            return extended.error();
    } else {
        const Result<index::IndexParams> recorded = index::IndexParams::fromJson(QJsonDocument::fromJson(set->indexParams).object());
        if (Status rebuilt = rebuildIndex(catalog, *set, set->indexFile.isEmpty() || !recorded ? m_params.newIndex : *recorded, report); !rebuilt)
            return rebuilt.error();
    }
    report.seconds = clock.elapsed() / 1000.0;
    qCInfo(lcSearch) << "re-indexed" << report.vectorSet << ":" << report.itemsEmbedded << "embedded," << report.removedFromIndex << "removed from and"
                       << report.addedToIndex << "added to the index in" << report.seconds << "s";
    return report;
}

} // namespace lookbook::search
