#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

#include <functional>

struct sqlite3_stmt;

namespace lookbook::catalog {

class SqliteConnection;

// One prepared statement, owned and cached by its connection. Bind, step, read, and it resets
// itself before the next use; errors carry the database file and SQLite's reason.
class SqliteStatement final
{
public:
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // Parameters are 1-based, as in SQL's ?1, ?2 …
    SqliteStatement &bind(int index, qint64 value);
    SqliteStatement &bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    SqliteStatement &bind(int index, double value);
    SqliteStatement &bind(int index, const QString &value);  // a null QString binds NULL
    SqliteStatement &bindBlob(int index, const void *data, int bytes);
    SqliteStatement &bindNull(int index);

    // true: a row is ready; false: done. Resets bindings of a finished statement on the next bind.
    Result<bool> step();
    // Runs a statement that returns no rows.
    Status run();
    // Steps through every row, calling `onRow` while the row's values can be read.
    Status forEachRow(const std::function<void()> &onRow);

    int columnCount() const;
    bool isNull(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    const void *blobData(int column) const;
    int blobBytes(int column) const;

private:
    friend class SqliteConnection;
    friend class ScopedStatement;
    SqliteStatement(SqliteConnection &connection, sqlite3_stmt *statement, QString sql);
    void resetIfDone();

    SqliteConnection &m_connection;
    sqlite3_stmt *m_statement = nullptr;
    QString m_sql;
    bool m_active = false;  // stepped since the last reset
};

} // namespace lookbook::catalog
