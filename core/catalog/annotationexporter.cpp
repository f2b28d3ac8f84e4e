#include "catalog/annotationexporter.h"

#include "catalog/catalog.h"
#include "catalog/exportoutput.h"
#include "common/atomicfile.h"
#include "common/logging.h"
#include "dataset/categories.h"
#include "dataset/deepfashion2io.h"
#include "dataset/deepfashion2tococo.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QRegularExpression>

#include <cmath>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <set>

namespace lookbook::catalog {
namespace {

// One image of the export with its annotation items, as the catalog holds them.
struct ExportImage final {
    CatalogImage image;
    std::vector<CatalogItem> items;
    int exportId = -1;
};

// "validation/000123" or ".../image/000123.jpg" → 123; -1 when the name is not a number.
int idFromName(const QString &name)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,9}$"));
    const QString stem = QFileInfo(name).completeBaseName();
    return digits.match(stem).hasMatch() ? stem.toInt() : -1;
}

// Gives each image the id its origin key or file name says, or the next free number when that is
// missing or taken (two splits in one catalog both have a 000001).
qint64 assignIds(std::vector<ExportImage> &images)
{
    std::set<int> used;
    for (ExportImage &image : images) {
        int id = idFromName(image.image.originKey);
        if (id < 0)
            id = idFromName(image.image.path);
        if (id >= 0 && used.insert(id).second)
            image.exportId = id;
    }
    int next = used.empty() ? 1 : *used.rbegin() + 1;
    qint64 renumbered = 0;
    for (ExportImage &image : images) {
        if (image.exportId < 0) {
            image.exportId = next++;
            ++renumbered;
        }
    }
    return renumbered;
}

// The annotation of the DeepFashion2 split the photo was imported from (<split>/image/X.jpg →
// <split>/annos/X.json), when it is still there and readable.
std::optional<dataset::ImageAnnotation> sourceAnnotation(const QString &photoPath)
{
    const QFileInfo photo(photoPath);
    if (photo.dir().dirName() != QLatin1String("image"))
        return std::nullopt;
    const QString annotationPath = QDir(photo.dir().filePath(QStringLiteral("../annos"))).filePath(photo.completeBaseName() + QStringLiteral(".json"));
    if (!QFileInfo::exists(annotationPath))
        return std::nullopt;
    Result<dataset::ImageAnnotation> read = dataset::DeepFashion2Io::readAnnotation(annotationPath);
    if (!read) {
        qCInfo(lcDataset) << "export: the source annotation is not used:" << read.error().message;
        return std::nullopt;
    }
    return std::move(read).value();
}

bool sameBox(const Box &a, const Box &b)
{
    return std::abs(a.x1 - b.x1) <= 0.5 && std::abs(a.y1 - b.y1) <= 0.5 && std::abs(a.x2 - b.x2) <= 0.5 && std::abs(a.y2 - b.y2) <= 0.5;
}

// The image's DeepFashion2 annotation. An item the reviewer left as it was (same category, same
// box) keeps the fields the catalog does not hold (landmarks, segmentation, …) from the source
// split; a moved or re-categorised one cannot, so those stay empty.
dataset::ImageAnnotation annotationOf(const ExportImage &image, qint64 &itemsWithSourceFields)
{
    const std::optional<dataset::ImageAnnotation> source = sourceAnnotation(image.image.path);
    std::vector<bool> taken(source ? source->items.size() : 0, false);
    dataset::ImageAnnotation annotation;
    annotation.imageId = image.exportId;
    annotation.source = image.image.source;
    annotation.pairId = image.image.pairId;
    if (source)
        annotation.extra = source->extra;
    int number = 0;
    for (const CatalogItem &item : image.items) {
        dataset::GarmentItem garment;
        garment.itemNumber = ++number;
        garment.categoryId = item.categoryId;
        garment.categoryName = dataset::categoryName(item.categoryId);
        garment.style = item.style;
        garment.box = item.box;
        for (std::size_t k = 0; source && k < source->items.size(); ++k) {
            const dataset::GarmentItem &original = source->items[k];
            if (taken[k] || original.categoryId != item.categoryId || !sameBox(original.box, item.box))
                continue;
            taken[k] = true;
            garment.landmarks = original.landmarks;
            garment.segmentation = original.segmentation;
            garment.scale = original.scale;
            garment.occlusion = original.occlusion;
            garment.zoomIn = original.zoomIn;
            garment.viewpoint = original.viewpoint;
            garment.extra = original.extra;
            ++itemsWithSourceFields;
            break;
        }
        annotation.items.push_back(std::move(garment));
    }
    return annotation;
}

