#pragma once

#include "common/result.h"

namespace lookbook::catalog {

class SqliteConnection;

// BEGIN IMMEDIATE on construction (so a second writer fails at once, not mid-way), ROLLBACK on
// destruction unless commit() succeeded: an error return anywhere leaves the database as it was.
class SqliteTransaction final
{
public:
    explicit SqliteTransaction(SqliteConnection &connection);
    ~SqliteTransaction();
    SqliteTransaction(const SqliteTransaction &) = delete;
    SqliteTransaction &operator=(const SqliteTransaction &) = delete;

    const Status &begun() const { return m_begun; }
    Status commit();

private:
    SqliteConnection &m_connection;
    Status m_begun;
    bool m_open = false;
};

} // namespace lookbook::catalog
