#include "backend/embedderruntime.h"

#include "backend/torch/lookbooktorch.h"
#include "backend/torchplugin.h"

#include <QFile>

#include <algorithm>

namespace lookbook::backend {

EmbedderRuntime::~EmbedderRuntime()
{
    m_plugin.api().freeEmbedder(m_embedder);
}

Result<std::unique_ptr<EmbedderRuntime>> EmbedderRuntime::load(const QString &modelPath, const torchbackend::TorchEmbedderConfig &config)
{
    const Result<const TorchPlugin *> plugin = TorchPlugin::instance();
    if (!plugin)
        return plugin.error();
    std::vector<LookbookPoolingStage> head;
    for (const torchbackend::PoolingStage &stage : config.head)
        head.push_back({static_cast<int>(stage.type), stage.p, stage.projection.c_str()});
    const LookbookEmbedderConfig c{config.featureMapOutput ? 1 : 0, head.data(), static_cast<int>(head.size()), config.dimension,
                                   config.name.c_str(), config.device.c_str(), config.half ? 1 : 0};
    const char *error = nullptr;
    LookbookTorchEmbedder *embedder = (*plugin)->api().loadEmbedder(QFile::encodeName(modelPath).constData(), &c, &error);
    if (!embedder)
        return Error{ErrorCode::BackendError, QString::fromUtf8(error)};
    return std::unique_ptr<EmbedderRuntime>(new EmbedderRuntime(**plugin, embedder, config.dimension));
}

Result<std::vector<std::vector<float>>> EmbedderRuntime::embed(torchbackend::InputPixels input, int batch, int height, int width) const
{
    const auto rows = static_cast<std::size_t>(std::max(batch, 0));
    const auto dimension = static_cast<std::ptrdiff_t>(m_dimension);
    std::vector<float> flat(rows * static_cast<std::size_t>(dimension));
    const char *error = nullptr;
    if (!m_plugin.api().embed(m_embedder, input.data, input.size, batch, height, width, flat.data(), &error))
        return Error{ErrorCode::BackendError, QString::fromUtf8(error)};
    std::vector<std::vector<float>> vectors(rows);
    for (std::size_t row = 0; row < rows; ++row) {
        const auto first = flat.begin() + static_cast<std::ptrdiff_t>(row) * dimension;
        vectors[row].assign(first, first + dimension);
    }
    return vectors;
}

QString EmbedderRuntime::device() const
{
    return QString::fromUtf8(m_plugin.api().embedderDevice(m_embedder));
}

QString EmbedderRuntime::placementNote() const
{
    return QString::fromUtf8(m_plugin.api().embedderPlacementNote(m_embedder));
}

} // namespace lookbook::backend
