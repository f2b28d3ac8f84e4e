#include "embedding/embedder.h"

#include "backend/embedderruntime.h"
#include "backend/torchplugin.h"
#include "common/logging.h"
#include "models/preprocessor.h"

#include <cmath>

namespace lookbook::embedding {

using models::ModelKind;
using models::ModelManifest;

struct Embedder::Member {
    ModelManifest manifest;
    std::unique_ptr<backend::EmbedderRuntime> backend;
    double weight = 1.0;
};

namespace {

torchbackend::Pooling poolingOf(models::PoolingType type)
{
    switch (type) {
    case models::PoolingType::Mac: return torchbackend::Pooling::Mac;
    case models::PoolingType::Spoc: return torchbackend::Pooling::Spoc;
    case models::PoolingType::Gem: break;
    }
    return torchbackend::Pooling::Gem;
}

Result<std::unique_ptr<backend::EmbedderRuntime>> loadBackend(const ModelManifest &manifest, const models::InferenceOptions &options)
{
    if (manifest.kind != ModelKind::Embedder)
        return Error{ErrorCode::InvalidArgument, QStringLiteral("%1: kind: expected an embedder manifest").arg(manifest.path)};
    if (Status prepared = backend::TorchPlugin::prepare(manifest, options); !prepared)
        return prepared.error();
    torchbackend::TorchEmbedderConfig config;
    config.featureMapOutput = manifest.embedder.output == models::EmbedderOutput::FeatureMap;
    for (const models::PoolingDescriptor &descriptor : manifest.embedder.head)
        config.head.push_back({poolingOf(descriptor.type), descriptor.p, descriptor.projection.toStdString()});
    config.dimension = manifest.embedder.dimension;
    config.name = manifest.name.toStdString();
    config.device = options.device.toStdString();
    config.half = options.half;
    return backend::EmbedderRuntime::load(manifest.modelFile, config);
}

} // namespace

Embedder::Embedder(ModelManifest manifest, std::vector<Member> members)
    : m_manifest(std::move(manifest)), m_members(std::move(members))
{
}

Embedder::~Embedder() = default;

Result<std::unique_ptr<Embedder>> Embedder::load(const QString &manifestPath, const models::InferenceOptions &options)
{
    Result<ModelManifest> manifest = ModelManifest::load(manifestPath);
    if (!manifest)
        return manifest.error();
    return load(*manifest, options);
}

Result<std::unique_ptr<Embedder>> Embedder::load(const ModelManifest &manifest, const models::InferenceOptions &options)
{
    std::vector<Member> members;
    if (manifest.kind == ModelKind::Ensemble) {
        int dimension = 0;
        for (const models::EnsembleMember &entry : manifest.members) {
            Result<ModelManifest> memberManifest = ModelManifest::load(entry.manifestPath);
            if (!memberManifest)
                return Error{memberManifest.error().code, QStringLiteral("%1: member: %2").arg(manifest.path, memberManifest.error().message)};
            Result<std::unique_ptr<backend::EmbedderRuntime>> backend = loadBackend(*memberManifest, options);
            if (!backend)
                return Error{backend.error().code, QStringLiteral("%1: member: %2").arg(manifest.path, backend.error().message)};
            dimension += memberManifest->embedder.dimension;
            members.push_back({std::move(memberManifest).value(), std::move(backend).value(), entry.weight});
        }
        if (dimension != manifest.ensembleDimension)
            return Error{ErrorCode::InvalidData, QStringLiteral("%1: ensemble.dimension: the members give %2 dimensions, the manifest says %3")
                                                     .arg(manifest.path).arg(dimension).arg(manifest.ensembleDimension)};
    } else {
        Result<std::unique_ptr<backend::EmbedderRuntime>> backend = loadBackend(manifest, options);
        if (!backend)
            return backend.error();
        members.push_back({manifest, std::move(backend).value(), 1.0});
    }
    if (!members.front().backend->placementNote().isEmpty())
        qCWarning(lcEmbedding).noquote() << manifest.name << members.front().backend->placementNote();
    qCInfo(lcEmbedding) << "loaded embedder" << manifest.name << "with" << members.size() << "model(s) on"
                        << members.front().backend->device();
    return std::unique_ptr<Embedder>(new Embedder(manifest, std::move(members)));
}

QString Embedder::placementNote() const
{
    return m_members.front().backend->placementNote();
}

Status Embedder::warmUp() const
{
    for (const Member &member : m_members) {
        const models::Preprocessing &p = member.manifest.preprocessing;
        const std::vector<float> blank(static_cast<size_t>(3) * p.inputWidth * p.inputHeight, 0.0f);
        if (const auto vectors = member.backend->embed(blank, 1, p.inputHeight, p.inputWidth); !vectors)
            return vectors.error();
    }
    return success();
}

int Embedder::dimension() const
{
    return m_manifest.kind == ModelKind::Ensemble ? m_manifest.ensembleDimension : m_manifest.embedder.dimension;
}

Result<std::vector<std::vector<float>>> Embedder::embed(const models::DecodedImage &image, const std::vector<Box> &boxes) const
{
    std::vector<std::vector<float>> vectors(boxes.size());
    if (boxes.empty())
        return vectors;
    for (const Member &member : m_members) {
        const models::TensorBatch batch =
            models::Preprocessor::crops(image, boxes, member.manifest.embedder.cropMargin, member.manifest.preprocessing);
        const Result<std::vector<std::vector<float>>> part = member.backend->embed(batch.data, batch.batch, batch.height, batch.width);
        if (!part)
            return part.error();
        for (size_t i = 0; i < boxes.size(); ++i) {
            for (float v : (*part)[i])
                vectors[i].push_back(static_cast<float>(v * member.weight));
        }
    }
    if (m_members.size() > 1) {
        for (std::vector<float> &v : vectors) {
            double norm = 0;
            for (float x : v)
                norm += static_cast<double>(x) * x;
            norm = std::max(std::sqrt(norm), 1e-12);
            for (float &x : v)
                x = static_cast<float>(x / norm);
        }
    }
    return vectors;
}

} // namespace lookbook::embedding
