#include "fusion/fusionrequest.h"

#include "common/jsonsupport_p.h"
#include "common/limits.h"

#include <algorithm>

#include <cmath>

namespace lookbook::fusion {

namespace {

using Json = nlohmann::json;

// Reads one document, remembering the source so that every message can name it.
class RequestReader final
{
public:
    explicit RequestReader(QString source) : m_source(std::move(source)) {}

    Error error(const QString &path, const QString &problem) const
    {
        return {ErrorCode::InvalidData, QStringLiteral("%1: %2: %3").arg(m_source, path, problem)};
    }

    std::optional<Error> readNumber(const Json &value, const QString &path, double &out) const
    {
        if (!value.is_number())
            return error(path, QStringLiteral("expected a number, got %1").arg(describe(value)));
        out = value.get<double>();
        if (!std::isfinite(out))
            return error(path, QStringLiteral("expected a finite number"));
        return std::nullopt;
    }

    std::optional<Error> readDetection(const Json &value, const QString &path, ScoredBox &out) const
    {
        if (!value.is_object())
            return error(path, QStringLiteral("expected an object with box, score and label, got %1").arg(describe(value)));
        const auto box = value.find("box");
        if (box == value.end())
            return error(path + QStringLiteral(".box"), QStringLiteral("missing"));
        if (!box->is_array() || box->size() != 4)
            return error(path + QStringLiteral(".box"), QStringLiteral("expected an array of 4 numbers [x1, y1, x2, y2], got %1").arg(describe(*box)));
        double coords[4];
        for (size_t k = 0; k < 4; ++k) {
            if (auto e = readNumber((*box)[k], path + QStringLiteral(".box[%1]").arg(k), coords[k]))
                return e;
        }
        out.box = {coords[0], coords[1], coords[2], coords[3]};
        const auto score = value.find("score");
        if (score == value.end())
            return error(path + QStringLiteral(".score"), QStringLiteral("missing"));
        if (auto e = readNumber(*score, path + QStringLiteral(".score"), out.score))
            return e;
        const auto label = value.find("label");
        if (label == value.end())
            return error(path + QStringLiteral(".label"), QStringLiteral("missing"));
        double labelValue = 0;
        if (auto e = readNumber(*label, path + QStringLiteral(".label"), labelValue))
            return e;
        if (labelValue != std::floor(labelValue) || std::abs(labelValue) > 1e9)
            return error(path + QStringLiteral(".label"), QStringLiteral("expected an integer class id, got %1").arg(labelValue));
        out.label = static_cast<int>(labelValue);
        return std::nullopt;
    }

    std::optional<Error> readModel(const Json &value, const QString &path, ModelDetections &out) const
    {
        if (!value.is_object())
            return error(path, QStringLiteral("expected an object with detections, got %1").arg(describe(value)));
        if (const auto name = value.find("name"); name != value.end()) {
            if (!name->is_string())
                return error(path + QStringLiteral(".name"), QStringLiteral("expected a string"));
            out.name = QString::fromStdString(name->get<std::string>());
        }
        if (const auto weight = value.find("weight"); weight != value.end()) {
            double w = 0;
            if (auto e = readNumber(*weight, path + QStringLiteral(".weight"), w))
                return e;
            if (w < 0)
                return error(path + QStringLiteral(".weight"), QStringLiteral("must not be negative, got %1").arg(w));
            out.weight = w;
        }
        const auto detections = value.find("detections");
        if (detections == value.end())
            return error(path + QStringLiteral(".detections"), QStringLiteral("missing"));
        if (!detections->is_array())
            return error(path + QStringLiteral(".detections"), QStringLiteral("expected an array, got %1").arg(describe(*detections)));
        out.detections.resize(detections->size());
        for (size_t j = 0; j < detections->size(); ++j) {
            if (auto e = readDetection((*detections)[j], path + QStringLiteral(".detections[%1]").arg(j), out.detections[j]))
                return e;
        }
        return std::nullopt;
    }

    static QString describe(const Json &value) { return detail::jsonPreview(value); }

