#pragma once

#include "common/progress.h"
#include "common/result.h"
#include "common/scoredbox.h"
#include "dataset/cocodataset.h"
#include "eval/cocoevaluator.h"
#include "fusion/fusionparams.h"
#include "models/modelmanifest.h"
#include "search/detectionensemble.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <map>
#include <vector>

namespace lookbook::dataset {
struct DeepFashion2Split;
}

namespace lookbook::experiments {

// What the detectors found on one photo of a split.
struct PhotoDetections final {
    int imageId = 0;
    bool user = false;
    search::Detections detections;
};

// A split's ground truth in COCO form and every detector's boxes on every photo, made once: every AP
// is computed from it, so that trying fusion settings never runs a detector again.
struct DetectionCache final {
    dataset::CocoDataset truth;
    QStringList detectorNames;           // the tables' names for the detectors, in fusion order
    std::vector<PhotoDetections> photos;
    QStringList notes;                   // detectors placed elsewhere, photos not detected, annotations not converted
};

// How boxes are fused for an evaluation: the search workspace's knobs.
struct FusionSetting final {
    fusion::FusionParams params;
    std::vector<double> weights;          // per detector; empty: the manifests'; 0 leaves a detector out
    std::vector<double> scoreThresholds;  // per detector, boxes scoring below are dropped first; missing: 0
};

// One row of a detection table: COCO box AP of one detector, or of the first n fused.
struct DetectionResult final {
    QString model;
    eval::CocoMetrics metrics;
};

struct DetectionTables final {
    std::vector<DetectionResult> detectors;                  // each detector alone (the paper's Table 2)
    std::vector<DetectionResult> fusion;                     // row n fuses the first n + 1 detectors (Table 5)
    std::map<int, std::vector<ScoredBox>> fusedUserBoxes;    // user photo id → all detectors' boxes combined
};

// Detection AP on a DeepFashion2-layout split, shared by `lookbook-cli experiment`, `tune-fusion` and the
// evaluation view so that they report the same numbers: detection once (detect), then box AP of each
// detector and of the first 1…n fused (evaluate), as often as the fusion setting changes.
class DetectionEvaluation final
{
public:
    // Each step's `progress` may stop it: ErrorCode::Cancelled.

    // The split's annotations as COCO ground truth, as the official converter makes it.
    static Result<dataset::CocoDataset> groundTruth(const dataset::DeepFashion2Split &split, QStringList *problems = nullptr);

    // Loads the detectors and runs each on every photo of the split once. A photo that does not decode
    // is named in the notes and counts as missed.
    static Result<DetectionCache> detect(const dataset::DeepFashion2Split &split, const QStringList &detectorManifests,
                                         const models::InferenceOptions &inference, const Progress &progress = {});

    // The boxes of the first n detectors on a photo: a single detector's as they are (the pipeline's
    // rule), several fused; each detector's boxes below its score threshold dropped first.
    static Result<std::vector<ScoredBox>> firstDetectors(const search::Detections &detections, const FusionSetting &setting, std::size_t n);

    // Box AP of the first n detectors over the cache; `userBoxes`, when given, gets their boxes per user photo.
    static Result<eval::CocoMetrics> fusedMetrics(const DetectionCache &cache, const FusionSetting &setting, std::size_t n,
                                                  std::map<int, std::vector<ScoredBox>> *userBoxes = nullptr);

    // Box AP of each detector alone and of the first 1…n fused; progress counts table rows.
    static Result<DetectionTables> evaluate(const DetectionCache &cache, const FusionSetting &setting, const Progress &progress = {});
};

} // namespace lookbook::experiments
