#include "cli/retrievaloptions.h"

#include "cli/clicommand.h"

#include <QCommandLineParser>

#include <vector>

namespace lookbook::cli {
namespace {

// "a,b,c" → numbers; false with `problem` naming the option when the count or a value is wrong.
bool parseList(const QCommandLineParser &parser, const QString &name, int count, std::vector<double> &values, QString &problem)
{
    const QStringList parts = parser.value(name).split(QLatin1Char(','));
    values.clear();
    for (const QString &part : parts) {
        bool ok = false;
        values.push_back(part.trimmed().toDouble(&ok));
        if (!ok) {
            problem = QStringLiteral("--%1: '%2' is not a number").arg(name, part);
            return false;
        }
    }
    if (static_cast<int>(values.size()) != count) {
        problem = QStringLiteral("--%1: expected %2 comma-separated numbers, got '%3'").arg(name).arg(count).arg(parser.value(name));
        return false;
    }
    return true;
}

} // namespace

void addRetrievalOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("top"), QStringLiteral("results per box (default 20)"), QStringLiteral("k")},
        {QStringLiteral("vector-set"), QStringLiteral("which of the catalog's vector sets (default: its only one)"), QStringLiteral("name")},
    });
    addPostprocessingOptions(parser);
}

void addPostprocessingOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("pca"), QStringLiteral("PCA whitening learned on the catalog, keeping D dimensions (0 = all)"), QStringLiteral("D")},
        {QStringLiteral("qe"), QStringLiteral("alpha query expansion over N neighbours"), QStringLiteral("N,alpha")},
        {QStringLiteral("dba"), QStringLiteral("database-side augmentation over K neighbours"), QStringLiteral("K,alpha")},
        {QStringLiteral("rerank"), QStringLiteral("k-reciprocal re-ranking (e.g. 20,6,0.3)"), QStringLiteral("k1,k2,lambda")},
    });
}

bool readRetrievalOptions(const QCommandLineParser &parser, search::SearchOptions &options, QString &problem)
{
    if (parser.isSet(QStringLiteral("top"))) {
        bool ok = false;
        options.topK = parser.value(QStringLiteral("top")).toInt(&ok);
        if (!ok || options.topK < 1) {
            problem = QStringLiteral("--top: expected a positive integer, got '%1'").arg(parser.value(QStringLiteral("top")));
            return false;
        }
    }
    return readPostprocessingOptions(parser, options, problem);
}

bool readPostprocessingOptions(const QCommandLineParser &parser, search::SearchOptions &options, QString &problem)
{
    std::vector<double> values;
    if (parser.isSet(QStringLiteral("pca"))) {
        if (!parseList(parser, QStringLiteral("pca"), 1, values, problem))
            return false;
        options.pcaWhitening = true;
        options.pcaDimension = static_cast<int>(values[0]);
    }
    if (parser.isSet(QStringLiteral("qe"))) {
        if (!parseList(parser, QStringLiteral("qe"), 2, values, problem))
            return false;
        options.qeNeighbours = static_cast<int>(values[0]);
        options.qeAlpha = values[1];
    }
    if (parser.isSet(QStringLiteral("dba"))) {
        if (!parseList(parser, QStringLiteral("dba"), 2, values, problem))
            return false;
        options.dbaNeighbours = static_cast<int>(values[0]);
        options.dbaAlpha = values[1];
    }
    if (parser.isSet(QStringLiteral("rerank"))) {
        if (!parseList(parser, QStringLiteral("rerank"), 3, values, problem))
            return false;
        postprocess::KReciprocalReranker::Params rerank;
        rerank.k1 = static_cast<int>(values[0]);
        rerank.k2 = static_cast<int>(values[1]);
        rerank.lambda = values[2];
        if (Status valid = postprocess::KReciprocalReranker::validate(rerank); !valid) {
            problem = QStringLiteral("--rerank: ") + errorText(valid.error());
            return false;
        }
        options.rerank = rerank;
    }
    return true;
}

} // namespace lookbook::cli
