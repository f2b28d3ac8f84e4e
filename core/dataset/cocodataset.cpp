#include "dataset/cocodataset.h"

#include "common/jsonsupport_p.h"
#include "common/limits.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace lookbook::dataset {

namespace {

using Json = nlohmann::json;

class CocoReader final
{
public:
    explicit CocoReader(QString source) : m_source(std::move(source)) {}

    Error error(const QString &path, const QString &problem) const
    {
        return {ErrorCode::InvalidData, QStringLiteral("%1: %2: %3").arg(m_source, path, problem)};
    }

    Result<Json> parse(const QByteArray &bytes) const
    {
        return detail::parseJson<Json>(bytes, m_source);
    }

    std::optional<Error> number(const Json &object, const char *key, const QString &path, double &out, bool required = true) const
    {
        const auto it = object.find(key);
        const QString field = path + QLatin1Char('.') + QLatin1String(key);
        if (it == object.end())
            return required ? std::optional<Error>(error(field, QStringLiteral("missing"))) : std::nullopt;
        if (!it->is_number() || !std::isfinite(it->get<double>()))
            return error(field, QStringLiteral("expected a finite number"));
        out = it->get<double>();
        return std::nullopt;
    }

    template<typename Int>
    std::optional<Error> integer(const Json &object, const char *key, const QString &path, Int &out) const
    {
        double value = 0;
        if (auto e = number(object, key, path, value))
            return e;
        if (value != std::floor(value) || value < static_cast<double>(std::numeric_limits<Int>::lowest())
            || value > static_cast<double>(std::numeric_limits<Int>::max()))
            return error(path + QLatin1Char('.') + QLatin1String(key), QStringLiteral("expected an integer id"));
        out = static_cast<Int>(value);
        return std::nullopt;
    }

    // bbox [x, y, w, h] into the four fields of a COCO row.
    template<typename Row>
    std::optional<Error> box(const Json &object, const QString &path, Row &out) const
    {
        const auto it = object.find("bbox");
        const QString field = path + QStringLiteral(".bbox");
        if (it == object.end())
            return error(field, QStringLiteral("missing"));
        if (!it->is_array() || it->size() != 4)
            return error(field, QStringLiteral("expected [x, y, width, height]"));
        double xywh[4];
        for (size_t k = 0; k < 4; ++k) {
            if (!(*it)[k].is_number() || !std::isfinite((*it)[k].get<double>()))
                return error(QStringLiteral("%1[%2]").arg(field).arg(k), QStringLiteral("expected a finite number"));
            xywh[k] = (*it)[k].get<double>();
        }
        if (xywh[2] < 0 || xywh[3] < 0)
            return error(field, QStringLiteral("negative width or height"));
        out.x = xywh[0];
        out.y = xywh[1];
        out.w = xywh[2];
        out.h = xywh[3];
        return std::nullopt;
    }

    std::optional<Error> array(const Json &document, const char *key, const Json *&out) const
    {
        const auto it = document.find(key);
        if (it == document.end())
            return error(QLatin1String(key), QStringLiteral("missing"));
        if (!it->is_array())
            return error(QLatin1String(key), QStringLiteral("expected an array"));
        out = &*it;
        return std::nullopt;
    }

    // Refuses an array of more boxes than limits::kMaxBoxesPerFile before reading them.
    std::optional<Error> boxCount(const Json &array, const QString &path) const
    {
        if (array.size() > static_cast<size_t>(limits::kMaxBoxesPerFile))
            return error(path, QStringLiteral("%1 entries, more than the limit of %2 boxes per file").arg(array.size()).arg(limits::kMaxBoxesPerFile));
        return std::nullopt;
    }

private:
    QString m_source;
};

} // namespace

