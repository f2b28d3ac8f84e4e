#include "dataset/deepfashion2io.h"

#include "common/atomicfile.h"
#include "common/filebytes.h"
#include "common/jsonsupport_p.h"
#include "common/limits.h"
#include "dataset/categories.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>

namespace lookbook::dataset {

namespace {

// ordered_json keeps the file's key order: the official COCO converter walks items in that order.
using Json = nlohmann::ordered_json;

const QRegularExpression kItemKey(QStringLiteral("^item([0-9]+)$"));

// Integers stay integers on the way out, so that read → write gives the file's content back.
Json number(double value)
{
    return detail::jsonNumber<Json>(value);
}

class AnnotationReader final
{
public:
    explicit AnnotationReader(QString source) : m_source(std::move(source)) {}

    Error error(const QString &field, const QString &problem) const
    {
        return {ErrorCode::InvalidData, QStringLiteral("%1: %2: %3").arg(m_source, field, problem)};
    }

    static QString field(const QString &path, const char *key)
    {
        return path.isEmpty() ? QLatin1String(key) : path + QLatin1Char('.') + QLatin1String(key);
    }

    std::optional<Error> readNumber(const Json &object, const char *key, const QString &path, double &out, bool required = true) const
    {
        const auto it = object.find(key);
        if (it == object.end())
            return required ? std::optional<Error>(error(field(path, key), QStringLiteral("missing"))) : std::nullopt;
        if (!it->is_number())
            return error(field(path, key), QStringLiteral("expected a number"));
        out = it->get<double>();
        if (!std::isfinite(out))
            return error(field(path, key), QStringLiteral("expected a finite number"));
        return std::nullopt;
    }

    std::optional<Error> readInt(const Json &object, const char *key, const QString &path, int &out, bool required = true) const
    {
        double value = out;
        if (auto e = readNumber(object, key, path, value, required))
            return e;
        if (value != std::floor(value) || std::abs(value) > std::numeric_limits<int>::max())
            return error(field(path, key), QStringLiteral("expected an integer, got %1").arg(value));
        out = static_cast<int>(value);
        return std::nullopt;
    }

    std::optional<Error> readNumbers(const Json &value, const QString &path, std::vector<double> &out) const
    {
        if (!value.is_array())
            return error(path, QStringLiteral("expected an array of numbers"));
        out.clear();
        out.reserve(value.size());
        for (size_t k = 0; k < value.size(); ++k) {
            if (!value[k].is_number() || !std::isfinite(value[k].get<double>()))
                return error(QStringLiteral("%1[%2]").arg(path).arg(k), QStringLiteral("expected a finite number"));
            out.push_back(value[k].get<double>());
        }
        return std::nullopt;
    }

