#pragma once

#include "common/result.h"
#include "models/detectordecoder.h"
#include "models/resizegeometry.h"

#include <QString>
#include <QStringList>

#include <array>
#include <vector>

namespace lookbook::models {

enum class ModelKind { Detector, Embedder, Ensemble };
enum class EmbedderOutput { Embedding, FeatureMap };
enum class PoolingType { Gem, Mac, Spoc };

// How pixels become the model's input tensor.
struct Preprocessing final {
    int inputWidth = 224;
    int inputHeight = 224;
    ResizeMode resize = ResizeMode::Stretch;
    int sizeDivisor = 0;           // shorter-side: pad to a multiple of it
    double padValue = 0.0;         // letterbox and divisor padding, in 0–255 pixel units
    bool bgr = false;              // channel order the model expects
    bool unitRange = true;         // true: pixels in 0–1 before mean/std; false: 0–255
    std::array<double, 3> mean{0.0, 0.0, 0.0};
    std::array<double, 3> std{1.0, 1.0, 1.0};
};

struct DetectorSpec final {
    DetectorDecoder decoder = DetectorDecoder::Lookbook;
    std::vector<int> classes;      // model class index → DeepFashion2 category 1–13, 0 = drop
    double scoreThreshold = 0.05;  // boxes below it are dropped while decoding; evaluation sees the rest
    // The window and `lookbook-cli search` start from this one, so that a photo shows its garments and
    // not every weak guess; the retrieval protocol rewards the weak ones (a garment's only box of its
    // category may be one). Absent from the manifest: the score threshold.
    double displayThreshold = 0.05;
    double fusionWeight = 1.0;
    double nmsIou = 0.65;          // the yolo decoder's own NMS
};

struct PoolingDescriptor final {
    PoolingType type = PoolingType::Gem;
    double p = 3.0;                // GeM: fixed, or the value training learned
    QString projection;            // absolute; optional TorchScript forward(v [B, C]) → [B, D] (CGD's FC)
};

struct EmbedderSpec final {
    EmbedderOutput output = EmbedderOutput::Embedding;
    int dimension = 0;             // the vector's length, checked against the model's output
    std::vector<PoolingDescriptor> head;  // feature_map only: concatenated, then L2-normalised (CGD)
    double cropMargin = 0.0;       // context around a box, as a fraction of its size
};

struct EnsembleMember final {
    QString manifestPath;          // absolute
    double weight = 1.0;
};

// Where and how models run; the choice of a user, not of the manifest.
struct InferenceOptions final {
    QString device = QStringLiteral("auto");  // "cpu", "cuda", or "auto": CUDA when there is a GPU
    bool half = false;                         // fp16 on CUDA
    int threads = 0;                           // CPU threads of the thread that loads and runs the models; 0: one per core
};

// Manifest files told apart by their kind, each list in the order given.
struct ManifestsByKind final {
    QStringList detectors;
    QStringList embedders;         // embedders and ensembles
};

// The JSON file beside a TorchScript file that tells Lookbook how to run it. See README "Models".
struct ModelManifest final {
    QString path;                  // the manifest itself (absolute)
    QString name;
    ModelKind kind = ModelKind::Detector;
    QString modelFile;             // absolute; empty for an ensemble
    QString sha256;                // lower-case hex of modelFile
    QStringList opLibraries;       // absolute; shared libraries with custom operators the model needs
    Preprocessing preprocessing;
    DetectorSpec detector;
    EmbedderSpec embedder;
    std::vector<EnsembleMember> members;  // ensemble only
    int ensembleDimension = 0;            // ensemble only: the concatenated length

    // Errors name the manifest file and the field (`detector.classes[3]`).
    static Result<ModelManifest> parse(const QByteArray &json, const QString &manifestPath);
    static Result<ModelManifest> load(const QString &manifestPath);
    // Reads each manifest's kind; the error names the first that cannot be read.
    static Result<ManifestsByKind> sortByKind(const QStringList &manifestPaths);
    // The manifest as JSON: the fields of its kind, paths relative to the folder of `path`, so that
    // parse() gives this manifest back. Trainers, experiments and the demo builder write manifests so.
    QByteArray toJson() const;
    // Writes toJson() to `path`, atomically.
    Status save() const;
    // Hashes the model file and compares it with `sha256`.
    Status verifyModelFile() const;
    static Result<QString> sha256Of(const QString &filePath);
};

} // namespace lookbook::models
