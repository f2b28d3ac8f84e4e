#pragma once

#include "common/result.h"
#include "eval/retrievalevaluator.h"
#include "train/embeddertrainingconfig.h"

#include <QString>

#include <cstdio>
#include <functional>
#include <utility>
#include <vector>

namespace lookbook::train {

struct EpochMetrics final {
    int epoch = 0;                                   // 1-based
    double loss = 0.0;                               // the epoch's mean weighted loss
    std::vector<std::pair<QString, double>> terms;   // each weighted loss term's mean ("ce", "center", "triplet", "ms")
    double learningRate = 0.0;                       // at the epoch's last step
    double imagesPerSecond = 0.0;                    // training steps only (augmentation, forward, backward, update)
    double seconds = 0.0;
    eval::RetrievalMetrics validation;
};

// Trains an embedder the paper's way (Table 4): a ResNet with a GeM / MAC / SPoC (CGD) head on P×K
// batches of augmented ground-truth crops, softmax (label smoothing, BNNeck) + center + batch-hard
// triplet + multi-similarity losses, SGD with momentum, warm-up and cosine decay. Each epoch is
// checkpointed (atomically) and scored on the validation split with the official Acc@k; the best
// epoch is exported as TorchScript with a Lookbook manifest and a Markdown model card.
class EmbedderTrainer final
{
public:
    struct Params final {
        EmbedderTrainingConfig config;
        bool resume = false;                 // continue after the latest checkpoint of config.checkpointDir
        std::function<bool()> cancelled;     // checked before every step
        std::FILE *progress = stderr;        // the progress line; null for none
        int stepsPerEpoch = 0;               // 0: one pass over the training crops (P×K per step)
    };

    struct Report final {
        std::vector<EpochMetrics> epochs;    // every epoch so far, those of a resumed run included
        int firstEpoch = 1;                  // the first epoch this run trained
        int bestEpoch = 0;                   // highest validation Acc@10, then Acc@1 (the earlier on ties): the exported one
        int trainCrops = 0;
        int identities = 0;
        eval::RetrievalMetrics baseline;     // the colour-histogram matcher on the same validation boxes
        QString modelPath;
        QString manifestPath;
        QString cardPath;
    };

    // Errors: unreadable data (named file), too few identities for P, torch/OpenCV failures
    // (BackendError), cancellation (Cancelled; the checkpoints written so far stay).
    static Result<Report> run(const Params &params);
};

} // namespace lookbook::train
