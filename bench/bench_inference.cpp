// Inference overhead around a ResNet-50-sized embedder at 224×224 on the CPU.
// Reproduce: build/bench/bench_inference --benchmark_min_time=3
//   BM_ModelForward   the TorchScript forward alone, on a ready tensor (the model's own time)
//   BM_EmbedEndToEnd  Lookbook's path: decode the JPEG, crop the box, resize, normalise, batch,
//                     forward, pool (GeM) and normalise, through the Embedder facade
//   BM_Preprocess     the overhead alone: decode, crop, resize, normalise into the batch
//   BM_BackendEmbed   forward + GeM head through the LibTorch backend on a ready batch; the only
//                     end-to-end-free part, also built alone (LOOKBOOK_TORCH_BACKEND_ONLY) for GPU
//                     machines: LOOKBOOK_BENCH_DEVICE=cuda and LOOKBOOK_BENCH_HALF=1 select the device
// Python comparison: LOOKBOOK_BENCH_SAVE_MODEL=/tmp/resnet50.pt build/bench/bench_inference, then
// python3 bench/python_forward.py /tmp/resnet50.pt (Debian's python3-torch, same thread count).
// Overhead = BM_Preprocess (≈ end-to-end − backend); the target is at most 10 % of the forward time.
// The network is ResNet-50's bottleneck layout ([3, 4, 6, 3] blocks, 2048-channel feature map) with
// random weights and batch norm folded away: the same arithmetic as the real thing.
#include "backend/torch/torchembedder.h"
#include "benchmodels.h"
#ifndef LOOKBOOK_BENCH_BACKEND_ONLY
#include "embedding/embedder.h"
#include "models/decodedimage.h"
#include "models/modelmanifest.h"
#include "models/preprocessor.h"
#endif

#include <ATen/Parallel.h>
#include <torch/script.h>

#include <benchmark/benchmark.h>

#include <QFile>
#include <QTemporaryDir>
#ifndef LOOKBOOK_BENCH_BACKEND_ONLY
#include <QBuffer>
#include <QImage>
#endif

#include <cstdlib>

using namespace lookbook;

namespace {

struct Fixture {
    QTemporaryDir dir;
    QString modelPath;
    QString manifestPath;
    QByteArray jpeg;
};

Fixture &fixture()
{
    static Fixture f = [] {
        Fixture fx;
        fx.modelPath = fx.dir.filePath(QStringLiteral("resnet50.pt"));
        lookbook::bench::resnet50Like().save(fx.modelPath.toStdString());
        // For the comparison with Python (bench/python_forward.py): the same file, kept.
        if (const char *keep = std::getenv("LOOKBOOK_BENCH_SAVE_MODEL"))
            QFile::copy(fx.modelPath, QString::fromLocal8Bit(keep));
#ifndef LOOKBOOK_BENCH_BACKEND_ONLY
        const QString sha = models::ModelManifest::sha256Of(fx.modelPath).value();
        fx.manifestPath = fx.dir.filePath(QStringLiteral("resnet50.json"));
        QFile manifest(fx.manifestPath);
        manifest.open(QIODevice::WriteOnly);
        manifest.write(QStringLiteral(R"({"name": "resnet50-gem", "kind": "embedder", "file": "resnet50.pt", "sha256": "%1",
            "preprocess": {"input_size": [224, 224], "resize": "stretch", "mean": [0.485, 0.456, 0.406], "std": [0.229, 0.224, 0.225]},
            "embedder": {"output": "feature_map", "dimension": 2048, "crop_margin": 0.1, "head": [{"type": "gem", "p": 3}]}})")
                           .arg(sha).toUtf8());
        manifest.close();
        // A 640×480 street-photo-sized JPEG with some texture.
        QImage photo(640, 480, QImage::Format_RGB32);
        for (int y = 0; y < photo.height(); ++y)
            for (int x = 0; x < photo.width(); ++x)
                photo.setPixel(x, y, qRgb((x * 7 + y) % 256, (y * 5) % 256, (x ^ y) % 256));
        QBuffer buffer(&fx.jpeg);
        buffer.open(QIODevice::WriteOnly);
        photo.save(&buffer, "JPEG", 90);
#endif
        return fx;
    }();
    return f;
}

void BM_ModelForward(benchmark::State &state)
{
    torch::jit::Module module = torch::jit::load(fixture().modelPath.toStdString());
    module.eval();
    torch::NoGradGuard noGrad;
    const at::Tensor x = torch::randn({1, 3, 224, 224});
    for (auto _ : state)
        benchmark::DoNotOptimize(module.forward({x}));
    state.counters["threads"] = at::get_num_threads();
}

void BM_BackendEmbed(benchmark::State &state)
{
    const char *device = std::getenv("LOOKBOOK_BENCH_DEVICE");
    torchbackend::TorchEmbedderConfig config;
    config.featureMapOutput = true;
    config.head = {{torchbackend::Pooling::Gem, 3.0, {}}};
    config.dimension = 2048;
    config.name = "resnet50-gem";
    config.device = device ? device : "auto";
    config.half = std::getenv("LOOKBOOK_BENCH_HALF") != nullptr;
    std::string error;
    const auto embedder = torchbackend::TorchEmbedder::load(fixture().modelPath.toStdString(), config, error);
    if (!embedder) {
        state.SkipWithError(error.c_str());
        return;
    }
    const std::vector<float> batch(3 * 224 * 224, 0.5f);
    std::vector<std::vector<float>> vectors;
    for (auto _ : state) {
        if (!embedder->embed(batch, 1, 224, 224, vectors, error))
            state.SkipWithError(error.c_str());
    }
    state.SetLabel(embedder->device() + (config.half ? " fp16" : " fp32"));
}

#ifndef LOOKBOOK_BENCH_BACKEND_ONLY
void BM_EmbedEndToEnd(benchmark::State &state)
{
    const auto embedder = embedding::Embedder::load(fixture().manifestPath, {QStringLiteral("cpu"), false});
    if (!embedder) {
        state.SkipWithError(embedder.error().message.toStdString().c_str());
        return;
    }
    const std::vector<Box> box = {{200, 100, 420, 400}};
    for (auto _ : state) {
        const auto image = models::DecodedImage::decode(fixture().jpeg, QStringLiteral("photo.jpg"));
        auto vectors = (*embedder)->embed(*image, box);
        benchmark::DoNotOptimize(vectors);
    }
}

void BM_Preprocess(benchmark::State &state)
{
    const auto manifest = models::ModelManifest::load(fixture().manifestPath);
    const std::vector<Box> box = {{200, 100, 420, 400}};
    for (auto _ : state) {
        const auto image = models::DecodedImage::decode(fixture().jpeg, QStringLiteral("photo.jpg"));
        auto batch = models::Preprocessor::crops(*image, box, manifest->embedder.cropMargin, manifest->preprocessing);
        benchmark::DoNotOptimize(batch);
    }
}
#endif

} // namespace

BENCHMARK(BM_ModelForward)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_BackendEmbed)->Unit(benchmark::kMillisecond)->UseRealTime();
#ifndef LOOKBOOK_BENCH_BACKEND_ONLY
BENCHMARK(BM_Preprocess)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_EmbedEndToEnd)->Unit(benchmark::kMillisecond)->UseRealTime();
#endif

BENCHMARK_MAIN();
