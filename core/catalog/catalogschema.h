#pragma once

#include "common/result.h"

namespace lookbook::catalog {

class SqliteConnection;

// The catalog's schema as a list of migrations; `PRAGMA user_version` says how many have run.
// Each migration runs in its own transaction, so an interrupted upgrade leaves the previous version.
class CatalogSchema final
{
public:
    static int latestVersion();
    static Result<int> version(SqliteConnection &connection);
    // Brings the database up to `targetVersion` (latest by default). A database made by a newer
    // Lookbook is refused rather than guessed at.
    static Status migrate(SqliteConnection &connection, int targetVersion = -1);
};

} // namespace lookbook::catalog
