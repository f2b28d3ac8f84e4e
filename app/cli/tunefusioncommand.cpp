#include "cli/tunefusioncommand.h"

#include "cli/clicommand.h"
#include "cli/fusionoptions.h"
#include "cli/inferenceoptions.h"
#include "cli/modelselection.h"
#include "dataset/deepfashion2io.h"
#include "experiments/datasetevaluation.h"
#include "experiments/fusiontuner.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace lookbook::cli {

namespace {

QJsonObject settingJson(const experiments::FusionSetting &setting, double ap50)
{
    QJsonArray weights;
    for (const double w : setting.weights)
        weights.append(w);
    return {{QStringLiteral("ap50"), ap50},
            {QStringLiteral("weights"), weights},
            {QStringLiteral("iou_thr"), setting.params.effectiveIouThr()},
            {QStringLiteral("skip_box_thr"), setting.params.skipBoxThr}};
}

} // namespace

int runTuneFusionCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Runs each detector once on a DeepFashion2-layout dataset (its validation/ split, or the split given), then searches\n"
        "the detector weights and the IoU and skip thresholds (coordinate descent over grids) for the best AP50 of all\n"
        "detectors fused, starting from the manifests' weights and the fusion options given. Prints\n"
        "{\"split\", \"detectors\": [names], \"method\", \"start\": {\"ap50\", \"weights\", \"iou_thr\", \"skip_box_thr\"}, \"best\": {…},\n"
        "\"evaluations\": N}; the evaluation view's Tune Fusion action computes the same."));
    parser.addHelpOption();
    addModelOptions(parser);
    parser.addOption({QStringLiteral("dataset"), QStringLiteral("a DeepFashion2-layout dataset (with validation/) or split (image/ + annos/)"),
                      QStringLiteral("folder")});
    addFusionOptions(parser);
    addInferenceOptions(parser);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (const std::optional<int> done = parseOrHelp(parser, arguments, QStringLiteral("lookbook-cli tune-fusion"), out, err))
        return *done;
    if (!parser.isSet(QStringLiteral("dataset"))) {
        err << "lookbook-cli tune-fusion: expected --dataset DIR --models DETECTOR … (see --help)\n";
        return ExitBadInput;
    }
    models::ManifestsByKind models;
    experiments::FusionTunerParams tuner;
    models::InferenceOptions inference;
    QString problem;
    if (!readModelLists(parser, parser.positionalArguments(), models, problem)
        || !readFusionOptions(parser, QStringLiteral("tune-fusion"), tuner.start.params, problem, err)
        || !readInferenceOptions(parser, inference, problem)) {
        err << "lookbook-cli tune-fusion: " << problem << '\n';
        return ExitBadInput;
    }
    if (models.detectors.size() < 2) {
        err << "lookbook-cli tune-fusion: give at least two detectors (--models); embedders are not used\n";
        return ExitBadInput;
    }
    const Result<dataset::DeepFashion2Split> split = experiments::DatasetEvaluation::readSplit(parser.value(QStringLiteral("dataset")));
    if (!split) {
        err << "lookbook-cli tune-fusion: " << errorText(split.error()) << '\n';
        return ExitBadInput;
    }
    const Result<experiments::DetectionCache> cache = experiments::DetectionEvaluation::detect(*split, models.detectors, inference);
    if (!cache) {
        err << "lookbook-cli tune-fusion: " << errorText(cache.error()) << '\n';
        return exitCodeForInput(cache.error());
    }
    for (const QString &note : split->errors + cache->notes)
        err << "lookbook-cli tune-fusion: note: " << note << '\n';
    const Result<experiments::FusionTuning> tuning = experiments::FusionTuner::tune(*cache, tuner);
    if (!tuning) {
        err << "lookbook-cli tune-fusion: " << errorText(tuning.error()) << '\n';
        return ExitFailure;
    }
    experiments::FusionSetting start = tuner.start;
    start.weights = cache->photos.empty() ? std::vector<double>{} : cache->photos.front().detections.weights;
    const std::string_view method = fusion::methodName(tuner.start.params.method);
    const QJsonObject result{{QStringLiteral("split"), split->root},
                             {QStringLiteral("detectors"), QJsonArray::fromStringList(cache->detectorNames)},
                             {QStringLiteral("method"), QString::fromLatin1(method.data(), static_cast<int>(method.size()))},
                             {QStringLiteral("start"), settingJson(start, tuning->startAp50)},
                             {QStringLiteral("best"), settingJson(tuning->best, tuning->bestAp50)},
                             {QStringLiteral("evaluations"), tuning->evaluations}};
    out << QJsonDocument(result).toJson(QJsonDocument::Indented);
    return ExitOk;
}

} // namespace lookbook::cli
