#include "models/modelmanifest.h"

#include "models/manifestschema_p.h"

#include "common/atomicfile.h"
#include "common/filebytes.h"
#include "common/jsonsupport_p.h"
#include "common/limits.h"

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

namespace lookbook::models {

namespace {

using Json = nlohmann::json;
using namespace manifestschema;

template<typename Enum, size_t N>
std::optional<Enum> lookup(const std::array<std::pair<const char *, Enum>, N> &names, const std::string &text)
{
    for (const auto &[name, value] : names) {
        if (text == name)
            return value;
    }
    return std::nullopt;
}

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
        const QString path = QLatin1String(kPreprocess) + QLatin1Char('.');
        const Json *size = find(object, kInputSize);
        if (!size || !size->is_array() || size->size() != 2)
            return error(path + QLatin1String(kInputSize), QStringLiteral("expected [width, height], two positive integers"));
        for (auto [index, side, meaning] : {std::tuple{0, &out.inputWidth, "the width"}, std::tuple{1, &out.inputHeight, "the height"}}) {
            if (auto e = integer(&(*size)[static_cast<size_t>(index)], QStringLiteral("%1%2[%3]").arg(path, QLatin1String(kInputSize)).arg(index), *side, 1,
                                 limits::kMaxModelInputSide, QLatin1String(meaning)))
                return e;
        }
        if (auto e = choice(object, kResize, path, kResizeModes, out.resize, true))
            return e;
        double divisor = 0;
        if (auto e = number(object, kSizeDivisor, path, divisor, 0, 4096))
            return e;
        out.sizeDivisor = static_cast<int>(divisor);
        if (auto e = number(object, kPadValue, path, out.padValue, 0, 255))
            return e;
        std::string channels = kRgb, range = kUnitRange;
        if (auto e = string(object, kChannels, path, channels, false))
            return e;
        if (channels != kRgb && channels != kBgr)
            return error(path + QLatin1String(kChannels), QStringLiteral("expected \"%1\" or \"%2\"").arg(QLatin1String(kRgb), QLatin1String(kBgr)));
        out.bgr = channels == kBgr;
        if (auto e = string(object, kRange, path, range, false))
            return e;
        if (range != kUnitRange && range != kByteRange)
            return error(path + QLatin1String(kRange), QStringLiteral("expected \"%1\" or \"%2\"").arg(QLatin1String(kUnitRange), QLatin1String(kByteRange)));
        out.unitRange = range == kUnitRange;
        if (auto e = triple(object, kMean, path, out.mean))
            return e;
        if (auto e = triple(object, kStd, path, out.std))
            return e;
        if (std::any_of(out.std.begin(), out.std.end(), [](double s) { return s <= 0; }))
            return error(path + QLatin1String(kStd), QStringLiteral("every channel's std must be positive"));
        return std::nullopt;
    }

    std::optional<Error> detector(const Json &object, DetectorSpec &out) const
    {
        const QString path = QLatin1String(kDetector) + QLatin1Char('.');
        if (auto e = choice(object, kDecoder, path, kDecoders, out.decoder, true))
            return e;
        const Json *classes = find(object, kClasses);
        if (!classes || !classes->is_array() || classes->empty() || classes->size() > static_cast<size_t>(limits::kMaxModelClasses))
            return error(path + QLatin1String(kClasses), QStringLiteral("expected a list mapping each model class to a DeepFashion2 category (1–13, 0 to drop), at most %1 classes")
                                                               .arg(limits::kMaxModelClasses));
        for (size_t i = 0; i < classes->size(); ++i) {
            const Json &c = (*classes)[i];
            if (!c.is_number_integer() || c.get<std::int64_t>() < 0 || c.get<std::int64_t>() > 13)
                return error(QStringLiteral("%1%2[%3]").arg(path, QLatin1String(kClasses)).arg(i), QStringLiteral("expected a category 0–13"));
            out.classes.push_back(c.get<int>());
        }
        for (auto e : {number(object, kScoreThreshold, path, out.scoreThreshold, 0, 1), number(object, kFusionWeight, path, out.fusionWeight, 0, 1e6),
                       number(object, kNmsIou, path, out.nmsIou, 0, 1)}) {
            if (e)
                return e;
        }
        out.displayThreshold = out.scoreThreshold;
        if (auto e = number(object, kDisplayThreshold, path, out.displayThreshold, 0, 1))
            return e;
        return std::nullopt;
    }

