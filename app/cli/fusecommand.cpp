#include "cli/fusecommand.h"

#include "cli/clicommand.h"
#include "cli/fusionoptions.h"
#include "common/filebytes.h"
#include "common/limits.h"
#include "fusion/boxfusion.h"
#include "fusion/fusionrequest.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <optional>

namespace lookbook::cli {

namespace {

using namespace lookbook::fusion;

struct ParsedOptions final {
    FusionParams params;
    QString input;
};

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
    addFusionOptions(parser);

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
    QString problem;
    if (!readFusionOptions(parser, QStringLiteral("fuse"), options.params, problem, err)) {
        err << "lookbook-cli fuse: " << problem << '\n';
        return std::nullopt;
    }
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
    // Standard input is the device /dev/stdin: FileBytes reads it up to the limit like a file.
    const QString path = fromStdin ? QStringLiteral("/dev/stdin") : options->input;
    const Result<QByteArray> bytes = FileBytes::read(path, limits::kMaxJsonFileBytes);
    if (!bytes) {
        QString message = errorText(bytes.error());
        if (fromStdin)
            message.replace(0, path.size(), source);  // the message starts with the path
        err << "lookbook-cli fuse: " << message << '\n';
        return ExitBadInput;
    }
    const Result<FusionRequest> request = FusionRequest::fromJson(*bytes, source);
    if (!request) {
        err << "lookbook-cli fuse: " << errorText(request.error()) << '\n';
        return ExitBadInput;
    }
    const Result<std::vector<ScoredBox>> fused = fuseBoxes(request->normalisedBoxes(), request->weights(), options->params);
    if (!fused) {
        err << "lookbook-cli fuse: " << source << ": " << errorText(fused.error()) << '\n';
        return ExitBadInput;
    }
    QTextStream out(stdout);
    out << FusionRequest::detectionsToJson(request->toInputSpace(fused.value())) << '\n';
    out.flush();
    return out.status() == QTextStream::Ok ? ExitOk : ExitFailure;
}

} // namespace lookbook::cli
