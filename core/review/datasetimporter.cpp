#include "review/datasetimporter.h"

#include "common/filebytes.h"
#include "common/limits.h"
#include "dataset/cocodataset.h"
#include "dataset/deepfashion2io.h"
#include "models/modelmanifest.h"
#include "review/reviewstore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
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
    CocoReader(dataset::CocoDataset coco, QString imagesDir, QString split)
        : m_coco(std::move(coco)), m_imagesDir(std::move(imagesDir)), m_split(std::move(split))
    {
        for (const dataset::CocoAnnotation &a : m_coco.annotations)
            m_annotations[a.imageId].push_back(&a);
    }
    qint64 total() const override { return static_cast<qint64>(m_coco.images.size()); }
    QString split() const override { return m_split; }
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
            if (a->categoryId < 1 || a->categoryId > 13 || a->w <= 0 || a->h <= 0) {
                problems << QStringLiteral("%1: annotation %2: category %3 or box %4×%5 is not a DeepFashion2 garment; left out")
                                .arg(coco.fileName)
                                .arg(a->id)
                                .arg(a->categoryId)
                                .arg(a->w)
                                .arg(a->h);
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
    const QString imagesDir = params.cocoImagesDir.isEmpty() ? info.absolutePath() : params.cocoImagesDir;
    return std::unique_ptr<SourceReader>(new CocoReader(std::move(coco.value()), imagesDir, info.completeBaseName()));
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
