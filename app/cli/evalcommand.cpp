#include "cli/evalcommand.h"

#include "cli/clicommand.h"
#include "common/filebytes.h"
#include "common/limits.h"
#include "dataset/cocodataset.h"
#include "eval/cocoevaluator.h"
#include "eval/retrievalevaluator.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace lookbook::cli {

namespace {

using namespace lookbook::eval;

// Reads and parses one input file; on failure prints the message and leaves `ok` false.
template<typename T>
std::optional<T> load(const QString &path, Result<T> (*parse)(const QByteArray &, const QString &), QTextStream &err)
{
    const Result<QByteArray> bytes = FileBytes::read(path, limits::kMaxJsonFileBytes);
    if (!bytes) {
        err << "lookbook-cli eval: " << errorText(bytes.error()) << '\n';
        return std::nullopt;
    }
    Result<T> parsed = parse(*bytes, path);
    if (!parsed) {
        err << "lookbook-cli eval: " << errorText(parsed.error()) << '\n';
        return std::nullopt;
    }
    return std::move(parsed).value();
}

int evalRetrieval(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    for (const char *option : {"query-gt", "gallery-gt", "results"}) {
        if (!parser.isSet(QLatin1String(option))) {
            err << "lookbook-cli eval retrieval: --" << option << " is required\n";
            return ExitBadInput;
        }
    }
    const auto queries = load(parser.value(QStringLiteral("query-gt")), &RetrievalRows::parseQueries, err);
    const auto gallery = load(parser.value(QStringLiteral("gallery-gt")), &RetrievalRows::parseGallery, err);
    const auto results = load(parser.value(QStringLiteral("results")), &RetrievalRows::parseSubmission, err);
    if (!queries || !gallery || !results)
        return ExitBadInput;
    out << RetrievalEvaluator::evaluate(*queries, *gallery, *results).toJson() << '\n';
    return ExitOk;
}

int evalDetection(const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    for (const char *option : {"gt", "dets"}) {
        if (!parser.isSet(QLatin1String(option))) {
            err << "lookbook-cli eval detection: --" << option << " is required\n";
            return ExitBadInput;
        }
    }
    const auto groundTruth = load(parser.value(QStringLiteral("gt")), &dataset::CocoDataset::parseGroundTruth, err);
    const auto detections = load(parser.value(QStringLiteral("dets")), &dataset::CocoDataset::parseDetections, err);
    if (!groundTruth || !detections)
        return ExitBadInput;
    const Result<CocoMetrics> metrics = CocoEvaluator::evaluate(*groundTruth, *detections);
    if (!metrics) {
        err << "lookbook-cli eval detection: " << parser.value(QStringLiteral("dets")) << ": " << errorText(metrics.error()) << '\n';
        return ExitBadInput;
    }
    out << metrics->toJson() << '\n';
    return ExitOk;
}

} // namespace

int runEvalCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Evaluates results with the official protocols.\n"
        "  retrieval: DeepFashion2 retrieval Acc@1/5/10/15/20 (--query-gt, --gallery-gt, --results)\n"
        "  detection: COCO box AP, the 12 COCOeval numbers and AP per category (--gt, --dets)"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("kind"), QStringLiteral("retrieval or detection"));
    parser.addOptions({
        {QStringLiteral("query-gt"), QStringLiteral("query ground truth: [{query_image_id, style, cls, pair_id, bbox}]"), QStringLiteral("file")},
        {QStringLiteral("gallery-gt"), QStringLiteral("gallery ground truth: [{gallery_image_id, style, pair_id, bbox}]"), QStringLiteral("file")},
        {QStringLiteral("results"), QStringLiteral("the retrieval submission"), QStringLiteral("file")},
        {QStringLiteral("gt"), QStringLiteral("COCO ground truth (images, annotations, categories)"), QStringLiteral("file")},
        {QStringLiteral("dets"), QStringLiteral("COCO results: [{image_id, category_id, bbox, score}]"), QStringLiteral("file")},
    });
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (const std::optional<int> done = parseOrHelp(parser, arguments, QStringLiteral("lookbook-cli eval"), out, err))
        return *done;
    const QStringList kind = parser.positionalArguments();
    if (kind == QStringList{QStringLiteral("retrieval")})
        return evalRetrieval(parser, out, err);
    if (kind == QStringList{QStringLiteral("detection")})
        return evalDetection(parser, out, err);
    err << "lookbook-cli eval: expected 'retrieval' or 'detection', got '" << kind.join(QLatin1Char(' ')) << "'\n";
    return ExitBadInput;
}

} // namespace lookbook::cli
