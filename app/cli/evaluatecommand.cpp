#include "cli/evaluatecommand.h"

#include "cli/clicommand.h"
#include "cli/fusionoptions.h"
#include "cli/inferenceoptions.h"
#include "cli/modelselection.h"
#include "cli/retrievaloptions.h"
#include "common/atomicfile.h"
#include "eval/retrievalrows.h"
#include "experiments/datasetevaluation.h"
#include "experiments/splitevaluation.h"
#include "search/searchpipeline.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace lookbook::cli {

int runEvaluateCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Runs the whole pipeline on a DeepFashion2 split's user photos against the catalog (which holds the split's\n"
        "shop photos: lookbook-cli catalog import DB SPLIT) and prints Acc@k with the official retrieval protocol.\n"
        "Prints {\"acc\": {\"1\": …, …}, \"queries\": N, \"missed\": M, \"query_photos\", \"query_boxes\", \"seconds\"}."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("db"), QStringLiteral("the catalog"));
    addModelOptions(parser);
    addRetrievalOptions(parser);
    parser.addOptions({
        {QStringLiteral("split"), QStringLiteral("the DeepFashion2-layout split (image/ + annos/)"), QStringLiteral("folder")},
        {QStringLiteral("gt-boxes"), QStringLiteral("query with the annotated boxes instead of detecting")},
        {QStringLiteral("submission"), QStringLiteral("also write the challenge submission file"), QStringLiteral("file")},
    });
    addFusionOptions(parser);
    addInferenceOptions(parser);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (const std::optional<int> done = parseOrHelp(parser, arguments, QStringLiteral("lookbook-cli evaluate"), out, err))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty() || !parser.isSet(QStringLiteral("split"))) {
        err << "lookbook-cli evaluate: expected DB --split SPLIT --models MANIFEST … (see --help)\n";
        return ExitBadInput;
    }
    search::SearchPipelineParams params;
    params.catalogPath = positional.at(0);
    params.vectorSet = parser.value(QStringLiteral("vector-set"));
    experiments::SplitEvaluationParams evaluation;
    evaluation.splitPath = parser.value(QStringLiteral("split"));
    evaluation.groundTruthBoxes = parser.isSet(QStringLiteral("gt-boxes"));
    ModelSelection models;
    QString problem;
    if (!readModelOptions(parser, positional.mid(1), models, problem) || !readRetrievalOptions(parser, evaluation.search, problem)
        || !readFusionOptions(parser, QStringLiteral("evaluate"), evaluation.fusion, problem, err)
        || !readInferenceOptions(parser, params.inference, problem)) {
        err << "lookbook-cli evaluate: " << problem << '\n';
        return ExitBadInput;
    }
    if (!evaluation.groundTruthBoxes && models.detectors.isEmpty()) {
        err << "lookbook-cli evaluate: give detectors (--models) or use --gt-boxes\n";
        return ExitBadInput;
    }
    params.embedderManifest = models.embedder;
    params.detectorManifests = models.detectors;
    // The ks the evaluation view reports: Acc@k up to --top.
    evaluation.ks = experiments::DatasetEvaluation::accuracyKs(evaluation.search.topK);

    Result<std::unique_ptr<search::SearchPipeline>> opened = search::SearchPipeline::open(params);
    if (!opened) {
        err << "lookbook-cli evaluate: " << errorText(opened.error()) << '\n';
        return exitCodeForInput(opened.error());
    }
    const Result<experiments::SplitEvaluationResult> result = experiments::SplitEvaluation::run(**opened, evaluation);
    if (!result) {
        err << "lookbook-cli evaluate: " << errorText(result.error()) << '\n';
        return result.error().code == ErrorCode::IoError || result.error().code == ErrorCode::ParseError ? ExitBadInput : ExitFailure;
    }
    for (const QString &line : result->problems)
        err << "lookbook-cli evaluate: skipped: " << line << '\n';
    if (parser.isSet(QStringLiteral("submission"))) {
        const Status written = AtomicFile::write(parser.value(QStringLiteral("submission")), eval::RetrievalRows::submissionToJson(result->submission));
        if (!written) {
            err << "lookbook-cli evaluate: " << errorText(written.error()) << '\n';
            return ExitFailure;
        }
    }
    QByteArray json = result->metrics.toJson().trimmed();
    json.chop(1);  // extend the metrics object with what was searched
    out << json
        << QStringLiteral(", \"query_photos\": %1, \"query_boxes\": %2, \"seconds\": %3}\n")
               .arg(result->queryImages)
               .arg(result->queryBoxes)
               .arg(result->seconds, 0, 'f', 2);
    return ExitOk;
}

} // namespace lookbook::cli
