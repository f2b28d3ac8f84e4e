#pragma once

#include "catalog/catalogrecords.h"
#include "common/result.h"
#include "index/indexparams.h"

#include <QString>

#include <functional>
#include <memory>

namespace lookbook::catalog {
class Catalog;
}
namespace lookbook::index {
class VectorIndex;
}

namespace lookbook::search {

// A vector set's index file, checked against the catalog it was built from. The file sits beside
// the database with a small JSON sidecar (IndexSidecar: model fingerprint, dimension, count,
// parameters, the file's checksum). Any
// mismatch on open is an ErrorCode::OutOfDate error that names the one command that fixes it.
class CatalogIndex final
{
public:
    ~CatalogIndex();

    // (Re)builds the set's index from the catalog's shop vectors, writes it atomically and records
    // it in the catalog. `progress` receives a phase name ("training", "adding", "saving").
    static Result<std::unique_ptr<CatalogIndex>> build(catalog::Catalog &catalog, const QString &vectorSet, const index::IndexParams &params,
                                                       const std::function<void(const QString &)> &progress = {});
    static Result<std::unique_ptr<CatalogIndex>> open(catalog::Catalog &catalog, const QString &vectorSet);
    // The set's index read whole (modifiable), with every check of open() except that its ids match
    // the catalog's: what an incremental update starts from. Write it back with save().
    static Result<std::unique_ptr<CatalogIndex>> openForUpdate(catalog::Catalog &catalog, const QString &vectorSet);
    // Writes the index and its sidecar (with the index's checksum) under staged names, then replaces
    // the old pair and records it in the catalog: on any failure the old pair and record stay.
    Status save(catalog::Catalog &catalog);

    const catalog::VectorSetInfo &vectorSet() const { return m_set; }
    const index::VectorIndex &index() const { return *m_index; }
    index::VectorIndex &index() { return *m_index; }
    QString filePath() const { return m_filePath; }

private:
    CatalogIndex(catalog::VectorSetInfo set, std::unique_ptr<index::VectorIndex> index, QString filePath);
    static Result<std::unique_ptr<CatalogIndex>> load(catalog::Catalog &catalog, const QString &vectorSet, bool forUpdate);

    catalog::VectorSetInfo m_set;
    std::unique_ptr<index::VectorIndex> m_index;
    QString m_filePath;
};

} // namespace lookbook::search
