#include "catalog/sqliteconnection.h"

#include "catalog/sqlitestatement.h"
#include "common/logging.h"

#include <QFileInfo>

#include <sqlite3.h>

namespace lookbook::catalog {

SqliteConnection::SqliteConnection(sqlite3 *db, QString path) : m_db(db), m_path(std::move(path)) {}

SqliteConnection::~SqliteConnection()
{
    m_statements.clear();  // statements must be finalised before the connection closes
    sqlite3_close(m_db);
}

Result<std::unique_ptr<SqliteConnection>> SqliteConnection::open(const QString &path, OpenMode mode, int busyTimeoutMs)
{
    if (mode != OpenMode::CreateIfMissing && !QFileInfo::exists(path))
        return Result<std::unique_ptr<SqliteConnection>>::failure(ErrorCode::IoError, path + QStringLiteral(": no such catalog"));
    int flags = SQLITE_OPEN_NOMUTEX;
    flags |= mode == OpenMode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (mode == OpenMode::CreateIfMissing)
        flags |= SQLITE_OPEN_CREATE;
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, flags, nullptr);
    std::unique_ptr<SqliteConnection> connection(new SqliteConnection(db, path));
    if (rc != SQLITE_OK)
        return connection->error(rc, QStringLiteral("cannot open"));
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, busyTimeoutMs);
    // Reading the schema is the first thing that fails on a file that is not a database.
    if (Status probe = connection->execute(QStringLiteral("SELECT count(*) FROM sqlite_schema")); !probe)
        return probe.error();
    if (mode != OpenMode::ReadOnly) {
        if (Status wal = connection->execute(QStringLiteral("PRAGMA journal_mode=WAL")); !wal)
            return wal.error();
    }
    // NORMAL is durable across application crashes in WAL mode; only a power cut may lose the last commit.
    if (Status pragmas = connection->execute(QStringLiteral("PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL")); !pragmas)
        return pragmas.error();
    return connection;
}

Status SqliteConnection::execute(const QString &sql)
{
    Q_ASSERT_X(std::this_thread::get_id() == m_thread, "SqliteConnection", "a connection is used only by the thread that opened it");
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK)
        return error(rc, QStringLiteral("cannot run \"%1\"").arg(sql.simplified().left(60)));
    return success();
}

Result<ScopedStatement> SqliteConnection::prepare(const QString &sql)
{
    Q_ASSERT_X(std::this_thread::get_id() == m_thread, "SqliteConnection", "a connection is used only by the thread that opened it");
    auto found = m_statements.find(sql);
    if (found != m_statements.end())
        return ScopedStatement(found->second.get());
    sqlite3_stmt *statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v3(m_db, utf8.constData(), utf8.size(), SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
    if (rc != SQLITE_OK)
        return error(rc, QStringLiteral("cannot prepare \"%1\"").arg(sql.simplified().left(60)));
    auto owned = std::unique_ptr<SqliteStatement>(new SqliteStatement(*this, statement, sql));
    SqliteStatement *raw = owned.get();
    m_statements.emplace(sql, std::move(owned));
    return ScopedStatement(raw);
}

qint64 SqliteConnection::lastInsertRowId() const { return sqlite3_last_insert_rowid(m_db); }

int SqliteConnection::changes() const { return sqlite3_changes(m_db); }

Error SqliteConnection::error(int resultCode, const QString &what) const
{
    const int primary = resultCode & 0xff;
    QString reason = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(resultCode));
    if (reason.isEmpty() || reason == QLatin1String("not an error"))
        reason = QString::fromUtf8(sqlite3_errstr(resultCode));
    ErrorCode code = ErrorCode::IoError;
    QString advice;
    switch (primary) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        advice = QStringLiteral(" (another program is writing to this catalog; close it or try again)");
        break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        code = ErrorCode::InvalidData;
        advice = QStringLiteral(" (the file is damaged or not a Lookbook catalog; nothing was changed)");
        break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
        advice = QStringLiteral(" (check that the file and its folder are writable)");
        break;
    case SQLITE_CONSTRAINT:
        code = ErrorCode::InvalidData;
        break;
    default:
        break;
    }
    qCInfo(lcCatalog) << m_path << what << reason;  // the caller reports the returned error
    return Error{code, QStringLiteral("%1: %2: %3%4").arg(m_path, what, reason, advice)};
}

} // namespace lookbook::catalog
