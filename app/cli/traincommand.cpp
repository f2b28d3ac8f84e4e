#include "cli/traincommand.h"

#include "cli/clicommand.h"
#include "cli/interruptguard.h"
#include "train/detectortrainer.h"
#include "train/embeddertrainer.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace lookbook::cli {

namespace {

int runTrainEmbedder(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Trains an embedder on DeepFashion2-layout splits (metric learning, paper Table 4), checkpoints every epoch, scores each epoch on the "
        "validation split (Acc@k) and exports the best one as TorchScript + manifest + model card."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("config"), QStringLiteral("training config (JSON; see resources/configs/embedder-gem.json)"), QStringLiteral("file")});
    parser.addOption({QStringLiteral("resume"), QStringLiteral("continue after the latest checkpoint")});
    parser.addOption({QStringLiteral("steps-per-epoch"), QStringLiteral("steps per epoch instead of one pass over the crops"), QStringLiteral("n")});
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (const std::optional<int> done = parseOrHelp(parser, arguments, QStringLiteral("lookbook-cli train embedder"), out, err))
        return *done;
    if (!parser.isSet(QStringLiteral("config")) || !parser.positionalArguments().isEmpty()) {
        err << "lookbook-cli train embedder: expected --config FILE [--resume]\n";
        return ExitBadInput;
    }
    const Result<train::EmbedderTrainingConfig> config = train::EmbedderTrainingConfig::load(parser.value(QStringLiteral("config")));
    if (!config) {
        err << "lookbook-cli train embedder: " << errorText(config.error()) << '\n';
        return ExitBadInput;
    }
    train::EmbedderTrainer::Params params;
    params.config = *config;
    params.resume = parser.isSet(QStringLiteral("resume"));
    params.cancelled = &InterruptGuard::interrupted;
    if (parser.isSet(QStringLiteral("steps-per-epoch"))) {
        bool ok = false;
        params.stepsPerEpoch = parser.value(QStringLiteral("steps-per-epoch")).toInt(&ok);
        if (!ok || params.stepsPerEpoch < 1) {
            err << "lookbook-cli train embedder: --steps-per-epoch: expected a positive integer\n";
            return ExitBadInput;
        }
    }
    const InterruptGuard interruptible;
    const Result<train::EmbedderTrainer::Report> report = train::EmbedderTrainer::run(params);
    if (!report) {
        err << "lookbook-cli train embedder: " << errorText(report.error()) << '\n';
        return report.error().code == ErrorCode::InvalidData || report.error().code == ErrorCode::IoError ? ExitBadInput : ExitFailure;
    }
    const train::EpochMetrics &best = report->epochs[static_cast<size_t>(report->bestEpoch - 1)];
    out << "best epoch " << report->bestEpoch << ": Acc@1 " << best.validation.accuracy.at(1) << " Acc@10 " << best.validation.accuracy.at(10)
        << " (colour histogram Acc@10 " << report->baseline.accuracy.at(10) << ")\n"
        << "model:    " << report->modelPath << '\n'
        << "manifest: " << report->manifestPath << '\n'
        << "card:     " << report->cardPath << '\n';
    return ExitOk;
}

int runTrainDetector(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Trains a CenterNet detector on DeepFashion2-layout splits (user and shop photos), checkpoints every epoch, scores each epoch on the "
        "validation split (COCO box AP) and exports the best one as TorchScript + manifest (decoder lookbook) + model card."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("config"), QStringLiteral("training config (JSON; see resources/configs/detector-centernet-w16-256.json)"), QStringLiteral("file")});
    parser.addOption({QStringLiteral("resume"), QStringLiteral("continue after the latest checkpoint")});
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parser.parse(arguments) || !parser.positionalArguments().isEmpty() || (!parser.isSet(QStringLiteral("config")) && !parser.isSet(QStringLiteral("help")))) {
        err << "lookbook-cli train detector: " << (parser.errorText().isEmpty() ? QStringLiteral("expected --config FILE [--resume]") : parser.errorText()) << '\n';
        return ExitBadInput;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return ExitOk;
    }
    const Result<train::DetectorTrainingConfig> config = train::DetectorTrainingConfig::load(parser.value(QStringLiteral("config")));
    if (!config) {
        err << "lookbook-cli train detector: " << errorText(config.error()) << '\n';
        return ExitBadInput;
    }
    train::DetectorTrainer::Params params;
    params.config = *config;
    params.resume = parser.isSet(QStringLiteral("resume"));
    params.cancelled = &InterruptGuard::interrupted;
    const InterruptGuard interruptible;
    const Result<train::DetectorTrainer::Report> report = train::DetectorTrainer::train(params);
    if (!report) {
        err << "lookbook-cli train detector: " << errorText(report.error()) << '\n';
        return report.error().code == ErrorCode::InvalidData || report.error().code == ErrorCode::IoError ? ExitBadInput : ExitFailure;
    }
    const train::DetectorEpoch &best = report->epochs[static_cast<size_t>(report->bestEpoch - 1)];
    out << "best epoch " << report->bestEpoch << ": AP " << best.ap << " AP50 " << best.ap50 << " (" << report->imagesPerSecond << " img/s)\n"
        << "manifest: " << report->manifestPath << '\n'
        << "card:     " << report->modelCardPath << '\n';
    return ExitOk;
}

} // namespace

int runTrainCommand(const QStringList &arguments)
{
    // Each trainable model is a sub-command of its own; `train detector` joins this table.
    const std::vector<CliCommand> models = {
        {QStringLiteral("embedder"), QStringLiteral("metric learning of a street-to-shop embedder (GeM/MAC/SPoC/CGD head)"), &runTrainEmbedder},
        {QStringLiteral("detector"), QStringLiteral("a CenterNet garment detector (objects as points), exported for the detector ensemble"), &runTrainDetector},
    };
    return runSubCommand(arguments, QStringLiteral("train"), QStringLiteral("model"), models);
}

} // namespace lookbook::cli
