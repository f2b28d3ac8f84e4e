#pragma once

// Inside the LibTorch module: the detector runtime (core reaches it through backend::DetectorRuntime).

#include "backend/torch/torchconfig.h"

#include <memory>
#include <string>
#include <vector>

namespace lookbook::torchbackend {

// Runs a TorchScript detector and decodes its output by the configured contract. Errors say what
// the contract expects and what the model gave; no torch exception leaves this class.
class TorchDetector final
{
public:
    ~TorchDetector();

    static std::unique_ptr<TorchDetector> load(const std::string &modelPath, const TorchDetectorConfig &config, std::string &error);

    // `input` holds batch × 3 × height × width floats, already normalised; `out` gets one list per image.
    bool detect(InputPixels input, int batch, int height, int width, std::vector<std::vector<RawDetection>> &out,
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
