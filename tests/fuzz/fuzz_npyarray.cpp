// A `.npy` file (lookbook-cli rerank and postprocess read them by path).
#include "fuzzinput.h"

#include "postprocess/npyarray.h"

using namespace lookbook;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString path = fuzz::FuzzInput::writeFile(QStringLiteral("input.npy"), fuzz::FuzzInput::bytes(data, size));
    fuzz::FuzzInput::requireNamed(postprocess::NpyArray::read(path), path);
    return 0;
}
