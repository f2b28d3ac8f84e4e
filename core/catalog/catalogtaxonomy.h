#pragma once

#include "common/result.h"
#include "dataset/taxonomy.h"

#include <QMap>

namespace lookbook::catalog {

class SqliteConnection;

// The catalog's own taxonomy (its categories table): what every item's category_id means. A new
// catalog starts with DeepFashion2's; an import from a source with other categories replaces it
// while no item needs the old ones, and a category can be added at any time.
class CatalogTaxonomy final
{
public:
    static Result<dataset::Taxonomy> read(SqliteConnection &connection);
    // Makes `taxonomy` the catalog's, in one transaction. Refused, naming them, when items use
    // categories it does not have; categories kept keep their ids, so no item changes meaning.
    static Status replace(SqliteConnection &connection, const dataset::Taxonomy &taxonomy);
    // Adds a category (id < 0: the next free id) and returns its id; its name must be new.
    static Result<int> add(SqliteConnection &connection, dataset::TaxonomyCategory category);
    // Items per category id (categories without items are left out).
    static Result<QMap<int, qint64>> itemCounts(SqliteConnection &connection);
};

} // namespace lookbook::catalog
