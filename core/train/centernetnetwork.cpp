#include "train/centernetnetwork_p.h"

#include "common/atomicfile.h"
#include "models/modelmanifest.h"

#include <QDir>

#include <cmath>
#include <cstring>
#include <sstream>
#include <string>

namespace lookbook::train {

namespace {

// Conv + batch norm (+ ReLU), and the residual block and head built from it. Weights are passed in
// so that one method serves every layer; the running statistics are updated in place.
constexpr const char *kLayers = R"JIT(
def cbr(self, x: Tensor, w: Tensor, g: Tensor, b: Tensor, rm: Tensor, rv: Tensor, stride: int, relu: bool) -> Tensor:
    pad = w.size(2) // 2
    y = torch.conv2d(x, w, None, [stride, stride], [pad, pad])
    y = torch.batch_norm(y, g, b, rm, rv, self.training_bn, 0.1, 1e-5, False)
    if relu:
        y = torch.relu(y)
    return y

def head(self, x: Tensor, w1: Tensor, b1: Tensor, w2: Tensor, b2: Tensor) -> Tensor:
    y = torch.relu(torch.conv2d(x, w1, b1, [1, 1], [1, 1]))
    return torch.conv2d(y, w2, b2, [1, 1], [0, 0])
)JIT";

// Peaks are cells equal to their 3 × 3 maximum (CenterNet's NMS); the top K over every class and
// cell become boxes. Rows beyond the real peaks still carry their (low) scores; the manifest's
// threshold drops them.
constexpr const char *kDecoder = R"JIT(
def decode(self, hm: Tensor, wh: Tensor, off: Tensor) -> Dict[str, Tensor]:
    heat = torch.sigmoid(hm)
    peak = torch.max_pool2d(heat, [3, 3], [1, 1], [1, 1])
    heat = heat * (peak == heat).to(heat.dtype)
    b = heat.size(0)
    h = heat.size(2)
    w = heat.size(3)
    k = min(self.max_detections, heat.size(1) * h * w)
    scores, index = torch.topk(heat.reshape(b, -1), k)
    labels = torch.div(index, h * w, rounding_mode='floor')
    cell = index - labels * (h * w)
    ys = torch.div(cell, w, rounding_mode='floor')
    xs = cell - ys * w
    cx = (xs.to(heat.dtype) + torch.gather(off[:, 0].reshape(b, -1), 1, cell)) * self.stride
    cy = (ys.to(heat.dtype) + torch.gather(off[:, 1].reshape(b, -1), 1, cell)) * self.stride
    half_w = torch.gather(wh[:, 0].reshape(b, -1), 1, cell) * (self.stride / 2.0)
    half_h = torch.gather(wh[:, 1].reshape(b, -1), 1, cell) * (self.stride / 2.0)
    boxes = torch.stack([cx - half_w, cy - half_h, cx + half_w, cy + half_h], 2)
    return {"%BOXES%": boxes, "%SCORES%": scores, "%LABELS%": labels}

def forward(self, x: Tensor) -> Dict[str, Tensor]:
    hm, wh, off = self.heads(x)
    return self.decode(hm, wh, off)
)JIT";

// kDecoder with the lookbook contract's output keys filled in.
std::string decoderSource()
{
    std::string source = kDecoder;
    for (const auto &[placeholder, key] : {std::pair{"%BOXES%", models::detectoroutput::kBoxes}, std::pair{"%SCORES%", models::detectoroutput::kScores},
                                           std::pair{"%LABELS%", models::detectoroutput::kLabels}})
        source.replace(source.find(placeholder), std::strlen(placeholder), key);
    return source;
}

// Registers the weights of the network's layers and writes the TorchScript that calls them.
class Builder final
{
public:
    explicit Builder(torch::jit::Module &module) : m_module(module) {}

