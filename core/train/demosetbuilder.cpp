#include "train/demosetbuilder.h"

#include "common/atomicfile.h"
#include "dataset/syntheticgenerator.h"
#include "models/modelmanifest.h"
#include "train/detectortrainer.h"
#include "train/detectortrainingconfig.h"
#include "train/embeddertrainer.h"
#include "train/embeddertrainingconfig.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace lookbook::train {

namespace {

struct DemoPlan final {
    int pairs = 1000;
    quint64 seed = 1;
    double validationFraction = 0.2;
    QStringList detectorConfigs;   // absolute
    QStringList embedderConfigs;   // absolute
    QString ensembleName;
    std::vector<double> ensembleWeights;  // one per embedder, in order; empty: all 1
    QJsonObject catalog;           // copied into demo.json for search::DemoCatalog
};

Result<DemoPlan> readPlan(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::IoError, QStringLiteral("%1: cannot read the demo plan (%2)").arg(path, file.errorString())};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject())
        return Error{ErrorCode::InvalidData, QStringLiteral("%1: not a JSON object (%2)").arg(path, parseError.errorString())};
    const QJsonObject root = document.object();
    const QDir dir = QFileInfo(path).absoluteDir();
    DemoPlan plan;
    const QJsonObject data = root.value(QStringLiteral("data")).toObject();
    plan.pairs = data.value(QStringLiteral("pairs")).toInt(plan.pairs);
    plan.seed = static_cast<quint64>(data.value(QStringLiteral("seed")).toDouble(static_cast<double>(plan.seed)));
    plan.validationFraction = data.value(QStringLiteral("validation_fraction")).toDouble(plan.validationFraction);
    for (const QJsonValue &config : root.value(QStringLiteral("detectors")).toArray())
        plan.detectorConfigs << dir.absoluteFilePath(config.toString());
    for (const QJsonValue &config : root.value(QStringLiteral("embedders")).toArray())
        plan.embedderConfigs << dir.absoluteFilePath(config.toString());
    plan.ensembleName = root.value(QStringLiteral("ensemble")).toString();
    for (const QJsonValue &weight : root.value(QStringLiteral("ensemble_weights")).toArray())
        plan.ensembleWeights.push_back(weight.toDouble(-1.0));
    if (!plan.ensembleWeights.empty()
        && (plan.ensembleWeights.size() != static_cast<std::size_t>(plan.embedderConfigs.size())
            || std::any_of(plan.ensembleWeights.begin(), plan.ensembleWeights.end(), [](double w) { return !(w > 0.0); })))
        return Error{ErrorCode::InvalidData,
                     QStringLiteral("%1: ensemble_weights: expected one positive weight per embedder (%2)").arg(path).arg(plan.embedderConfigs.size())};
    plan.catalog = root.value(QStringLiteral("catalog")).toObject();
    if (plan.detectorConfigs.isEmpty() || plan.embedderConfigs.isEmpty())
        return Error{ErrorCode::InvalidData, QStringLiteral("%1: expected \"detectors\" and \"embedders\" (lists of training configs)").arg(path)};
    if (plan.embedderConfigs.size() > 1 && plan.ensembleName.isEmpty())
        return Error{ErrorCode::InvalidData, QStringLiteral("%1: ensemble: expected the name of the embedders' concatenation").arg(path)};
    return plan;
}

