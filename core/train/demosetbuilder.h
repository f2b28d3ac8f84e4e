#pragma once

#include "common/result.h"

#include <QString>
#include <QStringList>

#include <cstdio>
#include <functional>
#include <vector>

namespace lookbook::train {

// One model the demo set build trained, with the figure its card leads with.
struct DemoModelReport final {
    QString name;
    QString kind;          // "detector" or "embedder"
    QString manifestPath;
    QString metric;        // "AP50 0.81" or "Acc@10 0.86 (colour histogram 0.55)"
    double seconds = 0.0;
    double imagesPerSecond = 0.0;
};

struct DemoSetReport final {
    std::vector<DemoModelReport> models;
    QString ensembleManifest;
    QString demoList;      // <out>/demo.json: what the README's main command runs
    double seconds = 0.0;
};

// `lookbook-cli demo build`: generates the synthetic training data and trains every model a plan
// names (resources/configs/demo-set.json), then writes the embedders' concatenation ensemble and
// demo.json, the list the demo catalog (search::DemoCatalog) runs on. Each model's config is used
// as it is except for its data and output folders, which the plan's build places.
class DemoSetBuilder final
{
public:
    struct Params final {
        QString planPath;
        QString dataDir;                 // synthetic data and checkpoints
        QString outDir;                  // the models, manifests, cards, ensemble and demo.json
        QStringList only;                // train just these models (names); the rest must exist in outDir
        bool resume = false;             // continue each model after its latest checkpoint
        std::function<bool()> cancelled;
        std::FILE *progress = stderr;
        std::function<void(const QString &)> log;  // one line per stage
    };

    static Result<DemoSetReport> build(const Params &params);
};

} // namespace lookbook::train