Result<CocoDataset> CocoDataset::parseGroundTruth(const QByteArray &json, const QString &source)
{
    return detail::guardedRead<CocoDataset>(source, [&]() -> Result<CocoDataset> {
        const CocoReader reader(source);
        const Result<Json> document = reader.parse(json);
        if (!document)
            return document.error();
        if (!document->is_object())
            return reader.error(QStringLiteral("$"), QStringLiteral("expected an object with images, annotations and categories"));
        const Json *images = nullptr, *annotations = nullptr, *categories = nullptr;
        for (auto e : {reader.array(*document, "images", images), reader.array(*document, "annotations", annotations),
                       reader.array(*document, "categories", categories)}) {
            if (e)
                return *e;
        }
        if (auto e = reader.boxCount(*annotations, QStringLiteral("annotations")))
            return *e;

        CocoDataset dataset;
        for (size_t i = 0; i < images->size(); ++i) {
            const Json &image = (*images)[i];
            const QString path = QStringLiteral("images[%1]").arg(i);
            CocoImage out;
            if (auto e = reader.integer(image, "id", path, out.id))
                return *e;
            if (const auto name = image.find("file_name"); name != image.end() && name->is_string())
                out.fileName = QString::fromStdString(name->get<std::string>());
            double width = 0, height = 0;
            reader.number(image, "width", path, width, false);
            reader.number(image, "height", path, height, false);
            // Clamped: a damaged value must not overflow the int.
            out.width = static_cast<int>(std::clamp(width, 0.0, static_cast<double>(std::numeric_limits<int>::max())));
            out.height = static_cast<int>(std::clamp(height, 0.0, static_cast<double>(std::numeric_limits<int>::max())));
            dataset.images.push_back(out);
        }
        for (size_t i = 0; i < categories->size(); ++i) {
            const QString path = QStringLiteral("categories[%1]").arg(i);
            int id = 0;
            if (auto e = reader.integer((*categories)[i], "id", path, id))
                return *e;
            const auto text = [&](const char *key) {
                const auto found = (*categories)[i].find(key);
                return found != (*categories)[i].end() && found->is_string() ? QString::fromStdString(found->get<std::string>()) : QString();
            };
            dataset.categories.push_back({id, text("name"), text("supercategory")});
        }
        for (size_t i = 0; i < annotations->size(); ++i) {
            const Json &annotation = (*annotations)[i];
            const QString path = QStringLiteral("annotations[%1]").arg(i);
            CocoAnnotation out;
            for (auto e : {reader.integer(annotation, "id", path, out.id), reader.integer(annotation, "image_id", path, out.imageId),
                           reader.integer(annotation, "category_id", path, out.categoryId), reader.box(annotation, path, out),
                           reader.number(annotation, "area", path, out.area)}) {
                if (e)
                    return *e;
            }
            if (const auto crowd = annotation.find("iscrowd"); crowd != annotation.end())
                out.iscrowd = crowd->is_boolean() ? crowd->get<bool>() : (crowd->is_number() && crowd->get<double>() != 0);
            dataset.annotations.push_back(out);
        }
        return dataset;
    });
}

Result<std::vector<CocoDetection>> CocoDataset::parseDetections(const QByteArray &json, const QString &source)
{
    return detail::guardedRead<std::vector<CocoDetection>>(source, [&]() -> Result<std::vector<CocoDetection>> {
        const CocoReader reader(source);
        const Result<Json> document = reader.parse(json);
        if (!document)
            return document.error();
        if (!document->is_array())
            return reader.error(QStringLiteral("$"), QStringLiteral("expected an array of {image_id, category_id, bbox, score}"));
        if (auto e = reader.boxCount(*document, QStringLiteral("$")))
            return *e;
        std::vector<CocoDetection> detections;
        detections.reserve(document->size());
        for (size_t i = 0; i < document->size(); ++i) {
            const Json &row = (*document)[i];
            const QString path = QStringLiteral("[%1]").arg(i);
            if (!row.is_object())
                return reader.error(path, QStringLiteral("expected an object"));
            CocoDetection out;
            for (auto e : {reader.integer(row, "image_id", path, out.imageId), reader.integer(row, "category_id", path, out.categoryId),
                           reader.box(row, path, out), reader.number(row, "score", path, out.score)}) {
                if (e)
                    return *e;
            }
            detections.push_back(out);
        }
        return detections;
    });
}

QByteArray CocoDataset::detectionsToJson(const std::vector<CocoDetection> &detections)
{
    Json json = Json::array();
    for (const CocoDetection &d : detections)
        json.push_back({{"image_id", d.imageId}, {"category_id", d.categoryId}, {"bbox", {d.x, d.y, d.w, d.h}}, {"score", d.score}});
    return QByteArray::fromStdString(json.dump());
}

} // namespace lookbook::dataset
