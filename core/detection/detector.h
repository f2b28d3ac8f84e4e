#pragma once

#include "common/result.h"
#include "common/scoredbox.h"
#include "models/decodedimage.h"
#include "models/modelmanifest.h"

#include <memory>
#include <vector>

namespace lookbook::backend {
class DetectorRuntime;
}

namespace lookbook::detection {

// A detector as its manifest describes it: photo in, boxes in the photo's pixels with DeepFashion2
// categories out. Loading checks the manifest, the model file's sha256 and that it is TorchScript.
class Detector final
{
public:
    ~Detector();

    static Result<std::unique_ptr<Detector>> load(const models::ModelManifest &manifest, const models::InferenceOptions &options = {});
    static Result<std::unique_ptr<Detector>> load(const QString &manifestPath, const models::InferenceOptions &options = {});

    const models::ModelManifest &manifest() const { return m_manifest; }
    QString device() const;         // "cpu", "cuda:0"
    QString placementNote() const;  // why it does not run where it was asked to, or empty
    Result<std::vector<ScoredBox>> detect(const models::DecodedImage &image) const;
    // Several photos in one forward pass; one list per photo.
    Result<std::vector<std::vector<ScoredBox>>> detect(const std::vector<models::DecodedImage> &images) const;
    // One forward on a blank input of the model's size, so that TorchScript's first-run
    // optimisation is not paid by the first photo (the GUI calls it off the GUI thread).
    Status warmUp() const;

private:
    Detector(models::ModelManifest manifest, std::unique_ptr<backend::DetectorRuntime> backend);

    models::ModelManifest m_manifest;
    std::unique_ptr<backend::DetectorRuntime> m_backend;
};

} // namespace lookbook::detection
