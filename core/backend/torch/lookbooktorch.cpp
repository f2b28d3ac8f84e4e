// The LibTorch module's C interface (lookbooktorch.h) over its C++ runtime. Nothing here throws: the
// runtime classes catch torch's exceptions already, and the C strings point into objects that outlive
// the call.

#include "backend/torch/lookbooktorch.h"

#include "backend/torch/torchdetector.h"
#include "backend/torch/torchembedder.h"
#include "backend/torch/torchinfo.h"

#include <algorithm>
#include <memory>
#include <string>

using namespace lookbook;
using namespace lookbook::torchbackend;

struct LookbookTorchDetector {
    std::unique_ptr<TorchDetector> runtime;
    std::string device;
    std::string placementNote;
};

struct LookbookTorchEmbedder {
    std::unique_ptr<TorchEmbedder> runtime;
    std::string device;
    std::string placementNote;
    int dimension = 0;
};

namespace {

// The last error of this thread: valid until its next call, as lookbooktorch.h promises.
const char *keep(std::string message)
{
    thread_local std::string lastError;
    lastError = std::move(message);
    return lastError.c_str();
}

const BackendInfo &info()
{
    static const BackendInfo computed = torchInfo();
    return computed;
}

const char *libtorchVersion() { return info().version.c_str(); }

int cudaDeviceCount() { return static_cast<int>(info().devices.size()) - 1; }  // devices[0] is "cpu"

const char *selfCheck() { return info().checkError.c_str(); }

int loadOpLibrary(const char *path, const char **error)
{
    std::string message;
    if (loadTorchOpLibrary(path, message))
        return 1;
    *error = keep(std::move(message));
    return 0;
}

LookbookTorchDetector *loadDetector(const char *modelPath, const LookbookDetectorConfig *c, const char **error)
{
    const TorchDetectorConfig config{static_cast<models::DetectorDecoder>(c->decoder), c->scoreThreshold, c->name, c->device, c->half != 0};
    std::string message;
    std::unique_ptr<TorchDetector> runtime = TorchDetector::load(modelPath, config, message);
    if (!runtime) {
        *error = keep(std::move(message));
        return nullptr;
    }
    auto *detector = new LookbookTorchDetector{std::move(runtime), {}, {}};
    detector->device = detector->runtime->device();
    detector->placementNote = detector->runtime->placementNote();
    return detector;
}

int detect(const LookbookTorchDetector *detector, const float *input, unsigned long long inputCount, int batch, int height, int width,
           LookbookDetectionSink sink, void *context, const char **error)
{
    std::vector<std::vector<RawDetection>> out;
    std::string message;
    if (!detector->runtime->detect(InputPixels(input, static_cast<std::size_t>(inputCount)), batch, height, width, out, message)) {
        *error = keep(std::move(message));
        return 0;
    }
    for (std::size_t image = 0; image < out.size(); ++image) {
        for (const RawDetection &d : out[image]) {
            const LookbookRawDetection raw{d.x1, d.y1, d.x2, d.y2, d.score, d.modelClass};
            sink(context, static_cast<int>(image), &raw);
        }
    }
    return 1;
}

LookbookTorchEmbedder *loadEmbedder(const char *modelPath, const LookbookEmbedderConfig *c, const char **error)
{
    TorchEmbedderConfig config;
    config.featureMapOutput = c->featureMapOutput != 0;
    for (int i = 0; i < c->headCount; ++i)
        config.head.push_back({static_cast<Pooling>(c->head[i].type), c->head[i].p, c->head[i].projection});
    config.dimension = c->dimension;
    config.name = c->name;
    config.device = c->device;
    config.half = c->half != 0;
    std::string message;
    std::unique_ptr<TorchEmbedder> runtime = TorchEmbedder::load(modelPath, config, message);
    if (!runtime) {
        *error = keep(std::move(message));
        return nullptr;
    }
    auto *embedder = new LookbookTorchEmbedder{std::move(runtime), {}, {}, c->dimension};
    embedder->device = embedder->runtime->device();
    embedder->placementNote = embedder->runtime->placementNote();
    return embedder;
}

int embed(const LookbookTorchEmbedder *embedder, const float *input, unsigned long long inputCount, int batch, int height, int width, float *out,
          const char **error)
{
    std::vector<std::vector<float>> vectors;
    std::string message;
    if (!embedder->runtime->embed(InputPixels(input, static_cast<std::size_t>(inputCount)), batch, height, width, vectors, message)) {
        *error = keep(std::move(message));
        return 0;
    }
    // The runtime promises `batch` rows of `dimension`; the caller sized `out` by that promise.
    if (vectors.size() != static_cast<std::size_t>(batch)) {
        *error = keep("the embedder gave " + std::to_string(vectors.size()) + " vectors for " + std::to_string(batch) + " crops");
        return 0;
    }
    for (const std::vector<float> &vector : vectors) {
        if (vector.size() != static_cast<std::size_t>(embedder->dimension)) {
            *error = keep("the embedder gave a vector of " + std::to_string(vector.size()) + " values, expected " + std::to_string(embedder->dimension));
            return 0;
        }
        out = std::copy(vector.begin(), vector.end(), out);
    }
    return 1;
}

const LookbookTorchApi kApi = {
    LOOKBOOK_TORCH_API_VERSION,
    libtorchVersion,
    cudaDeviceCount,
    selfCheck,
    loadOpLibrary,
    setTorchThreadCount,
    loadDetector,
    detect,
    [](const LookbookTorchDetector *d) { return d->runtime->needsNms() ? 1 : 0; },
    [](const LookbookTorchDetector *d) { return d->device.c_str(); },
    [](const LookbookTorchDetector *d) { return d->placementNote.c_str(); },
    [](LookbookTorchDetector *d) { delete d; },
    loadEmbedder,
    embed,
    [](const LookbookTorchEmbedder *e) { return e->device.c_str(); },
    [](const LookbookTorchEmbedder *e) { return e->placementNote.c_str(); },
    [](LookbookTorchEmbedder *e) { delete e; },
};

} // namespace

extern "C" __attribute__((visibility("default"))) const LookbookTorchApi *lookbook_torch_api()
{
    return &kApi;
}
