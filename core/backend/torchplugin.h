#pragma once

#include "common/backendinfo.h"
#include "common/result.h"

#include <QString>

struct LookbookTorchApi;

namespace lookbook::models {
struct InferenceOptions;
struct ModelManifest;
}

namespace lookbook::backend {

// The LibTorch module (liblookbook_torch.so), loaded on first use so that commands and windows that
// run no model never load LibTorch. It is looked for, in this order, at $LOOKBOOK_TORCH_MODULE (a
// CUDA build dropped in by the user), beside the installed program (<libdir>/lookbook/) and in the
// build tree. Loading happens once per process, from any thread.
class TorchPlugin final
{
public:
    // The loaded module, or an error that names where it looked and why each place failed.
    static Result<const TorchPlugin *> instance();

    QString path() const { return m_path; }
    const LookbookTorchApi &api() const { return *m_api; }

    // LibTorch's version, devices and self-check; a module that cannot load is reported as a failed check.
    static BackendInfo info();
    // What a model needs before it loads, on the thread that will run it: its file matching the
    // manifest's sha256, the module loaded, the manifest's op_libraries and those in
    // $LOOKBOOK_TORCH_OP_LIBRARIES (colon-separated) registered with LibTorch, and LibTorch's thread
    // count (options.threads; 0: one per core). Errors name the manifest.
    static Status prepare(const models::ModelManifest &manifest, const models::InferenceOptions &options);

private:
    static Result<const TorchPlugin *> open();
    TorchPlugin(QString path, const LookbookTorchApi *api) : m_path(std::move(path)), m_api(api) {}

    QString m_path;
    const LookbookTorchApi *m_api;
};

} // namespace lookbook::backend
