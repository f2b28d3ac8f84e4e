#pragma once

#include "common/result.h"
#include "train/detectortrainingconfig.h"

#include <QString>

#include <cstdio>
#include <functional>
#include <vector>

namespace lookbook::train {

// One epoch of a detector training run, as the model card lists it.
struct DetectorEpoch final {
    int epoch = 0;                 // 1-based
    double loss = 0;               // mean over the epoch's steps
    double heatmapLoss = 0;
    double sizeLoss = 0;           // unweighted L1
    double offsetLoss = 0;
    double imagesPerSecond = 0;    // training steps only
    double ap = 0;                 // COCO box AP@[.5:.95] on the validation split
    double ap50 = 0;
};

// Trains a CenterNet (Objects as Points) detector on DeepFashion2-layout photos, user and shop
// alike: photos decoded once and cached at the input size; flip and photometric jitter; COCO box
// AP / AP50 on the validation split after each epoch; the best epoch exported as TorchScript with
// a `lookbook` manifest (detection::Detector::load reads it) and a Markdown model card; a
// checkpoint after each epoch, written atomically, from which `resume` continues.
class DetectorTrainer final
{
public:
    struct Params final {
        DetectorTrainingConfig config;
        bool resume = false;                       // continue from config.checkpointDir's checkpoint
        std::FILE *progress = stderr;              // the console progress line; nullptr for none
        std::function<bool()> cancelled;           // asked before each step
    };

    struct Report final {
        QString manifestPath;                      // the best epoch's model
        QString modelCardPath;
        int bestEpoch = 0;
        std::vector<DetectorEpoch> epochs;         // every epoch, resumed ones included
        int trainImages = 0;
        int validationImages = 0;
        double imagesPerSecond = 0;                // training steps of this run
    };

    static Result<Report> train(const Params &params);
};

} // namespace lookbook::train
