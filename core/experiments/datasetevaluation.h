#pragma once

#include "common/result.h"
#include "eval/retrievalevaluator.h"
#include "experiments/detectionevaluation.h"
#include "models/modelmanifest.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace lookbook::experiments {

struct DatasetEvaluationParams final {
    QString datasetPath;              // a DeepFashion2-layout dataset (its validation/ split is used) or a split
    QStringList detectorManifests;    // in the order fusion adds them
    FusionSetting fusion;
    // Acc@k: the catalog searched and the embedder that made its vectors (no catalog: no Acc@k).
    QString catalogPath;
    QString vectorSet;
    QString embedderManifest;
    models::InferenceOptions inference;
    int topK = 50;                    // results per query; Acc@k for every k of accuracyKs(topK)
};

struct DatasetEvaluationReport final {
    QString splitPath;
    DetectionCache detections;        // every detector's boxes, kept for tuning the fusion
    DetectionTables tables;           // box AP per detector and of the first 1…n fused
    QString embedder;                 // the vector set's model, when Acc@k was measured
    std::vector<int> ks;
    std::optional<eval::RetrievalMetrics> groundTruthBoxes;  // Acc@k with the annotated boxes as queries
    std::optional<eval::RetrievalMetrics> fusedBoxes;        // … and with all detectors' boxes, fused
    QStringList notes;                // parts left out and photos skipped, and why
};

// What the evaluation view shows, computed with the same code as the command line: detection AP as
// `lookbook-cli experiment` computes it (DetectionEvaluation) and Acc@k of a catalog's embedder on the
// split's user photos as `lookbook-cli evaluate` does (SplitEvaluation), with one fusion setting.
class DatasetEvaluation final
{
public:
    enum class Stage { Detecting, ScoringDetections, QueryingGroundTruthBoxes, QueryingFusedBoxes };
    // `progress(stage, done, total)` returns false to cancel (ErrorCode::Cancelled).
    using Progress = std::function<bool(Stage stage, qint64 done, qint64 total)>;

    static Result<DatasetEvaluationReport> run(const DatasetEvaluationParams &params, const Progress &progress = {});

    // DIR/validation when DIR has one, DIR itself when it is a split (has annos/).
    static Result<QString> resolveSplit(const QString &datasetPath);
    // The split resolveSplit finds, read; one without a readable annotation is an error.
    static Result<dataset::DeepFashion2Split> readSplit(const QString &datasetPath);
    // 1, 5, 10, 15, 20, then every ten up to topK: the ks Acc@k is reported for.
    static std::vector<int> accuracyKs(int topK);
};

} // namespace lookbook::experiments
