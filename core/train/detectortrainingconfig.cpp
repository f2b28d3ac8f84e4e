#include "train/detectortrainingconfig.h"

#include "common/filebytes.h"
#include "common/jsonsupport_p.h"
#include "common/limits.h"
#include "train/configreader_p.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <optional>

namespace lookbook::train {

namespace {

using Json = nlohmann::json;

} // namespace

Result<DetectorTrainingConfig> DetectorTrainingConfig::parse(const QByteArray &json, const QString &configPath)
{
    return detail::guardedRead<DetectorTrainingConfig>(configPath, [&]() -> Result<DetectorTrainingConfig> {
        const ConfigReader reader(configPath);
        const Result<Json> parsed = reader.document(json);
        if (!parsed)
            return parsed.error();
        const Json &document = *parsed;

        DetectorTrainingConfig c;
        c.path = configPath.isEmpty() ? QString() : QFileInfo(configPath).absoluteFilePath();

        // Each section is checked and read before the next one, so that the error reported is the first in the file's layout.
        const Json *root = &document;
        int resize = static_cast<int>(c.resize);
        if (auto e = ConfigReader::first({reader.checkKeys(document, QString(),
                                             {"name", "backbone", "input_size", "resize", "training", "optimizer", "augmentation", "detector", "data", "output"}),
                            reader.string(root, "name", QString(), c.name), reader.integer(root, "input_size", QString(), c.inputSize, 16, 2048),
                            reader.choice(root, "resize", QString(), {"letterbox", "stretch"}, resize)}))
            return *e;
        c.resize = resize == 0 ? Resize::Letterbox : Resize::Stretch;
        if (c.inputSize % 16 != 0)
            return reader.error(QStringLiteral("input_size"), QStringLiteral("expected a multiple of 16"));
        if (!QRegularExpression(QStringLiteral("^[A-Za-z0-9._-]+$")).match(c.name).hasMatch())
            return reader.error(QStringLiteral("name"), QStringLiteral("expected letters, digits, '.', '_' or '-' (it names the output files)"));

        const Json *backbone = nullptr;
        const QString b = QStringLiteral("backbone.");
        if (auto e = reader.object(document, "backbone", QString(), {"width", "depth"}, backbone))
            return *e;
        if (auto e = ConfigReader::first({reader.integer(backbone, "width", b, c.width, 1, 512), reader.integer(backbone, "depth", b, c.depth, 0, 16)}))
            return *e;

        const Json *training = nullptr;
        const QString t = QStringLiteral("training.");
        double seed = static_cast<double>(c.seed);
        if (auto e = reader.object(document, "training", QString(), {"epochs", "batch_size", "seed"}, training))
            return *e;
        if (auto e = ConfigReader::first({reader.integer(training, "epochs", t, c.epochs, 1, 100000), reader.integer(training, "batch_size", t, c.batchSize, 1, 4096),
                            reader.number(training, "seed", t, seed, 0, 9007199254740992.0)}))
            return *e;
        c.seed = static_cast<quint64>(seed);

        const Json *optimizer = nullptr;
        const QString o = QStringLiteral("optimizer.");
        int type = static_cast<int>(c.optimizer);
        if (auto e = reader.object(document, "optimizer", QString(), {"type", "lr", "momentum", "weight_decay", "warmup_steps", "warmup_factor", "cosine_floor"},
                                   optimizer))
            return *e;
        if (auto e = ConfigReader::first({reader.choice(optimizer, "type", o, {"adam", "sgd"}, type), reader.number(optimizer, "lr", o, c.learningRate, 1e-8, 10),
                            reader.number(optimizer, "momentum", o, c.momentum, 0, 0.999), reader.number(optimizer, "weight_decay", o, c.weightDecay, 0, 1),
                            reader.integer(optimizer, "warmup_steps", o, c.warmupSteps, 0, 10000000),
                            reader.number(optimizer, "warmup_factor", o, c.warmupFactor, 0, 1), reader.number(optimizer, "cosine_floor", o, c.cosineFloor, 0, 1)}))
            return *e;
        c.optimizer = type == 0 ? Optimizer::Adam : Optimizer::Sgd;

        const Json *augmentation = nullptr;
        const QString a = QStringLiteral("augmentation.");
        if (auto e = reader.object(document, "augmentation", QString(), {"flip", "brightness", "contrast", "saturation"}, augmentation))
            return *e;
        if (auto e = ConfigReader::first({reader.number(augmentation, "flip", a, c.flip, 0, 1), reader.number(augmentation, "brightness", a, c.brightness, 0, 1),
                            reader.number(augmentation, "contrast", a, c.contrast, 0, 1), reader.number(augmentation, "saturation", a, c.saturation, 0, 1)}))
            return *e;

        const Json *detector = nullptr;
        const QString d = QStringLiteral("detector.");
        if (auto e = reader.object(document, "detector", QString(), {"score_threshold", "display_threshold", "fusion_weight", "max_detections"}, detector))
            return *e;
        if (auto e = ConfigReader::first({reader.number(detector, "score_threshold", d, c.scoreThreshold, 0, 1), reader.number(detector, "fusion_weight", d, c.fusionWeight, 0, 1e6),
                            reader.integer(detector, "max_detections", d, c.maxDetections, 1, 10000)}))
            return *e;
        c.displayThreshold = c.scoreThreshold;
        if (auto e = reader.number(detector, "display_threshold", d, c.displayThreshold, 0, 1))
            return *e;

        const Json *data = nullptr;
        const QString n = QStringLiteral("data.");
        if (auto e = reader.object(document, "data", QString(), {"train", "validation", "train_images", "validation_images"}, data))
            return *e;
        if (auto e = ConfigReader::first({reader.folder(data, "train", n, c.trainRoot), reader.folder(data, "validation", n, c.validationRoot),
                            reader.integer(data, "train_images", n, c.trainImages, 0, 100000000),
                            reader.integer(data, "validation_images", n, c.validationImages, 0, 100000000)}))
            return *e;
        if (c.trainRoot.isEmpty())
            return reader.error(QStringLiteral("data.train"), QStringLiteral("missing: the DeepFashion2-layout split to train on"));
        if (c.validationRoot.isEmpty())
            return reader.error(QStringLiteral("data.validation"), QStringLiteral("missing: the DeepFashion2-layout split to measure AP on"));

        const Json *output = nullptr;
        const QString p = QStringLiteral("output.");
        if (auto e = reader.object(document, "output", QString(), {"folder", "checkpoints"}, output))
            return *e;
        if (auto e = ConfigReader::first({reader.folder(output, "folder", p, c.outputDir), reader.folder(output, "checkpoints", p, c.checkpointDir)}))
            return *e;
        if (c.outputDir.isEmpty())
            return reader.error(QStringLiteral("output.folder"), QStringLiteral("missing: where the model, its manifest and its card go"));
        return c;
    });
}

Result<DetectorTrainingConfig> DetectorTrainingConfig::load(const QString &configPath)
{
    const Result<QByteArray> bytes = FileBytes::read(configPath, limits::kMaxJsonFileBytes);
    if (!bytes)
        return bytes.error();
    return parse(*bytes, configPath);
}

QString DetectorTrainingConfig::architectureKey() const
{
    return QStringLiteral("w%1-d%2-%3-%4").arg(width).arg(depth).arg(inputSize).arg(resize == Resize::Letterbox ? QStringLiteral("letterbox") : QStringLiteral("stretch"));
}

QString DetectorTrainingConfig::summary() const
{
    const QString lines[] = {
        QStringLiteral("- backbone: width %1, depth %2 (residual blocks per stage), output stride 4").arg(width).arg(depth),
        QStringLiteral("- input: %1 × %1, %2").arg(inputSize).arg(resize == Resize::Letterbox ? QStringLiteral("letterbox") : QStringLiteral("stretch")),
        QStringLiteral("- training: %1 epochs, batch %2, seed %3").arg(epochs).arg(batchSize).arg(seed),
        QStringLiteral("- optimizer: %1, lr %2, weight decay %3%4, warm-up %5 steps from %6 × lr, cosine to %7 × lr")
            .arg(optimizer == Optimizer::Adam ? QStringLiteral("Adam") : QStringLiteral("SGD"))
            .arg(learningRate)
            .arg(weightDecay)
            .arg(optimizer == Optimizer::Sgd ? QStringLiteral(", momentum %1").arg(momentum) : QString())
            .arg(warmupSteps)
            .arg(warmupFactor)
            .arg(cosineFloor),
        QStringLiteral("- augmentation: flip %1, brightness ±%2, contrast ±%3, saturation ±%4").arg(flip).arg(brightness).arg(contrast).arg(saturation),
        QStringLiteral("- loss: penalty-reduced focal (α 2, β 4) + 0.1 × L1 size + 1 × L1 offset"),
        QStringLiteral("- manifest: score threshold %1 (display threshold %2), fusion weight %3, at most %4 detections")
            .arg(scoreThreshold)
            .arg(displayThreshold)
            .arg(fusionWeight)
            .arg(maxDetections),
    };
    QStringList list;
    for (const QString &line : lines)
        list << line;
    return list.join(QLatin1Char('\n'));
}

} // namespace lookbook::train
