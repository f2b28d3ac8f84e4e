#pragma once

#include "common/result.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace lookbook::train {

enum class Descriptor { Gem, Mac, Spoc };

// Crop augmentation, applied to a cached crop before it is resized to the input (fractions of the box).
struct AugmentationParams final {
    double boxScale = 0.1;         // box side × (1 ± boxScale)
    double boxShift = 0.1;         // box centre ± boxShift × its side
    double flip = 0.5;             // horizontal flip probability
    double brightness = 0.2;       // pixel × (1 ± brightness)
    double contrast = 0.2;         // (pixel − mean) × (1 ± contrast) + mean
    double saturation = 0.2;       // blend with grey by ± saturation
    double blur = 0.1;             // 3×3 Gaussian blur probability
    double cacheMargin = 0.15;     // context kept around each box in the cache, for the jitter
};

// The weights and parameters of the four losses (paper Table 4). A weight of 0 turns a loss off.
struct LossParams final {
    double softmax = 1.0;
    double labelSmoothing = 0.1;
    double center = 5e-4;
    double centerLearningRate = 0.5;  // the centers' own SGD (Wen et al.)
    double triplet = 1.0;
    double tripletMargin = 0.3;
    bool softMargin = false;
    double multiSimilarity = 0.0;
    double msAlpha = 2.0;
    double msBeta = 50.0;
    double msBase = 0.5;              // λ
    double msEpsilon = 0.1;           // mining margin
};

// Every hyper-parameter of an embedder training run, read from a JSON file (see
// resources/configs/embedder-gem.json). Relative paths are relative to the file's folder.
struct EmbedderTrainingConfig final {
    QString path;                          // the config file, absolute (empty when parsed from bytes alone)
    QString name = QStringLiteral("embedder");

    std::vector<int> stageBlocks{1, 1, 1, 1};  // basic blocks per ResNet stage
    int baseWidth = 16;                        // channels of the first stage; doubled per stage
    int inputSize = 64;                        // square input, stretched
    std::vector<Descriptor> head{Descriptor::Gem};  // several: CGD, each projected to dimension / count
    double gemP = 3.0;                         // GeM's initial (learnable) p
    int dimension = 128;

    int epochs = 10;
    int identitiesPerBatch = 8;                // P
    int instancesPerIdentity = 4;              // K
    quint64 seed = 1;

    double learningRate = 0.05;
    double momentum = 0.9;
    double weightDecay = 5e-4;
    int warmupSteps = 50;
    double warmupFactor = 0.1;                 // the first step's rate, as a fraction of learningRate
    double cosineFloor = 0.01;                 // the last step's rate, as a fraction of learningRate

    LossParams loss;
    AugmentationParams augmentation;

    QStringList trainRoots;                    // DeepFashion2-layout splits, mixed (paper Table 3)
    QString validationRoot;                    // a DeepFashion2-layout split with user and shop images
    int validationImages = 0;                  // 0: all; otherwise the first N images (fast checks)
    QString checkpointDir;
    QString outputDir;                         // receives <name>.pt, <name>.json and <name>.md

    // Errors name the file and the field (`training.epochs: expected a positive integer`); unknown
    // keys are errors too, so that a misspelt hyper-parameter does not silently keep its default.
    static Result<EmbedderTrainingConfig> parse(const QByteArray &json, const QString &configPath);
    static Result<EmbedderTrainingConfig> load(const QString &configPath);
    QString headName() const;  // "gem+mac"
};

} // namespace lookbook::train
