#include "cli/expandcommand.h"

#include "cli/clicommand.h"
#include "cli/matrixfiles.h"
#include "postprocess/databaseaugmentation.h"
#include "postprocess/pcawhitening.h"
#include "postprocess/queryexpansion.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace lookbook::cli {

int runExpandCommand(const QStringList &arguments)
{
    using namespace lookbook::postprocess;
    const QString command = QStringLiteral("lookbook-cli expand");
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Expands vectors with their exact nearest neighbours by inner product, or whitens them.\n"
        "  qe:  alpha-query expansion of --query against --gallery (--k neighbours, --alpha); writes the queries\n"
        "  dba: alpha-database augmentation of --gallery (--k neighbours including itself, --alpha); writes the gallery\n"
        "  pca: PCA whitening learned on --gallery, applied to --query (--dim, 0 keeps all); writes the queries"));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("method"), QStringLiteral("qe, dba or pca"), QStringLiteral("method")},
        {QStringLiteral("query"), QStringLiteral("query vectors: a q × d float32 .npy (qe, pca)"), QStringLiteral("file")},
        {QStringLiteral("gallery"), QStringLiteral("gallery vectors: a g × d float32 .npy"), QStringLiteral("file")},
        {QStringLiteral("k"), QStringLiteral("neighbours (qe, dba; default 2)"), QStringLiteral("n"), QStringLiteral("2")},
        {QStringLiteral("alpha"), QStringLiteral("similarity exponent (qe, dba; default 3)"), QStringLiteral("x"), QStringLiteral("3")},
        {QStringLiteral("dim"), QStringLiteral("output dimension (pca; default 0 = the input dimension)"), QStringLiteral("n"), QStringLiteral("0")},
        {QStringLiteral("out"), QStringLiteral("where to write the result (.npy)"), QStringLiteral("file")},
    });
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (const std::optional<int> done = parseOrHelp(parser, arguments, command, out, err))
        return *done;
    const QString method = parser.value(QStringLiteral("method"));
    if (method != QStringLiteral("qe") && method != QStringLiteral("dba") && method != QStringLiteral("pca")) {
        err << command << ": --method: expected qe, dba or pca, got '" << method << "'\n";
        return ExitBadInput;
    }
    const bool needsQueries = method != QStringLiteral("dba");
    for (const char *option : {"gallery", "out", "query"}) {
        if (!parser.isSet(QLatin1String(option)) && (needsQueries || qstrcmp(option, "query") != 0)) {
            err << command << ": --" << option << " is required with --method " << method << '\n';
            return ExitBadInput;
        }
    }
    const auto k = intOption(parser, command, QStringLiteral("k"), err);
    const auto alpha = doubleOption(parser, command, QStringLiteral("alpha"), err);
    const auto dimension = intOption(parser, command, QStringLiteral("dim"), err);
    if (!k || !alpha || !dimension)
        return ExitBadInput;

    const QString galleryPath = parser.value(QStringLiteral("gallery")), queryPath = parser.value(QStringLiteral("query"));
    const auto gallery = readMatrixFile(command, galleryPath, err);
    if (!gallery)
        return ExitBadInput;
    std::optional<FloatMatrix> queries;
    if (needsQueries) {
        queries = readMatrixFile(command, queryPath, err);
        if (!queries || !checkSameDimension(command, queryPath, *queries, galleryPath, *gallery, err))
            return ExitBadInput;
    }

    Result<FloatMatrix> result = FloatMatrix();
    if (method == QStringLiteral("qe")) {
        result = QueryExpansion::expand(*queries, *gallery, {*k, *alpha});
    } else if (method == QStringLiteral("dba")) {
        result = DatabaseAugmentation::augment(*gallery, {*k, *alpha});
    } else {
        PcaWhitening::Params params;
        params.outputDimension = *dimension;
        const Result<PcaWhitening> whitening = PcaWhitening::learn(*gallery, params);
        result = whitening ? whitening->apply(*queries) : Result<FloatMatrix>(whitening.error());
    }
    if (!result) {
        err << command << ": " << errorText(result.error()) << '\n';
        return exitCodeFor(result.error());
    }
    const QString outPath = parser.value(QStringLiteral("out"));
    if (!writeMatrixFile(command, outPath, *result, err))
        return ExitFailure;
    out << QStringLiteral(R"({"method":"%1","rows":%2,"cols":%3})").arg(method).arg(result->rows).arg(result->cols) << '\n';
    return ExitOk;
}

} // namespace lookbook::cli
