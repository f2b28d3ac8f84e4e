#include "detection/detector.h"

#include "backend/detectorruntime.h"
#include "backend/torchplugin.h"
#include "common/logging.h"
#include "detection/detectionpostprocess.h"
#include "models/preprocessor.h"

#include <cmath>

namespace lookbook::detection {

Detector::Detector(models::ModelManifest manifest, std::unique_ptr<backend::DetectorRuntime> backend)
    : m_manifest(std::move(manifest)), m_backend(std::move(backend))
{
}

Detector::~Detector() = default;

Result<std::unique_ptr<Detector>> Detector::load(const QString &manifestPath, const models::InferenceOptions &options)
{
    Result<models::ModelManifest> manifest = models::ModelManifest::load(manifestPath);
    if (!manifest)
        return manifest.error();
    return load(*manifest, options);
}

Result<std::unique_ptr<Detector>> Detector::load(const models::ModelManifest &manifest, const models::InferenceOptions &options)
{
    if (manifest.kind != models::ModelKind::Detector)
        return Error{ErrorCode::InvalidArgument, QStringLiteral("%1: kind: expected a detector manifest").arg(manifest.path)};
    if (Status prepared = backend::TorchPlugin::prepare(manifest, options); !prepared)
        return prepared.error();
    const torchbackend::TorchDetectorConfig config{manifest.detector.decoder, manifest.detector.scoreThreshold, manifest.name.toStdString(),
                                                   options.device.toStdString(), options.half};
    Result<std::unique_ptr<backend::DetectorRuntime>> runtime = backend::DetectorRuntime::load(manifest.modelFile, config);
    if (!runtime)
        return runtime.error();
    if (!(*runtime)->placementNote().isEmpty())
        qCWarning(lcDetection).noquote() << manifest.name << (*runtime)->placementNote();
    qCInfo(lcDetection) << "loaded detector" << manifest.name << "from" << manifest.modelFile << "on" << (*runtime)->device();
    return std::unique_ptr<Detector>(new Detector(manifest, std::move(runtime).value()));
}

QString Detector::device() const
{
    return m_backend->device();
}

QString Detector::placementNote() const
{
    return m_backend->placementNote();
}

Status Detector::warmUp() const
{
    const models::Preprocessing &p = m_manifest.preprocessing;
    // Shorter-side inputs vary with the photo; the nominal size stands in for them.
    const models::ResizeGeometry g = models::ResizeGeometry::plan(p.resize, p.inputWidth, p.inputHeight, p.inputWidth, p.inputHeight, p.sizeDivisor);
    const std::vector<float> blank(static_cast<size_t>(3) * g.inputWidth() * g.inputHeight(), 0.0f);
    if (const auto raw = m_backend->detect(blank, 1, g.inputHeight(), g.inputWidth()); !raw)
        return raw.error();
    return success();
}

Result<std::vector<ScoredBox>> Detector::detect(const models::DecodedImage &image) const
{
    Result<std::vector<std::vector<ScoredBox>>> boxes = detect(std::vector<models::DecodedImage>{image});
    if (!boxes)
        return boxes.error();
    return std::move(boxes.value().front());
}

Result<std::vector<std::vector<ScoredBox>>> Detector::detect(const std::vector<models::DecodedImage> &images) const
{
    if (images.empty())
        return std::vector<std::vector<ScoredBox>>{};
    const models::TensorBatch batch = models::Preprocessor::wholeImages(images, m_manifest.preprocessing);
    const Result<std::vector<std::vector<torchbackend::RawDetection>>> raw = m_backend->detect(batch.data, batch.batch, batch.height, batch.width);
    if (!raw)
        return raw.error();
    // A NaN passes every threshold and IoU comparison as false: it would be kept and searched.
    for (const std::vector<torchbackend::RawDetection> &image : *raw) {
        for (const torchbackend::RawDetection &d : image) {
            if (!Box{d.x1, d.y1, d.x2, d.y2}.isFinite() || !std::isfinite(d.score))
                return Error{ErrorCode::BackendError,
                             QStringLiteral("%1: the model gave a box or score that is not a finite number (NaN or infinite): a damaged or unsuitable model").arg(m_manifest.path)};
        }
    }
    std::vector<std::vector<ScoredBox>> boxes;
    for (size_t i = 0; i < images.size(); ++i)
        boxes.push_back(DetectionPostprocess::apply((*raw)[i], batch.geometry[i], m_manifest.detector, m_backend->needsNms()));
    return boxes;
}

} // namespace lookbook::detection
