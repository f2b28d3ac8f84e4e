#include "cli/rerankcommand.h"

#include "cli/clicommand.h"
#include "cli/matrixfiles.h"
#include "postprocess/kreciprocalreranker.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTextStream>

namespace lookbook::cli {

int runRerankCommand(const QStringList &arguments)
{
    const QString command = QStringLiteral("lookbook-cli rerank");
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "k-reciprocal re-ranking (Zhong et al., CVPR 2017) of query vectors against gallery vectors.\n"
        "Writes the q × g final distance matrix (float32 .npy, smaller = better) and prints a JSON summary."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("query"), QStringLiteral("query vectors: a q × d float32 .npy"), QStringLiteral("file")},
        {QStringLiteral("gallery"), QStringLiteral("gallery vectors: a g × d float32 .npy"), QStringLiteral("file")},
        {QStringLiteral("k1"), QStringLiteral("k-reciprocal neighbourhood size (default 20)"), QStringLiteral("n"), QStringLiteral("20")},
        {QStringLiteral("k2"), QStringLiteral("local query expansion size (default 6)"), QStringLiteral("n"), QStringLiteral("6")},
        {QStringLiteral("lambda"), QStringLiteral("weight of the original distance, 0 to 1 (default 0.3)"), QStringLiteral("x"), QStringLiteral("0.3")},
        {QStringLiteral("out"), QStringLiteral("where to write the q × g distances (.npy)"), QStringLiteral("file")},
    });
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (const std::optional<int> done = parseOrHelp(parser, arguments, command, out, err))
        return *done;
    for (const char *option : {"query", "gallery", "out"}) {
        if (!parser.isSet(QLatin1String(option))) {
            err << command << ": --" << option << " is required\n";
            return ExitBadInput;
        }
    }
    const auto k1 = intOption(parser, command, QStringLiteral("k1"), err);
    const auto k2 = intOption(parser, command, QStringLiteral("k2"), err);
    const auto lambda = doubleOption(parser, command, QStringLiteral("lambda"), err);
    if (!k1 || !k2 || !lambda)
        return ExitBadInput;
    const postprocess::KReciprocalReranker::Params params{*k1, *k2, *lambda};
    if (const Status valid = postprocess::KReciprocalReranker::validate(params); !valid) {
        err << command << ": " << errorText(valid.error()) << '\n';
        return ExitBadInput;
    }

    const QString queryPath = parser.value(QStringLiteral("query")), galleryPath = parser.value(QStringLiteral("gallery"));
    const auto queries = readMatrixFile(command, queryPath, err);
    const auto gallery = readMatrixFile(command, galleryPath, err);
    if (!queries || !gallery || !checkSameDimension(command, queryPath, *queries, galleryPath, *gallery, err))
        return ExitBadInput;

    QElapsedTimer timer;
    timer.start();
    const Result<FloatMatrix> distances = postprocess::KReciprocalReranker(params).rerank(*queries, *gallery);
    if (!distances) {
        err << command << ": " << errorText(distances.error()) << '\n';
        return exitCodeFor(distances.error());
    }
    const QString outPath = parser.value(QStringLiteral("out"));
    if (!writeMatrixFile(command, outPath, *distances, err))
        return ExitFailure;
    out << QStringLiteral(R"({"queries":%1,"gallery":%2,"seconds":%3})").arg(queries->rows).arg(gallery->rows).arg(timer.elapsed() / 1000.0) << '\n';
    return ExitOk;
}

} // namespace lookbook::cli
