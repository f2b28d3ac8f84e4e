// A LibTorch module made for another interface version, for the message a user gets when an old or
// foreign liblookbook_torch.so is dropped in (tst_models::cliLoadsLibTorchOnlyForModels).
#include "backend/torch/lookbooktorch.h"

extern "C" __attribute__((visibility("default"))) const LookbookTorchApi *lookbook_torch_api()
{
    static LookbookTorchApi api{};
    api.version = LOOKBOOK_TORCH_API_VERSION + 1;
    return &api;
}
