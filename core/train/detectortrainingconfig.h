#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

namespace lookbook::train {

// Every hyper-parameter of a CenterNet detector training run, read from a JSON file (see
// resources/configs/detector-centernet-*.json). Relative paths are relative to the file's folder.
struct DetectorTrainingConfig final {
    enum class Optimizer { Adam, Sgd };
    enum class Resize { Letterbox, Stretch };

    QString path;                          // the config file, absolute (empty when parsed from bytes alone)
    QString name = QStringLiteral("centernet");

    int width = 16;                        // channels after the stem, doubled by each of the three stages
    int depth = 1;                         // residual blocks per stage
    int inputSize = 256;                   // square input, a multiple of 16
    Resize resize = Resize::Letterbox;

    int epochs = 10;
    int batchSize = 8;
    quint64 seed = 1;

    Optimizer optimizer = Optimizer::Adam;
    double learningRate = 1e-3;
    double momentum = 0.9;                 // SGD only
    double weightDecay = 1e-4;
    int warmupSteps = 100;
    double warmupFactor = 0.1;             // the first step's rate, as a fraction of learningRate
    double cosineFloor = 0.01;             // the last step's rate, as a fraction of learningRate

    double flip = 0.5;                     // horizontal flip probability
    double brightness = 0.2;               // pixel × (1 ± brightness)
    double contrast = 0.2;                 // (pixel − mean) × (1 ± contrast) + mean
    double saturation = 0.2;               // blend with grey by ± saturation

    double scoreThreshold = 0.05;          // the manifest's
    double displayThreshold = 0.05;        // the manifest's (absent: the score threshold)
    double fusionWeight = 1.0;             // the manifest's
    int maxDetections = 100;               // the exported decoder's rows per image

    QString trainRoot;                     // a DeepFashion2-layout split (user and shop photos alike)
    QString validationRoot;                // a DeepFashion2-layout split, for COCO box AP per epoch
    int trainImages = 0;                   // 0: all; otherwise the first N images (fast checks)
    int validationImages = 0;
    QString checkpointDir;
    QString outputDir;                     // receives <name>.pt, <name>.json and <name>.md

    // Errors name the file and the field (`training.batch_size: expected a positive integer`);
    // unknown keys are errors too, so that a misspelt hyper-parameter does not keep its default.
    static Result<DetectorTrainingConfig> parse(const QByteArray &json, const QString &configPath);
    static Result<DetectorTrainingConfig> load(const QString &configPath);
    // The settings as the model card shows them, and as a checkpoint records its architecture.
    QString summary() const;
    QString architectureKey() const;  // "w16-d1-256-letterbox": what must match to resume
};

} // namespace lookbook::train
