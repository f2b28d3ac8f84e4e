#pragma once

#include "common/result.h"
#include "search/searchpipeline.h"

#include <QString>
#include <QStringList>

namespace lookbook::ui {

// What the search workspace opens: a catalog and the model manifests to use with it. Manifests
// are told apart by their "kind" (detectors; one embedder or ensemble), as the command line does.
struct WorkspaceConfig final {
    QString catalogPath;
    QStringList manifests;
    QStringList disabledManifests;  // listed, but left out until switched back on
    QString embedder;               // which of several enabled embedders searches; empty: the first
    QString device = QStringLiteral("auto");
    int threads = 0;                // CPU threads for the models; 0: one per core

    bool isEmpty() const { return catalogPath.isEmpty(); }
    QStringList enabledManifests() const;
    // The enabled embedder and ensemble manifests, the choices of `embedder`.
    QStringList embedders() const;
    // Errors name the manifest that cannot be read, or say that there is no embedder. With several
    // embedders the chosen one searches its own vector set (named after it, as imports name them).
    Result<search::SearchPipelineParams> pipelineParams() const;
    // Why this cannot be opened (no catalog, a missing file, a model problem); empty when it can.
    QString problem() const;
};

} // namespace lookbook::ui
