#include "catalog/sqliteconnection.h"

#include "catalog/sqlitestatement.h"
#include "common/logging.h"

#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <sqlite3.h>

namespace lookbook::catalog {
namespace {

// Every damaged-file error points at the integrity check.
Error damagedFile(ErrorCode code, const QString &message, const QString &path)
{
    return Error{code, message, Remedy::CheckCatalog, {path}};
}

// The 100-byte header, read before SQLite sees the file: a file cut short (a failed copy, a full
// disk) would otherwise open fine and fail, or worse answer from what is left, only when a
// statement reaches a missing page. Costs one small read, whatever the catalog's size.
Status checkHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() == 0)
        return success();  // SQLite reports what is wrong with an unreadable or an empty file
    const QByteArray header = file.read(100);
    const auto damaged = [&](const QString &what) {
        return Status(damagedFile(ErrorCode::InvalidData, QStringLiteral("%1: damaged: %2 (nothing was changed)").arg(path, what), path));
    };
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return success();  // not a database at all: SQLite's own "file is not a database" says so
    const auto byteAt = [&](int i) { return static_cast<quint32>(static_cast<unsigned char>(header[i])); };
    const auto word = [&](int i) { return byteAt(i) << 24 | byteAt(i + 1) << 16 | byteAt(i + 2) << 8 | byteAt(i + 3); };
    const quint32 rawPageSize = byteAt(16) << 8 | byteAt(17);
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return damaged(QStringLiteral("the header's page size %1 is not a power of two from 512 to 65536").arg(pageSize));
    // The header's page count holds when it was written together with the change counter, and
    // while no write-ahead log or hot journal (which SQLite replays first) may stand in for pages.
    const bool countValid = word(92) == word(24);
    const bool logPending = QFileInfo(path + QStringLiteral("-wal")).size() > 0 || QFileInfo(path + QStringLiteral("-journal")).size() > 0;
    const qint64 expected = qint64(word(28)) * pageSize;
    if (countValid && !logPending && expected > file.size())
        return damaged(QStringLiteral("cut short: its header says %1 pages of %2 bytes (%3 bytes), the file has %4 bytes")
                           .arg(word(28))
                           .arg(pageSize)
                           .arg(expected)
                           .arg(file.size()));
    return success();
}

} // namespace

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
    if (QFileInfo(path).isDir())
        return Result<std::unique_ptr<SqliteConnection>>::failure(ErrorCode::InvalidArgument, path + QStringLiteral(" is a folder, not a catalog file"));
    const bool readOnly = mode == OpenMode::ReadOnly || mode == OpenMode::Inspect;
    if (mode != OpenMode::Inspect && QFileInfo::exists(path)) {
        if (Status header = checkHeader(path); !header)
            return header.error();
    }
    int flags = SQLITE_OPEN_NOMUTEX;
    flags |= readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
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
    if (!readOnly) {
        if (Status wal = connection->execute(QStringLiteral("PRAGMA journal_mode=WAL")); !wal)
            return wal.error();
    }
    // NORMAL is durable across application crashes in WAL mode; only a power cut may lose the last commit.
    // cell_size_check: every page read checks its cells' bounds, so damage inside a page is reported
    // as damage (SQLITE_CORRUPT) by whichever statement reads it, instead of yielding wrong rows.
    if (Status pragmas = connection->execute(QStringLiteral("PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL; PRAGMA cell_size_check=ON"));
        !pragmas)
        return pragmas.error();
    if (mode != OpenMode::Inspect) {
        if (Status tables = connection->readEveryTable(); !tables)
            return tables.error();
    }
    return connection;
}

Status SqliteConnection::readEveryTable()
{
    auto tables = prepare(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"));
    if (!tables)
        return tables.error();
    QStringList names;
    if (Status listed = (*tables)->forEachRow([&] { names << (*tables)->text(0); }); !listed)
        return listed;
    // One row of each table: its root page and the first leaf, a few pages whatever the size.
    for (QString name : names) {
        if (Status read = execute(QStringLiteral("SELECT * FROM \"%1\" LIMIT 1").arg(name.replace(QLatin1Char('"'), QStringLiteral("\"\"")))); !read)
            return read;
    }
    return success();
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
    qCInfo(lcCatalog) << m_path << what << reason;  // the caller reports the returned error
    ErrorCode code = ErrorCode::IoError;
    QString advice;
    switch (primary) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        // SQLite's "database is locked" says nothing a person can act on.
        return Error{code, QStringLiteral("another Lookbook process is writing to %1; try again when it has finished").arg(m_path)};
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        code = ErrorCode::InvalidData;
        advice = QStringLiteral(" (the file is damaged or not a Lookbook catalog; nothing was changed)");
        break;
    case SQLITE_IOERR:
        advice = QStringLiteral(" (reading or writing the file failed: a disk error, or a file cut short or damaged)");
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
    const QString message = QStringLiteral("%1: %2: %3%4").arg(m_path, what, reason, advice);
    return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB || primary == SQLITE_IOERR ? damagedFile(code, message, m_path) : Error{code, message};
}

} // namespace lookbook::catalog
