#include "dataset/deepfashion2validator.h"

#include "common/limits.h"
#include "dataset/categories.h"
#include "dataset/deepfashion2io.h"
#include "models/decodedimage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <climits>
#include <cmath>
#include <optional>

namespace lookbook::dataset {

namespace {

constexpr double kTolerance = 1.0;  // a pixel: rounding in annotation tools

class AnnotationChecker final
{
public:
    AnnotationChecker(QString file, QSize imageSize) : m_file(std::move(file)), m_size(imageSize) {}

    std::vector<ValidationProblem> take() { return std::move(m_problems); }

    void problem(const QString &field, const QString &message) { m_problems.push_back({m_file, field, message}); }

    void checkDocument(const QByteArray &json)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(json, &error);
        if (error.error != QJsonParseError::NoError) {
            problem(QStringLiteral("(document)"), QStringLiteral("not valid JSON: %1 at offset %2").arg(error.errorString()).arg(error.offset));
            return;
        }
        if (!document.isObject()) {
            problem(QStringLiteral("(document)"), QStringLiteral("expected a JSON object"));
            return;
        }
        const QJsonObject root = document.object();
        const QJsonValue source = root.value(QLatin1String("source"));
        if (source.isUndefined())
            problem(QStringLiteral("source"), QStringLiteral("missing"));
        else if (source.toString() != QLatin1String("user") && source.toString() != QLatin1String("shop"))
            problem(QStringLiteral("source"), QStringLiteral("expected \"user\" or \"shop\", got %1").arg(show(source)));
        checkInteger(root, QStringLiteral("pair_id"), QString(), 0, INT_MAX);

        static const QRegularExpression itemKey(QStringLiteral("^item[0-9]+$"));
        int items = 0;
        for (auto it = root.begin(); it != root.end(); ++it) {
            if (!itemKey.match(it.key()).hasMatch())
                continue;
            ++items;
            if (!it.value().isObject())
                problem(it.key(), QStringLiteral("expected an object"));
            else
                checkItem(it.value().toObject(), it.key());
        }
        if (items == 0)
            problem(QStringLiteral("item1"), QStringLiteral("no garments: expected at least one itemN object"));
        m_items = items;
    }

    int items() const { return m_items; }

private:
    static QString show(const QJsonValue &value)
    {
        if (value.isString())
            return QLatin1Char('"') + value.toString() + QLatin1Char('"');
        if (value.isDouble())
            return QString::number(value.toDouble());
        return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    }

    static bool isInteger(const QJsonValue &value)
    {
        return value.isDouble() && std::floor(value.toDouble()) == value.toDouble();
    }

    // Returns the value when present, an integer and within [lo, hi]; reports otherwise.
    std::optional<int> checkInteger(const QJsonObject &object, const QString &key, const QString &prefix, int lo, int hi)
    {
        const QString field = prefix.isEmpty() ? key : prefix + QLatin1Char('.') + key;
        const QJsonValue value = object.value(key);
        if (value.isUndefined()) {
            problem(field, QStringLiteral("missing"));
            return std::nullopt;
        }
        if (!isInteger(value) || value.toDouble() < lo || value.toDouble() > hi) {
            problem(field, hi == INT_MAX ? QStringLiteral("expected an integer ≥ %1, got %2").arg(lo).arg(show(value))
                                         : QStringLiteral("expected an integer %1–%2, got %3").arg(lo).arg(hi).arg(show(value)));
            return std::nullopt;
        }
        return value.toInt();
    }

    std::optional<std::vector<double>> numbers(const QJsonValue &value, const QString &field)
    {
        if (!value.isArray()) {
            problem(field, value.isUndefined() ? QStringLiteral("missing") : QStringLiteral("expected an array of numbers"));
            return std::nullopt;
        }
        std::vector<double> result;
        const QJsonArray array = value.toArray();
        for (qsizetype k = 0; k < array.size(); ++k) {
            if (!array[k].isDouble()) {
                problem(QStringLiteral("%1[%2]").arg(field).arg(k), QStringLiteral("expected a number, got %1").arg(show(array[k])));
                return std::nullopt;
            }
            result.push_back(array[k].toDouble());
        }
        return result;
    }

    bool insideImage(double x, double y) const
    {
        return x >= -kTolerance && y >= -kTolerance && x <= m_size.width() + kTolerance && y <= m_size.height() + kTolerance;
    }

