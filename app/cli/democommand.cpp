#include "cli/democommand.h"

#include "cli/clicommand.h"
#include "cli/interruptguard.h"
#include "cli/trainerprogram.h"
#include "common/progressline.h"
#include "search/democatalog.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace lookbook::cli {

namespace {

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
        return !InterruptGuard::interrupted();
    };
    const InterruptGuard interruptible;
    const Result<search::DemoSetup> setup = search::DemoCatalog::ensure(params);
    progressLine.finish();
    if (!setup) {
        err << command << ": " << errorText(setup.error()) << '\n';
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
        {QStringLiteral("build"), QStringLiteral("generate the training data and train the demo models (an hour or more on two cores)"), &runTrainerProgram},
        {QStringLiteral("catalog"), QStringLiteral("make the demo catalog on first run (about a minute), or find it up to date"), &runDemoCatalog},
    };
    return runSubCommand(arguments, QStringLiteral("demo"), QStringLiteral("step"), steps);
}

} // namespace lookbook::cli