    std::optional<Error> embedder(const Json &object, const QDir &folder, EmbedderSpec &out) const
    {
        const QString path = QLatin1String(kEmbedder) + QLatin1Char('.');
        if (auto e = choice(object, kOutput, path, kOutputs, out.output, true))
            return e;
        if (auto e = integer(find(object, kDimension), path + QLatin1String(kDimension), out.dimension, 1, limits::kMaxEmbeddingDimension,
                             QStringLiteral("the vector length")))
            return e;
        if (auto e = number(object, kCropMargin, path, out.cropMargin, 0, 1))
            return e;
        const Json *head = find(object, kHead);
        if (out.output == EmbedderOutput::FeatureMap && (!head || !head->is_array() || head->empty()))
            return error(path + QLatin1String(kHead), QStringLiteral("a feature_map output needs a pooling head, e.g. [{\"type\": \"gem\", \"p\": 3}]"));
        if (head && out.output == EmbedderOutput::Embedding)
            return error(path + QLatin1String(kHead), QStringLiteral("an embedding output is pooled already: remove the head or use feature_map"));
        for (size_t i = 0; head && i < head->size(); ++i) {
            const QString itemPath = QStringLiteral("%1%2[%3].").arg(path, QLatin1String(kHead)).arg(i);
            PoolingDescriptor descriptor;
            if (auto e = choice((*head)[i], kType, itemPath, kPoolings, descriptor.type, true))
                return e;
            if (auto e = number((*head)[i], kP, itemPath, descriptor.p, 1e-3, 1e3))
                return e;
            std::string projection;
            if (auto e = string((*head)[i], kProjection, itemPath, projection, false))
                return e;
            if (!projection.empty())
                descriptor.projection = QDir::cleanPath(folder.absoluteFilePath(QString::fromStdString(projection)));
            out.head.push_back(descriptor);
        }
        return std::nullopt;
    }

