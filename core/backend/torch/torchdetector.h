#pragma once

// std-only interface to the LibTorch detector backend (see torchembedder.h for why).

#include "models/detectordecoder.h"

#include <memory>
#include <string>
#include <vector>

namespace lookbook::torchbackend {

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

// Runs a TorchScript detector and decodes its output by the configured contract. Errors say what
// the contract expects and what the model gave; no torch exception leaves this class.
class TorchDetector final
{
public:
    ~TorchDetector();

    static std::unique_ptr<TorchDetector> load(const std::string &modelPath, const TorchDetectorConfig &config, std::string &error);

    // `input` holds batch × 3 × height × width floats, already normalised; `out` gets one list per image.
    bool detect(const std::vector<float> &input, int batch, int height, int width, std::vector<std::vector<RawDetection>> &out,
                std::string &error) const;

    // The yolo contract leaves NMS to the caller.
    bool needsNms() const;

    std::string device() const;        // where it runs: "cpu", "cuda:0"
    std::string placementNote() const; // why it does not run where it was asked to, or empty

private:
    struct Impl;
    explicit TorchDetector(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace lookbook::torchbackend
