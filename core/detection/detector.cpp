#include "detection/detector.h"

#include "common/logging.h"
#include "detection/detectionpostprocess.h"
#include "detection/preprocessor.h"
#include "detection/torchdetector.h"

namespace lookbook::detection {

Detector::Detector(ModelManifest manifest, std::unique_ptr<TorchDetector> backend)
    : m_manifest(std::move(manifest)), m_backend(std::move(backend))
{
}

Detector::~Detector() = default;

Result<std::unique_ptr<Detector>> Detector::load(const QString &manifestPath, const InferenceOptions &options)
{
    Result<ModelManifest> manifest = ModelManifest::load(manifestPath);
    if (!manifest)
        return manifest.error();
    return load(*manifest, options);
}

Result<std::unique_ptr<Detector>> Detector::load(const ModelManifest &manifest, const InferenceOptions &options)
{
    if (manifest.kind != ModelKind::Detector)
        return Error{ErrorCode::InvalidArgument, QStringLiteral("%1: kind: expected a detector manifest").arg(manifest.path)};
    if (Status status = manifest.verifyModelFile(); !status)
        return status.error();
    if (Status status = manifest.loadOpLibraries(); !status)
        return status.error();
    std::string error;
    const TorchDetectorConfig config{manifest.detector.decoder, manifest.detector.scoreThreshold, manifest.name.toStdString(),
                                     options.device.toStdString(), options.half};
    std::unique_ptr<TorchDetector> backend = TorchDetector::load(manifest.modelFile.toStdString(), config, error);
    if (!backend)
        return Error{ErrorCode::BackendError, QString::fromStdString(error)};
    if (!backend->placementNote().empty())
        qCWarning(lcDetection).noquote() << manifest.name << QString::fromStdString(backend->placementNote());
    qCInfo(lcDetection) << "loaded detector" << manifest.name << "from" << manifest.modelFile << "on" << QString::fromStdString(backend->device());
    return std::unique_ptr<Detector>(new Detector(manifest, std::move(backend)));
}

QString Detector::device() const
{
    return QString::fromStdString(m_backend->device());
}

QString Detector::placementNote() const
{
    return QString::fromStdString(m_backend->placementNote());
}

Result<std::vector<ScoredBox>> Detector::detect(const DecodedImage &image) const
{
    const TensorBatch batch = Preprocessor::wholeImage(image, m_manifest.preprocessing);
    std::vector<std::vector<RawDetection>> raw;
    std::string error;
    if (!m_backend->detect(batch.data, batch.batch, batch.height, batch.width, raw, error))
        return Error{ErrorCode::BackendError, QString::fromStdString(error)};
    return DetectionPostprocess::apply(raw.front(), batch.geometry.front(), m_manifest.detector, m_backend->needsNms());
}

} // namespace lookbook::detection
