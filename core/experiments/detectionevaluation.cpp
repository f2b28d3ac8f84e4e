#include "experiments/detectionevaluation.h"

#include "dataset/deepfashion2io.h"
#include "dataset/deepfashion2tococo.h"
#include "detection/detector.h"
#include "models/decodedimage.h"

#include <algorithm>

namespace lookbook::experiments {

namespace {

Error cancelled()
{
    return Error{ErrorCode::Cancelled, QStringLiteral("detection evaluation cancelled")};
}

void appendCoco(std::vector<dataset::CocoDetection> &out, int imageId, const std::vector<ScoredBox> &boxes)
{
    for (const ScoredBox &b : boxes)
        out.push_back({imageId, b.label, b.box.x1, b.box.y1, b.box.width(), b.box.height(), b.score});
}
} // namespace

Result<dataset::CocoDataset> DetectionEvaluation::groundTruth(const dataset::DeepFashion2Split &split, QStringList *problems)
{
    const dataset::CocoConversion conversion = dataset::DeepFashion2ToCoco::convert(split);
    if (problems)
        *problems << conversion.errors;
    return dataset::CocoDataset::parseGroundTruth(conversion.json, split.root);
}

Result<DetectionCache> DetectionEvaluation::detect(const dataset::DeepFashion2Split &split, const QStringList &detectorManifests,
                                                   const models::InferenceOptions &inference, const Progress &progress)
{
    if (detectorManifests.isEmpty())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("no detectors given: detection AP needs at least one")};
    Result<search::DetectionEnsemble> ensemble = search::DetectionEnsemble::load(detectorManifests, inference);
    if (!ensemble)
        return ensemble.error();
    DetectionCache cache;
    for (std::size_t d = 0; d < ensemble->size(); ++d)
        cache.detectorNames << ensemble->detector(d).manifest().name;
    cache.notes << ensemble->placementNotes();
    const qint64 total = static_cast<qint64>(split.annotations.size());
    for (qint64 i = 0; i < total; ++i) {
        const dataset::ImageAnnotation &annotation = split.annotations[static_cast<std::size_t>(i)];
        const Result<models::DecodedImage> image = models::DecodedImage::load(split.imagePath(annotation.imageId));
        if (!image) {
            cache.notes << QStringLiteral("not detected (counts as missed): %1").arg(image.error().message);
        } else {
            Result<search::Detections> found = ensemble->detect(*image);
            if (!found)
                return found.error();
            cache.photos.push_back({annotation.imageId, annotation.source == dataset::ImageSource::User, std::move(found).value()});
        }
        if (!reportProgress(progress, {}, i + 1, total))
            return cancelled();
    }
    Result<dataset::CocoDataset> truth = groundTruth(split, &cache.notes);
    if (!truth)
        return truth.error();
    cache.truth = std::move(truth).value();
    return cache;
}

Result<std::vector<ScoredBox>> DetectionEvaluation::firstDetectors(const search::Detections &detections, const FusionSetting &setting, std::size_t n)
{
    if (n == 0 || n > detections.perModel.size())
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("cannot take the first %1 of %2 detectors").arg(n).arg(detections.perModel.size())};
    if (n == 1)
        return detections.above(setting.scoreThresholds).perModel.front();
    const search::Detections above = detections.above(setting.scoreThresholds);
    std::vector<double> weights = setting.weights.empty() ? detections.weights : setting.weights;
    if (weights.size() != detections.perModel.size())
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("%1 fusion weights given for %2 detectors").arg(weights.size()).arg(detections.perModel.size())};
    std::fill(weights.begin() + static_cast<std::ptrdiff_t>(n), weights.end(), 0.0);  // weight 0 leaves a model out
    return search::DetectionEnsemble::fuse(above, setting.params, weights);
}

Result<eval::CocoMetrics> DetectionEvaluation::fusedMetrics(const DetectionCache &cache, const FusionSetting &setting, std::size_t n,
                                                            std::map<int, std::vector<ScoredBox>> *userBoxes)
{
    std::vector<dataset::CocoDetection> boxes;
    for (const PhotoDetections &photo : cache.photos) {
        Result<std::vector<ScoredBox>> fused = firstDetectors(photo.detections, setting, n);
        if (!fused)
            return fused.error();
        appendCoco(boxes, photo.imageId, *fused);
        if (userBoxes && photo.user)
            (*userBoxes)[photo.imageId] = std::move(fused).value();
    }
    return eval::CocoEvaluator::evaluate(cache.truth, boxes);
}

Result<DetectionTables> DetectionEvaluation::evaluate(const DetectionCache &cache, const FusionSetting &setting, const Progress &progress)
{
    DetectionTables tables;
    const std::size_t count = static_cast<std::size_t>(cache.detectorNames.size());
    const qint64 rows = static_cast<qint64>(2 * count);
    for (std::size_t d = 0; d < count; ++d) {
        std::vector<dataset::CocoDetection> boxes;
        for (const PhotoDetections &photo : cache.photos) {
            if (d >= photo.detections.perModel.size())
                return Error{ErrorCode::InvalidArgument, QStringLiteral("photo %1: no boxes of detector %2").arg(photo.imageId).arg(d + 1)};
            appendCoco(boxes, photo.imageId, photo.detections.above(setting.scoreThresholds).perModel[d]);
        }
        Result<eval::CocoMetrics> metrics = eval::CocoEvaluator::evaluate(cache.truth, boxes);
        if (!metrics)
            return metrics.error();
        tables.detectors.push_back({cache.detectorNames[static_cast<int>(d)], *metrics});
        if (!reportProgress(progress, {}, static_cast<qint64>(d + 1), rows))
            return cancelled();
    }
    QStringList names;
    for (std::size_t n = 1; n <= count; ++n) {
        names << cache.detectorNames[static_cast<int>(n - 1)];
        Result<eval::CocoMetrics> metrics = fusedMetrics(cache, setting, n, n == count ? &tables.fusedUserBoxes : nullptr);
        if (!metrics)
            return metrics.error();
        tables.fusion.push_back({names.join(QStringLiteral(" + ")), *metrics});
        if (!reportProgress(progress, {}, static_cast<qint64>(count + n), rows))
            return cancelled();
    }
    return tables;
}

} // namespace lookbook::experiments
