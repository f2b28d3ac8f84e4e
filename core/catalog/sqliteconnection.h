#pragma once

#include "catalog/scopedstatement.h"
#include "common/result.h"

#include <QString>

#include <map>
#include <memory>
#include <thread>

struct sqlite3;

namespace lookbook::catalog {

class SqliteStatement;

// A SQLite connection with the settings the catalog relies on (WAL, foreign keys, a busy timeout)
// and a cache of prepared statements. It belongs to the thread that opened it.
class SqliteConnection final
{
public:
    // Inspect: read-only, without the open-time damage checks, for a checker that reports damage itself.
    enum class OpenMode { Existing, CreateIfMissing, ReadOnly, Inspect };

    ~SqliteConnection();
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    static Result<std::unique_ptr<SqliteConnection>> open(const QString &path, OpenMode mode, int busyTimeoutMs = 2000);

    const QString &path() const { return m_path; }
    // Schema scripts and pragmas (several statements, nothing bound).
    Status execute(const QString &sql);
    // The cached statement for `sql`, prepared on first use; reset when the handle goes out of scope.
    Result<ScopedStatement> prepare(const QString &sql);
    qint64 lastInsertRowId() const;
    int changes() const;

    // `what` failed: the file, the operation and SQLite's reason, with advice for a locked or damaged file.
    Error error(int resultCode, const QString &what) const;

private:
    SqliteConnection(sqlite3 *db, QString path);
    // Reads the first row of every table: a damaged root page is found on open, not mid-command.
    Status readEveryTable();

    sqlite3 *m_db = nullptr;
    QString m_path;
    std::map<QString, std::unique_ptr<SqliteStatement>> m_statements;
    std::thread::id m_thread = std::this_thread::get_id();
};

} // namespace lookbook::catalog
