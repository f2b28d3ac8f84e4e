// A model manifest (detector, embedder or ensemble JSON), parsed as if it lay in a temporary folder.
#include "fuzzinput.h"

#include "models/modelmanifest.h"

using namespace lookbook;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString path = fuzz::FuzzInput::folder() + QStringLiteral("/model.json");
    fuzz::FuzzInput::requireNamed(models::ModelManifest::parse(fuzz::FuzzInput::bytes(data, size), path), path);
    return 0;
}
