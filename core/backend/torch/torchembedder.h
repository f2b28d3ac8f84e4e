#pragma once

// Inside the LibTorch module: the embedder runtime (core reaches it through backend::EmbedderRuntime).

#include "backend/torch/torchconfig.h"

#include <memory>
#include <string>
#include <vector>

namespace lookbook::torchbackend {

// A TorchScript embedder: forward(x [B, 3, H, W]) → embedding [B, D] or feature map [B, C, h, w],
// followed, for feature maps, by the pooling head (GeM / MAC / SPoC; several are each L2-normalised
// and concatenated, CGD-style). Every vector comes out L2-normalised. Errors say what was expected
// and what the model gave; no torch exception leaves this class.
class TorchEmbedder final
{
public:
    ~TorchEmbedder();

    static std::unique_ptr<TorchEmbedder> load(const std::string &modelPath, const TorchEmbedderConfig &config, std::string &error);

    // `input` holds batch × 3 × height × width floats, already normalised. On success `out` holds
    // `batch` vectors of config.dimension floats.
    bool embed(InputPixels input, int batch, int height, int width, std::vector<std::vector<float>> &out,
               std::string &error) const;

    std::string device() const;        // where it runs: "cpu", "cuda:0"
    std::string placementNote() const; // why it does not run where it was asked to, or empty

private:
    struct Impl;
    explicit TorchEmbedder(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace lookbook::torchbackend
