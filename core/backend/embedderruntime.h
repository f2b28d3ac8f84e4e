#pragma once

#include "backend/torch/torchconfig.h"
#include "common/result.h"

#include <memory>
#include <vector>

struct LookbookTorchEmbedder;

namespace lookbook::backend {

class TorchPlugin;

// A TorchScript embedder running in the LibTorch module (TorchPlugin): the module's C interface
// behind the calls embedding::Embedder makes. Errors are the module's plain messages.
class EmbedderRuntime final
{
public:
    ~EmbedderRuntime();

    static Result<std::unique_ptr<EmbedderRuntime>> load(const QString &modelPath, const torchbackend::TorchEmbedderConfig &config);

    // `input` holds batch × 3 × height × width floats, already normalised; `batch` L2-normalised
    // vectors of the configured dimension come back.
    Result<std::vector<std::vector<float>>> embed(torchbackend::InputPixels input, int batch, int height, int width) const;
    QString device() const;
    QString placementNote() const;

private:
    EmbedderRuntime(const TorchPlugin &plugin, LookbookTorchEmbedder *embedder, int dimension)
        : m_plugin(plugin), m_embedder(embedder), m_dimension(dimension)
    {
    }

    const TorchPlugin &m_plugin;
    LookbookTorchEmbedder *m_embedder;
    int m_dimension;
};

} // namespace lookbook::backend
