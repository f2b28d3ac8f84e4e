#include "cli/datasetcommand.h"

#include "cli/clicommand.h"
#include "common/atomicfile.h"
#include "dataset/deepfashion2io.h"
#include "dataset/deepfashion2tococo.h"
#include "eval/retrievalrows.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace lookbook::cli {

namespace {

bool writeFile(const QString &path, const QByteArray &content, QTextStream &err)
{
    const Status written = AtomicFile::write(path, content);
    if (!written)
        err << "lookbook-cli dataset: " << errorText(written.error()) << '\n';
    return written.ok();
}

// Every problem at the end, after the work: one bad file must not hide the others.
int reportProblems(const QStringList &problems, QTextStream &err)
{
    for (const QString &problem : problems)
        err << "lookbook-cli dataset: " << problem << '\n';
    if (!problems.isEmpty())
        err << "lookbook-cli dataset: " << problems.size() << " file(s) left out\n";
    return problems.isEmpty() ? ExitOk : ExitFailure;
}

} // namespace

int runDatasetCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Converts a DeepFashion2 split (a folder with image/ and annos/).\n"
        "  to-coco SPLIT --out FILE                       COCO detection ground truth, as the official converter\n"
        "  retrieval-gt SPLIT --query-out Q --gallery-out G  the retrieval query/gallery ground truth"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("to-coco or retrieval-gt"));
    parser.addPositionalArgument(QStringLiteral("split"), QStringLiteral("the split folder"));
    parser.addOptions({{QStringLiteral("out"), QStringLiteral("COCO JSON to write"), QStringLiteral("file")},
                       {QStringLiteral("query-out"), QStringLiteral("query ground truth to write"), QStringLiteral("file")},
                       {QStringLiteral("gallery-out"), QStringLiteral("gallery ground truth to write"), QStringLiteral("file")}});
    QTextStream err(stderr);
    if (!parser.parse(arguments)) {
        err << "lookbook-cli dataset: " << parser.errorText() << '\n';
        return ExitBadInput;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (positional.size() != 2 || (action != QStringLiteral("to-coco") && action != QStringLiteral("retrieval-gt"))) {
        err << "lookbook-cli dataset: expected 'to-coco SPLIT' or 'retrieval-gt SPLIT'\n";
        return ExitBadInput;
    }
    const QStringList required = action == QStringLiteral("to-coco") ? QStringList{QStringLiteral("out")}
                                                                     : QStringList{QStringLiteral("query-out"), QStringLiteral("gallery-out")};
    for (const QString &option : required) {
        if (!parser.isSet(option)) {
            err << "lookbook-cli dataset " << action << ": --" << option << " is required\n";
            return ExitBadInput;
        }
    }

    const Result<dataset::DeepFashion2Split> split = dataset::DeepFashion2Io::readSplit(positional[1]);
    if (!split) {
        err << "lookbook-cli dataset: " << errorText(split.error()) << '\n';
        return ExitBadInput;
    }
    QStringList problems = split->errors;
    if (action == QStringLiteral("to-coco")) {
        const dataset::CocoConversion conversion = dataset::DeepFashion2ToCoco::convert(*split);
        problems += conversion.errors;
        if (!writeFile(parser.value(QStringLiteral("out")), conversion.json, err))
            return ExitFailure;
    } else {
        if (!writeFile(parser.value(QStringLiteral("query-out")), eval::RetrievalRows::queriesToJson(eval::RetrievalRows::queriesFromSplit(*split)), err)
            || !writeFile(parser.value(QStringLiteral("gallery-out")), eval::RetrievalRows::galleryToJson(eval::RetrievalRows::galleryFromSplit(*split)), err))
            return ExitFailure;
    }
    return reportProblems(problems, err);
}

} // namespace lookbook::cli
