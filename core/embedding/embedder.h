#pragma once

#include "common/box.h"
#include "common/result.h"
#include "models/decodedimage.h"
#include "models/modelmanifest.h"

#include <memory>
#include <vector>

namespace lookbook::backend {
class EmbedderRuntime;
}

namespace lookbook::embedding {

// An embedder, or a feature-concatenation ensemble of them (the paper's Table 6), as its manifest
// describes it: photo and boxes in, one L2-normalised vector per box out. An ensemble embeds each box
// with every member (each with its own preprocessing), weights the members' unit vectors,
// concatenates them and normalises the result.
class Embedder final
{
public:
    ~Embedder();

    static Result<std::unique_ptr<Embedder>> load(const models::ModelManifest &manifest, const models::InferenceOptions &options = {});
    static Result<std::unique_ptr<Embedder>> load(const QString &manifestPath, const models::InferenceOptions &options = {});

    const models::ModelManifest &manifest() const { return m_manifest; }
    int dimension() const;
    QString placementNote() const;  // why it does not run where it was asked to, or empty
    Result<std::vector<std::vector<float>>> embed(const models::DecodedImage &image, const std::vector<Box> &boxes) const;
    // One forward per member on a blank crop, so that the first real crop does not pay TorchScript's
    // first-run optimisation.
    Status warmUp() const;

private:
    struct Member;
    Embedder(models::ModelManifest manifest, std::vector<Member> members);

    models::ModelManifest m_manifest;
    std::vector<Member> m_members;
};

} // namespace lookbook::embedding
