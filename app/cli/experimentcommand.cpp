#include "cli/experimentcommand.h"

#include "cli/clicommand.h"
#include "cli/fusionoptions.h"
#include "cli/inferenceoptions.h"
#include "cli/modelselection.h"
#include "cli/retrievaloptions.h"
#include "common/progressline.h"
#include "experiments/experiment.h"
#include "experiments/experimentreportwriter.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

namespace lookbook::cli {

int runExperimentCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Reproduces the shape of the paper's tables on a DeepFashion2-layout dataset (its validation/ split, or the split given):\n"
        "box AP per detector (Table 2) and of the first 1…n fused (Table 5), Acc@k per embedder on ground-truth boxes with a\n"
        "colour-histogram baseline (Table 3), the embedders' concatenation end to end (Table 6) and re-ranking, αQE, DBA and\n"
        "PCA whitening on and off (Table 7). Writes REPORT_DIR/report.md, a CSV per table and PNG charts; catalogs are built\n"
        "from the split's shop photos in REPORT_DIR/work (a previous run's are replaced). --models takes any number of detectors\n"
        "and embedders (told apart by their kind); detectors are fused in the order given."));
    parser.addHelpOption();
    addModelOptions(parser);
    parser.addOptions({
        {QStringLiteral("dataset"), QStringLiteral("a DeepFashion2-layout dataset (with validation/) or split (image/ + annos/)"), QStringLiteral("folder")},
        {QStringLiteral("out"), QStringLiteral("the report folder"), QStringLiteral("folder")},
        {QStringLiteral("work"), QStringLiteral("where the temporary catalogs go (default: REPORT_DIR/work)"), QStringLiteral("folder")},
        {QStringLiteral("top-k"), QStringLiteral("results per query (default 20, as the challenge)"), QStringLiteral("k")},
    });
    addPostprocessingOptions(parser);
    addFusionOptions(parser);
    addInferenceOptions(parser);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (const std::optional<int> done = parseOrHelp(parser, arguments, QStringLiteral("lookbook-cli experiment"), out, err))
        return *done;
    if (!parser.isSet(QStringLiteral("dataset")) || !parser.isSet(QStringLiteral("out"))) {
        err << "lookbook-cli experiment: expected --dataset DIR --models MANIFEST … --out REPORT_DIR (see --help)\n";
        return ExitBadInput;
    }
    experiments::ExperimentParams params;
    params.datasetPath = parser.value(QStringLiteral("dataset"));
    const QString reportPath = parser.value(QStringLiteral("out"));
    params.workPath = parser.isSet(QStringLiteral("work")) ? parser.value(QStringLiteral("work")) : QDir(reportPath).filePath(QStringLiteral("work"));
    models::ManifestsByKind models;
    QString problem;
    if (!readModelLists(parser, parser.positionalArguments(), models, problem) || !readPostprocessingOptions(parser, params.postprocessing, problem)
        || !readFusionOptions(parser, QStringLiteral("experiment"), params.fusion, problem, err)
        || !readInferenceOptions(parser, params.inference, problem)) {
        err << "lookbook-cli experiment: " << problem << '\n';
        return ExitBadInput;
    }
    if (parser.isSet(QStringLiteral("top-k"))) {
        bool ok = false;
        params.topK = parser.value(QStringLiteral("top-k")).toInt(&ok);
        if (!ok || params.topK < 1) {
            err << "lookbook-cli experiment: --top-k: expected a positive integer, got '" << parser.value(QStringLiteral("top-k")) << "'\n";
            return ExitBadInput;
        }
    }
    params.detectorManifests = models.detectors;
    params.embedderManifests = models.embedders;

    err.flush();
    ProgressLine progressLine;
    const Result<experiments::ExperimentReport> report = experiments::Experiment(params).run([&](const QString &step, qint64 done, qint64 total) {
        progressLine.update(step, done, total, QStringLiteral("lookbook-cli experiment: %1: %2/%3").arg(step).arg(done).arg(total));
        return true;
    });
    progressLine.finish();
    if (!report) {
        err << "lookbook-cli experiment: " << errorText(report.error()) << '\n';
        return report.error().code == ErrorCode::Cancelled ? ExitFailure : exitCodeForInput(report.error());
    }
    const Result<QStringList> written = experiments::ExperimentReportWriter::write(*report, reportPath);
    if (!written) {
        err << "lookbook-cli experiment: " << errorText(written.error()) << '\n';
        return ExitFailure;
    }
    for (const QString &note : report->notes)
        err << "lookbook-cli experiment: note: " << note << '\n';
    for (const QString &file : *written)
        out << file << '\n';
    return ExitOk;
}

} // namespace lookbook::cli
