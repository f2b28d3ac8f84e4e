#pragma once

// The mechanics of the fault suite (tst_faults): lookbook-cli killed at a chosen moment or run under
// a file-size limit, a folder tree's fingerprint, a catalog's rows in a canonical order, and what
// its index answers to fixed queries. Kept apart from the checks so that every kind of fault is
// judged by the same yardsticks.
#include "catalog/catalog.h"
#include "catalog/sqliteconnection.h"
#include "catalog/sqlitestatement.h"
#include "common/floatmatrix.h"
#include "index/vectorindex.h"
#include "search/catalogindex.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QStringList>

#include <csignal>
#include <functional>
#include <map>
#include <utility>
#include <vector>

#include <sched.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>

namespace lookbook::test {

// One lookbook-cli run: how it ended and what it said.
struct FaultRun final {
    bool killed = false;   // SIGKILLed by the test while it was still running
    bool crashed = false;  // ended by a signal the test did not send
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 milliseconds = 0;
};

// Runs in the child between fork and exec: only async-signal-safe calls.
using ChildSetup = std::function<void()>;

// Writes beyond `bytes` into any one file fail with EFBIG (SIGXFSZ ignored, so the write returns an
// error instead of killing the process): a full disk that needs no mount and no privileges.
inline ChildSetup fileSizeLimit(rlim_t bytes)
{
    return [bytes] {
        std::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{bytes, bytes};
        setrlimit(RLIMIT_FSIZE, &limit);
    };
}

inline void startCli(QProcess &process, const QStringList &arguments, const ChildSetup &setup = {})
{
    if (setup)
        process.setChildProcessModifier(setup);
    process.start(QStringLiteral(LOOKBOOK_CLI), arguments);
}

inline FaultRun finishCli(QProcess &process, const QElapsedTimer &clock, int killAfterMs = -1)
{
    FaultRun run;
    if (killAfterMs >= 0 && !process.waitForFinished(qMax(1, killAfterMs - static_cast<int>(clock.elapsed())))) {
        process.kill();  // SIGKILL on Linux: no handler, no cleanup
        run.killed = true;
    }
    process.waitForFinished(180000);
    run.milliseconds = clock.elapsed();
    run.crashed = !run.killed && process.exitStatus() != QProcess::NormalExit;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

// Runs lookbook-cli; with killAfterMs >= 0 it is SIGKILLed that long after its start unless it ended first.
inline FaultRun runCliFault(const QStringList &arguments, int killAfterMs = -1, const ChildSetup &setup = {})
{
    QProcess process;
    QElapsedTimer clock;
    clock.start();
    startCli(process, arguments, setup);
    if (!process.waitForStarted())
        return {};
    return finishCli(process, clock, killAfterMs);
}

// `count` moments spread over a run of `referenceMs`: one in each of `count` equal slices, placed
// by a seeded generator so that a failure reproduces.
inline QList<int> killMoments(qint64 referenceMs, int count, quint32 seed)
{
    QRandomGenerator random(seed);
    QList<int> moments;
    for (int i = 0; i < count; ++i)
        moments << static_cast<int>((i + 0.1 + 0.8 * random.generateDouble()) * static_cast<double>(referenceMs) / count);
    return moments;
}

// Relative path → fingerprint of every file and folder under `root`, except those `owned` by the
// command under test (given the path relative to `root`). Files up to 1 MB are hashed; larger ones
// (catalogs and indexes that are inputs here) are known by size and modification time, which any
// write changes, to keep the suite fast.
using TreeSnapshot = std::map<QString, QString>;

inline TreeSnapshot snapshotTree(const QString &root, const std::function<bool(const QString &)> &owned)
{
    TreeSnapshot snapshot;
    const QDir base(root);
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = base.relativeFilePath(path);
        if (owned(relative))
            continue;
        const QFileInfo info = it.fileInfo();
        if (info.isDir() && !info.isSymLink()) {
            snapshot[relative] = QStringLiteral("folder");
            continue;
        }
        QString print = QStringLiteral("%1 bytes").arg(info.size());
        if (info.size() <= (1 << 20)) {
            QFile file(path);
            print += file.open(QIODevice::ReadOnly) ? QStringLiteral(", sha1 ") + QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha1).toHex())
                                                    : QStringLiteral(", unreadable");
        } else {
            struct stat status {};
            if (::stat(QFile::encodeName(path).constData(), &status) == 0)
                print += QStringLiteral(", modified %1.%2").arg(status.st_mtim.tv_sec).arg(status.st_mtim.tv_nsec, 9, 10, QLatin1Char('0'));
        }
        snapshot[relative] = print;
    }
    return snapshot;
}

