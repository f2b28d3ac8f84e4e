#include "review/datasetimporter.h"

#include "catalog/catalogtaxonomy.h"
#include "common/filebytes.h"
#include "common/limits.h"
#include "dataset/cocodataset.h"
#include "dataset/deepfashion2io.h"
#include "dataset/taxonomy.h"
#include "models/modelmanifest.h"
#include "review/reviewstore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QImageReader>

#include <map>

namespace lookbook::review {

namespace {

// One image to store: where it is, what it is, and its ground truth.
struct PendingImage final {
    QString path;
    QString originKey;
    dataset::ImageSource source = dataset::ImageSource::User;
    int pairId = 0;
    int width = 0;   // 0: read from the file's header
    int height = 0;
    std::vector<catalog::CatalogItem> items;
};

// Reads the file's header and hash; nothing is stored for a file that fails.
Result<catalog::CatalogImage> describe(const PendingImage &pending)
{
    catalog::CatalogImage image;
    image.path = QFileInfo(pending.path).absoluteFilePath();
    image.source = pending.source;
    image.pairId = pending.pairId;
    image.originKey = pending.originKey;
    image.width = pending.width;
    image.height = pending.height;
    if (image.width <= 0 || image.height <= 0) {
        QImageReader reader(pending.path);
        const QSize size = reader.size();
        if (!size.isValid())
            return Result<catalog::CatalogImage>::failure(ErrorCode::IoError,
                                                          QStringLiteral("%1: cannot read the image: %2").arg(pending.path, reader.errorString()));
        image.width = size.width();
        image.height = size.height();
    }
    Result<QString> hash = models::ModelManifest::sha256Of(pending.path);
    if (!hash)
        return hash.error();
    image.contentHash = *hash;
    return image;
}

// The images of a source, produced one at a time: `next` returns false at the end.
class SourceReader
{
public:
    virtual ~SourceReader() = default;
    virtual qint64 total() const = 0;
    virtual bool next(PendingImage &image, QStringList &problems) = 0;
    virtual QString split() const = 0;
    // The categories the source's items use, by the source's ids.
    virtual const dataset::Taxonomy &taxonomy() const = 0;
};

class DeepFashion2Reader final : public SourceReader
{
public:
    explicit DeepFashion2Reader(const QString &root)
        : m_root(root), m_files(QDir(root + QStringLiteral("/annos")).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
    {
    }
    qint64 total() const override { return m_files.size(); }
    QString split() const override { return QFileInfo(m_root).fileName(); }
    const dataset::Taxonomy &taxonomy() const override { return dataset::Taxonomy::deepFashion2(); }
    bool next(PendingImage &image, QStringList &problems) override
    {
        while (m_next < m_files.size()) {
            const QString file = m_files.at(m_next++);
            Result<dataset::ImageAnnotation> annotation = dataset::DeepFashion2Io::readAnnotation(m_root + QStringLiteral("/annos/") + file);
            if (!annotation) {
                problems << annotation.error().message;
                continue;
            }
            const QString stem = dataset::DeepFashion2Io::fileStem(annotation->imageId);
            image = PendingImage{};
            image.path = m_root + QStringLiteral("/image/") + stem + QStringLiteral(".jpg");
            image.originKey = split() + QLatin1Char('/') + stem;
            image.source = annotation->source;
            image.pairId = annotation->pairId;
            for (const dataset::GarmentItem &garment : annotation->items) {
                catalog::CatalogItem item;
                item.box = garment.box;
                item.categoryId = garment.categoryId;
                item.style = garment.style;
                item.origin = catalog::ItemOrigin::GroundTruth;
                image.items.push_back(item);
            }
            return true;
        }
        return false;
    }

private:
    QString m_root;
    QStringList m_files;
    int m_next = 0;
};

class CocoReader final : public SourceReader
{
public:
    CocoReader(dataset::CocoDataset coco, dataset::Taxonomy taxonomy, QString imagesDir, QString split)
        : m_coco(std::move(coco)), m_taxonomy(std::move(taxonomy)), m_imagesDir(std::move(imagesDir)), m_split(std::move(split))
    {
        for (const dataset::CocoAnnotation &a : m_coco.annotations)
            m_annotations[a.imageId].push_back(&a);
    }
    qint64 total() const override { return static_cast<qint64>(m_coco.images.size()); }
    QString split() const override { return m_split; }
    const dataset::Taxonomy &taxonomy() const override { return m_taxonomy; }
    bool next(PendingImage &image, QStringList &problems) override
    {
        if (m_next >= m_coco.images.size())
            return false;
        const dataset::CocoImage &coco = m_coco.images[m_next++];
        image = PendingImage{};
        image.path = QDir(m_imagesDir).filePath(coco.fileName);
        image.originKey = m_split + QLatin1Char('/') + coco.fileName;
        image.width = coco.width;
        image.height = coco.height;
        for (const dataset::CocoAnnotation *a : m_annotations[coco.id]) {
            if (a->w <= 0 || a->h <= 0) {
                problems << QStringLiteral("%1: annotation %2: its box %3×%4 has no area; left out").arg(coco.fileName).arg(a->id).arg(a->w).arg(a->h);
                continue;
            }
            catalog::CatalogItem item;
            item.box = {a->x, a->y, a->x + a->w, a->y + a->h};
            item.categoryId = a->categoryId;
            item.origin = catalog::ItemOrigin::GroundTruth;
            image.items.push_back(item);
        }
        return true;
    }

private:
    dataset::CocoDataset m_coco;
    dataset::Taxonomy m_taxonomy;
    QString m_imagesDir;
    QString m_split;
    std::map<qint64, std::vector<const dataset::CocoAnnotation *>> m_annotations;
    std::size_t m_next = 0;
};

Result<std::unique_ptr<SourceReader>> openSource(const DatasetImportParams &params)
{
    const QFileInfo info(params.source);
    if (info.isDir()) {
        if (!QFileInfo(params.source + QStringLiteral("/annos")).isDir())
            return Result<std::unique_ptr<SourceReader>>::failure(
                ErrorCode::InvalidArgument, QStringLiteral("%1: not a DeepFashion2 split (no annos/ folder)").arg(params.source));
        return std::unique_ptr<SourceReader>(new DeepFashion2Reader(info.absoluteFilePath()));
    }
    const Result<QByteArray> bytes = FileBytes::read(params.source, limits::kMaxJsonFileBytes);
    if (!bytes)
        return bytes.error();
    Result<dataset::CocoDataset> coco = dataset::CocoDataset::parseGroundTruth(*bytes, params.source);
    if (!coco)
        return coco.error();
    // The file's categories, any ids and names; an annotation of one it does not declare is refused
    // before anything is stored.
    std::vector<dataset::TaxonomyCategory> categories;
    for (const dataset::CocoCategory &category : coco->categories)
        categories.push_back({category.id, category.name, category.supercategory, {}, {}});
    Result<dataset::Taxonomy> taxonomy = dataset::Taxonomy::make(std::move(categories), params.source);
    if (!taxonomy)
        return taxonomy.error();
    for (std::size_t i = 0; i < coco->annotations.size(); ++i) {
        const dataset::CocoAnnotation &annotation = coco->annotations[i];
        if (!taxonomy->byId(annotation.categoryId))
            return Result<std::unique_ptr<SourceReader>>::failure(
                ErrorCode::InvalidData, QStringLiteral("%1: annotations[%2] (id %3): category_id %4 is not among the file's categories")
                                            .arg(params.source)
                                            .arg(i)
                                            .arg(annotation.id)
                                            .arg(annotation.categoryId));
    }
    const QString imagesDir = params.cocoImagesDir.isEmpty() ? info.absolutePath() : params.cocoImagesDir;
    return std::unique_ptr<SourceReader>(new CocoReader(std::move(coco.value()), std::move(*taxonomy), imagesDir, info.completeBaseName()));
}

// The catalog's category id for each of the source's. A catalog without items yet takes the source's
// taxonomy unless its own already names every source category; otherwise the source's categories
// are matched by name and those the catalog lacks are added (keeping their ids where free).
Result<QHash<int, int>> adoptTaxonomy(catalog::SqliteConnection &connection, const dataset::Taxonomy &source, QStringList &added)
{
    Result<dataset::Taxonomy> current = catalog::CatalogTaxonomy::read(connection);
    if (!current)
        return current.error();
    Result<QMap<int, qint64>> used = catalog::CatalogTaxonomy::itemCounts(connection);
    if (!used)
        return used.error();
    QHash<int, int> ids;
    const auto matchAll = [&] {
        ids.clear();
        for (const dataset::TaxonomyCategory &category : source.categories()) {
            if (const dataset::TaxonomyCategory *known = current->match(category.name, category.id))
                ids.insert(category.id, known->id);
        }
        return ids.size() == source.size();
    };
    if (matchAll())
        return ids;
    if (used->isEmpty()) {
        if (Status replaced = catalog::CatalogTaxonomy::replace(connection, source); !replaced)
            return replaced.error();
        ids.clear();
        for (const dataset::TaxonomyCategory &category : source.categories())
            ids.insert(category.id, category.id);
        return ids;
    }
    for (const dataset::TaxonomyCategory &category : source.categories()) {
        if (ids.contains(category.id))
            continue;
        dataset::TaxonomyCategory extra = category;
        if (current->byId(extra.id))
            extra.id = -1;  // taken: the next free one
        Result<int> id = catalog::CatalogTaxonomy::add(connection, extra);
        if (!id)
            return id.error();
        ids.insert(category.id, *id);
        added << category.name;
    }
    return ids;
}

} // namespace

Result<DatasetImportReport> DatasetImporter::run(const Progress &progress)
{
    QElapsedTimer clock;
    clock.start();
    Result<std::unique_ptr<SourceReader>> reader = openSource(m_params);
    if (!reader)
        return reader.error();
    auto store = QFileInfo::exists(m_params.catalogPath) ? ReviewStore::open(m_params.catalogPath) : ReviewStore::create(m_params.catalogPath);
    if (!store)
        return store.error();
    ReviewStore &review = **store;

    DatasetImportReport report;
    const Result<QHash<int, int>> categoryIds = adoptTaxonomy(review.catalog().connection(), (*reader)->taxonomy(), report.categoriesAdded);
    if (!categoryIds)
        return categoryIds.error();
    qint64 done = 0;
    std::vector<PendingImage> batch;
    bool more = true;
    while (more) {
        batch.clear();
        PendingImage pending;
        while (static_cast<int>(batch.size()) < std::max(1, m_params.batchSize) && (more = (*reader)->next(pending, report.problems)))
            batch.push_back(std::move(pending));
        const Status stored = review.catalog().transaction([&]() -> Status {
            for (const PendingImage &p : batch) {
                Result<std::optional<catalog::CatalogImage>> existing = review.catalog().imageByPath(QFileInfo(p.path).absoluteFilePath());
                if (!existing)
                    return existing.error();
                if (*existing) {
                    ++report.imagesSkipped;
                    continue;
                }
                Result<catalog::CatalogImage> image = describe(p);
                if (!image) {
                    report.problems << image.error().message;
                    continue;
                }
                Result<qint64> imageId = review.addImage(*image, (*reader)->split());
                if (!imageId)
                    return imageId.error();
                for (catalog::CatalogItem item : p.items) {
                    item.imageId = *imageId;
                    item.categoryId = categoryIds->value(item.categoryId, item.categoryId);
                    if (Result<qint64> added = review.catalog().addItem(item); !added)
                        return added.error();
                    ++report.itemsAdded;
                }
                if (Result<eval::QaResult> qa = review.refreshQa(*imageId); !qa)
                    return qa.error();
                ++report.imagesAdded;
            }
            return success();
        });
        if (!stored)
            return stored.error();
        done += static_cast<qint64>(batch.size());
        const QString last = batch.empty() ? QString() : QFileInfo(batch.back().path).fileName();
        if (!reportProgress(progress, last, done, (*reader)->total()) && more) {
            report.cancelled = true;
            break;
        }
    }
    report.seconds = clock.elapsed() / 1000.0;
    return report;
}

} // namespace lookbook::review
