#include "models/workspaceconfig.h"

#include "detection/modelmanifest.h"

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
    QStringList found;
    for (const QString &path : enabledManifests()) {
        const Result<detection::ModelManifest> manifest = detection::ModelManifest::load(path);
        if (manifest && manifest->kind != detection::ModelKind::Detector)
            found << path;
    }
    return found;
}

Result<pipeline::SearchPipelineParams> WorkspaceConfig::pipelineParams() const
{
    using Params = pipeline::SearchPipelineParams;
    Params params;
    params.catalogPath = catalogPath;
    params.inference.device = device;
    std::vector<detection::ModelManifest> embedderManifests;
    for (const QString &path : enabledManifests()) {
        Result<detection::ModelManifest> manifest = detection::ModelManifest::load(path);
        if (!manifest)
            return manifest.error();
        if (manifest->kind == detection::ModelKind::Detector)
            params.detectorManifests << path;
        else
            embedderManifests.push_back(std::move(manifest.value()));
    }
    if (embedderManifests.empty())
        return Result<Params>::failure(ErrorCode::InvalidArgument,
                                       QCoreApplication::translate("WorkspaceConfig", "No embedder chosen: add the embedder (or ensemble) manifest "
                                                                                      "that made the catalog's vectors."));
    const detection::ModelManifest *chosen = &embedderManifests.front();
    for (const detection::ModelManifest &manifest : embedderManifests) {
        if (manifest.path == QFileInfo(embedder).absoluteFilePath())
            chosen = &manifest;
    }
    params.embedderManifest = chosen->path;
    if (embedderManifests.size() > 1)
        params.vectorSet = chosen->name;
    return params;
}

} // namespace lookbook::ui