    void checkItem(const QJsonObject &item, const QString &key)
    {
        const std::optional<int> categoryId = checkInteger(item, QStringLiteral("category_id"), key, 1, kCategoryCount);
        const Category *category = categoryId ? categoryById(*categoryId) : nullptr;
        const QJsonValue name = item.value(QLatin1String("category_name"));
        if (name.isUndefined())
            problem(key + QStringLiteral(".category_name"), QStringLiteral("missing"));
        else if (category && name.toString() != QLatin1String(category->name))
            problem(key + QStringLiteral(".category_name"),
                    QStringLiteral("expected \"%1\" for category_id %2, got %3").arg(QLatin1String(category->name)).arg(category->id).arg(show(name)));
        checkInteger(item, QStringLiteral("style"), key, 0, INT_MAX);
        checkInteger(item, QStringLiteral("scale"), key, 1, 3);
        checkInteger(item, QStringLiteral("occlusion"), key, 1, 3);
        checkInteger(item, QStringLiteral("zoom_in"), key, 1, 3);
        checkInteger(item, QStringLiteral("viewpoint"), key, 1, 3);

        const QString boxField = key + QStringLiteral(".bounding_box");
        std::optional<std::vector<double>> box = numbers(item.value(QLatin1String("bounding_box")), boxField);
        if (box && box->size() != 4) {
            problem(boxField, QStringLiteral("expected [x1, y1, x2, y2], got %1 numbers").arg(box->size()));
            box.reset();
        }
        if (box) {
            const std::vector<double> &b = *box;
            const QString coords = QStringLiteral("[%1, %2, %3, %4]").arg(b[0]).arg(b[1]).arg(b[2]).arg(b[3]);
            if (!(b[0] < b[2]) || !(b[1] < b[3])) {
                problem(boxField, QStringLiteral("expected x1 < x2 and y1 < y2, got %1").arg(coords));
                box.reset();
            } else if (m_size.isValid() && (!insideImage(b[0], b[1]) || !insideImage(b[2], b[3]))) {
                problem(boxField, QStringLiteral("%1 is outside the %2 × %3 image").arg(coords).arg(m_size.width()).arg(m_size.height()));
            }
        }

        const QString landmarksField = key + QStringLiteral(".landmarks");
        if (const std::optional<std::vector<double>> landmarks = numbers(item.value(QLatin1String("landmarks")), landmarksField)) {
            if (category && landmarks->size() != static_cast<size_t>(3 * category->landmarkCount)) {
                problem(landmarksField, QStringLiteral("expected %1 numbers (%2 landmarks × x, y, v) for category %3, got %4")
                                            .arg(3 * category->landmarkCount).arg(category->landmarkCount).arg(category->id).arg(landmarks->size()));
            }
            for (size_t k = 0; k + 2 < landmarks->size(); k += 3) {
                const double v = (*landmarks)[k + 2];
                const QString field = QStringLiteral("%1[%2]").arg(landmarksField).arg(k / 3);
                if (v != 0 && v != 1 && v != 2)
                    problem(field, QStringLiteral("visibility must be 0, 1 or 2, got %1").arg(v));
                else if (v != 0 && m_size.isValid() && !insideImage((*landmarks)[k], (*landmarks)[k + 1]))
                    problem(field, QStringLiteral("(%1, %2) is outside the image").arg((*landmarks)[k]).arg((*landmarks)[k + 1]));
            }
        }

        const QString segmentationField = key + QStringLiteral(".segmentation");
        const QJsonValue segmentation = item.value(QLatin1String("segmentation"));
        if (!segmentation.isArray() || segmentation.toArray().isEmpty()) {
            problem(segmentationField, segmentation.isUndefined() ? QStringLiteral("missing") : QStringLiteral("expected a non-empty array of polygons"));
            return;
        }
        double x1 = INFINITY, y1 = INFINITY, x2 = -INFINITY, y2 = -INFINITY;
        bool polygonsOk = true;
        const QJsonArray polygons = segmentation.toArray();
        for (qsizetype k = 0; k < polygons.size(); ++k) {
            const QString field = QStringLiteral("%1[%2]").arg(segmentationField).arg(k);
            const std::optional<std::vector<double>> polygon = numbers(polygons[k], field);
            if (!polygon || polygon->size() < 6 || polygon->size() % 2 != 0) {
                if (polygon)
                    problem(field, QStringLiteral("expected an even number (at least 6) of coordinates, got %1").arg(polygon->size()));
                polygonsOk = false;
                continue;
            }
            for (size_t i = 0; i < polygon->size(); i += 2) {
                const double x = (*polygon)[i], y = (*polygon)[i + 1];
                x1 = std::min(x1, x);
                y1 = std::min(y1, y);
                x2 = std::max(x2, x);
                y2 = std::max(y2, y);
            }
            if (m_size.isValid() && (!insideImage(x1, y1) || !insideImage(x2, y2)))
                problem(field, QStringLiteral("reaches outside the %1 × %2 image").arg(m_size.width()).arg(m_size.height()));
        }
        if (box && polygonsOk) {
            const std::vector<double> &b = *box;
            if (std::abs(b[0] - x1) > kTolerance || std::abs(b[1] - y1) > kTolerance || std::abs(b[2] - x2) > kTolerance
                || std::abs(b[3] - y2) > kTolerance) {
                problem(boxField, QStringLiteral("[%1, %2, %3, %4] differs from the segmentation's bounds [%5, %6, %7, %8] by more than a pixel")
                                      .arg(b[0]).arg(b[1]).arg(b[2]).arg(b[3]).arg(x1).arg(y1).arg(x2).arg(y2));
            }
        }
    }

