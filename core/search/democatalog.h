#pragma once

#include "common/progress.h"
#include "common/result.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace lookbook::search {

// What the demo runs on: the catalog, the models that search it and street photos to try.
struct DemoSetup final {
    QString catalogPath;
    QStringList detectorManifests;
    QString embedderManifest;
    QStringList streetPhotos;  // the demo split's user photos (demo.json's showcase first), whose garments are in the catalog
    bool built = false;        // false: an up-to-date catalog was found and opened as it was
};

struct DemoCatalogParams final {
    QString modelsDir;         // holds demo.json (see README "The demo") and the manifests it names
    QString dataDir;           // receives the generated photos and the catalog
    // Names each stage; stopping it gives ErrorCode::Cancelled.
    Progress progress;
};

// The README's main command: on first run, generates a synthetic street-to-shop split (a seed the
// demo models never saw in training), imports its shop photos into a catalog with the demo embedder
// and indexes it; later runs find that catalog up to date and only open it. The catalog is built in
// place with the resumable import, so an interrupted first run is finished by the next one.
class DemoCatalog final
{
public:
    static Result<DemoSetup> ensure(const DemoCatalogParams &params);

    // The installed share/lookbook folder, or the source tree's resources/ for a build.
    static QString resourcesDir();
    // Where the demo models are: $LOOKBOOK_MODELS, else resourcesDir()/models.
    static QString defaultModelsDir();
    // $XDG_DATA_HOME/lookbook/demo (or the platform's equivalent).
    static QString defaultDataDir();
};

} // namespace lookbook::search
