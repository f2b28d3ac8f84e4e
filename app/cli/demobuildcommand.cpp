#include "cli/demobuildcommand.h"

#include "cli/clicommand.h"
#include "cli/interruptguard.h"
#include "search/democatalog.h"
#include "train/demosetbuilder.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

namespace lookbook::cli {

int runDemoBuildCommand(const QStringList &arguments)
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
    parser.addHelpOption();
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (const std::optional<int> exit = parseOrHelp(parser, arguments, command, out, err))
        return *exit;
    if (!parser.positionalArguments().isEmpty()) {
        err << command << ": unexpected arguments\n";
        return ExitBadInput;
    }

    train::DemoSetBuilder::Params params;
    params.planPath = parser.value(QStringLiteral("plan"));
    params.dataDir = QDir(parser.value(QStringLiteral("data"))).absolutePath();
    params.outDir = QDir(parser.value(QStringLiteral("out"))).absolutePath();
    params.only = parser.value(QStringLiteral("only")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    params.resume = parser.isSet(QStringLiteral("resume"));
    params.cancelled = &InterruptGuard::interrupted;
    params.log = [&out](const QString &line) { out << line << Qt::endl; };
    const InterruptGuard interruptible;
    const Result<train::DemoSetReport> report = train::DemoSetBuilder::build(params);
    if (!report) {
        err << command << ": " << errorText(report.error()) << '\n';
        return exitCodeFor(report.error());
    }
    out << "\n| model | kind | result | time | images/s |\n|---|---|---|---|---|\n";
    for (const train::DemoModelReport &model : report->models)
        out << "| " << model.name << " | " << model.kind << " | " << model.metric << " | " << QString::number(model.seconds / 60.0, 'f', 1) << " min | "
            << QString::number(model.imagesPerSecond, 'f', 1) << " |\n";
    out << "\ndemo set: " << report->demoList << " (" << QString::number(report->seconds / 60.0, 'f', 1) << " min)\n";
    return ExitOk;
}

} // namespace lookbook::cli
