#include "cli/democommand.h"

#include "cli/clicommand.h"
#include "common/progressline.h"
#include "search/democatalog.h"
#include "train/demosetbuilder.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <atomic>
#include <csignal>

namespace lookbook::cli {

namespace {

std::atomic_bool g_interrupted{false};

void interrupt(int)
{
    g_interrupted = true;
}

// Parses `arguments`; prints help or the error. Returns -1 when the command should go on.
int parseOrExit(QCommandLineParser &parser, const QStringList &arguments, const QString &command)
{
    parser.addHelpOption();
    if (!parser.parse(arguments) || !parser.positionalArguments().isEmpty()) {
        QTextStream(stderr) << command << ": " << (parser.errorText().isEmpty() ? QStringLiteral("unexpected arguments") : parser.errorText()) << '\n';
        return ExitBadInput;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return ExitOk;
    }
    return -1;
}

int runDemoBuild(const QStringList &arguments)
{
    const QString command = QStringLiteral("lookbook-cli demo build");
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Generates the synthetic training data and trains the whole demo set (detectors, embedders, their ensemble) from a plan, "
        "writing TorchScript files, manifests, model cards and demo.json into the models folder."));
    parser.addOption({QStringLiteral("plan"), QStringLiteral("the demo plan (default: %1)").arg(QDir(search::DemoCatalog::resourcesDir()).filePath(QStringLiteral("configs/demo-set.json"))),
                      QStringLiteral("file"), QDir(search::DemoCatalog::resourcesDir()).filePath(QStringLiteral("configs/demo-set.json"))});
    parser.addOption({QStringLiteral("data"), QStringLiteral("synthetic data and checkpoints (default: build/demo-data)"), QStringLiteral("dir"),
                      QStringLiteral("build/demo-data")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("the models folder (default: %1)").arg(search::DemoCatalog::defaultModelsDir()), QStringLiteral("dir"),
                      search::DemoCatalog::defaultModelsDir()});
    parser.addOption({QStringLiteral("only"), QStringLiteral("train only these models (comma-separated names); the others must be in the models folder"),
                      QStringLiteral("names")});
    parser.addOption({QStringLiteral("resume"), QStringLiteral("continue each model after its latest checkpoint")});
    if (const int exit = parseOrExit(parser, arguments, command); exit >= 0)
        return exit;

    QTextStream out(stdout);
    train::DemoSetBuilder::Params params;
    params.planPath = parser.value(QStringLiteral("plan"));
    params.dataDir = QDir(parser.value(QStringLiteral("data"))).absolutePath();
    params.outDir = QDir(parser.value(QStringLiteral("out"))).absolutePath();
    params.only = parser.value(QStringLiteral("only")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    params.resume = parser.isSet(QStringLiteral("resume"));
    params.cancelled = [] { return g_interrupted.load(); };
    params.log = [&out](const QString &line) { out << line << Qt::endl; };
    std::signal(SIGINT, interrupt);
    const Result<train::DemoSetReport> report = train::DemoSetBuilder::build(params);
    std::signal(SIGINT, SIG_DFL);
    if (!report) {
        QTextStream(stderr) << command << ": " << report.error().message << '\n';
        return exitCodeFor(report.error());
    }
    out << "\n| model | kind | result | time | images/s |\n|---|---|---|---|---|\n";
    for (const train::DemoModelReport &model : report->models)
        out << "| " << model.name << " | " << model.kind << " | " << model.metric << " | " << QString::number(model.seconds / 60.0, 'f', 1) << " min | "
            << QString::number(model.imagesPerSecond, 'f', 1) << " |\n";
    out << "\ndemo set: " << report->demoList << " (" << QString::number(report->seconds / 60.0, 'f', 1) << " min)\n";
    return ExitOk;
}

int runDemoCatalog(const QStringList &arguments)
{
    const QString command = QStringLiteral("lookbook-cli demo catalog");
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Makes the demo catalog on first run (synthetic shop photos the demo models never saw, embedded and indexed) and finds it "
        "up to date afterwards; prints where it is, the models that search it and street photos to try."));
    parser.addOption({QStringLiteral("models"), QStringLiteral("the demo models folder (default: %1)").arg(search::DemoCatalog::defaultModelsDir()),
                      QStringLiteral("dir"), search::DemoCatalog::defaultModelsDir()});
    parser.addOption({QStringLiteral("data"), QStringLiteral("where the catalog is made (default: %1)").arg(search::DemoCatalog::defaultDataDir()),
                      QStringLiteral("dir"), search::DemoCatalog::defaultDataDir()});
    parser.addOption({QStringLiteral("json"), QStringLiteral("print the result as JSON")});
    if (const int exit = parseOrExit(parser, arguments, command); exit >= 0)
        return exit;

    search::DemoCatalogParams params;
    params.modelsDir = parser.value(QStringLiteral("models"));
    params.dataDir = parser.value(QStringLiteral("data"));
    QTextStream err(stderr);
    ProgressLine progressLine;
    params.progress = [&](const QString &stage, qint64 done, qint64 total) {
        progressLine.update(stage, done, total, QStringLiteral("%1: %2 %3/%4").arg(command, stage).arg(done).arg(total));
        return !g_interrupted.load();
    };
    std::signal(SIGINT, interrupt);
    const Result<search::DemoSetup> setup = search::DemoCatalog::ensure(params);
    std::signal(SIGINT, SIG_DFL);
    progressLine.finish();
    if (!setup) {
        err << command << ": " << setup.error().message << '\n';
        return exitCodeFor(setup.error());
    }
    QTextStream out(stdout);
    if (parser.isSet(QStringLiteral("json"))) {
        const QJsonObject json{{QStringLiteral("catalog"), setup->catalogPath},
                               {QStringLiteral("detectors"), QJsonArray::fromStringList(setup->detectorManifests)},
                               {QStringLiteral("embedder"), setup->embedderManifest},
                               {QStringLiteral("street_photos"), QJsonArray::fromStringList(setup->streetPhotos)},
                               {QStringLiteral("built"), setup->built}};
        out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    out << (setup->built ? "built " : "up to date: ") << setup->catalogPath << '\n'
        << "detectors: " << setup->detectorManifests.join(QLatin1Char(' ')) << '\n'
        << "embedder:  " << setup->embedderManifest << '\n'
        << "street photos: " << setup->streetPhotos.size() << (setup->streetPhotos.isEmpty() ? QString() : QStringLiteral(", e.g. ") + setup->streetPhotos.front())
        << '\n';
    return ExitOk;
}

} // namespace

int runDemoCommand(const QStringList &arguments)
{
    const std::vector<CliCommand> steps = {
        {QStringLiteral("build"), QStringLiteral("generate the training data and train the demo models (an hour or more on two cores)"), &runDemoBuild},
        {QStringLiteral("catalog"), QStringLiteral("make the demo catalog on first run (about a minute), or find it up to date"), &runDemoCatalog},
    };
    return runSubCommand(arguments, QStringLiteral("demo"), QStringLiteral("step"), steps);
}

} // namespace lookbook::cli
