// A catalog's index pair: the sidecar JSON and the `.faiss` file (two parts, see FuzzInput::parts)
// put beside a real catalog whose vector set has an index, then opened as search and update do.
#include "fuzzinput.h"

#include "catalog/catalog.h"
#include "index/indexparams.h"
#include "index/vectorindex.h"
#include "search/catalogindex.h"

using namespace lookbook;

namespace {

const QString kVectorSet = QStringLiteral("colour");

// Three shop items with 4-d vectors and a flat index, made once per process.
catalog::Catalog &indexedCatalog()
{
    static const std::unique_ptr<catalog::Catalog> catalog = [] {
        auto created = catalog::Catalog::create(fuzz::FuzzInput::folder() + QStringLiteral("/index.db"));
        if (!created)
            std::abort();
        catalog::Catalog &c = **created;
        const qint64 model = c.ensureModel({0, QStringLiteral("m"), QStringLiteral("embedder"), QStringLiteral("f1"), "{}"}).value();
        const qint64 set = c.ensureVectorSet(kVectorSet, model, 4).value().id;
        catalog::CatalogImage image;
        image.path = QStringLiteral("/photos/shop.jpg");
        image.contentHash = QStringLiteral("00");
        image.width = 100;
        image.height = 80;
        const qint64 imageId = c.addImage(image).value();
        for (int i = 0; i < 3; ++i) {
            catalog::CatalogItem item;
            item.imageId = imageId;
            item.box = {10.0 * i, 10, 10.0 * i + 20, 40};
            const qint64 itemId = c.addItem(item).value();
            const float vector[4] = {float(i == 0), float(i == 1), float(i == 2), 0.5f};
            if (!c.putVector(set, itemId, vector, 4))
                std::abort();
        }
        if (!search::CatalogIndex::build(c, kVectorSet, index::IndexParams{}))
            std::abort();
        return std::move(created.value());
    }();
    return *catalog;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    catalog::Catalog &catalog = indexedCatalog();
    const QList<QByteArray> parts = fuzz::FuzzInput::parts(fuzz::FuzzInput::bytes(data, size), 2);
    const QString indexFile = catalog.vectorSet(kVectorSet).value()->indexFile;
    fuzz::FuzzInput::writeFile(indexFile + QStringLiteral(".json"), parts[0]);
    fuzz::FuzzInput::writeFile(indexFile, parts[1]);
    for (const bool forUpdate : {false, true}) {
        const auto opened = forUpdate ? search::CatalogIndex::openForUpdate(catalog, kVectorSet) : search::CatalogIndex::open(catalog, kVectorSet);
        fuzz::FuzzInput::requireNamed(opened, indexFile);
        if (opened)
            static_cast<void>((*opened)->index().search(FloatMatrix(1, 4, 0.5f), 2));
    }
    return 0;
}
