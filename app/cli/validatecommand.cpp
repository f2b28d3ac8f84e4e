#include "cli/validatecommand.h"

#include "cli/clicommand.h"
#include "cli/threadsoption.h"
#include "dataset/deepfashion2validator.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace lookbook::cli {

using namespace lookbook::dataset;

int runValidateCommand(const QStringList &arguments)
{
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Checks a DeepFashion2 split (real or synthetic) against the format: category ids and names,\n"
        "landmark counts and visibilities, boxes inside the image and matching the segmentation's bounds,\n"
        "polygons, scale/occlusion/zoom_in/viewpoint ranges, source, pair_id, and that every image decodes.\n"
        "Prints one line per problem (file: field: message) and exits 1 if there is any."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("split"), QStringLiteral("split folder holding image/ and annos/"));
    parser.addOptions({
        {QStringLiteral("no-decode"), QStringLiteral("read image headers only (faster; misses truncated files)")},
        {QStringLiteral("threads"), QStringLiteral("worker threads, at most 4 per core (default: one per core)"), QStringLiteral("n")},
    });
    if (!parser.parse(arguments)) {
        err << "lookbook-cli validate: " << parser.errorText() << '\n';
        return ExitBadInput;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        err << "lookbook-cli validate: expected one split folder, got " << positional.size() << " arguments\n";
        return ExitBadInput;
    }
    DeepFashion2Validator::Options options;
    options.decodeImages = !parser.isSet(QStringLiteral("no-decode"));
    if (QString problem; !readThreadsOption(parser, options.threads, problem)) {
        err << "lookbook-cli validate: " << problem << '\n';
        return ExitBadInput;
    }

    const Result<ValidationReport> report = DeepFashion2Validator::validateSplit(positional.constFirst(), options);
    if (!report) {
        err << "lookbook-cli validate: " << errorText(report.error()) << '\n';
        return ExitBadInput;
    }
    QTextStream out(stdout);
    for (const ValidationProblem &problem : report->problems)
        out << problem.toString() << '\n';
    out.flush();
    err << "lookbook-cli validate: " << positional.constFirst() << ": " << report->annotationFiles << " annotation files, " << report->items
        << " items, " << report->problems.size() << (report->problems.size() == 1 ? " problem" : " problems") << '\n';
    return report->ok() ? ExitOk : ExitFailure;
}

} // namespace lookbook::cli
