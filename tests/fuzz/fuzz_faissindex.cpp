// A `.faiss` index file, loaded both ways an index is opened and, when it loads, searched.
#include "fuzzinput.h"

#include "common/floatmatrix.h"
#include "index/vectorindex.h"

using namespace lookbook;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString path = fuzz::FuzzInput::writeFile(QStringLiteral("input.faiss"), fuzz::FuzzInput::bytes(data, size));
    for (const index::VectorIndex::LoadMode mode : {index::VectorIndex::LoadMode::MemoryMapped, index::VectorIndex::LoadMode::InMemory}) {
        const Result<std::unique_ptr<index::VectorIndex>> loaded = index::VectorIndex::load(path, mode);
        fuzz::FuzzInput::requireNamed(loaded, path);
        if (!loaded)
            continue;
        const index::VectorIndex &index = **loaded;
        index.ids();
        // A real query's cost grows with the dimension the file claims; a small one is enough here.
        if (index.dimension() > 0 && index.dimension() <= 4096)
            static_cast<void>(index.search(FloatMatrix(1, index.dimension(), 0.5f), 3));
    }
    return 0;
}