    // Conv (He initialisation, as torchvision's ResNets) + batch norm; returns the call.
    std::string convBn(const std::string &name, const std::string &input, int in, int out, int kernel, int stride, bool relu)
    {
        const double std = std::sqrt(2.0 / (out * kernel * kernel));
        parameter(name + "_w", torch::randn({out, in, kernel, kernel}) * std);
        parameter(name + "_g", torch::ones({out}));
        parameter(name + "_b", torch::zeros({out}));
        m_module.register_buffer(name + "_rm", torch::zeros({out}));
        m_module.register_buffer(name + "_rv", torch::ones({out}));
        const std::string p = "self." + name;
        return "self.cbr(" + input + ", " + p + "_w, " + p + "_g, " + p + "_b, " + p + "_rm, " + p + "_rv, " + std::to_string(stride) + ", "
            + (relu ? "True" : "False") + ")";
    }

    // Stride-2 entry then `depth` residual blocks; appends the lines computing `x` and returns nothing.
    void stage(const std::string &name, int in, int out, int depth)
    {
        line("x = " + convBn(name + "_down", "x", in, out, 3, 2, true));
        for (int i = 0; i < depth; ++i) {
            const std::string block = name + "_r" + std::to_string(i);
            line("y = " + convBn(block + "a", "x", out, out, 3, 1, true));
            line("x = torch.relu(x + " + convBn(block + "b", "y", out, out, 3, 1, false) + ")");
        }
    }

    // CenterNet's head: 3 × 3 conv + ReLU, then 1 × 1 to the outputs; the last layer starts small
    // (std 0.001) with the given bias.
    std::string head(const std::string &name, const std::string &input, int in, int out, double bias)
    {
        parameter(name + "_w1", torch::randn({in, in, 3, 3}) * std::sqrt(2.0 / (in * 9)));
        parameter(name + "_b1", torch::zeros({in}));
        parameter(name + "_w2", torch::randn({out, in, 1, 1}) * 0.001);
        parameter(name + "_b2", torch::full({out}, bias));
        const std::string p = "self." + name;
        return "self.head(" + input + ", " + p + "_w1, " + p + "_b1, " + p + "_w2, " + p + "_b2)";
    }

    void line(const std::string &text) { m_body += "    " + text + "\n"; }
    const std::string &body() const { return m_body; }

private:
    void parameter(const std::string &name, const torch::Tensor &value) { m_module.register_parameter(name, value, false); }

    torch::jit::Module &m_module;
    std::string m_body;
};

} // namespace

CenterNetNetwork::CenterNetNetwork(CenterNetArchitecture architecture, torch::jit::Module module)
    : m_architecture(architecture), m_module(std::move(module))
{
}

CenterNetNetwork CenterNetNetwork::create(const CenterNetArchitecture &a)
{
    Q_ASSERT(a.inputSize % 16 == 0 && a.width > 0 && a.depth >= 0);
    torch::jit::Module module("CenterNet");
    module.register_attribute("training_bn", c10::BoolType::get(), true);
    Builder builder(module);
    const int w = a.width, neck = 2 * a.width;
    // Pixels 0–255 → roughly zero mean, unit spread; inside the model so the manifest stays plain.
    builder.line("x = (x - 127.5) / 64.0");
    builder.line("x = " + builder.convBn("stem", "x", 3, w, 3, 2, true));
    builder.stage("s4", w, 2 * w, a.depth);
    builder.line("c4 = x");
    builder.stage("s8", 2 * w, 4 * w, a.depth);
    builder.line("c8 = x");
    builder.stage("s16", 4 * w, 8 * w, a.depth);
    // FPN-lite: 1 × 1 laterals, nearest upsampling and sums back to stride 4, then one 3 × 3 smoothing.
    builder.line("p = " + builder.convBn("lat16", "x", 8 * w, neck, 1, 1, true));
    builder.line("p = torch.upsample_nearest2d(p, [c8.size(2), c8.size(3)]) + " + builder.convBn("lat8", "c8", 4 * w, neck, 1, 1, true));
    builder.line("p = torch.upsample_nearest2d(p, [c4.size(2), c4.size(3)]) + " + builder.convBn("lat4", "c4", 2 * w, neck, 1, 1, true));
    builder.line("p = " + builder.convBn("smooth", "p", neck, neck, 3, 1, true));
    // Heat-map bias −2.19 = −log((1 − 0.1) / 0.1): every cell starts at probability 0.1 (the paper's prior).
    builder.line("hm = " + builder.head("hm", "p", neck, CenterNetArchitecture::kClasses, -2.19));
    builder.line("wh = " + builder.head("wh", "p", neck, 2, 0.0));
    builder.line("off = " + builder.head("off", "p", neck, 2, 0.0));
    builder.line("return hm, wh, off");
    module.define(kLayers);
    module.define("def heads(self, x: Tensor) -> Tuple[Tensor, Tensor, Tensor]:\n" + builder.body());
    addDecoder(module, a.maxDetections);
    return CenterNetNetwork(a, std::move(module));
}

