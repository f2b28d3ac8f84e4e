// A catalog database file: opened (which migrates an old schema) and, when it opens, read the ways
// info, search and export read it.
#include "fuzzinput.h"

#include "catalog/catalog.h"

#include <QFile>

using namespace lookbook;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString path = fuzz::FuzzInput::writeFile(QStringLiteral("catalog.db"), fuzz::FuzzInput::bytes(data, size));
    // A journal left by the previous input would be applied to this one.
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
    const Result<std::unique_ptr<catalog::Catalog>> opened = catalog::Catalog::open(path);
    fuzz::FuzzInput::requireNamed(opened, path);
    if (!opened)
        return 0;
    // A damaged file may open and fail later; what matters here is that it fails cleanly.
    catalog::Catalog &catalog = **opened;
    static_cast<void>(catalog.counts());
    if (const auto sets = catalog.vectorSets(); sets) {
        for (const catalog::VectorSetInfo &set : *sets) {
            std::vector<qint64> ids;
            static_cast<void>(catalog.vectors(set.id, ids));
            static_cast<void>(catalog.itemDetails(ids));
        }
    }
    static_cast<void>(catalog.annotationItems());
    static_cast<void>(catalog.reviewLogCount());
    static_cast<void>(catalog.imageByPath(QStringLiteral("/photos/a.jpg")));
    return 0;
}
