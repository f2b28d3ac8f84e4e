#include "train/embeddernetwork_p.h"

#include <cmath>
#include <sstream>
#include <string>

namespace lookbook::train {

namespace {

// Writes the TorchScript source and registers the tensors it names, in one pass over the layers.
class NetworkWriter final
{
public:
    NetworkWriter(torch::jit::Module &module, bool withClassifier) : m_module(module), m_withClassifier(withClassifier) {}

    std::string source(const EmbedderTrainingConfig &config, int classes)
    {
        std::ostringstream features;
        features << "def features(self, x):\n";
        int channels = config.baseWidth;
        // A stride-2 stem: small inputs keep enough resolution for the stages that follow.
        features << "    y = " << convBn("x", 3, channels, 3, 2) << "\n    y = torch.relu(y)\n";
        for (size_t stage = 0; stage < config.stageBlocks.size(); ++stage) {
            const int out = config.baseWidth << stage;
            for (int block = 0; block < config.stageBlocks[stage]; ++block) {
                const int stride = stage > 0 && block == 0 ? 2 : 1;
                features << "    z = torch.relu(" << convBn("y", channels, out, 3, stride) << ")\n";
                features << "    z = " << convBn("z", out, out, 3, 1) << "\n";
                if (stride != 1 || channels != out)
                    features << "    y = torch.relu(z + " << convBn("y", channels, out, 1, stride) << ")\n";
                else
                    features << "    y = torch.relu(z + y)\n";
                channels = out;
            }
        }
        features << "    return y\n";

        std::ostringstream head;
        head << "def descriptor(self, y):\n    parts = []\n";
        const int part = config.dimension / static_cast<int>(config.head.size());
        for (size_t i = 0; i < config.head.size(); ++i) {
            const std::string v = "v" + std::to_string(i);
            switch (config.head[i]) {
            case Descriptor::Gem:
                if (!m_module.hasattr("gem_p"))
                    m_module.register_parameter("gem_p", torch::full({1}, config.gemP), false);
                head << "    " << v << " = torch.mean(torch.pow(torch.clamp(y, min=1e-6), self.gem_p), [2, 3])\n";
                head << "    " << v << " = torch.pow(" << v << ", torch.reciprocal(self.gem_p))\n";
                break;
            case Descriptor::Mac:
                head << "    " << v << " = torch.amax(y, [2, 3])\n";
                break;
            case Descriptor::Spoc:
                head << "    " << v << " = torch.mean(y, [2, 3])\n";
                break;
            }
            const std::string w = linear("fc" + std::to_string(i), channels, part, true);
            head << "    " << v << " = torch.matmul(" << v << ", self." << w << "_w.t()) + self." << w << "_b\n";
            head << "    parts.append(" << v << " * torch.rsqrt(torch.clamp(torch.sum(" << v << " * " << v << ", 1, True), min=1e-12)))\n";
        }
        head << "    return torch.cat(parts, 1)\n";

        std::ostringstream methods;
        methods << features.str() << head.str();
        methods << "def normalise(self, v):\n    return v * torch.rsqrt(torch.clamp(torch.sum(v * v, 1, True), min=1e-12))\n";
        methods << "def forward(self, x):\n    return self.normalise(self.descriptor(self.features(x)))\n";
        if (m_withClassifier) {
            // BNNeck (Luo et al.): the classifier sees batch-normalised features, the metric losses the embedding.
            const std::string neck = batchNorm(config.dimension);
            const std::string classifier = linear("cls", config.dimension, classes, false);
            methods << "def train_forward(self, x):\n    d = self.descriptor(self.features(x))\n";
            methods << "    n = " << batchNormCall("d", neck) << "\n";
            methods << "    return self.normalise(d), torch.matmul(n, self." << classifier << "_w.t())\n";
        }
        return methods.str();
    }

private:
    std::string convBn(const std::string &input, int in, int out, int kernel, int stride)
    {
        const std::string conv = "c" + std::to_string(m_convs++);
        m_module.register_parameter(conv + "_w", torch::randn({out, in, kernel, kernel}) * std::sqrt(2.0 / (out * kernel * kernel)), false);
        const std::string bn = batchNorm(out);
        std::ostringstream call;
        call << "torch.conv2d(" << input << ", self." << conv << "_w, None, [" << stride << ", " << stride << "], [" << kernel / 2 << ", " << kernel / 2 << "])";
        return batchNormCall(call.str(), bn);
    }

    std::string batchNorm(int channels)
    {
        const std::string bn = "b" + std::to_string(m_norms++);
        m_module.register_parameter(bn + "_g", torch::ones({channels}), false);
        m_module.register_parameter(bn + "_b", torch::zeros({channels}), false);
        m_module.register_buffer(bn + "_rm", torch::zeros({channels}));
        m_module.register_buffer(bn + "_rv", torch::ones({channels}));
        return bn;
    }

    static std::string batchNormCall(const std::string &input, const std::string &bn)
    {
        return "torch.batch_norm(" + input + ", self." + bn + "_g, self." + bn + "_b, self." + bn + "_rm, self." + bn + "_rv, self.training_bn, 0.1, 1e-5, False)";
    }

    std::string linear(const std::string &name, int in, int out, bool bias)
    {
        // The classifier starts near zero (BoT's std 0.001); projections keep the variance.
        const double scale = bias ? std::sqrt(1.0 / in) : 1e-3;
        m_module.register_parameter(name + "_w", torch::randn({out, in}) * scale, false);
        if (bias)
            m_module.register_parameter(name + "_b", torch::zeros({out}), false);
        return name;
    }

    torch::jit::Module &m_module;
    bool m_withClassifier;
    int m_convs = 0;
    int m_norms = 0;
};

} // namespace

torch::jit::Module EmbedderNetwork::build(const EmbedderTrainingConfig &config, int classes)
{
    torch::jit::Module module("LookbookEmbedderTraining");
    module.register_attribute("training_bn", c10::BoolType::get(), true);
    NetworkWriter writer(module, true);
    module.define(writer.source(config, classes));
    for (at::Tensor p : parameters(module))
        p.set_requires_grad(true);
    return module;
}

torch::jit::Module EmbedderNetwork::exportable(const torch::jit::Module &trained, const EmbedderTrainingConfig &config)
{
    torch::jit::Module module("LookbookEmbedder");
    module.register_attribute("training_bn", c10::BoolType::get(), false);
    NetworkWriter writer(module, false);
    module.define(writer.source(config, 1));
    torch::NoGradGuard noGrad;
    for (const auto &entry : module.named_parameters(false))
        entry.value.copy_(trained.attr(entry.name).toTensor());
    for (const auto &entry : module.named_buffers(false))
        entry.value.copy_(trained.attr(entry.name).toTensor());
    return module;
}

void EmbedderNetwork::setTraining(torch::jit::Module &module, bool training)
{
    module.setattr("training_bn", training);
}

std::vector<at::Tensor> EmbedderNetwork::parameters(const torch::jit::Module &module)
{
    std::vector<at::Tensor> out;
    for (const at::Tensor &p : module.parameters(false))
        out.push_back(p);
    return out;
}

double EmbedderNetwork::gemP(const torch::jit::Module &module)
{
    return module.hasattr("gem_p") ? module.attr("gem_p").toTensor().item<double>() : 0.0;
}

} // namespace lookbook::train
