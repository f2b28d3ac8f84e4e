#pragma once

#include "common/result.h"
#include "common/scoredbox.h"
#include "fusion/fusionparams.h"
#include "models/decodedimage.h"
#include "models/modelmanifest.h"

#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace lookbook::detection {
class Detector;
}

namespace lookbook::search {

// What the detectors found on one photo, in its pixels, before fusion.
struct Detections final {
    int imageWidth = 0;
    int imageHeight = 0;
    std::vector<QString> modelNames;
    std::vector<double> weights;                  // each manifest's fusion weight
    std::vector<double> displayThresholds;        // each manifest's display threshold
    std::vector<std::vector<ScoredBox>> perModel; // one list per detector

    // Each detector's boxes scoring at least its threshold (a detector without one keeps all).
    Detections above(const std::vector<double> &thresholds) const;
    // What a person is shown: above the manifests' display thresholds.
    Detections shown() const { return above(displayThresholds); }
};

// Several detectors whose boxes are fused (the paper's WBF step). Detection and fusion are
// separate so that changing fusion settings never re-runs the detectors.
class DetectionEnsemble final
{
public:
    ~DetectionEnsemble();
    DetectionEnsemble(DetectionEnsemble &&) noexcept;
    DetectionEnsemble &operator=(DetectionEnsemble &&) noexcept;

    static Result<DetectionEnsemble> load(const QStringList &manifestPaths, const models::InferenceOptions &options);

    bool empty() const { return m_detectors.empty(); }
    std::size_t size() const { return m_detectors.size(); }
    const detection::Detector &detector(std::size_t index) const { return *m_detectors[index]; }
    // Why some detector does not run where it was asked to, one line each (empty when all do).
    QStringList placementNotes() const;

    // `cancelled` is asked before each detector runs: a photo nobody waits for any more stops early
    // (ErrorCode::Cancelled).
    Result<Detections> detect(const models::DecodedImage &image, const std::function<bool()> &cancelled = {}) const;
    // Each detector's first-run optimisation, paid before the first photo.
    Status warmUp() const;
    // Fuses in normalised coordinates as the reference does and returns pixels. `weights` overrides the
    // manifests' fusion weights when not empty; a model with weight 0 is left out.
    static Result<std::vector<ScoredBox>> fuse(const Detections &detections, const fusion::FusionParams &params,
                                               const std::vector<double> &weights = {});
    // The boxes a photo's garments get: a single detector's as they are, several detectors' fused.
    static Result<std::vector<ScoredBox>> combine(const Detections &detections, const fusion::FusionParams &params);

private:
    explicit DetectionEnsemble(std::vector<std::unique_ptr<detection::Detector>> detectors);

    std::vector<std::unique_ptr<detection::Detector>> m_detectors;
};

} // namespace lookbook::search
