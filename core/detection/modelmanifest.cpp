#include "detection/modelmanifest.h"

#include "common/filebytes.h"
#include "common/jsonsupport_p.h"
#include "common/limits.h"
#include "detection/torchinfo.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <optional>
#include <tuple>

namespace lookbook::detection {

namespace {

using Json = nlohmann::json;

template<typename Enum, size_t N>
std::optional<Enum> lookup(const std::array<std::pair<const char *, Enum>, N> &names, const std::string &text)
{
    for (const auto &[name, value] : names) {
        if (text == name)
            return value;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<const char *, ModelKind>, 3> kKinds = {{
    {"detector", ModelKind::Detector}, {"embedder", ModelKind::Embedder}, {"ensemble", ModelKind::Ensemble}}};
constexpr std::array<std::pair<const char *, ResizeMode>, 3> kResizeModes = {{
    {"stretch", ResizeMode::Stretch}, {"letterbox", ResizeMode::Letterbox}, {"shorter-side", ResizeMode::ShorterSide}}};
constexpr std::array<std::pair<const char *, DetectorDecoder>, 5> kDecoders = {{
    {"torchvision", DetectorDecoder::Torchvision}, {"mmdeploy", DetectorDecoder::Mmdeploy}, {"yolo", DetectorDecoder::Yolo},
    {"yolo_nms", DetectorDecoder::YoloNms}, {"lookbook", DetectorDecoder::Lookbook}}};
constexpr std::array<std::pair<const char *, EmbedderOutput>, 2> kOutputs = {{
    {"embedding", EmbedderOutput::Embedding}, {"feature_map", EmbedderOutput::FeatureMap}}};
constexpr std::array<std::pair<const char *, PoolingType>, 3> kPoolings = {{
    {"gem", PoolingType::Gem}, {"mac", PoolingType::Mac}, {"spoc", PoolingType::Spoc}}};

template<size_t N, typename Enum>
QString choices(const std::array<std::pair<const char *, Enum>, N> &names)
{
    QStringList list;
    for (const auto &entry : names)
        list << QString::fromLatin1(entry.first);
    return list.join(QStringLiteral(", "));
}

// Reads one manifest; every message names the manifest and the field at fault.
class ManifestReader final
{
public:
    explicit ManifestReader(QString source) : m_source(std::move(source)) {}

    Error error(const QString &field, const QString &problem) const
    {
        return {ErrorCode::InvalidData, QStringLiteral("%1: %2: %3").arg(m_source, field, problem)};
    }

    const Json *find(const Json &object, const char *key) const
    {
        const auto it = object.find(key);
        return it == object.end() ? nullptr : &*it;
    }

    std::optional<Error> number(const Json &object, const char *key, const QString &path, double &out, double min, double max) const
    {
        const Json *value = find(object, key);
        if (!value)
            return std::nullopt;  // optional: the default stays
        const QString field = path + QLatin1String(key);
        if (!value->is_number() || !std::isfinite(value->get<double>()))
            return error(field, QStringLiteral("expected a number"));
        out = value->get<double>();
        if (out < min || out > max)
            return error(field, QStringLiteral("expected a value in [%1, %2], got %3").arg(min).arg(max).arg(out));
        return std::nullopt;
    }

    // An integer in [min, max]; these size allocations (tensors, vectors), hence the bounds.
    std::optional<Error> integer(const Json *value, const QString &field, int &out, int min, int max, const QString &meaning) const
    {
        if (!value || !value->is_number_integer() || value->get<std::int64_t>() < min || value->get<std::int64_t>() > max
            || (value->is_number_unsigned() && value->get<std::uint64_t>() > static_cast<std::uint64_t>(max)))
            return error(field, QStringLiteral("expected %1, an integer from %2 to %3").arg(meaning).arg(min).arg(max));
        out = value->get<int>();
        return std::nullopt;
    }

    std::optional<Error> string(const Json &object, const char *key, const QString &path, std::string &out, bool required) const
    {
        const Json *value = find(object, key);
        const QString field = path + QLatin1String(key);
        if (!value)
            return required ? std::optional<Error>(error(field, QStringLiteral("missing"))) : std::nullopt;
        if (!value->is_string())
            return error(field, QStringLiteral("expected a string"));
        out = value->get<std::string>();
        return std::nullopt;
    }

    template<typename Enum, size_t N>
    std::optional<Error> choice(const Json &object, const char *key, const QString &path,
                                const std::array<std::pair<const char *, Enum>, N> &names, Enum &out, bool required) const
    {
        std::string text;
        if (auto e = string(object, key, path, text, required))
            return e;
        if (text.empty() && !required)
            return std::nullopt;
        const std::optional<Enum> value = lookup(names, text);
        if (!value)
            return error(path + QLatin1String(key), QStringLiteral("expected one of %1, got \"%2\"").arg(choices(names), QString::fromStdString(text)));
        out = *value;
        return std::nullopt;
    }

    std::optional<Error> triple(const Json &object, const char *key, const QString &path, std::array<double, 3> &out) const
    {
        const Json *value = find(object, key);
        if (!value)
            return std::nullopt;
        const QString field = path + QLatin1String(key);
        if (!value->is_array() || value->size() != 3 || !std::all_of(value->begin(), value->end(), [](const Json &v) { return v.is_number(); }))
            return error(field, QStringLiteral("expected three numbers, one per channel"));
        for (size_t c = 0; c < 3; ++c)
            out[c] = (*value)[c].get<double>();
        return std::nullopt;
    }

    std::optional<Error> preprocessing(const Json &object, Preprocessing &out) const
    {
        const QString path = QStringLiteral("preprocess.");
        const Json *size = find(object, "input_size");
        if (!size || !size->is_array() || size->size() != 2)
            return error(path + QStringLiteral("input_size"), QStringLiteral("expected [width, height], two positive integers"));
        for (auto [index, side, meaning] : {std::tuple{0, &out.inputWidth, "the width"}, std::tuple{1, &out.inputHeight, "the height"}}) {
            if (auto e = integer(&(*size)[static_cast<size_t>(index)], QStringLiteral("%1input_size[%2]").arg(path).arg(index), *side, 1,
                                 limits::kMaxModelInputSide, QLatin1String(meaning)))
                return e;
        }
        if (auto e = choice(object, "resize", path, kResizeModes, out.resize, true))
            return e;
        double divisor = 0;
        if (auto e = number(object, "size_divisor", path, divisor, 0, 4096))
            return e;
        out.sizeDivisor = static_cast<int>(divisor);
        if (auto e = number(object, "pad_value", path, out.padValue, 0, 255))
            return e;
        std::string channels = "RGB", range = "0-1";
        if (auto e = string(object, "channels", path, channels, false))
            return e;
        if (channels != "RGB" && channels != "BGR")
            return error(path + QStringLiteral("channels"), QStringLiteral("expected \"RGB\" or \"BGR\""));
        out.bgr = channels == "BGR";
        if (auto e = string(object, "range", path, range, false))
            return e;
        if (range != "0-1" && range != "0-255")
            return error(path + QStringLiteral("range"), QStringLiteral("expected \"0-1\" or \"0-255\""));
        out.unitRange = range == "0-1";
        if (auto e = triple(object, "mean", path, out.mean))
            return e;
        if (auto e = triple(object, "std", path, out.std))
            return e;
        if (std::any_of(out.std.begin(), out.std.end(), [](double s) { return s <= 0; }))
            return error(path + QStringLiteral("std"), QStringLiteral("every channel's std must be positive"));
        return std::nullopt;
    }

    std::optional<Error> detector(const Json &object, DetectorSpec &out) const
    {
        const QString path = QStringLiteral("detector.");
        if (auto e = choice(object, "decoder", path, kDecoders, out.decoder, true))
            return e;
        const Json *classes = find(object, "classes");
        if (!classes || !classes->is_array() || classes->empty() || classes->size() > static_cast<size_t>(limits::kMaxModelClasses))
            return error(path + QStringLiteral("classes"), QStringLiteral("expected a list mapping each model class to a DeepFashion2 category (1–13, 0 to drop), at most %1 classes")
                                                               .arg(limits::kMaxModelClasses));
        for (size_t i = 0; i < classes->size(); ++i) {
            const Json &c = (*classes)[i];
            if (!c.is_number_integer() || c.get<std::int64_t>() < 0 || c.get<std::int64_t>() > 13)
                return error(QStringLiteral("%1classes[%2]").arg(path).arg(i), QStringLiteral("expected a category 0–13"));
            out.classes.push_back(c.get<int>());
        }
        for (auto e : {number(object, "score_threshold", path, out.scoreThreshold, 0, 1), number(object, "fusion_weight", path, out.fusionWeight, 0, 1e6),
                       number(object, "nms_iou", path, out.nmsIou, 0, 1)}) {
            if (e)
                return e;
        }
        out.displayThreshold = out.scoreThreshold;
        if (auto e = number(object, "display_threshold", path, out.displayThreshold, 0, 1))
            return e;
        return std::nullopt;
    }

    std::optional<Error> embedder(const Json &object, const QDir &folder, EmbedderSpec &out) const
    {
        const QString path = QStringLiteral("embedder.");
        if (auto e = choice(object, "output", path, kOutputs, out.output, true))
            return e;
        if (auto e = integer(find(object, "dimension"), path + QStringLiteral("dimension"), out.dimension, 1, limits::kMaxEmbeddingDimension,
                             QStringLiteral("the vector length")))
            return e;
        if (auto e = number(object, "crop_margin", path, out.cropMargin, 0, 1))
            return e;
        const Json *head = find(object, "head");
        if (out.output == EmbedderOutput::FeatureMap && (!head || !head->is_array() || head->empty()))
            return error(path + QStringLiteral("head"), QStringLiteral("a feature_map output needs a pooling head, e.g. [{\"type\": \"gem\", \"p\": 3}]"));
        if (head && out.output == EmbedderOutput::Embedding)
            return error(path + QStringLiteral("head"), QStringLiteral("an embedding output is pooled already: remove the head or use feature_map"));
        for (size_t i = 0; head && i < head->size(); ++i) {
            const QString itemPath = QStringLiteral("%1head[%2].").arg(path).arg(i);
            PoolingDescriptor descriptor;
            if (auto e = choice((*head)[i], "type", itemPath, kPoolings, descriptor.type, true))
                return e;
            if (auto e = number((*head)[i], "p", itemPath, descriptor.p, 1e-3, 1e3))
                return e;
            std::string projection;
            if (auto e = string((*head)[i], "projection", itemPath, projection, false))
                return e;
            if (!projection.empty())
                descriptor.projection = QDir::cleanPath(folder.absoluteFilePath(QString::fromStdString(projection)));
            out.head.push_back(descriptor);
        }
        return std::nullopt;
    }

    std::optional<Error> ensemble(const Json &object, const QDir &folder, ModelManifest &out) const
    {
        const QString path = QStringLiteral("ensemble.");
        const Json *members = find(object, "members");
        if (!members || !members->is_array() || members->size() < 2 || members->size() > static_cast<size_t>(limits::kMaxEnsembleMembers))
            return error(path + QStringLiteral("members"), QStringLiteral("expected at least two and at most %1 {\"manifest\": FILE, \"weight\": w}")
                                                               .arg(limits::kMaxEnsembleMembers));
        for (size_t i = 0; i < members->size(); ++i) {
            const QString itemPath = QStringLiteral("%1members[%2].").arg(path).arg(i);
            std::string file;
            if (auto e = string((*members)[i], "manifest", itemPath, file, true))
                return e;
            EnsembleMember member{QDir::cleanPath(folder.absoluteFilePath(QString::fromStdString(file))), 1.0};
            if (auto e = number((*members)[i], "weight", itemPath, member.weight, 0, 1e6))
                return e;
            out.members.push_back(member);
        }
        // All weights 0 would give every photo the zero vector.
        if (std::none_of(out.members.begin(), out.members.end(), [](const EnsembleMember &m) { return m.weight > 0; }))
            return error(path + QStringLiteral("members"), QStringLiteral("every weight is 0: at least one member needs a positive weight"));
        if (auto e = integer(find(object, "dimension"), path + QStringLiteral("dimension"), out.ensembleDimension, 1, limits::kMaxEmbeddingDimension,
                             QStringLiteral("the concatenated vector length")))
            return e;
        return std::nullopt;
    }

private:
    QString m_source;
};

} // namespace

Result<ModelManifest> ModelManifest::parse(const QByteArray &json, const QString &manifestPath)
{
    return detail::guardedRead<ModelManifest>(manifestPath, [&]() -> Result<ModelManifest> {
        const ManifestReader reader(manifestPath);
        const Result<Json> parsed = detail::parseJson<Json>(json, manifestPath);
        if (!parsed)
            return parsed.error();
        const Json &document = *parsed;
        if (!document.is_object())
            return reader.error(QStringLiteral("$"), QStringLiteral("expected an object"));

        ModelManifest manifest;
        manifest.path = QFileInfo(manifestPath).absoluteFilePath();
        const QDir folder = QFileInfo(manifestPath).absoluteDir();
        std::string name, file, sha;
        if (auto e = reader.string(document, "name", QString(), name, true))
            return *e;
        manifest.name = QString::fromStdString(name);
        if (auto e = reader.choice(document, "kind", QString(), kKinds, manifest.kind, true))
            return *e;

        const char *section = manifest.kind == ModelKind::Detector ? "detector" : manifest.kind == ModelKind::Embedder ? "embedder" : "ensemble";
        const Json *body = reader.find(document, section);
        if (!body || !body->is_object())
            return reader.error(QLatin1String(section), QStringLiteral("missing: a %1 manifest needs this section").arg(QLatin1String(section)));
        if (manifest.kind == ModelKind::Ensemble) {
            if (auto e = reader.ensemble(*body, folder, manifest))
                return *e;
            return manifest;
        }

        if (auto e = reader.string(document, "file", QString(), file, true))
            return *e;
        manifest.modelFile = QDir::cleanPath(folder.absoluteFilePath(QString::fromStdString(file)));
        if (auto e = reader.string(document, "sha256", QString(), sha, true))
            return *e;
        manifest.sha256 = QString::fromStdString(sha).toLower();
        if (!QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(manifest.sha256).hasMatch())
            return reader.error(QStringLiteral("sha256"), QStringLiteral("expected 64 hexadecimal digits"));
        if (const Json *libraries = reader.find(document, "op_libraries")) {
            if (!libraries->is_array() || !std::all_of(libraries->begin(), libraries->end(), [](const Json &v) { return v.is_string(); }))
                return reader.error(QStringLiteral("op_libraries"), QStringLiteral("expected a list of shared-library paths"));
            for (const Json &library : *libraries)
                manifest.opLibraries << QDir::cleanPath(folder.absoluteFilePath(QString::fromStdString(library.get<std::string>())));
        }
        const Json *preprocess = reader.find(document, "preprocess");
        if (!preprocess || !preprocess->is_object())
            return reader.error(QStringLiteral("preprocess"), QStringLiteral("missing"));
        if (auto e = reader.preprocessing(*preprocess, manifest.preprocessing))
            return *e;
        if (auto e = manifest.kind == ModelKind::Detector ? reader.detector(*body, manifest.detector) : reader.embedder(*body, folder, manifest.embedder))
            return *e;
        return manifest;
    });
}

Result<ModelManifest> ModelManifest::load(const QString &manifestPath)
{
    const Result<QByteArray> bytes = FileBytes::read(manifestPath, limits::kMaxJsonFileBytes);
    if (!bytes)
        return bytes.error();
    return parse(*bytes, manifestPath);
}

Result<ManifestsByKind> ModelManifest::sortByKind(const QStringList &manifestPaths)
{
    ManifestsByKind sorted;
    for (const QString &path : manifestPaths) {
        const Result<ModelManifest> manifest = load(path);
        if (!manifest)
            return manifest.error();
        (manifest->kind == ModelKind::Detector ? sorted.detectors : sorted.embedders) << path;
    }
    return sorted;
}

Result<QString> ModelManifest::sha256Of(const QString &filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::IoError, QStringLiteral("%1: cannot read: %2").arg(filePath, file.errorString())};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

Status ModelManifest::loadOpLibraries() const
{
    QStringList libraries = opLibraries;
    libraries += QString::fromLocal8Bit(qgetenv("LOOKBOOK_TORCH_OP_LIBRARIES")).split(QLatin1Char(':'), Qt::SkipEmptyParts);
    for (const QString &library : libraries) {
        std::string error;
        if (!loadTorchOpLibrary(library.toStdString(), error))
            return Status::failure(ErrorCode::BackendError, QStringLiteral("%1: op_libraries: %2").arg(path, QString::fromStdString(error)));
    }
    return success();
}

Status ModelManifest::verifyModelFile() const
{
    const Result<QString> actual = sha256Of(modelFile);
    if (!actual)
        return Status::failure(ErrorCode::IoError, QStringLiteral("%1: model file: %2").arg(path, actual.error().message));
    if (*actual != sha256)
        return Status::failure(ErrorCode::InvalidData,
                               QStringLiteral("%1: sha256: the manifest expects %2 but %3 hashes to %4 (a different or damaged model file)")
                                   .arg(path, sha256, modelFile, *actual));
    return success();
}

} // namespace lookbook::detection
