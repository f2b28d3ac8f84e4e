// A taxonomy JSON (a catalog's categories, or a COCO file's categories read as one).
#include "fuzzinput.h"

#include "dataset/taxonomy.h"

#include <cstdlib>

using namespace lookbook;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString path = fuzz::FuzzInput::folder() + QStringLiteral("/taxonomy.json");
    const Result<dataset::Taxonomy> taxonomy = dataset::Taxonomy::parse(fuzz::FuzzInput::bytes(data, size), path);
    fuzz::FuzzInput::requireNamed(taxonomy, path);
    // What is accepted writes back and reads again as the same taxonomy.
    if (taxonomy) {
        const Result<dataset::Taxonomy> again = dataset::Taxonomy::parse(taxonomy->toJson(), path);
        if (!again || *again != *taxonomy)
            std::abort();
    }
    return 0;
}
