#pragma once

#include "common/progress.h"
#include "common/result.h"
#include "eval/retrievalevaluator.h"
#include "experiments/detectionevaluation.h"
#include "fusion/fusionparams.h"
#include "models/modelmanifest.h"
#include "search/searchoptions.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace lookbook::experiments {

struct ExperimentParams final {
    QString datasetPath;              // a DeepFashion2-layout dataset (its validation/ split is used) or a split
    QStringList detectorManifests;    // in the order fusion adds them (Table 5)
    QStringList embedderManifests;    // embedders or ensembles (Tables 3 and 6)
    QString workPath;                 // the catalog and the concatenation's manifest (a previous run's are replaced)
    fusion::FusionParams fusion;      // how the detectors' boxes are fused (Table 5 and the end-to-end rows)
    int topK = 20;                    // the submission's length
    // Table 7's settings. A step left off here (no rerank, qeNeighbours 0, …) still gets its row, with a
    // default scaled to the gallery: the paper's k1 20, k2 6, λ 0.3 are meant for 37k gallery items.
    search::SearchOptions postprocessing;
    models::InferenceOptions inference;
};

// One row of a retrieval table: an embedder with a kind of query box and post-processing.
struct RetrievalResult final {
    QString model;
    QString setting;                  // "ground-truth boxes", "fused boxes", "+ re-ranking (k1 20, …)", …
    eval::RetrievalMetrics metrics;
    double seconds = 0.0;
};

struct ExperimentTiming final {
    QString step;
    double seconds = 0.0;
};

struct ExperimentReport final {
    QString splitPath;
    qint64 userImages = 0;
    qint64 shopImages = 0;
    qint64 queryItems = 0;                           // user items with style > 0: the Acc@k denominator
    qint64 galleryItems = 0;                         // shop items in the catalog
    std::vector<DetectionResult> detectors;          // Table 2
    std::vector<DetectionResult> fusion;             // Table 5: row n fuses the first n + 1 detectors
    std::vector<RetrievalResult> groundTruthBoxes;   // Table 3, the colour-histogram baseline last
    std::vector<RetrievalResult> ensemble;           // Table 6: each embedder and the concatenation
    std::vector<RetrievalResult> postprocessing;     // Table 7, the baseline first
    std::vector<ExperimentTiming> timings;
    QStringList notes;                               // tables left out and photos skipped, and why
};

// The shape of the paper's tables (2, 3, 5, 6, 7) on a DeepFashion2-layout split: every detector on
// every photo (COCO box AP), fusion of the first 1…n detectors, each embedder and their concatenation
// against a catalog of the split's shop photos (the official retrieval protocol), with ground-truth
// and fused boxes, then the post-processing steps on and off. Detections are made once and reused.
class Experiment final
{
public:
    explicit Experiment(ExperimentParams params) : m_params(std::move(params)) {}

    // `progress` names each step ("detect", "fuse", "queries: …"); stopping it gives ErrorCode::Cancelled.
    Result<ExperimentReport> run(const Progress &progress = {});

private:
    ExperimentParams m_params;
};

} // namespace lookbook::experiments