    const QString &source() const { return m_source; }

private:
    QString m_source;
};

} // namespace

Result<FusionRequest> FusionRequest::fromJson(const QByteArray &json, const QString &source)
{
    return detail::guardedRead<FusionRequest>(source, [&]() -> Result<FusionRequest> {
        const RequestReader reader(source);
        const Result<Json> parsed = detail::parseJson<Json>(json, source);
        if (!parsed)
            return parsed.error();
        const Json &document = *parsed;
        if (!document.is_object())
            return reader.error(QStringLiteral("$"), QStringLiteral("expected an object with \"models\", got %1").arg(RequestReader::describe(document)));

        FusionRequest request;
        if (const auto size = document.find("image_size"); size != document.end()) {
            if (!size->is_array() || size->size() != 2)
                return reader.error(QStringLiteral("image_size"), QStringLiteral("expected [width, height], got %1").arg(RequestReader::describe(*size)));
            double wh[2];
            for (size_t k = 0; k < 2; ++k) {
                if (auto e = reader.readNumber((*size)[k], QStringLiteral("image_size[%1]").arg(k), wh[k]))
                    return *e;
                if (wh[k] <= 0)
                    return reader.error(QStringLiteral("image_size[%1]").arg(k), QStringLiteral("must be positive, got %1").arg(wh[k]));
            }
            request.m_imageSize = QSizeF(wh[0], wh[1]);
        }
        const auto models = document.find("models");
        if (models == document.end())
            return reader.error(QStringLiteral("models"), QStringLiteral("missing"));
        if (!models->is_array())
            return reader.error(QStringLiteral("models"), QStringLiteral("expected an array, got %1").arg(RequestReader::describe(*models)));
        qint64 boxes = 0;
        for (const Json &model : *models) {
            if (const auto detections = model.find("detections"); detections != model.end() && detections->is_array())
                boxes += static_cast<qint64>(detections->size());
        }
        if (boxes > limits::kMaxBoxesPerFile)
            return reader.error(QStringLiteral("models"), QStringLiteral("%1 detections in all, more than the limit of %2 per file").arg(boxes).arg(limits::kMaxBoxesPerFile));
        request.m_models.resize(models->size());
        for (size_t t = 0; t < models->size(); ++t) {
            if (auto e = reader.readModel((*models)[t], QStringLiteral("models[%1]").arg(t), request.m_models[t]))
                return *e;
        }
        return request;
    });
}

std::vector<std::vector<ScoredBox>> FusionRequest::normalisedBoxes() const
{
    const double sx = m_imageSize ? 1.0 / m_imageSize->width() : 1.0;
    const double sy = m_imageSize ? 1.0 / m_imageSize->height() : 1.0;
    std::vector<std::vector<ScoredBox>> boxes;
    boxes.reserve(m_models.size());
    for (const ModelDetections &model : m_models) {
        std::vector<ScoredBox> scaled = model.detections;
        if (m_imageSize) {
            for (ScoredBox &b : scaled)
                b.box = b.box.scaled(sx, sy);
        }
        boxes.push_back(std::move(scaled));
    }
    return boxes;
}

std::vector<double> FusionRequest::weights() const
{
    const bool anyWeight = std::any_of(m_models.begin(), m_models.end(), [](const ModelDetections &m) { return m.weight.has_value(); });
    if (!anyWeight)
        return {};
    std::vector<double> weights;
    for (const ModelDetections &model : m_models)
        weights.push_back(model.weight.value_or(1.0));
    return weights;
}

std::vector<ScoredBox> FusionRequest::toInputSpace(std::vector<ScoredBox> boxes) const
{
    if (m_imageSize) {
        for (ScoredBox &b : boxes)
            b.box = b.box.scaled(m_imageSize->width(), m_imageSize->height());
    }
    return boxes;
}

QByteArray FusionRequest::detectionsToJson(const std::vector<ScoredBox> &boxes)
{
    Json detections = Json::array();
    for (const ScoredBox &b : boxes)
        detections.push_back({{"box", {b.box.x1, b.box.y1, b.box.x2, b.box.y2}}, {"score", b.score}, {"label", b.label}});
    const Json document = {{"detections", detections}};
    return QByteArray::fromStdString(document.dump());
}

} // namespace lookbook::fusion