    std::optional<Error> ensemble(const Json &object, const QDir &folder, ModelManifest &out) const
    {
        const QString path = QLatin1String(kEnsemble) + QLatin1Char('.');
        const Json *members = find(object, kMembers);
        if (!members || !members->is_array() || members->size() < 2 || members->size() > static_cast<size_t>(limits::kMaxEnsembleMembers))
            return error(path + QLatin1String(kMembers), QStringLiteral("expected at least two and at most %1 {\"manifest\": FILE, \"weight\": w}")
                                                               .arg(limits::kMaxEnsembleMembers));
        for (size_t i = 0; i < members->size(); ++i) {
            const QString itemPath = QStringLiteral("%1%2[%3].").arg(path, QLatin1String(kMembers)).arg(i);
            std::string file;
            if (auto e = string((*members)[i], kManifest, itemPath, file, true))
                return e;
            EnsembleMember member{QDir::cleanPath(folder.absoluteFilePath(QString::fromStdString(file))), 1.0};
            if (auto e = number((*members)[i], kWeight, itemPath, member.weight, 0, 1e6))
                return e;
            out.members.push_back(member);
        }
        // All weights 0 would give every photo the zero vector.
        if (std::none_of(out.members.begin(), out.members.end(), [](const EnsembleMember &m) { return m.weight > 0; }))
            return error(path + QLatin1String(kMembers), QStringLiteral("every weight is 0: at least one member needs a positive weight"));
        if (auto e = integer(find(object, kDimension), path + QLatin1String(kDimension), out.ensembleDimension, 1, limits::kMaxEmbeddingDimension,
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
        if (auto e = reader.string(document, kName, QString(), name, true))
            return *e;
        manifest.name = QString::fromStdString(name);
        if (auto e = reader.choice(document, kKind, QString(), kKinds, manifest.kind, true))
            return *e;

        const char *section = sectionOf(manifest.kind);
        const Json *body = reader.find(document, section);
        if (!body || !body->is_object())
            return reader.error(QLatin1String(section), QStringLiteral("missing: a %1 manifest needs this section").arg(QLatin1String(section)));
        if (manifest.kind == ModelKind::Ensemble) {
            if (auto e = reader.ensemble(*body, folder, manifest))
                return *e;
            return manifest;
        }

        if (auto e = reader.string(document, kFile, QString(), file, true))
            return *e;
        manifest.modelFile = QDir::cleanPath(folder.absoluteFilePath(QString::fromStdString(file)));
        if (auto e = reader.string(document, kSha256, QString(), sha, true))
            return *e;
        manifest.sha256 = QString::fromStdString(sha).toLower();
        if (!QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(manifest.sha256).hasMatch())
            return reader.error(QLatin1String(kSha256), QStringLiteral("expected 64 hexadecimal digits"));
        if (const Json *libraries = reader.find(document, kOpLibraries)) {
            if (!libraries->is_array() || !std::all_of(libraries->begin(), libraries->end(), [](const Json &v) { return v.is_string(); }))
                return reader.error(QLatin1String(kOpLibraries), QStringLiteral("expected a list of shared-library paths"));
            for (const Json &library : *libraries)
                manifest.opLibraries << QDir::cleanPath(folder.absoluteFilePath(QString::fromStdString(library.get<std::string>())));
        }
        const Json *preprocess = reader.find(document, kPreprocess);
        if (!preprocess || !preprocess->is_object())
            return reader.error(QLatin1String(kPreprocess), QStringLiteral("missing"));
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

namespace {

using OrderedJson = nlohmann::ordered_json;

std::string relativeTo(const QDir &folder, const QString &path)
{
    return folder.relativeFilePath(path).toStdString();
}

OrderedJson triple(const std::array<double, 3> &values)
{
    return OrderedJson::array({values[0], values[1], values[2]});
}

OrderedJson preprocessingJson(const Preprocessing &p)
{
    OrderedJson json;
    json[kInputSize] = OrderedJson::array({p.inputWidth, p.inputHeight});
    json[kResize] = spellingOf(kResizeModes, p.resize);
    if (p.sizeDivisor > 0)
        json[kSizeDivisor] = p.sizeDivisor;
    json[kPadValue] = p.padValue;
    json[kChannels] = p.bgr ? kBgr : kRgb;
    json[kRange] = p.unitRange ? kUnitRange : kByteRange;
    json[kMean] = triple(p.mean);
    json[kStd] = triple(p.std);
    return json;
}

OrderedJson detectorJson(const DetectorSpec &d)
{
    OrderedJson json;
    json[kDecoder] = spellingOf(kDecoders, d.decoder);
    json[kClasses] = d.classes;
    json[kScoreThreshold] = d.scoreThreshold;
    json[kDisplayThreshold] = d.displayThreshold;
    json[kFusionWeight] = d.fusionWeight;
    json[kNmsIou] = d.nmsIou;
    return json;
}

OrderedJson embedderJson(const EmbedderSpec &e, const QDir &folder)
{
    OrderedJson json;
    json[kOutput] = spellingOf(kOutputs, e.output);
    json[kDimension] = e.dimension;
    json[kCropMargin] = e.cropMargin;
    if (e.output == EmbedderOutput::FeatureMap) {
        OrderedJson head = OrderedJson::array();
        for (const PoolingDescriptor &descriptor : e.head) {
            OrderedJson stage;
            stage[kType] = spellingOf(kPoolings, descriptor.type);
            stage[kP] = descriptor.p;
            if (!descriptor.projection.isEmpty())
                stage[kProjection] = relativeTo(folder, descriptor.projection);
            head.push_back(std::move(stage));
        }
        json[kHead] = std::move(head);
    }
    return json;
}

} // namespace

QByteArray ModelManifest::toJson() const
{
    const QDir folder = QFileInfo(path).absoluteDir();
    OrderedJson json;
    json[kName] = name.toStdString();
    json[kKind] = spellingOf(kKinds, kind);
    if (kind == ModelKind::Ensemble) {
        OrderedJson list = OrderedJson::array();
        for (const EnsembleMember &member : members)
            list.push_back(OrderedJson{{kManifest, relativeTo(folder, member.manifestPath)}, {kWeight, member.weight}});
        json[kEnsemble] = OrderedJson{{kMembers, std::move(list)}, {kDimension, ensembleDimension}};
    } else {
        json[kFile] = relativeTo(folder, modelFile);
        json[kSha256] = sha256.toStdString();
        if (!opLibraries.isEmpty()) {
            OrderedJson libraries = OrderedJson::array();
            for (const QString &library : opLibraries)
                libraries.push_back(relativeTo(folder, library));
            json[kOpLibraries] = std::move(libraries);
        }
        json[kPreprocess] = preprocessingJson(preprocessing);
        json[sectionOf(kind)] = kind == ModelKind::Detector ? detectorJson(detector) : embedderJson(embedder, folder);
    }
    const std::string text = json.dump(2) + '\n';
    return QByteArray(text.data(), static_cast<qsizetype>(text.size()));
}

Status ModelManifest::save() const
{
    return AtomicFile::write(path, toJson());
}

} // namespace lookbook::models