void CenterNetNetwork::addDecoder(torch::jit::Module &module, int maxDetections)
{
    module.register_attribute("max_detections", c10::IntType::get(), static_cast<int64_t>(maxDetections));
    module.register_attribute("stride", c10::IntType::get(), static_cast<int64_t>(CenterNetArchitecture::kStride));
    module.define(decoderSource());
}

models::Preprocessing CenterNetNetwork::preprocessing(int inputSize, models::ResizeMode resize)
{
    models::Preprocessing p;
    p.inputWidth = p.inputHeight = inputSize;
    p.resize = resize;
    p.padValue = 0.0;
    p.unitRange = false;  // 0–255: the cached training inputs are then exact bytes
    return p;
}

Result<QString> CenterNetNetwork::exportModel(const torch::jit::Module &module, const QString &folder, const QString &name,
                                              const models::Preprocessing &p, const ManifestScores &scores)
{
    if (!QDir().mkpath(folder))
        return Error{ErrorCode::IoError, QStringLiteral("%1: cannot create the folder").arg(folder)};
    const QString modelPath = QDir(folder).filePath(name + QStringLiteral(".pt"));
    const QString manifestPath = QDir(folder).filePath(name + QStringLiteral(".json"));
    std::ostringstream stream;
    try {
        module.save(stream);
    } catch (const std::exception &e) {
        return Error{ErrorCode::BackendError, QStringLiteral("%1: cannot save the model: %2").arg(modelPath, QString::fromStdString(e.what()))};
    }
    const std::string bytes = stream.str();
    if (Status written = AtomicFile::write(modelPath, QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size()))); !written)
        return written.error();
    const Result<QString> sha = models::ModelManifest::sha256Of(modelPath);
    if (!sha)
        return sha.error();

    models::ModelManifest manifest;
    manifest.path = manifestPath;
    manifest.name = name;
    manifest.kind = models::ModelKind::Detector;
    manifest.modelFile = modelPath;
    manifest.sha256 = *sha;
    manifest.preprocessing = p;
    manifest.detector.decoder = models::DetectorDecoder::Lookbook;
    for (int i = 0; i < CenterNetArchitecture::kClasses; ++i)
        manifest.detector.classes.push_back(i + 1);
    manifest.detector.scoreThreshold = scores.scoreThreshold;
    manifest.detector.displayThreshold = scores.displayThreshold;
    manifest.detector.fusionWeight = scores.fusionWeight;
    if (Status written = manifest.save(); !written)
        return written.error();
    return manifestPath;
}

std::vector<torch::Tensor> CenterNetNetwork::parameters() const
{
    std::vector<torch::Tensor> list;
    for (const torch::Tensor &p : m_module.parameters())
        list.push_back(p);
    return list;
}

void CenterNetNetwork::setTraining(bool training)
{
    m_module.setattr("training_bn", training);
}

CenterNetHeads CenterNetNetwork::heads(const torch::Tensor &input)
{
    const auto outputs = m_module.get_method("heads")({input}).toTuple();
    return {outputs->elements()[0].toTensor(), outputs->elements()[1].toTensor(), outputs->elements()[2].toTensor()};
}

c10::IValue CenterNetNetwork::forward(const torch::Tensor &input)
{
    return m_module.forward({input});
}

} // namespace lookbook::train