// The training data, made again unless its marker names this plan's size and seed.
Status ensureData(const DemoPlan &plan, const QString &synthDir, const DemoSetBuilder::Params &params)
{
    const QString marker = QDir(synthDir).filePath(QStringLiteral("complete"));
    const QByteArray expected = QStringLiteral("pairs %1 seed %2 validation %3\n").arg(plan.pairs).arg(plan.seed).arg(plan.validationFraction).toUtf8();
    QFile existing(marker);
    if (existing.open(QIODevice::ReadOnly) && existing.readAll() == expected)
        return success();
    if (params.log)
        params.log(QStringLiteral("generating %1 synthetic pairs (seed %2) in %3").arg(plan.pairs).arg(plan.seed).arg(synthDir));
    QDir(synthDir).removeRecursively();
    dataset::SyntheticGenerator::Params synth;
    synth.outDir = synthDir;
    synth.pairs = plan.pairs;
    synth.seed = plan.seed;
    synth.validationFraction = plan.validationFraction;
    const Result<dataset::SyntheticReport> report =
        dataset::SyntheticGenerator::generate(synth, [&](const QString &, qint64, qint64) { return !params.cancelled || !params.cancelled(); });
    if (!report)
        return report.error();
    QFile written(marker);
    if (!written.open(QIODevice::WriteOnly) || written.write(expected) != expected.size())
        return Status::failure(ErrorCode::IoError, QStringLiteral("%1: cannot write (%2)").arg(marker, written.errorString()));
    return success();
}

bool hasCheckpoint(const QString &folder)
{
    return !QDir(folder).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot);
}

// Points a trainer at the build's folders (the training roots differ in shape and are set apart).
template<typename TrainerParams>
void placeTraining(TrainerParams &training, const QString &synthDir, const DemoSetBuilder::Params &params)
{
    training.config.validationRoot = QDir(synthDir).filePath(QStringLiteral("validation"));
    training.config.outputDir = params.outDir;
    training.config.checkpointDir = QDir(params.dataDir).filePath(QStringLiteral("checkpoints/") + training.config.name);
    training.resume = params.resume && hasCheckpoint(training.config.checkpointDir);
    training.cancelled = params.cancelled;
    training.progress = params.progress;
}

Result<DemoModelReport> trainDetector(const QString &configPath, const QString &synthDir, const DemoSetBuilder::Params &params)
{
    Result<DetectorTrainingConfig> config = DetectorTrainingConfig::load(configPath);
    if (!config)
        return config.error();
    DetectorTrainer::Params training;
    training.config = std::move(config).value();
    training.config.trainRoot = QDir(synthDir).filePath(QStringLiteral("train"));
    placeTraining(training, synthDir, params);
    QElapsedTimer timer;
    timer.start();
    const Result<DetectorTrainer::Report> report = DetectorTrainer::train(training);
    if (!report)
        return report.error();
    const DetectorEpoch &best = report->epochs[static_cast<size_t>(report->bestEpoch - 1)];
    return DemoModelReport{training.config.name, QStringLiteral("detector"), report->manifestPath,
                           QStringLiteral("AP50 %1, AP %2").arg(best.ap50, 0, 'f', 3).arg(best.ap, 0, 'f', 3), timer.elapsed() / 1000.0,
                           report->imagesPerSecond};
}

Result<DemoModelReport> trainEmbedder(const QString &configPath, const QString &synthDir, const DemoSetBuilder::Params &params)
{
    Result<EmbedderTrainingConfig> config = EmbedderTrainingConfig::load(configPath);
    if (!config)
        return config.error();
    EmbedderTrainer::Params training;
    training.config = std::move(config).value();
    training.config.trainRoots = {QDir(synthDir).filePath(QStringLiteral("train"))};
    placeTraining(training, synthDir, params);
    QElapsedTimer timer;
    timer.start();
    const Result<EmbedderTrainer::Report> report = EmbedderTrainer::run(training);
    if (!report)
        return report.error();
    const EpochMetrics &best = report->epochs[static_cast<size_t>(report->bestEpoch - 1)];
    double imagesPerSecond = 0;
    for (const EpochMetrics &epoch : report->epochs)
        imagesPerSecond += epoch.imagesPerSecond / static_cast<double>(report->epochs.size());
    return DemoModelReport{training.config.name, QStringLiteral("embedder"), report->manifestPath,
                           QStringLiteral("Acc@10 %1 (colour histogram %2)")
                               .arg(best.validation.accuracy.at(10), 0, 'f', 3)
                               .arg(report->baseline.accuracy.at(10), 0, 'f', 3),
                           timer.elapsed() / 1000.0, imagesPerSecond};
}

Status writeJson(const QString &path, const QJsonObject &object)
{
    return AtomicFile::write(path, QJsonDocument(object).toJson(QJsonDocument::Indented));
}

