#include "cli/modelselection.h"

#include "cli/clicommand.h"
#include "models/modelmanifest.h"

#include <QCommandLineParser>

namespace lookbook::cli {

void addModelOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("models"), QStringLiteral("model manifests: detectors and one embedder or ensemble (repeat, or list them after --models)"),
         QStringLiteral("manifest")},
        {QStringLiteral("embedder"), QStringLiteral("the embedder or ensemble manifest (instead of finding it among --models)"),
         QStringLiteral("manifest")},
        {QStringLiteral("detectors"), QStringLiteral("detector manifests (repeat)"), QStringLiteral("manifest")},
    });
}

bool readModelLists(const QCommandLineParser &parser, const QStringList &extra, models::ManifestsByKind &lists, QString &problem)
{
    const Result<models::ManifestsByKind> sorted = models::ModelManifest::sortByKind(parser.values(QStringLiteral("models")) + extra);
    if (!sorted) {
        problem = errorText(sorted.error());
        return false;
    }
    lists.detectors = parser.values(QStringLiteral("detectors")) + sorted->detectors;
    lists.embedders = parser.values(QStringLiteral("embedder")) + sorted->embedders;
    return true;
}

bool readModelOptions(const QCommandLineParser &parser, const QStringList &extra, ModelSelection &selection, QString &problem)
{
    models::ManifestsByKind lists;
    if (!readModelLists(parser, extra, lists, problem))
        return false;
    selection.detectors = lists.detectors;
    const QStringList &embedders = lists.embedders;
    if (embedders.size() != 1) {
        problem = embedders.isEmpty() ? QStringLiteral("no embedder given (--models or --embedder with an embedder or ensemble manifest)")
                                      : QStringLiteral("several embedders given (%1); choose one").arg(embedders.join(QStringLiteral(", ")));
        return false;
    }
    selection.embedder = embedders.front();
    return true;
}

} // namespace lookbook::cli
