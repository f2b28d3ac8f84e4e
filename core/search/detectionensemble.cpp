#include "search/detectionensemble.h"

#include "detection/detector.h"
#include "fusion/boxfusion.h"

#include <algorithm>

namespace lookbook::search {

Detections Detections::above(const std::vector<double> &thresholds) const
{
    Detections kept = *this;
    for (std::size_t m = 0; m < kept.perModel.size() && m < thresholds.size(); ++m) {
        const double threshold = thresholds[m];
        std::vector<ScoredBox> &boxes = kept.perModel[m];
        boxes.erase(std::remove_if(boxes.begin(), boxes.end(), [threshold](const ScoredBox &b) { return b.score < threshold; }), boxes.end());
    }
    return kept;
}

DetectionEnsemble::DetectionEnsemble(std::vector<std::unique_ptr<detection::Detector>> detectors) : m_detectors(std::move(detectors)) {}
DetectionEnsemble::~DetectionEnsemble() = default;
DetectionEnsemble::DetectionEnsemble(DetectionEnsemble &&) noexcept = default;
DetectionEnsemble &DetectionEnsemble::operator=(DetectionEnsemble &&) noexcept = default;

Result<DetectionEnsemble> DetectionEnsemble::load(const QStringList &manifestPaths, const models::InferenceOptions &options)
{
    std::vector<std::unique_ptr<detection::Detector>> detectors;
    for (const QString &path : manifestPaths) {
        Result<std::unique_ptr<detection::Detector>> detector = detection::Detector::load(path, options);
        if (!detector)
            return detector.error();
        detectors.push_back(std::move(detector.value()));
    }
    return DetectionEnsemble(std::move(detectors));
}

QStringList DetectionEnsemble::placementNotes() const
{
    QStringList notes;
    for (const auto &detector : m_detectors) {
        if (!detector->placementNote().isEmpty())
            notes << detector->manifest().name + QStringLiteral(": ") + detector->placementNote();
    }
    return notes;
}

Result<Detections> DetectionEnsemble::detect(const models::DecodedImage &image, const std::function<bool()> &cancelled) const
{
    Detections detections;
    detections.imageWidth = image.width();
    detections.imageHeight = image.height();
    for (const auto &detector : m_detectors) {
        if (cancelled && cancelled())
            return Result<Detections>::failure(ErrorCode::Cancelled, QStringLiteral("detection cancelled"));
        Result<std::vector<ScoredBox>> boxes = detector->detect(image);
        if (!boxes)
            return boxes.error();
        detections.modelNames.push_back(detector->manifest().name);
        detections.weights.push_back(detector->manifest().detector.fusionWeight);
        detections.displayThresholds.push_back(detector->manifest().detector.displayThreshold);
        detections.perModel.push_back(std::move(boxes.value()));
    }
    return detections;
}

Status DetectionEnsemble::warmUp() const
{
    for (const auto &detector : m_detectors) {
        if (Status warm = detector->warmUp(); !warm)
            return warm;
    }
    return success();
}

Result<std::vector<ScoredBox>> DetectionEnsemble::fuse(const Detections &detections, const fusion::FusionParams &params,
                                                       const std::vector<double> &weights)
{
    const std::vector<double> &chosen = weights.empty() ? detections.weights : weights;
    if (chosen.size() != detections.perModel.size())
        return Result<std::vector<ScoredBox>>::failure(
            ErrorCode::InvalidArgument,
            QStringLiteral("%1 fusion weights given for %2 detectors").arg(chosen.size()).arg(detections.perModel.size()));
    if (detections.imageWidth <= 0 || detections.imageHeight <= 0)
        return Result<std::vector<ScoredBox>>::failure(ErrorCode::InvalidArgument, QStringLiteral("detections without an image size"));
    std::vector<std::vector<ScoredBox>> normalised;
    std::vector<double> used;
    for (std::size_t m = 0; m < detections.perModel.size(); ++m) {
        if (chosen[m] <= 0.0)
            continue;
        std::vector<ScoredBox> scaled = detections.perModel[m];
        for (ScoredBox &b : scaled)
            b.box = b.box.scaled(1.0 / detections.imageWidth, 1.0 / detections.imageHeight);
        normalised.push_back(std::move(scaled));
        used.push_back(chosen[m]);
    }
    if (normalised.empty())
        return std::vector<ScoredBox>{};
    Result<std::vector<ScoredBox>> fused = fusion::fuseBoxes(normalised, used, params);
    if (!fused)
        return fused.error();
    for (ScoredBox &b : fused.value())
        b.box = b.box.scaled(detections.imageWidth, detections.imageHeight);
    return fused;
}

Result<std::vector<ScoredBox>> DetectionEnsemble::combine(const Detections &detections, const fusion::FusionParams &params)
{
    if (detections.perModel.size() == 1)
        return detections.perModel.front();
    return fuse(detections, params);
}

} // namespace lookbook::search