// What a command owns in a folder: the entries of `folder` (relative to the snapshot root) whose
// name contains `target`'s name — the target itself, SQLite's -wal/-shm, an index beside a
// catalog, a hidden staging folder — and everything below them.
inline std::function<bool(const QString &)> ownedBy(const QString &folder, const QString &target)
{
    const QString prefix = folder + QLatin1Char('/');
    return [prefix, target](const QString &relative) {
        return relative.startsWith(prefix) && relative.mid(prefix.size()).section(QLatin1Char('/'), 0, 0).contains(target);
    };
}

// "path: before → after" for every entry that appeared, vanished or changed.
inline QStringList treeChanges(const TreeSnapshot &before, const TreeSnapshot &after)
{
    QStringList changes;
    for (const auto &[path, print] : before) {
        const auto found = after.find(path);
        if (found == after.end())
            changes << path + QStringLiteral(": removed");
        else if (found->second != print)
            changes << QStringLiteral("%1: %2 → %3").arg(path, print, found->second);
    }
    for (const auto &[path, print] : after) {
        if (!before.count(path))
            changes << path + QStringLiteral(": appeared (") + print + QLatin1Char(')');
    }
    return changes;
}

// The names in `folder`, hidden ones included, sorted.
inline QStringList folderNames(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
}

// Relative path → sha1 of every file under `path` (a file or a folder); {} when it does not exist.
inline QStringList contentOf(const QString &path)
{
    const QFileInfo info(path);
    const auto hashOf = [](const QString &file) {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha1).toHex())
                                           : QStringLiteral("unreadable");
    };
    if (!info.exists())
        return {};
    if (!info.isDir())
        return {hashOf(path)};
    QStringList content;
    QDirIterator it(path, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        content << QDir(path).relativeFilePath(file) + (it.fileInfo().isDir() ? QStringLiteral("/") : QStringLiteral(" ") + hashOf(file));
    }
    content.sort();
    return content;
}

// Runs SQLite's integrity check; "ok" or what it found (or why the file could not be opened).
inline QString integrityCheck(const QString &db)
{
    auto connection = catalog::SqliteConnection::open(db, catalog::SqliteConnection::OpenMode::Existing);
    if (!connection)
        return connection.error().message;
    auto statement = (*connection)->prepare(QStringLiteral("PRAGMA integrity_check"));
    if (!statement)
        return statement.error().message;
    QStringList lines;
    const Status read = (*statement)->forEachRow([&] { lines << (*statement)->text(0); });
    return read ? lines.join(QLatin1Char('\n')) : read.error().message;
}

// The catalog's content without row ids or timestamps, one line per row, sorted: items are named
// by their photo's path and box, so that two catalogs that hold the same things compare equal
// however their rows were numbered. Index lines start with "index:" (the derived part).
inline QStringList catalogDump(const QString &db)
{
    auto connection = catalog::SqliteConnection::open(db, catalog::SqliteConnection::OpenMode::Existing);
    if (!connection)
        return {QStringLiteral("error: ") + connection.error().message};
    const QString item = QStringLiteral("i.path || '#' || it.x1 || ',' || it.y1 || ',' || it.x2 || ',' || it.y2");
    // Each query with its number of columns.
    const std::vector<std::pair<QString, int>> queries{
        {QStringLiteral("SELECT 'image', path, content_hash, width, height, source, pair_id, origin_key FROM images"), 8},
        {QStringLiteral("SELECT 'item', %1, it.category_id, it.style, it.score, it.origin, it.review_state FROM items it "
                        "JOIN images i ON i.id = it.image_id").arg(item), 7},
        {QStringLiteral("SELECT 'vector', s.name, %1, hex(v.data) FROM vectors v JOIN vector_sets s ON s.id = v.vector_set_id "
                        "JOIN items it ON it.id = v.item_id JOIN images i ON i.id = it.image_id").arg(item), 4},
        {QStringLiteral("SELECT 'product', %1, p.title, p.price, p.currency, p.url, p.extra FROM products p JOIN items it ON it.id = p.item_id "
                        "JOIN images i ON i.id = it.image_id").arg(item), 7},
        {QStringLiteral("SELECT 'model', name, kind, fingerprint, manifest FROM models"), 5},
        {QStringLiteral("SELECT 'vector_set', s.name, m.fingerprint, s.dimension FROM vector_sets s JOIN models m ON m.id = s.model_id"), 4},
        {QStringLiteral("SELECT 'index:', name, index_type, index_params, index_file, index_count FROM vector_sets"), 6},
        {QStringLiteral("SELECT 'review_image', i.path, r.split, r.reviewed, r.predicted, r.categories, r.true_positives, r.missed, r.spurious, "
                        "r.wrong_category, r.poor_iou, r.suspicion FROM review_images r JOIN images i ON i.id = r.image_id"), 12},
        {QStringLiteral("SELECT 'review_log', user, action, detail FROM review_log"), 4},
    };
    QStringList rows;
    for (const auto &[sql, columns] : queries) {
        auto statement = (*connection)->prepare(sql);
        if (!statement)
            return {QStringLiteral("error: ") + statement.error().message};
        const Status read = (*statement)->forEachRow([&, columns = columns] {
            QStringList values;
            for (int column = 0; column < columns; ++column)
                values << ((*statement)->isNull(column) ? QStringLiteral("NULL") : (*statement)->text(column));
            rows << values.join(QLatin1Char('|'));
        });
        if (!read)
            return {QStringLiteral("error: ") + read.error().message};
    }
    rows.sort();
    return rows;
}