    std::optional<Error> readItem(const Json &value, const QString &path, GarmentItem &item) const
    {
        if (!value.is_object())
            return error(path, QStringLiteral("expected an object"));
        Json extra = Json::object();
        for (auto it = value.begin(); it != value.end(); ++it) {
            static const char *known[] = {"category_id", "category_name", "style", "bounding_box", "landmarks",
                                          "segmentation", "scale", "occlusion", "zoom_in", "viewpoint"};
            if (std::none_of(std::begin(known), std::end(known), [&](const char *k) { return it.key() == k; }))
                extra[it.key()] = it.value();
        }
        if (!extra.empty())
            item.extra = QByteArray::fromStdString(extra.dump());

        if (auto e = readInt(value, "category_id", path, item.categoryId))
            return e;
        if (!categoryById(item.categoryId))
            return error(path + QStringLiteral(".category_id"), QStringLiteral("expected 1–13, got %1").arg(item.categoryId));
        if (const auto name = value.find("category_name"); name != value.end()) {
            if (!name->is_string())
                return error(path + QStringLiteral(".category_name"), QStringLiteral("expected a string"));
            item.categoryName = QString::fromStdString(name->get<std::string>());
        } else {
            item.categoryName = categoryName(item.categoryId);
        }
        if (auto e = readInt(value, "style", path, item.style))
            return e;

        const auto box = value.find("bounding_box");
        if (box == value.end())
            return error(path + QStringLiteral(".bounding_box"), QStringLiteral("missing"));
        std::vector<double> coords;
        if (auto e = readNumbers(*box, path + QStringLiteral(".bounding_box"), coords))
            return e;
        if (coords.size() != 4)
            return error(path + QStringLiteral(".bounding_box"), QStringLiteral("expected [x1, y1, x2, y2], got %1 numbers").arg(coords.size()));
        if (coords[2] < coords[0] || coords[3] < coords[1])
            return error(path + QStringLiteral(".bounding_box"),
                         QStringLiteral("x2 < x1 or y2 < y1 in [%1, %2, %3, %4]").arg(coords[0]).arg(coords[1]).arg(coords[2]).arg(coords[3]));
        item.box = {coords[0], coords[1], coords[2], coords[3]};

        if (const auto landmarks = value.find("landmarks"); landmarks != value.end()) {
            std::vector<double> flat;
            if (auto e = readNumbers(*landmarks, path + QStringLiteral(".landmarks"), flat))
                return e;
            if (flat.size() % 3 != 0)
                return error(path + QStringLiteral(".landmarks"), QStringLiteral("expected x, y, v triples, got %1 numbers").arg(flat.size()));
            for (size_t k = 0; k < flat.size(); k += 3) {
                const std::optional<int> visibility = detail::wholeInt(flat[k + 2]);
                if (!visibility)
                    return error(path + QStringLiteral(".landmarks"),
                                 QStringLiteral("landmark %1's visibility must be an integer, got %2").arg(k / 3 + 1).arg(flat[k + 2]));
                item.landmarks.push_back({flat[k], flat[k + 1], *visibility});
            }
        }
        if (const auto segmentation = value.find("segmentation"); segmentation != value.end()) {
            if (!segmentation->is_array())
                return error(path + QStringLiteral(".segmentation"), QStringLiteral("expected an array of polygons"));
            for (size_t k = 0; k < segmentation->size(); ++k) {
                std::vector<double> polygon;
                if (auto e = readNumbers((*segmentation)[k], QStringLiteral("%1.segmentation[%2]").arg(path).arg(k), polygon))
                    return e;
                item.segmentation.push_back(std::move(polygon));
            }
        }
        for (auto [key, field] : {std::pair{"scale", &item.scale}, std::pair{"occlusion", &item.occlusion},
                                  std::pair{"zoom_in", &item.zoomIn}, std::pair{"viewpoint", &item.viewpoint}}) {
            if (auto e = readInt(value, key, path, *field, false))
                return e;
        }
        return std::nullopt;
    }

private:
    QString m_source;
};

Json itemToJson(const GarmentItem &item)
{
    Json landmarks = Json::array();
    for (const Landmark &l : item.landmarks) {
        landmarks.push_back(number(l.x));
        landmarks.push_back(number(l.y));
        landmarks.push_back(l.visibility);
    }
    const Json segmentation = detail::jsonPolygons<Json>(item.segmentation);
    Json json = {
        {"segmentation", segmentation},
        {"scale", item.scale},
        {"viewpoint", item.viewpoint},
        {"zoom_in", item.zoomIn},
        {"landmarks", landmarks},
        {"style", item.style},
        {"bounding_box", {number(item.box.x1), number(item.box.y1), number(item.box.x2), number(item.box.y2)}},
        {"category_id", item.categoryId},
        {"occlusion", item.occlusion},
        {"category_name", item.categoryName.toStdString()},
    };
    if (!item.extra.isEmpty()) {
        const Json extra = Json::parse(item.extra.toStdString());  // a named object: items() only refers to it
        for (const auto &entry : extra.items())
            json[entry.key()] = entry.value();
    }
    return json;
}

} // namespace

QString DeepFashion2Split::imagePath(int imageId) const
{
    return QDir(root).filePath(QStringLiteral("image/%1.jpg").arg(DeepFashion2Io::fileStem(imageId)));
}

QString DeepFashion2Split::annotationPath(int imageId) const
{
    return QDir(root).filePath(QStringLiteral("annos/%1.json").arg(DeepFashion2Io::fileStem(imageId)));
}

Result<ImageAnnotation> DeepFashion2Io::parseAnnotation(const QByteArray &json, int imageId, const QString &source)
{
    return detail::guardedRead<ImageAnnotation>(source, [&]() -> Result<ImageAnnotation> {
        const AnnotationReader reader(source);
        const Result<Json> parsed = detail::parseJson<Json>(json, source);
        if (!parsed)
            return parsed.error();
        const Json &document = *parsed;
        if (!document.is_object())
            return reader.error(QStringLiteral("$"), QStringLiteral("expected an object"));

        ImageAnnotation annotation;
        annotation.imageId = imageId;
        const auto sourceField = document.find("source");
        if (sourceField == document.end())
            return reader.error(QStringLiteral("source"), QStringLiteral("missing"));
        if (*sourceField == "user")
            annotation.source = ImageSource::User;
        else if (*sourceField == "shop")
            annotation.source = ImageSource::Shop;
        else
            return reader.error(QStringLiteral("source"), QStringLiteral("expected \"user\" or \"shop\""));
        if (auto e = reader.readInt(document, "pair_id", QString(), annotation.pairId))
            return *e;
        if (document.size() > static_cast<size_t>(limits::kMaxBoxesPerFile))
            return reader.error(QStringLiteral("$"), QStringLiteral("%1 keys, more than the limit of %2 items per file").arg(document.size()).arg(limits::kMaxBoxesPerFile));

        Json extra = Json::object();
        for (auto it = document.begin(); it != document.end(); ++it) {
            const QString key = QString::fromStdString(it.key());
            const QRegularExpressionMatch match = kItemKey.match(key);
            if (match.hasMatch()) {
                GarmentItem item;
                item.itemNumber = match.captured(1).toInt();
                if (auto e = reader.readItem(it.value(), key, item))
                    return *e;
                annotation.items.push_back(std::move(item));
            } else if (key != QStringLiteral("source") && key != QStringLiteral("pair_id")) {
                extra[it.key()] = it.value();
            }
        }
        if (!extra.empty())
            annotation.extra = QByteArray::fromStdString(extra.dump());
        return annotation;
    });
}

Result<ImageAnnotation> DeepFashion2Io::readAnnotation(const QString &path)
{
    const int imageId = imageIdFromFileName(QFileInfo(path).fileName());
    if (imageId < 0)
        return Error{ErrorCode::InvalidData, QStringLiteral("%1: the file name is not an image id (expected NNNNNN.json)").arg(path)};
    const Result<QByteArray> bytes = FileBytes::read(path, limits::kMaxJsonFileBytes);
    if (!bytes)
        return bytes.error();
    return parseAnnotation(*bytes, imageId, path);
}

QByteArray DeepFashion2Io::toJson(const ImageAnnotation &annotation)
{
    Json json = Json::object();
    for (const GarmentItem &item : annotation.items)
        json["item" + std::to_string(item.itemNumber)] = itemToJson(item);
    json["source"] = annotation.source == ImageSource::Shop ? "shop" : "user";
    json["pair_id"] = annotation.pairId;
    if (!annotation.extra.isEmpty()) {
        const Json extra = Json::parse(annotation.extra.toStdString());
        for (const auto &entry : extra.items())
            json[entry.key()] = entry.value();
    }
    return QByteArray::fromStdString(json.dump());
}

Status DeepFashion2Io::writeAnnotation(const QString &path, const ImageAnnotation &annotation)
{
    return AtomicFile::write(path, toJson(annotation));
}

Result<DeepFashion2Split> DeepFashion2Io::readSplit(const QString &splitDir)
{
    const QDir annos(QDir(splitDir).filePath(QStringLiteral("annos")));
    if (!annos.exists())
        return Error{ErrorCode::IoError, QStringLiteral("%1: no annos/ folder: not a DeepFashion2 split").arg(splitDir)};
    DeepFashion2Split split;
    split.root = splitDir;
    for (const QString &name : annos.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        Result<ImageAnnotation> annotation = readAnnotation(annos.filePath(name));
        if (annotation)
            split.annotations.push_back(std::move(annotation).value());
        else
            split.errors << annotation.error().message;
    }
    std::sort(split.annotations.begin(), split.annotations.end(),
              [](const ImageAnnotation &a, const ImageAnnotation &b) { return a.imageId < b.imageId; });
    return split;
}

Status DeepFashion2Io::writeSplit(const QString &splitDir, const std::vector<ImageAnnotation> &annotations)
{
    const QString annos = QDir(splitDir).filePath(QStringLiteral("annos"));
    if (!QDir().mkpath(annos) || !QDir().mkpath(QDir(splitDir).filePath(QStringLiteral("image"))))
        return Status::failure(ErrorCode::IoError, QStringLiteral("%1: cannot create the split folders").arg(splitDir));
    for (const ImageAnnotation &annotation : annotations) {
        if (Status status = writeAnnotation(QDir(annos).filePath(fileStem(annotation.imageId) + QStringLiteral(".json")), annotation); !status)
            return status;
    }
    return success();
}

int DeepFashion2Io::imageIdFromFileName(const QString &fileName)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]+)\\.[A-Za-z]+$"));
    const QRegularExpressionMatch match = pattern.match(fileName);
    if (!match.hasMatch())
        return -1;
    bool ok = false;
    const int id = match.captured(1).toInt(&ok);
    return ok ? id : -1;
}

QString DeepFashion2Io::fileStem(int imageId)
{
    return QStringLiteral("%1").arg(imageId, 6, 10, QLatin1Char('0'));
}

} // namespace lookbook::dataset
