#pragma once

#include "common/progress.h"
#include "common/result.h"
#include "fusion/fusionparams.h"
#include "models/modelmanifest.h"

#include <QString>
#include <QStringList>

namespace lookbook::review {

struct PredictionParams final {
    QString catalogPath;
    QStringList detectorManifests;         // fused with `fusion` (one detector's boxes are used as they are)
    fusion::FusionParams fusion;
    models::InferenceOptions inference;
    double minScore = 0.05;                // fused boxes below it are not stored
    bool redo = false;                     // false: only images without predictions yet
};

struct PredictionReport final {
    qint64 imagesDone = 0;
    qint64 imagesFailed = 0;
    qint64 boxesStored = 0;
    QStringList problems;
    bool cancelled = false;
    double seconds = 0.0;
};

// Runs the detectors and fusion over a review catalog's images and stores the fused boxes as
// origin 'fused' with their score, then the image's QA counts and suspicion (matched as the catalog's
// review settings say), one transaction per
// image: a cancelled or killed run keeps what it finished and a rerun continues with the rest.
class PredictionJob final
{
public:
    explicit PredictionJob(PredictionParams params) : m_params(std::move(params)) {}

    // Runs on the calling thread (its own catalog connection and models); `progress` is told after
    // each image (stage: that image's path) and returning false cancels.
    Result<PredictionReport> run(const Progress &progress = {});

private:
    PredictionParams m_params;
};

} // namespace lookbook::review
