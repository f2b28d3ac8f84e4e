#pragma once

#include "common/result.h"
#include "common/scoredbox.h"
#include "detection/decodedimage.h"
#include "detection/modelmanifest.h"

#include <memory>
#include <vector>

namespace lookbook::detection {

class TorchDetector;

// A detector as its manifest describes it: photo in, boxes in the photo's pixels with DeepFashion2
// categories out. Loading checks the manifest, the model file's sha256 and that it is TorchScript.
class Detector final
{
public:
    ~Detector();

    static Result<std::unique_ptr<Detector>> load(const ModelManifest &manifest, const InferenceOptions &options = {});
    static Result<std::unique_ptr<Detector>> load(const QString &manifestPath, const InferenceOptions &options = {});

    const ModelManifest &manifest() const { return m_manifest; }
    QString device() const;         // "cpu", "cuda:0"
    QString placementNote() const;  // why it does not run where it was asked to, or empty
    Result<std::vector<ScoredBox>> detect(const DecodedImage &image) const;
    // Several photos in one forward pass; one list per photo.
    Result<std::vector<std::vector<ScoredBox>>> detect(const std::vector<DecodedImage> &images) const;
    // One forward on a blank input of the model's size, so that TorchScript's first-run
    // optimisation is not paid by the first photo (the GUI calls it off the GUI thread).
    Status warmUp() const;

private:
    Detector(ModelManifest manifest, std::unique_ptr<TorchDetector> backend);

    ModelManifest m_manifest;
    std::unique_ptr<TorchDetector> m_backend;
};

} // namespace lookbook::detection
