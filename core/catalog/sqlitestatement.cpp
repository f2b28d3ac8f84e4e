#include "catalog/sqlitestatement.h"

#include "catalog/sqliteconnection.h"

#include <sqlite3.h>

namespace lookbook::catalog {

SqliteStatement::SqliteStatement(SqliteConnection &connection, sqlite3_stmt *statement, QString sql)
    : m_connection(connection), m_statement(statement), m_sql(std::move(sql))
{
}

SqliteStatement::~SqliteStatement() { sqlite3_finalize(m_statement); }

void SqliteStatement::resetIfDone()
{
    if (!m_active)
        return;
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_active = false;
}

SqliteStatement &SqliteStatement::bind(int index, qint64 value)
{
    resetIfDone();
    sqlite3_bind_int64(m_statement, index, value);
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, double value)
{
    resetIfDone();
    sqlite3_bind_double(m_statement, index, value);
    return *this;
}

SqliteStatement &SqliteStatement::bind(int index, const QString &value)
{
    resetIfDone();
    if (value.isNull()) {
        sqlite3_bind_null(m_statement, index);
    } else {
        const QByteArray utf8 = value.toUtf8();
        sqlite3_bind_text(m_statement, index, utf8.constData(), utf8.size(), SQLITE_TRANSIENT);
    }
    return *this;
}

SqliteStatement &SqliteStatement::bindBlob(int index, const void *data, int bytes)
{
    resetIfDone();
    sqlite3_bind_blob(m_statement, index, data, bytes, SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement &SqliteStatement::bindNull(int index)
{
    resetIfDone();
    sqlite3_bind_null(m_statement, index);
    return *this;
}

Result<bool> SqliteStatement::step()
{
    m_active = true;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    sqlite3_reset(m_statement);
    return m_connection.error(rc, QStringLiteral("cannot run \"%1\"").arg(m_sql.simplified().left(60)));
}

Status SqliteStatement::run()
{
    Result<bool> stepped = step();
    resetIfDone();
    if (!stepped)
        return stepped.error();
    return success();
}

Status SqliteStatement::forEachRow(const std::function<void()> &onRow)
{
    while (true) {
        Result<bool> row = step();
        if (!row)
            return row.error();
        if (!*row)
            return success();
        onRow();
    }
}

int SqliteStatement::columnCount() const { return sqlite3_column_count(m_statement); }

bool SqliteStatement::isNull(int column) const { return sqlite3_column_type(m_statement, column) == SQLITE_NULL; }
qint64 SqliteStatement::int64(int column) const { return sqlite3_column_int64(m_statement, column); }
double SqliteStatement::real(int column) const { return sqlite3_column_double(m_statement, column); }

QString SqliteStatement::text(int column) const
{
    if (isNull(column))
        return {};
    const auto *chars = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(chars, sqlite3_column_bytes(m_statement, column));
}

QByteArray SqliteStatement::blob(int column) const
{
    return QByteArray(static_cast<const char *>(blobData(column)), blobBytes(column));
}

const void *SqliteStatement::blobData(int column) const { return sqlite3_column_blob(m_statement, column); }
int SqliteStatement::blobBytes(int column) const { return sqlite3_column_bytes(m_statement, column); }

} // namespace lookbook::catalog
