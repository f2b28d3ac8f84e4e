#include "eval/retrievalrows.h"

#include "common/jsonsupport_p.h"
#include "common/limits.h"
#include "dataset/deepfashion2io.h"

#include <cmath>
#include <limits>
#include <optional>

namespace lookbook::eval {

namespace {

using Json = nlohmann::ordered_json;  // rows keep the official field order

// Reads one rows file; every message names the file and the row and field at fault.
class RowReader final
{
public:
    explicit RowReader(QString source) : m_source(std::move(source)) {}

    Error error(size_t row, const char *field, const QString &problem) const
    {
        return {ErrorCode::InvalidData, QStringLiteral("%1: [%2].%3: %4").arg(m_source).arg(row).arg(QLatin1String(field), problem)};
    }

    Result<Json> parseArray(const QByteArray &bytes) const
    {
        Result<Json> document = detail::parseJson<Json>(bytes, m_source);
        if (!document)
            return document;
        if (!document->is_array())
            return Error{ErrorCode::InvalidData, QStringLiteral("%1: expected an array of rows").arg(m_source)};
        if (document->size() > static_cast<size_t>(limits::kMaxBoxesPerFile))
            return Error{ErrorCode::InvalidData, QStringLiteral("%1: %2 rows, more than the limit of %3 per file").arg(m_source).arg(document->size()).arg(limits::kMaxBoxesPerFile)};
        return document;
    }

    std::optional<Error> readInt(const Json &row, size_t index, const char *field, int &out) const
    {
        const auto it = row.find(field);
        if (it == row.end())
            return error(index, field, QStringLiteral("missing"));
        if (!it->is_number() || it->get<double>() != std::floor(it->get<double>()) || std::abs(it->get<double>()) > std::numeric_limits<int>::max())
            return error(index, field, QStringLiteral("expected an integer"));
        out = static_cast<int>(it->get<double>());
        return std::nullopt;
    }

    std::optional<Error> readBox(const Json &value, size_t index, const char *field, Box &out) const
    {
        if (!value.is_array() || value.size() != 4 || !std::all_of(value.begin(), value.end(), [](const Json &v) { return v.is_number(); }))
            return error(index, field, QStringLiteral("expected [x1, y1, x2, y2]"));
        out = {value[0].get<double>(), value[1].get<double>(), value[2].get<double>(), value[3].get<double>()};
        if (out.x2 < out.x1 || out.y2 < out.y1)
            return error(index, field, QStringLiteral("x2 < x1 or y2 < y1"));
        return std::nullopt;
    }

