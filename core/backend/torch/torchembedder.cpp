#include "backend/torch/torchembedder.h"

#include "backend/torch/torchmodule_p.h"

#include <torch/script.h>

namespace lookbook::torchbackend {

namespace {

constexpr double kGemEpsilon = 1e-6;

at::Tensor pool(const at::Tensor &featureMap, const PoolingStage &stage)
{
    switch (stage.type) {
    case Pooling::Mac:
        return featureMap.amax({2, 3});
    case Pooling::Spoc:
        return featureMap.mean({2, 3});
    case Pooling::Gem:
        break;
    }
    return featureMap.clamp_min(kGemEpsilon).pow(stage.p).mean({2, 3}).pow(1.0 / stage.p);
}

// torch.nn.functional.normalize(t, dim=1): rows to unit length, eps 1e-12.
at::Tensor l2Normalized(const at::Tensor &t)
{
    return t / t.norm(2, 1, true).clamp_min(1e-12);
}

} // namespace

struct TorchEmbedder::Impl {
    torch::jit::Module module;
    TorchEmbedderConfig config;
    Placement placement;
    std::vector<std::optional<torch::jit::Module>> projections;  // one per head stage
};

TorchEmbedder::TorchEmbedder(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
TorchEmbedder::~TorchEmbedder() = default;

std::unique_ptr<TorchEmbedder> TorchEmbedder::load(const std::string &modelPath, const TorchEmbedderConfig &config, std::string &error)
{
    const Placement placement = resolvePlacement(config.device, config.half);
    std::optional<torch::jit::Module> module = loadModule(modelPath, placement, error);
    if (!module)
        return nullptr;
    auto impl = std::make_unique<Impl>(Impl{std::move(*module), config, placement, {}});
    for (const PoolingStage &stage : config.head) {
        impl->projections.emplace_back();
        if (stage.projection.empty())
            continue;
        impl->projections.back() = loadModule(stage.projection, placement, error);
        if (!impl->projections.back())
            return nullptr;
    }
    return std::unique_ptr<TorchEmbedder>(new TorchEmbedder(std::move(impl)));
}

bool TorchEmbedder::embed(InputPixels input, int batch, int height, int width, std::vector<std::vector<float>> &out,
                          std::string &error) const
{
    const TorchEmbedderConfig &config = m_impl->config;
    const std::string who = config.name.empty() ? std::string("embedder") : config.name;
    const std::optional<c10::IValue> forward = runForward(m_impl->module, m_impl->placement, input, batch, height, width, who, error);
    if (!forward)
        return false;
    try {
        const c10::IValue &result = *forward;
        if (!result.isTensor()) {
            error = who + ": expected the model to return a tensor, got " + result.tagKind();
            return false;
        }
        at::Tensor output = result.toTensor().to(torch::kCPU, torch::kFloat32);
        const int64_t expectedDims = config.featureMapOutput ? 4 : 2;
        if (output.dim() != expectedDims || output.size(0) != batch) {
            error = who + ": expected " + (config.featureMapOutput ? "a feature map [B, C, h, w]" : "an embedding [B, D]")
                + " with B = " + std::to_string(batch) + ", got shape " + shapeOf(output);
            return false;
        }
        if (!allFinite(output)) {
            error = who + ": the model output holds NaN or infinite values";
            return false;
        }
        if (config.featureMapOutput) {
            std::vector<at::Tensor> descriptors;
            for (size_t k = 0; k < config.head.size(); ++k) {
                at::Tensor pooled = pool(output, config.head[k]);
                if (m_impl->projections[k]) {
                    const c10::IValue projected = m_impl->projections[k]->forward(
                        {pooled.to(deviceOf(m_impl->placement), m_impl->placement.half ? torch::kHalf : torch::kFloat32)});
                    if (!projected.isTensor() || projected.toTensor().dim() != 2 || projected.toTensor().size(0) != batch) {
                        error = who + ": head[" + std::to_string(k) + "].projection: expected a [B, D] tensor";
                        return false;
                    }
                    pooled = projected.toTensor().to(torch::kCPU, torch::kFloat32);
                }
                // One descriptor is normalised once, at the end; several are normalised each (CGD).
                descriptors.push_back(config.head.size() > 1 ? l2Normalized(pooled) : pooled);
            }
            output = torch::cat(descriptors, 1);
        }
        if (output.size(1) != config.dimension) {
            error = who + ": the manifest promises " + std::to_string(config.dimension) + "-dimensional vectors, the model gives "
                + std::to_string(output.size(1));
            return false;
        }
        output = l2Normalized(output).contiguous();
        out.assign(static_cast<size_t>(batch), std::vector<float>(static_cast<size_t>(config.dimension)));
        const float *data = output.data_ptr<float>();
        for (int b = 0; b < batch; ++b)
            std::copy(data + static_cast<size_t>(b) * config.dimension, data + static_cast<size_t>(b + 1) * config.dimension, out[static_cast<size_t>(b)].begin());
    } catch (const std::exception &e) {
        std::string what = e.what();
        error = who + ": inference failed: " + what.substr(0, what.find('\n'));
        return false;
    }
    return true;
}

std::string TorchEmbedder::device() const
{
    return deviceName(m_impl->placement);
}

std::string TorchEmbedder::placementNote() const
{
    return m_impl->placement.note;
}

} // namespace lookbook::torchbackend
