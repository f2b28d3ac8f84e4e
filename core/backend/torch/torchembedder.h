#pragma once

// std-only interface to the LibTorch embedder, so that the backend builds alone
// (LOOKBOOK_TORCH_BACKEND_ONLY) and no torch header reaches the rest of the project.

#include <memory>
#include <string>
#include <vector>

namespace lookbook::torchbackend {

enum class Pooling { Gem, Mac, Spoc };

struct PoolingStage final {
    Pooling type = Pooling::Gem;
    double p = 3.0;          // GeM's exponent (a trained, "learnable" p is written here by the exporter)
    std::string projection;  // optional TorchScript file: forward(v [B, C]) → [B, D], applied before normalising
};

struct TorchEmbedderConfig final {
    bool featureMapOutput = false;    // the model gives [B, C, h, w] and our head pools it
    std::vector<PoolingStage> head;   // feature maps: the descriptors, concatenated as in CGD
    int dimension = 0;                // the length the manifest promises
    std::string name;                 // for messages
    std::string device = "auto";      // "cpu", "cuda" or "auto"
    bool half = false;                // fp16 on CUDA
};

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
    bool embed(const std::vector<float> &input, int batch, int height, int width, std::vector<std::vector<float>> &out,
               std::string &error) const;

    std::string device() const;        // where it runs: "cpu", "cuda:0"
    std::string placementNote() const; // why it does not run where it was asked to, or empty

private:
    struct Impl;
    explicit TorchEmbedder(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace lookbook::torchbackend