    std::optional<Error> readBoxField(const Json &row, size_t index, const char *field, Box &out) const
    {
        const auto it = row.find(field);
        if (it == row.end())
            return error(index, field, QStringLiteral("missing"));
        return readBox(*it, index, field, out);
    }

private:
    QString m_source;
};

// Parses an array of rows; `readRow(reader, row, index, out)` fills one and says what is wrong with it.
template<typename Row, typename ReadRow>
Result<std::vector<Row>> parseRows(const QByteArray &json, const QString &source, ReadRow readRow)
{
    return detail::guardedRead<std::vector<Row>>(source, [&]() -> Result<std::vector<Row>> {
        const RowReader reader(source);
        const Result<Json> document = reader.parseArray(json);
        if (!document)
            return document.error();
        std::vector<Row> rows(document->size());
        for (size_t i = 0; i < rows.size(); ++i) {
            if (std::optional<Error> e = readRow(reader, (*document)[i], i, rows[i]))
                return *e;
        }
        return rows;
    });
}

Json boxJson(const Box &b)
{
    return Json::array({b.x1, b.y1, b.x2, b.y2});
}

} // namespace

Result<std::vector<QueryGroundTruth>> RetrievalRows::parseQueries(const QByteArray &json, const QString &source)
{
    return parseRows<QueryGroundTruth>(json, source, [](const RowReader &reader, const Json &row, size_t i, QueryGroundTruth &out) {
        for (auto e : {reader.readInt(row, i, "query_image_id", out.queryImageId), reader.readInt(row, i, "style", out.style),
                       reader.readInt(row, i, "cls", out.cls), reader.readInt(row, i, "pair_id", out.pairId),
                       reader.readBoxField(row, i, "bbox", out.bbox)}) {
            if (e)
                return e;
        }
        return std::optional<Error>();
    });
}

Result<std::vector<GalleryGroundTruth>> RetrievalRows::parseGallery(const QByteArray &json, const QString &source)
{
    return parseRows<GalleryGroundTruth>(json, source, [](const RowReader &reader, const Json &row, size_t i, GalleryGroundTruth &out) {
        for (auto e : {reader.readInt(row, i, "gallery_image_id", out.galleryImageId), reader.readInt(row, i, "style", out.style),
                       reader.readInt(row, i, "pair_id", out.pairId), reader.readBoxField(row, i, "bbox", out.bbox)}) {
            if (e)
                return e;
        }
        return std::optional<Error>();
    });
}

Result<std::vector<RetrievalSubmissionRow>> RetrievalRows::parseSubmission(const QByteArray &json, const QString &source)
{
    return parseRows<RetrievalSubmissionRow>(json, source, [](const RowReader &reader, const Json &row, size_t i,
                                                              RetrievalSubmissionRow &out) -> std::optional<Error> {
        for (auto e : {reader.readInt(row, i, "query_image_id", out.queryImageId), reader.readInt(row, i, "query_cls", out.queryCls),
                       reader.readBoxField(row, i, "query_bbox", out.queryBox)}) {
            if (e)
                return e;
        }
        const auto score = row.find("query_score");
        if (score == row.end() || !score->is_number() || !std::isfinite(score->get<double>()))
            return reader.error(i, "query_score", score == row.end() ? QStringLiteral("missing") : QStringLiteral("expected a finite number"));
        out.queryScore = score->get<double>();
        const auto ids = row.find("gallery_image_id");
        const auto boxes = row.find("gallery_bbox");
        if (ids == row.end() || !ids->is_array())
            return reader.error(i, "gallery_image_id", QStringLiteral("expected an array of image ids"));
        if (boxes == row.end() || !boxes->is_array())
            return reader.error(i, "gallery_bbox", QStringLiteral("expected an array of boxes"));
        if (ids->size() != boxes->size())
            return reader.error(i, "gallery_bbox", QStringLiteral("%1 boxes for %2 gallery image ids").arg(boxes->size()).arg(ids->size()));
        for (size_t k = 0; k < ids->size(); ++k) {
            const Json &id = (*ids)[k];
            const std::optional<int> imageId = id.is_number() ? detail::wholeInt(id.get<double>()) : std::nullopt;
            if (!imageId)
                return reader.error(i, "gallery_image_id", QStringLiteral("entry %1 is not an image id").arg(k));
            out.galleryImageIds.push_back(*imageId);
            Box box;
            if (auto e = reader.readBox((*boxes)[k], i, "gallery_bbox", box))
                return Error{e->code, e->message + QStringLiteral(" (entry %1)").arg(k)};
            out.galleryBoxes.push_back(box);
        }
        return std::nullopt;
    });
}

QByteArray RetrievalRows::queriesToJson(const std::vector<QueryGroundTruth> &rows)
{
    Json json = Json::array();
    for (const QueryGroundTruth &r : rows)
        json.push_back({{"query_image_id", r.queryImageId}, {"style", r.style}, {"cls", r.cls}, {"pair_id", r.pairId}, {"bbox", boxJson(r.bbox)}});
    return QByteArray::fromStdString(json.dump());
}

QByteArray RetrievalRows::galleryToJson(const std::vector<GalleryGroundTruth> &rows)
{
    Json json = Json::array();
    for (const GalleryGroundTruth &r : rows)
        json.push_back({{"gallery_image_id", r.galleryImageId}, {"style", r.style}, {"pair_id", r.pairId}, {"bbox", boxJson(r.bbox)}});
    return QByteArray::fromStdString(json.dump());
}

QByteArray RetrievalRows::submissionToJson(const std::vector<RetrievalSubmissionRow> &rows)
{
    Json json = Json::array();
    for (const RetrievalSubmissionRow &r : rows) {
        Json boxes = Json::array();
        for (const Box &b : r.galleryBoxes)
            boxes.push_back(boxJson(b));
        json.push_back({{"query_image_id", r.queryImageId}, {"query_bbox", boxJson(r.queryBox)}, {"query_cls", r.queryCls},
                        {"query_score", r.queryScore}, {"gallery_image_id", r.galleryImageIds}, {"gallery_bbox", boxes}});
    }
    return QByteArray::fromStdString(json.dump());
}

std::vector<QueryGroundTruth> RetrievalRows::queriesFromSplit(const dataset::DeepFashion2Split &split)
{
    std::vector<QueryGroundTruth> rows;
    for (const dataset::ImageAnnotation &image : split.annotations) {
        if (image.source != dataset::ImageSource::User)
            continue;
        for (const dataset::GarmentItem &item : image.items)
            rows.push_back({image.imageId, item.style, item.categoryId, image.pairId, item.box});
    }
    return rows;
}

std::vector<GalleryGroundTruth> RetrievalRows::galleryFromSplit(const dataset::DeepFashion2Split &split)
{
    std::vector<GalleryGroundTruth> rows;
    for (const dataset::ImageAnnotation &image : split.annotations) {
        if (image.source != dataset::ImageSource::Shop)
            continue;
        for (const dataset::GarmentItem &item : image.items)
            rows.push_back({image.imageId, item.style, image.pairId, item.box});
    }
    return rows;
}

} // namespace lookbook::eval
