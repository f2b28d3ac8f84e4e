#include "models/workspaceconfig.h"

#include "models/errortext.h"
#include "models/modelmanifest.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace lookbook::ui {

QStringList WorkspaceConfig::enabledManifests() const
{
    QStringList enabled;
    for (const QString &path : manifests) {
        if (!disabledManifests.contains(path))
            enabled << path;
    }
    return enabled;
}

QStringList WorkspaceConfig::embedders() const
{
    // An unreadable manifest is not a choice; pipelineParams() reports it.
    QStringList found;
    for (const QString &path : enabledManifests()) {
        if (const Result<models::ManifestsByKind> sorted = models::ModelManifest::sortByKind({path}); sorted)
            found << sorted->embedders;
    }
    return found;
}

Result<search::SearchPipelineParams> WorkspaceConfig::pipelineParams() const
{
    using Params = search::SearchPipelineParams;
    const Result<models::ManifestsByKind> sorted = models::ModelManifest::sortByKind(enabledManifests());
    if (!sorted)
        return sorted.error();
    if (sorted->embedders.isEmpty())
        return Result<Params>::failure(ErrorCode::InvalidArgument,
                                       QCoreApplication::translate("WorkspaceConfig", "No embedder chosen: add the embedder (or ensemble) manifest "
                                                                                      "that made the catalog's vectors."));
    Params params;
    params.catalogPath = catalogPath;
    params.inference.device = device;
    params.inference.threads = threads;
    params.detectorManifests = sorted->detectors;
    const QString chosenPath = QFileInfo(embedder).absoluteFilePath();
    params.embedderManifest = sorted->embedders.front();
    for (const QString &path : sorted->embedders) {
        if (QFileInfo(path).absoluteFilePath() == chosenPath)
            params.embedderManifest = path;
    }
    if (sorted->embedders.size() > 1) {
        // Imports name a set after the model that made it.
        const Result<models::ModelManifest> chosen = models::ModelManifest::load(params.embedderManifest);
        if (!chosen)
            return chosen.error();
        params.vectorSet = chosen->name;
    }
    return params;
}

QString WorkspaceConfig::problem() const
{
    if (catalogPath.isEmpty())
        return QCoreApplication::translate("WorkspaceConfig", "Choose a catalog.");
    if (!QFileInfo::exists(catalogPath))
        return QCoreApplication::translate("WorkspaceConfig", "%1 does not exist.").arg(catalogPath);
    if (const Result<search::SearchPipelineParams> params = pipelineParams(); !params)
        return ErrorText::of(params.error());
    return {};
}

} // namespace lookbook::ui