// The catalog's rows without the index lines.
inline QStringList dataRows(const QStringList &dump)
{
    QStringList rows;
    for (const QString &row : dump) {
        if (!row.startsWith(QLatin1String("index:")))
            rows << row;
    }
    return rows;
}

// What the vector set's index answers to `queries` (k nearest each), items named as in
// catalogDump: "type N" then one line per query. When the index does not open, the one line
// "out of date: …" (an error that names the command that fixes it) or "error: …".
inline QStringList indexAnswers(const QString &db, const QString &vectorSet, const FloatMatrix &queries, int k)
{
    auto opened = catalog::Catalog::open(db);
    if (!opened)
        return {QStringLiteral("error: ") + opened.error().message};
    catalog::Catalog &catalog = **opened;
    auto index = search::CatalogIndex::open(catalog, vectorSet);
    if (!index)
        return {(index.error().code == ErrorCode::OutOfDate ? QStringLiteral("out of date: ") : QStringLiteral("error: ")) + index.error().message};
    QHash<qint64, QString> names;
    auto statement = catalog.connection().prepare(QStringLiteral(
        "SELECT it.id, i.path || '#' || it.x1 || ',' || it.y1 || ',' || it.x2 || ',' || it.y2 FROM items it JOIN images i ON i.id = it.image_id"));
    if (!statement || !(*statement)->forEachRow([&] { names.insert((*statement)->int64(0), (*statement)->text(1)); }))
        return {QStringLiteral("error: cannot read the items of ") + db};
    const auto found = (*index)->index().search(queries, k);
    if (!found)
        return {QStringLiteral("error: ") + found.error().message};
    QStringList answers{QStringLiteral("%1 %2").arg((*index)->vectorSet().indexType).arg((*index)->index().size())};
    for (const auto &neighbours : *found) {
        QStringList line;
        for (const index::Neighbour &n : neighbours)
            line << QStringLiteral("%1 %2").arg(names.value(n.id, QStringLiteral("unknown item %1").arg(n.id))).arg(n.score, 0, 'f', 4);
        answers << line.join(QStringLiteral("; "));
    }
    return answers;
}

// Mounts made by the suite (a small tmpfs, a read-only bind) live in a mount namespace of the test
// process's own, so that they vanish with it even if it dies. False where that is not allowed
// (no CAP_SYS_ADMIN): the suite then uses the variants that need no mount.
inline bool enterPrivateMountNamespace()
{
    return ::unshare(CLONE_NEWNS) == 0 && ::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) == 0;
}

// A mount undone when it goes out of scope.
class ScopedMount final
{
public:
    ScopedMount() = default;
    ScopedMount(const ScopedMount &) = delete;
    ScopedMount &operator=(const ScopedMount &) = delete;
    ~ScopedMount() { release(); }

    void release()
    {
        if (!m_target.isEmpty())
            ::umount2(QFile::encodeName(m_target).constData(), MNT_DETACH);
        m_target.clear();
    }

    // A tmpfs of `bytes` at `folder`.
    bool tmpfs(const QString &folder, qint64 bytes)
    {
        const QByteArray options = "size=" + QByteArray::number(bytes);
        return attach(folder, ::mount("tmpfs", QFile::encodeName(folder).constData(), "tmpfs", 0, options.constData()) == 0);
    }
    // `path` (a file or a folder) seen read-only, as on a read-only file system.
    bool readOnly(const QString &path)
    {
        const QByteArray target = QFile::encodeName(path);
        if (::mount(target.constData(), target.constData(), nullptr, MS_BIND, nullptr) != 0)
            return false;
        m_target = path;
        return ::mount(nullptr, target.constData(), nullptr, MS_BIND | MS_REMOUNT | MS_RDONLY, nullptr) == 0;
    }
    // Resizes a tmpfs mounted by tmpfs().
    bool resize(qint64 bytes)
    {
        const QByteArray options = "size=" + QByteArray::number(bytes);
        return ::mount("tmpfs", QFile::encodeName(m_target).constData(), "tmpfs", MS_REMOUNT, options.constData()) == 0;
    }

private:
    bool attach(const QString &target, bool mounted)
    {
        if (mounted)
            m_target = target;
        return mounted;
    }

    QString m_target;
};

} // namespace lookbook::test
