#pragma once

#include "backend/torch/torchconfig.h"
#include "common/result.h"

#include <memory>
#include <vector>

struct LookbookTorchDetector;

namespace lookbook::backend {

class TorchPlugin;

// A TorchScript detector running in the LibTorch module (TorchPlugin): the module's C interface
// behind the calls detection::Detector makes. Errors are the module's plain messages.
class DetectorRuntime final
{
public:
    ~DetectorRuntime();

    static Result<std::unique_ptr<DetectorRuntime>> load(const QString &modelPath, const torchbackend::TorchDetectorConfig &config);

    // `input` holds batch × 3 × height × width floats, already normalised; one list per image comes back.
    Result<std::vector<std::vector<torchbackend::RawDetection>>> detect(torchbackend::InputPixels input, int batch, int height, int width) const;
    // The yolo contract leaves NMS to the caller.
    bool needsNms() const;
    QString device() const;         // where it runs: "cpu", "cuda:0"
    QString placementNote() const;  // why it does not run where it was asked to, or empty

private:
    DetectorRuntime(const TorchPlugin &plugin, LookbookTorchDetector *detector) : m_plugin(plugin), m_detector(detector) {}

    const TorchPlugin &m_plugin;
    LookbookTorchDetector *m_detector;
};

} // namespace lookbook::backend
