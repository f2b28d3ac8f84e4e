#include "cli/fusecommand.h"

#include "cli/clicommand.h"
#include "fusion/boxfusion.h"
#include "fusion/fusionrequest.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

#include <optional>

namespace lookbook::cli {

namespace {

using namespace lookbook::fusion;

struct ParsedOptions final {
    FusionParams params;
    QString input;
};

std::optional<double> parseNumber(const QCommandLineParser &parser, const QString &name, QString &problem)
{
    if (!parser.isSet(name))
        return std::nullopt;
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    if (!ok)
        problem = QStringLiteral("--%1: expected a number, got '%2'").arg(name, parser.value(name));
    return value;
}

template<typename Enum>
bool parseChoice(const QCommandLineParser &parser, const QString &name, std::optional<Enum> (*parse)(std::string_view),
                 const QString &choices, Enum &out, QString &problem)
{
    if (!parser.isSet(name))
        return true;
    const std::optional<Enum> value = parse(parser.value(name).toStdString());
    if (!value) {
        problem = QStringLiteral("--%1: unknown value '%2' (expected %3)").arg(name, parser.value(name), choices);
        return false;
    }
    out = *value;
    return true;
}

// Options that the chosen method ignores are worth a note: the user probably meant another method.
void warnAboutIgnoredOptions(const QCommandLineParser &parser, Method method, QTextStream &err)
{
    const auto ignored = [&](const QString &option, bool used) {
        if (parser.isSet(option) && !used)
            err << "lookbook-cli fuse: note: --" << option << " has no effect with --method "
                << QString::fromLatin1(methodName(method).data()) << '\n';
    };
    ignored(QStringLiteral("skip-box-thr"), method == Method::Wbf || method == Method::Nmw);
    ignored(QStringLiteral("conf-type"), method == Method::Wbf);
    ignored(QStringLiteral("allows-overflow"), method == Method::Wbf);
    ignored(QStringLiteral("sigma"), method == Method::SoftNms);
    ignored(QStringLiteral("thresh"), method == Method::SoftNms);
    ignored(QStringLiteral("soft-method"), method == Method::SoftNms);
}

std::optional<ParsedOptions> parseOptions(const QStringList &arguments, QTextStream &err, int &exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Fuses the boxes of several detectors with the semantics of ensemble_boxes 1.0.9.\n"
        "Input: {\"image_size\": [W, H] (optional; present = pixel boxes), \"models\": [{\"name\", \"weight\",\n"
        "\"detections\": [{\"box\": [x1, y1, x2, y2], \"score\", \"label\"}]}]}. Output: {\"detections\": [...]}\n"
        "in the input's coordinates. Weights default to 1; when no model gives one, NMS and soft-NMS\n"
        "leave scores unscaled (the reference's weights=None)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("input"), QStringLiteral("JSON file to fuse, or - for standard input"));
    parser.addOptions({
        {QStringLiteral("method"), QStringLiteral("wbf (default), nms, soft-nms or nmw"), QStringLiteral("method")},
        {QStringLiteral("iou-thr"), QStringLiteral("IoU above which boxes match (default 0.55 wbf/nmw, 0.5 nms/soft-nms)"), QStringLiteral("x")},
        {QStringLiteral("skip-box-thr"), QStringLiteral("drop boxes scoring below this (wbf, nmw; default 0)"), QStringLiteral("x")},
        {QStringLiteral("conf-type"), QStringLiteral("avg (default), max, box_and_model_avg or absent_model_aware_avg (wbf)"), QStringLiteral("type")},
        {QStringLiteral("allows-overflow"), QStringLiteral("let avg scores exceed 1 (wbf)")},
        {QStringLiteral("sigma"), QStringLiteral("gaussian soft-NMS sigma (default 0.5)"), QStringLiteral("x")},
        {QStringLiteral("thresh"), QStringLiteral("soft-NMS: drop boxes whose decayed score is at or below this (default 0.001)"), QStringLiteral("x")},
        {QStringLiteral("soft-method"), QStringLiteral("linear or gaussian (default) soft-NMS"), QStringLiteral("kernel")},
    });

    exitCode = ExitBadInput;
    if (!parser.parse(arguments)) {
        err << "lookbook-cli fuse: " << parser.errorText() << '\n';
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        exitCode = ExitOk;
        return std::nullopt;
    }
    if (parser.positionalArguments().size() != 1) {
        err << "lookbook-cli fuse: expected one input file (or -), got " << parser.positionalArguments().size() << '\n';
        return std::nullopt;
    }

    ParsedOptions options;
    options.input = parser.positionalArguments().constFirst();
    FusionParams &params = options.params;
    QString problem;
    if (!parseChoice(parser, QStringLiteral("method"), &parseMethod, QStringLiteral("wbf, nms, soft-nms or nmw"), params.method, problem)
        || !parseChoice(parser, QStringLiteral("conf-type"), &parseConfType,
                        QStringLiteral("avg, max, box_and_model_avg or absent_model_aware_avg"), params.confType, problem)
        || !parseChoice(parser, QStringLiteral("soft-method"), &parseSoftNmsKernel, QStringLiteral("linear or gaussian"),
                        params.softKernel, problem)) {
        err << "lookbook-cli fuse: " << problem << '\n';
        return std::nullopt;
    }
    params.iouThr = parseNumber(parser, QStringLiteral("iou-thr"), problem);
    params.skipBoxThr = parseNumber(parser, QStringLiteral("skip-box-thr"), problem).value_or(params.skipBoxThr);
    params.sigma = parseNumber(parser, QStringLiteral("sigma"), problem).value_or(params.sigma);
    params.thresh = parseNumber(parser, QStringLiteral("thresh"), problem).value_or(params.thresh);
    params.allowsOverflow = parser.isSet(QStringLiteral("allows-overflow"));
    if (!problem.isEmpty()) {
        err << "lookbook-cli fuse: " << problem << '\n';
        return std::nullopt;
    }
    warnAboutIgnoredOptions(parser, params.method, err);
    exitCode = ExitOk;
    return options;
}

} // namespace

int runFuseCommand(const QStringList &arguments)
{
    QTextStream err(stderr);
    int exitCode = ExitOk;
    const std::optional<ParsedOptions> options = parseOptions(arguments, err, exitCode);
    if (!options)
        return exitCode;

    const bool fromStdin = options->input == QStringLiteral("-");
    const QString source = fromStdin ? QStringLiteral("<stdin>") : options->input;
    QFile file(fromStdin ? QString() : options->input);
    const bool opened = fromStdin ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
    if (!opened) {
        err << "lookbook-cli fuse: " << source << ": cannot read: " << file.errorString() << '\n';
        return ExitBadInput;
    }
    const Result<FusionRequest> request = FusionRequest::fromJson(file.readAll(), source);
    if (!request) {
        err << "lookbook-cli fuse: " << request.error().message << '\n';
        return ExitBadInput;
    }
    const Result<std::vector<ScoredBox>> fused = fuseBoxes(request->normalisedBoxes(), request->weights(), options->params);
    if (!fused) {
        err << "lookbook-cli fuse: " << source << ": " << fused.error().message << '\n';
        return ExitBadInput;
    }
    QTextStream out(stdout);
    out << FusionRequest::detectionsToJson(request->toInputSpace(fused.value())) << '\n';
    out.flush();
    return out.status() == QTextStream::Ok ? ExitOk : ExitFailure;
}

} // namespace lookbook::cli
