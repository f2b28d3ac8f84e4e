#include "catalog/sqlitetransaction.h"

#include "catalog/sqliteconnection.h"

namespace lookbook::catalog {

SqliteTransaction::SqliteTransaction(SqliteConnection &connection)
    : m_connection(connection), m_begun(connection.execute(QStringLiteral("BEGIN IMMEDIATE")))
{
    m_open = m_begun.ok();
}

SqliteTransaction::~SqliteTransaction()
{
    if (m_open)
        (void)m_connection.execute(QStringLiteral("ROLLBACK"));
}

Status SqliteTransaction::commit()
{
    if (!m_open)
        return m_begun.ok() ? Status::failure(ErrorCode::InvalidArgument, QStringLiteral("transaction already finished")) : m_begun;
    Status committed = m_connection.execute(QStringLiteral("COMMIT"));
    if (committed)
        m_open = false;
    return committed;
}

} // namespace lookbook::catalog
