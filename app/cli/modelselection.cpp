#include "cli/modelselection.h"

#include "detection/modelmanifest.h"

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

bool readModelOptions(const QCommandLineParser &parser, const QStringList &extra, ModelSelection &selection, QString &problem)
{
    selection.detectors = parser.values(QStringLiteral("detectors"));
    QStringList embedders;
    if (parser.isSet(QStringLiteral("embedder")))
        embedders << parser.value(QStringLiteral("embedder"));
    for (const QString &path : parser.values(QStringLiteral("models")) + extra) {
        const Result<detection::ModelManifest> manifest = detection::ModelManifest::load(path);
        if (!manifest) {
            problem = manifest.error().message;
            return false;
        }
        if (manifest->kind == detection::ModelKind::Detector)
            selection.detectors << path;
        else
            embedders << path;
    }
    if (embedders.size() != 1) {
        problem = embedders.isEmpty() ? QStringLiteral("no embedder given (--models or --embedder with an embedder or ensemble manifest)")
                                      : QStringLiteral("several embedders given (%1); choose one").arg(embedders.join(QStringLiteral(", ")));
        return false;
    }
    selection.embedder = embedders.front();
    return true;
}

} // namespace lookbook::cli