// The model a config trains, as the build left it in the output folder.
Result<models::ModelManifest> trainedManifest(const QString &outDir, const QString &name)
{
    return models::ModelManifest::load(QDir(outDir).filePath(name + QStringLiteral(".json")));
}

Result<QString> configName(const QString &configPath, bool detector)
{
    if (detector) {
        const Result<DetectorTrainingConfig> config = DetectorTrainingConfig::load(configPath);
        return config ? Result<QString>(config->name) : Result<QString>(config.error());
    }
    const Result<EmbedderTrainingConfig> config = EmbedderTrainingConfig::load(configPath);
    return config ? Result<QString>(config->name) : Result<QString>(config.error());
}

} // namespace

Result<DemoSetReport> DemoSetBuilder::build(const Params &params)
{
    QElapsedTimer timer;
    timer.start();
    const Result<DemoPlan> plan = readPlan(params.planPath);
    if (!plan)
        return plan.error();
    if (!QDir().mkpath(params.outDir) || !QDir().mkpath(params.dataDir))
        return Error{ErrorCode::IoError, QStringLiteral("%1 or %2: cannot create the folder").arg(params.outDir, params.dataDir)};
    const QString synthDir = QDir(params.dataDir).filePath(QStringLiteral("synth"));
    if (const Status data = ensureData(*plan, synthDir, params); !data)
        return data.error();

    DemoSetReport report;
    QStringList detectorNames;
    QStringList embedderNames;
    for (const bool detector : {true, false}) {
        for (const QString &configPath : detector ? plan->detectorConfigs : plan->embedderConfigs) {
            const Result<QString> name = configName(configPath, detector);
            if (!name)
                return name.error();
            (detector ? detectorNames : embedderNames) << *name;
            if (!params.only.isEmpty() && !params.only.contains(*name))
                continue;
            if (params.log)
                params.log(QStringLiteral("training %1 (%2)").arg(*name, configPath));
            Result<DemoModelReport> trained = detector ? trainDetector(configPath, synthDir, params) : trainEmbedder(configPath, synthDir, params);
            if (!trained)
                return trained.error();
            report.models.push_back(std::move(trained).value());
        }
    }

    // Every model the plan names must now be in the output folder, trained by this run or an earlier one.
    models::ModelManifest ensemble;
    ensemble.kind = models::ModelKind::Ensemble;
    ensemble.name = plan->ensembleName;
    for (const QString &name : detectorNames + embedderNames) {
        const Result<models::ModelManifest> manifest = trainedManifest(params.outDir, name);
        if (!manifest)
            return Error{manifest.error().code, manifest.error().message, Remedy::BuildDemo, {name}};
        if (const qsizetype member = embedderNames.indexOf(name); member >= 0) {
            const double weight = plan->ensembleWeights.empty() ? 1.0 : plan->ensembleWeights[static_cast<std::size_t>(member)];
            ensemble.members.push_back({manifest->path, weight});
            ensemble.ensembleDimension += manifest->embedder.dimension;
        }
    }
    QString searchEmbedder = embedderNames.front() + QStringLiteral(".json");
    if (embedderNames.size() > 1) {
        searchEmbedder = plan->ensembleName + QStringLiteral(".json");
        report.ensembleManifest = QDir(params.outDir).filePath(searchEmbedder);
        ensemble.path = QFileInfo(report.ensembleManifest).absoluteFilePath();
        if (const Status written = ensemble.save(); !written)
            return written.error();
    }
    QJsonArray detectors;
    for (const QString &name : detectorNames)
        detectors.append(name + QStringLiteral(".json"));
    report.demoList = QDir(params.outDir).filePath(QStringLiteral("demo.json"));
    const QJsonObject demo{{QStringLiteral("detectors"), detectors}, {QStringLiteral("embedder"), searchEmbedder}, {QStringLiteral("catalog"), plan->catalog}};
    if (const Status written = writeJson(report.demoList, demo); !written)
        return written.error();
    report.seconds = timer.elapsed() / 1000.0;
    return report;
}

} // namespace lookbook::train
