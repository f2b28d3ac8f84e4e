#include "train/embeddertrainingconfig.h"

#include "common/filebytes.h"
#include "common/jsonsupport_p.h"
#include "common/limits.h"
#include "train/configreader_p.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <optional>
#include <string>

namespace lookbook::train {

namespace {

using Json = nlohmann::json;

std::optional<Error> readHead(const ConfigReader &reader, const Json *head, EmbedderTrainingConfig &config)
{
    const QString path = QStringLiteral("head.");
    if (head && head->contains("descriptors")) {
        const Json &list = (*head)["descriptors"];
        if (!list.is_array() || list.empty())
            return reader.error(path + QStringLiteral("descriptors"), QStringLiteral("expected a non-empty list of \"gem\", \"mac\", \"spoc\""));
        config.head.clear();
        for (size_t i = 0; i < list.size(); ++i) {
            const std::string name = list[i].is_string() ? list[i].get<std::string>() : std::string();
            if (name == "gem")
                config.head.push_back(Descriptor::Gem);
            else if (name == "mac")
                config.head.push_back(Descriptor::Mac);
            else if (name == "spoc")
                config.head.push_back(Descriptor::Spoc);
            else
                return reader.error(QStringLiteral("%1descriptors[%2]").arg(path).arg(i), QStringLiteral("expected \"gem\", \"mac\" or \"spoc\""));
        }
    }
    if (auto e = reader.number(head, "gem_p", path, config.gemP, 1.0, 20.0))
        return e;
    if (auto e = reader.positiveInteger(head, "dimension", path, config.dimension))
        return e;
    if (config.dimension % static_cast<int>(config.head.size()) != 0)
        return reader.error(path + QStringLiteral("dimension"), QStringLiteral("expected a multiple of the descriptor count (%1)").arg(config.head.size()));
    return std::nullopt;
}

std::optional<Error> readLoss(const ConfigReader &reader, const Json *loss, LossParams &out)
{
    const QString path = QStringLiteral("loss.");
    if (auto e = ConfigReader::first({reader.number(loss, "softmax", path, out.softmax, 0, 1e3), reader.number(loss, "label_smoothing", path, out.labelSmoothing, 0, 0.99),
                                      reader.number(loss, "center", path, out.center, 0, 1e3), reader.number(loss, "center_lr", path, out.centerLearningRate, 0, 1e3),
                                      reader.number(loss, "triplet", path, out.triplet, 0, 1e3), reader.number(loss, "triplet_margin", path, out.tripletMargin, 0, 10),
                                      reader.boolean(loss, "soft_margin", path, out.softMargin),
                                      reader.number(loss, "multi_similarity", path, out.multiSimilarity, 0, 1e3), reader.number(loss, "ms_alpha", path, out.msAlpha, 1e-3, 1e3),
                                      reader.number(loss, "ms_beta", path, out.msBeta, 1e-3, 1e3), reader.number(loss, "ms_base", path, out.msBase, -1, 1),
                                      reader.number(loss, "ms_epsilon", path, out.msEpsilon, 0, 2)}))
        return e;
    if (out.softmax + out.center + out.triplet + out.multiSimilarity <= 0)
        return reader.error(QStringLiteral("loss"), QStringLiteral("every loss weight is 0: nothing to train"));
    return std::nullopt;
}

std::optional<Error> readAugmentation(const ConfigReader &reader, const Json *augmentation, AugmentationParams &out)
{
    const QString path = QStringLiteral("augmentation.");
    if (auto e = ConfigReader::first({reader.number(augmentation, "box_scale", path, out.boxScale, 0, 0.5), reader.number(augmentation, "box_shift", path, out.boxShift, 0, 0.5),
                                      reader.number(augmentation, "flip", path, out.flip, 0, 1), reader.number(augmentation, "brightness", path, out.brightness, 0, 1),
                                      reader.number(augmentation, "contrast", path, out.contrast, 0, 1), reader.number(augmentation, "saturation", path, out.saturation, 0, 1),
                                      reader.number(augmentation, "blur", path, out.blur, 0, 1), reader.number(augmentation, "cache_margin", path, out.cacheMargin, 0, 1)}))
        return e;
    return std::nullopt;
}

} // namespace

Result<EmbedderTrainingConfig> EmbedderTrainingConfig::parse(const QByteArray &json, const QString &configPath)
{
    return detail::guardedRead<EmbedderTrainingConfig>(configPath, [&]() -> Result<EmbedderTrainingConfig> {
        const ConfigReader reader(configPath);
        const Result<Json> parsed = reader.document(json);
        if (!parsed)
            return parsed.error();
        const Json &document = *parsed;

        EmbedderTrainingConfig config;
        config.path = configPath.isEmpty() ? QString() : QFileInfo(configPath).absoluteFilePath();
        const Json *root = &document;
        if (auto e = reader.checkKeys(document, QString(), {"name", "backbone", "input_size", "head", "training", "optimizer", "loss", "augmentation", "data", "output"}))
            return *e;

        if (auto e = reader.string(root, "name", QString(), config.name))
            return *e;
        if (!QRegularExpression(QStringLiteral("^[A-Za-z0-9._-]+$")).match(config.name).hasMatch())
            return reader.error(QStringLiteral("name"), QStringLiteral("expected letters, digits, '.', '_' or '-' (it names the output files)"));

        const Json *backbone = nullptr, *head = nullptr, *training = nullptr, *optimizer = nullptr, *loss = nullptr, *augmentation = nullptr,
                   *data = nullptr, *output = nullptr;
        if (auto e = ConfigReader::first({reader.object(*root, "backbone", QString(), {"blocks", "width"}, backbone),
                                          reader.object(*root, "head", QString(), {"descriptors", "gem_p", "dimension"}, head),
                                          reader.object(*root, "training", QString(), {"epochs", "identities_per_batch", "instances_per_identity", "seed"}, training),
                                          reader.object(*root, "optimizer", QString(), {"lr", "momentum", "weight_decay", "warmup_steps", "warmup_factor", "cosine_floor"}, optimizer),
                                          reader.object(*root, "loss", QString(), {"softmax", "label_smoothing", "center", "center_lr", "triplet", "triplet_margin", "soft_margin",
                                                                                   "multi_similarity", "ms_alpha", "ms_beta", "ms_base", "ms_epsilon"}, loss),
                                          reader.object(*root, "augmentation", QString(), {"box_scale", "box_shift", "flip", "brightness", "contrast", "saturation", "blur", "cache_margin"},
                                                        augmentation),
                                          reader.object(*root, "data", QString(), {"train", "validation", "validation_images"}, data),
                                          reader.object(*root, "output", QString(), {"folder", "checkpoints"}, output)}))
            return *e;

        if (backbone && backbone->contains("blocks")) {
            const Json &blocks = (*backbone)["blocks"];
            bool valid = blocks.is_array() && !blocks.empty() && blocks.size() <= 6;
            for (size_t i = 0; valid && i < blocks.size(); ++i)
                valid = blocks[i].is_number_integer() && blocks[i].get<int>() >= 1 && blocks[i].get<int>() <= 8;
            if (!valid)
                return reader.error(QStringLiteral("backbone.blocks"), QStringLiteral("expected 1–6 stages of 1–8 blocks, e.g. [2, 2, 2, 2]"));
            config.stageBlocks = blocks.get<std::vector<int>>();
        }
        if (auto e = reader.positiveInteger(backbone, "width", QStringLiteral("backbone."), config.baseWidth))
            return *e;
        if (auto e = reader.integer(root, "input_size", QString(), config.inputSize, 1, limits::kMaxModelInputSide))
            return *e;
        if (config.inputSize < 16 || config.inputSize % 16 != 0)
            return reader.error(QStringLiteral("input_size"), QStringLiteral("expected a multiple of 16, at least 16"));
        if (auto e = readHead(reader, head, config))
            return *e;

        const QString t = QStringLiteral("training.");
        double seed = static_cast<double>(config.seed);
        if (auto e = ConfigReader::first({reader.positiveInteger(training, "epochs", t, config.epochs), reader.positiveInteger(training, "identities_per_batch", t, config.identitiesPerBatch),
                                          reader.positiveInteger(training, "instances_per_identity", t, config.instancesPerIdentity),
                                          reader.number(training, "seed", t, seed, 0, 9007199254740992.0)}))
            return *e;
        config.seed = static_cast<quint64>(seed);
        if (config.identitiesPerBatch < 2 || config.instancesPerIdentity < 2)
            return reader.error(QStringLiteral("training.identities_per_batch"), QStringLiteral("P and K must be at least 2, so that every batch has positives and negatives"));

        const QString o = QStringLiteral("optimizer.");
        if (auto e = ConfigReader::first({reader.number(optimizer, "lr", o, config.learningRate, 1e-8, 10), reader.number(optimizer, "momentum", o, config.momentum, 0, 0.999),
                                          reader.number(optimizer, "weight_decay", o, config.weightDecay, 0, 1), reader.positiveInteger(optimizer, "warmup_steps", o, config.warmupSteps, 0),
                                          reader.number(optimizer, "warmup_factor", o, config.warmupFactor, 0, 1), reader.number(optimizer, "cosine_floor", o, config.cosineFloor, 0, 1)}))
            return *e;
        if (auto e = readLoss(reader, loss, config.loss))
            return *e;
        if (auto e = readAugmentation(reader, augmentation, config.augmentation))
            return *e;

        if (!data || !data->contains("train") || !(*data)["train"].is_array() || (*data)["train"].empty())
            return reader.error(QStringLiteral("data.train"), QStringLiteral("expected a list of DeepFashion2-layout split folders"));
        for (size_t i = 0; i < (*data)["train"].size(); ++i) {
            const Json &entry = (*data)["train"][i];
            if (!entry.is_string() || entry.get<std::string>().empty())
                return reader.error(QStringLiteral("data.train[%1]").arg(i), QStringLiteral("expected a folder"));
            config.trainRoots << reader.absolute(QString::fromStdString(entry.get<std::string>()));
        }
        if (auto e = reader.folder(data, "validation", QStringLiteral("data."), config.validationRoot))
            return *e;
        if (config.validationRoot.isEmpty())
            return reader.error(QStringLiteral("data.validation"), QStringLiteral("missing: a split with user and shop images"));
        if (auto e = reader.positiveInteger(data, "validation_images", QStringLiteral("data."), config.validationImages, 0))
            return *e;

        config.outputDir = reader.absolute(QStringLiteral("."));
        if (auto e = reader.folder(output, "folder", QStringLiteral("output."), config.outputDir))
            return *e;
        config.checkpointDir = QDir(config.outputDir).filePath(config.name + QStringLiteral("-checkpoints"));
        if (auto e = reader.folder(output, "checkpoints", QStringLiteral("output."), config.checkpointDir))
            return *e;
        return config;
    });
}

Result<EmbedderTrainingConfig> EmbedderTrainingConfig::load(const QString &configPath)
{
    const Result<QByteArray> bytes = FileBytes::read(configPath, limits::kMaxJsonFileBytes);
    if (!bytes)
        return bytes.error();
    return parse(*bytes, QFileInfo(configPath).absoluteFilePath());
}

QString EmbedderTrainingConfig::headName() const
{
    QStringList names;
    for (Descriptor d : head)
        names << (d == Descriptor::Gem ? QStringLiteral("gem") : d == Descriptor::Mac ? QStringLiteral("mac") : QStringLiteral("spoc"));
    return names.join(QLatin1Char('+'));
}

} // namespace lookbook::train
