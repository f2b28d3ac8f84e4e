#pragma once

// What core and the LibTorch module say to each other, in std types: the configs of a detector and an
// embedder and a raw detection. std-only, so that the module builds alone (LOOKBOOK_TORCH_BACKEND_ONLY)
// and no torch header reaches the rest of the project.

#include "models/detectordecoder.h"

#include <cstddef>
#include <string>
#include <vector>

namespace lookbook::torchbackend {

// batch × 3 × height × width floats, already normalised, that the caller keeps alive during the call
// (C++17 has no std::span; a vector converts).
struct InputPixels final {
    InputPixels(const float *data, std::size_t size) : data(data), size(size) {}
    InputPixels(const std::vector<float> &values) : data(values.data()), size(values.size()) {}  // NOLINT: implicit on purpose

    const float *data;
    std::size_t size;
};

// One decoded detection, before Lookbook maps it: input-tensor pixels, the model's class index.
struct RawDetection final {
    double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
    double score = 0;
    int modelClass = 0;
};

struct TorchDetectorConfig final {
    models::DetectorDecoder decoder = models::DetectorDecoder::Lookbook;
    double scoreThreshold = 0.0;  // detections below it are dropped while decoding
    std::string name;             // for messages
    std::string device = "auto";  // "cpu", "cuda" or "auto"
    bool half = false;            // fp16 on CUDA
};

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

} // namespace lookbook::torchbackend