    QString m_file;
    QSize m_size;
    std::vector<ValidationProblem> m_problems;
    int m_items = 0;
};

struct FileResult final {
    std::vector<ValidationProblem> problems;
    int items = 0;
};

FileResult checkFile(const QString &splitDir, const QString &annotationName, bool decode)
{
    const QDir split(splitDir);
    const QString annotationPath = split.filePath(QStringLiteral("annos/") + annotationName);
    FileResult result;
    const int imageId = DeepFashion2Io::imageIdFromFileName(annotationName);
    if (imageId < 0) {
        result.problems.push_back({annotationPath, QStringLiteral("(file name)"), QStringLiteral("not an image id: expected NNNNNN.json")});
        return result;
    }
    const QString imagePath = split.filePath(QStringLiteral("image/%1.jpg").arg(DeepFashion2Io::fileStem(imageId)));
    QSize size;
    if (!QFileInfo::exists(imagePath)) {
        result.problems.push_back({imagePath, QStringLiteral("image"), QStringLiteral("missing (expected for %1)").arg(annotationName)});
    } else {
        QImageReader reader(imagePath);
        size = reader.size();
        if (decode) {
            // The app's own reader, with its limits and plain messages (a pixel bomb is refused from its header).
            const Result<QImage> image = models::DecodedImage::readForDisplay(imagePath);
            if (!image)
                result.problems.push_back({imagePath, QStringLiteral("image"), QStringLiteral("cannot decode: %1").arg(image.error().message)});
            size = image ? image->size() : QSize();
        } else if (!size.isValid()) {
            result.problems.push_back({imagePath, QStringLiteral("image"), QStringLiteral("not an image: %1").arg(reader.errorString())});
        }
    }
    QFile file(annotationPath);
    if (!file.open(QIODevice::ReadOnly)) {
        result.problems.push_back({annotationPath, QStringLiteral("(file)"), QStringLiteral("cannot read: %1").arg(file.errorString())});
        return result;
    }
    AnnotationChecker checker(annotationPath, size);
    checker.checkDocument(file.readAll());
    result.items = checker.items();
    std::vector<ValidationProblem> problems = checker.take();
    result.problems.insert(result.problems.end(), problems.begin(), problems.end());
    return result;
}

} // namespace

QString ValidationProblem::toString() const
{
    return QStringLiteral("%1: %2: %3").arg(file, field, message);
}

Result<ValidationReport> DeepFashion2Validator::validateSplit(const QString &splitDir, const Options &options)
{
    if (Status threads = limits::checkThreadCount(options.threads, QStringLiteral("threads")); !threads)
        return threads.error();
    const QDir split(splitDir);
    if (!split.exists())
        return Error{ErrorCode::IoError, QStringLiteral("%1: no such folder").arg(splitDir)};
    const QDir annos(split.filePath(QStringLiteral("annos")));
    if (!annos.exists())
        return Error{ErrorCode::InvalidData, QStringLiteral("%1: no annos/ folder: not a DeepFashion2 split").arg(splitDir)};

    const QStringList names = annos.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QThreadPool pool;
    pool.setMaxThreadCount(options.threads > 0 ? options.threads : QThread::idealThreadCount());
    const std::vector<FileResult> results = QtConcurrent::blockingMapped<std::vector<FileResult>>(
        &pool, names, [&](const QString &name) { return checkFile(splitDir, name, options.decodeImages); });

    ValidationReport report;
    report.annotationFiles = static_cast<int>(names.size());
    QSet<QString> annotated;
    for (const QString &name : names)
        annotated.insert(QFileInfo(name).completeBaseName());
    for (const FileResult &result : results) {
        report.items += result.items;
        report.problems.insert(report.problems.end(), result.problems.begin(), result.problems.end());
    }
    const QDir images(split.filePath(QStringLiteral("image")));
    for (const QString &name : images.entryList(QDir::Files, QDir::Name)) {
        if (!annotated.contains(QFileInfo(name).completeBaseName()))
            report.problems.push_back({images.filePath(name), QStringLiteral("annotation"), QStringLiteral("no matching annos/%1.json").arg(QFileInfo(name).completeBaseName())});
    }
    return report;
}

std::vector<ValidationProblem> DeepFashion2Validator::validateAnnotation(const QByteArray &json, const QString &file, QSize imageSize)
{
    AnnotationChecker checker(file, imageSize);
    checker.checkDocument(json);
    return checker.take();
}

} // namespace lookbook::dataset