// Puts the photo into image/ as NNNNNN.jpg: a hard link where the file system allows, else a copy;
// a photo in another format is re-encoded, since the layout names every image .jpg. A photo that
// cannot be read is the catalog's problem, listed in `problems`; one that cannot be written is the
// target's (a full disk, a read-only folder) and the error that ends the export unpublished.
Status placePhoto(const QString &photoPath, const QString &target, QStringList &problems)
{
    const QString suffix = QFileInfo(photoPath).suffix().toLower();
    if (suffix != QLatin1String("jpg") && suffix != QLatin1String("jpeg")) {
        QImage photo(photoPath);
        if (photo.isNull()) {
            problems << QStringLiteral("%1: cannot read the photo to put it into image/").arg(photoPath);
            return success();
        }
        return AtomicFile::write(target, [&](QIODevice &file) {
            return photo.save(&file, "JPG", 95) ? success()
                                                : Status::failure(ErrorCode::IoError, QStringLiteral("%1: cannot write the photo as JPEG").arg(target));
        });
    }
    const std::string source = QFile::encodeName(photoPath).toStdString();
    const std::string destination = QFile::encodeName(target).toStdString();
    std::error_code error;
    if (!std::filesystem::is_regular_file(source, error)) {
        problems << QStringLiteral("%1: cannot read the photo to put it into image/%2")
                        .arg(photoPath, error ? QStringLiteral(": ") + QString::fromLocal8Bit(error.message().c_str()) : QString());
        return success();
    }
    std::filesystem::create_hard_link(source, destination, error);
    if (!error)
        return success();
    // std::filesystem names the system's reason ("No space left on device"), where QFile::copy
    // says only "Failure to write block".
    std::filesystem::copy_file(source, destination, error);
    if (error)
        return Status::failure(ErrorCode::IoError, QStringLiteral("%1: cannot copy the photo %2 there: %3")
                                                       .arg(target, photoPath, QString::fromLocal8Bit(error.message().c_str())));
    return success();
}

} // namespace

Result<AnnotationExportReport> AnnotationExporter::run(const Progress &progress)
{
    using Failure = Result<AnnotationExportReport>;
    const bool coco = m_params.format == AnnotationExportParams::Format::Coco;
    if (m_params.outputPath.isEmpty())
        return Failure::failure(ErrorCode::InvalidArgument, QStringLiteral("%1: no output path given").arg(m_params.catalogPath));
    AnnotationExportReport report;
    report.outputPath = QFileInfo(m_params.outputPath).absoluteFilePath();
    Result<std::unique_ptr<Catalog>> opened = Catalog::open(m_params.catalogPath);
    if (!opened)
        return opened.error();
    Catalog &catalog = **opened;
    ExportOutput output(m_params.outputPath, coco ? ExportOutput::Kind::CocoFile : ExportOutput::Kind::DeepFashion2Split);
    if (Status replaceable = output.check(catalog, m_params.overwrite); !replaceable)
        return replaceable.error();
    Result<std::vector<ItemDetails>> items = catalog.annotationItems(m_params.reviewedImagesOnly);
    if (!items)
        return items.error();
    std::vector<ExportImage> images;
    for (const ItemDetails &details : *items) {
        if (images.empty() || images.back().image.id != details.image.id)
            images.push_back({details.image, {}, -1});
        images.back().items.push_back(details.item);
    }
    report.renumbered = assignIds(images);

    // A split is written beside the target, so that the final rename stays on one file system;
    // the folder is removed unless it is published.
    dataset::DeepFashion2Split split;
    if (!coco) {
        Result<QString> staging = output.stage(catalog.path());
        if (!staging)
            return staging.error();
        split.root = *staging;
        if (!QDir().mkpath(split.root + QStringLiteral("/annos")) || !QDir().mkpath(split.root + QStringLiteral("/image")))
            return Failure::failure(ErrorCode::IoError, QStringLiteral("%1: cannot create annos/ and image/").arg(split.root));
    }
    std::map<int, QSize> sizes;
    for (const ExportImage &image : images) {
        dataset::ImageAnnotation annotation = annotationOf(image, report.itemsWithSourceFields);
        report.items += static_cast<qint64>(annotation.items.size());
        if (coco) {
            sizes[image.exportId] = QSize(image.image.width, image.image.height);
            split.annotations.push_back(std::move(annotation));
        } else {
            if (Status written = dataset::DeepFashion2Io::writeAnnotation(split.annotationPath(image.exportId), annotation); !written)
                return written.error();
            if (m_params.withImages) {
                if (Status placed = placePhoto(image.image.path, split.imagePath(image.exportId), report.problems); !placed)
                    return placed.error();
            }
        }
        ++report.images;
        if (!reportProgress(progress, {}, report.images, static_cast<qint64>(images.size()))) {
            report.cancelled = true;
            return report;
        }
    }

    if (coco) {
        const dataset::CocoConversion conversion = dataset::DeepFashion2ToCoco::convert(split, [&](int imageId) -> Result<QSize> {
            return sizes.at(imageId);
        });
        if (Status written = output.writeFile(conversion.json); !written)
            return written.error();
        report.problems += conversion.errors;
    } else if (Status published = output.publish(); !published) {
        return published.error();
    }
    qCInfo(lcDataset) << "exported" << report.items << "annotations of" << report.images << "images to" << report.outputPath;
    return report;
}

} // namespace lookbook::catalog
