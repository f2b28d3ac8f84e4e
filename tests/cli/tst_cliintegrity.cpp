// Damage found before it gives wrong answers, as a user meets it on the command line: a damaged page
// in a catalog, changed bytes in an index, a changed or missing photo, an index build that runs out
// of disk, and `catalog check` listing each problem.
#include "../core/colourcatalog.h"
#include "../testfiles.h"
#include "catalog/catalog.h"
#include "catalog/sqliteconnection.h"
#include "catalog/sqlitestatement.h"
#include "clirunner.h"
#include "search/catalogindex.h"
#include "search/indexsidecar.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <csignal>
#include <random>

#include <sys/resource.h>

using namespace lookbook;
using lookbook::test::runCli;

namespace {

// A catalog of `count` shop photos (names only, no files), each with one item and a random unit
// vector of `dimension` values, written through the Catalog API in one transaction.
bool makeVectorCatalog(const QString &db, int count, int dimension)
{
    auto created = catalog::Catalog::create(db);
    if (!created)
        return false;
    catalog::Catalog &catalog = **created;
    std::mt19937 random(7);
    std::normal_distribution<float> normal;
    return catalog
        .transaction([&]() -> Status {
            const Result<qint64> model = catalog.ensureModel({0, QStringLiteral("random"), QStringLiteral("embedder"), QStringLiteral("sha256:random"), "{}"});
            if (!model)
                return model.error();
            const Result<catalog::VectorSetInfo> set = catalog.ensureVectorSet(QStringLiteral("random"), *model, dimension);
            if (!set)
                return set.error();
            for (int i = 0; i < count; ++i) {
                catalog::CatalogImage image;
                image.path = QStringLiteral("/photos/a-folder-name-long-enough-to-fill-pages/shop-photo-%1.jpg").arg(i, 6, 10, QLatin1Char('0'));
                image.contentHash = QStringLiteral("%1").arg(i, 64, 10, QLatin1Char('0'));
                image.width = image.height = 64;
                const Result<qint64> imageId = catalog.addImage(image);
                if (!imageId)
                    return imageId.error();
                catalog::CatalogItem item;
                item.imageId = *imageId;
                item.box = {1, 1, 60, 60};
                const Result<qint64> itemId = catalog.addItem(item);
                if (!itemId)
                    return itemId.error();
                std::vector<float> v(static_cast<size_t>(dimension));
                float norm = 0;
                for (float &x : v) {
                    x = normal(random);
                    norm += x * x;
                }
                for (float &x : v)
                    x /= std::sqrt(norm);
                if (Status put = catalog.putVector(set->id, *itemId, v.data(), dimension); !put)
                    return put;
            }
            return success();
        })
        .ok();
}

// Overwrites `page` (1-based) of the database with a pattern, as a failing disk or a bad copy would.
bool damagePage(const QString &db, qint64 page)
{
    qint64 pageSize = 0;
    {
        auto connection = catalog::SqliteConnection::open(db, catalog::SqliteConnection::OpenMode::Existing);
        if (!connection) {
            qWarning() << connection.error().message;
            return false;
        }
        auto query = (*connection)->prepare(QStringLiteral("PRAGMA page_size"));
        if (!query)
            return false;
        const Result<bool> row = (*query)->step();
        if (!row || !*row)
            return false;
        pageSize = (*query)->int64(0);
    }  // closing the last connection checkpoints the log into the file, so the file is the whole catalog
    QFile file(db);
    if (!file.open(QIODevice::ReadWrite) || !file.seek((page - 1) * pageSize))
        return false;
    return file.write(QByteArray(static_cast<int>(pageSize), '\x5a')) == pageSize;
}

qint64 firstValue(const QString &db, const QString &sql)
{
    auto connection = catalog::SqliteConnection::open(db, catalog::SqliteConnection::OpenMode::Existing);
    if (!connection) {
        qWarning() << connection.error().message;
        return -1;
    }
    auto query = (*connection)->prepare(sql);
    if (!query)
        return -1;
    const Result<bool> row = (*query)->step();
    return row && *row ? (*query)->int64(0) : -1;
}

} // namespace

class TestCliIntegrity final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_world.make());
    }

    // A catalog whose items table has a damaged page (one of about 20): every command refuses it
    // with a message that names the file, says it is damaged and how to check it; none exits 0.
    void aDamagedPageFailsEveryCommand()
    {
        const QString db = importedCatalog(QStringLiteral("paged"));
        QVERIFY(!db.isEmpty());
        const qint64 itemsPage = firstValue(db, QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = 'items'"));
        const qint64 pages = firstValue(db, QStringLiteral("PRAGMA page_count"));
        QVERIFY2(itemsPage > 1 && itemsPage <= pages, qPrintable(QStringLiteral("%1 of %2").arg(itemsPage).arg(pages)));
        QVERIFY(damagePage(db, itemsPage));

        const QString photo = m_world.split + QStringLiteral("/image/000001.jpg");
        const QList<QStringList> commands = {
            {QStringLiteral("catalog"), QStringLiteral("info"), db},
            {QStringLiteral("search"), db, photo, QStringLiteral("--models"), m_world.embedder, m_world.detector},
            {QStringLiteral("catalog"), QStringLiteral("import"), db, m_world.split, QStringLiteral("--models"), m_world.embedder},
            {QStringLiteral("export"), db, QStringLiteral("--format"), QStringLiteral("coco"), QStringLiteral("--out"), m_world.dir.filePath(QStringLiteral("paged.json"))},
            {QStringLiteral("index"), QStringLiteral("build"), db},
        };
        for (const QStringList &command : commands) {
            const test::CliRun run = runCli(command);
            const QString what = command.mid(0, 2).join(QLatin1Char(' ')) + QStringLiteral(": ") + QString::fromUtf8(run.err);
            QVERIFY2(run.exitCode > 0, qPrintable(what));
            QVERIFY2(run.err.contains(db.toUtf8()) && run.err.contains("damaged"), qPrintable(what));
            QVERIFY2(run.err.contains("check it with: lookbook-cli catalog check \"" + db.toUtf8() + "\""), qPrintable(what));
        }
        QVERIFY(!QFileInfo::exists(m_world.dir.filePath(QStringLiteral("paged.json"))));

        const test::CliRun check = runCli({QStringLiteral("catalog"), QStringLiteral("check"), db});
        QCOMPARE(check.exitCode, 1);
        QVERIFY2(check.out.contains(db.toUtf8() + ": integrity check: "), check.out.constData());
        QVERIFY2(check.out.contains("SQLite integrity check failed"), check.out.constData());
    }

    // Damage further inside a table (a leaf page of the images table, past the first): the open-time
    // check reads only each table's first page, so it is the statement that reads the page that
    // reports it, with the same plain message.
    void damageInsideATableIsReportedByTheStatementThatReadsIt()
    {
        const QString db = m_world.dir.filePath(QStringLiteral("leaf.db"));
        QVERIFY(makeVectorCatalog(db, 400, 8));
        const qint64 leaf = firstValue(db, QStringLiteral("SELECT pageno FROM dbstat WHERE name = 'images' AND pagetype = 'leaf' "
                                                          "ORDER BY pageno LIMIT 1 OFFSET 3"));
        QVERIFY(leaf > 0);
        QVERIFY(damagePage(db, leaf));

        test::CliRun run = runCli({QStringLiteral("catalog"), QStringLiteral("info"), db});
        QVERIFY2(run.exitCode > 0, run.err.constData());
        QVERIFY2(run.err.contains(db.toUtf8()) && run.err.contains("damaged") && run.err.contains("lookbook-cli catalog check"), run.err.constData());
        run = runCli({QStringLiteral("export"), db, QStringLiteral("--format"), QStringLiteral("coco"), QStringLiteral("--out"), m_world.dir.filePath(QStringLiteral("leaf.json"))});
        QVERIFY2(run.exitCode > 0, run.err.constData());
        QVERIFY2(run.err.contains(db.toUtf8()) && run.err.contains("damaged") && run.err.contains("lookbook-cli catalog check"), run.err.constData());
        run = runCli({QStringLiteral("catalog"), QStringLiteral("check"), db});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QStringLiteral("%1: integrity check: ").arg(db).toUtf8()), run.out.constData());
    }

    // Changed bytes inside the index's vectors: `index check`, search and `catalog check` refuse it.
    void damagedIndexBytesFailTheChecks()
    {
        const QString db = importedCatalog(QStringLiteral("bytes"));
        QVERIFY(!db.isEmpty());
        const QString indexPath = db + QStringLiteral(".colour.faiss");
        QByteArray bytes = test::readFile(indexPath);
        QVERIFY(bytes.size() > 100);
        bytes[bytes.size() - 60] = static_cast<char>(bytes[bytes.size() - 60] ^ 0x7f);  // inside the 3 × 3 floats before the ids
        test::writeFile(indexPath, bytes);

        test::CliRun run = runCli({QStringLiteral("index"), QStringLiteral("check"), db});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(indexPath.toUtf8() + ": damaged or replaced on its own") && run.err.contains("rebuild it with: lookbook-cli index build"),
                 run.err.constData());
        run = runCli({QStringLiteral("search"), db, m_world.split + QStringLiteral("/image/000001.jpg"), QStringLiteral("--models"), m_world.embedder, m_world.detector});
        QVERIFY2(run.exitCode > 0 && run.err.contains("damaged or replaced on its own"), run.err.constData());
        run = runCli({QStringLiteral("catalog"), QStringLiteral("check"), db});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(indexPath.toUtf8() + ": damaged or replaced on its own") && run.out.contains(": 1 problem;"), run.out.constData());
        QCOMPARE(runCli({QStringLiteral("index"), QStringLiteral("build"), db}).exitCode, 0);
        QCOMPARE(runCli({QStringLiteral("index"), QStringLiteral("check"), db}).exitCode, 0);
    }

    // `catalog check` on a sound catalog, then with one problem of each kind at a time.
    void catalogCheckListsEachProblem()
    {
        const QString photos = m_world.dir.filePath(QStringLiteral("checked"));
        QVERIFY(test::writeColourSplit(photos, {{QColor(220, 30, 30), 1}, {QColor(30, 200, 40), 1}}));
        const QString db = m_world.dir.filePath(QStringLiteral("checked.db"));
        QCOMPARE(runCli({QStringLiteral("catalog"), QStringLiteral("create"), db}).exitCode, 0);
        QCOMPARE(runCli({QStringLiteral("catalog"), QStringLiteral("import"), db, photos, QStringLiteral("--models"), m_world.embedder}).exitCode, 0);
        test::CliRun run = runCli({QStringLiteral("catalog"), QStringLiteral("check"), db});
        QVERIFY2(run.exitCode == 0, run.out.constData());
        QCOMPARE(run.out, db.toUtf8() + ": no problems; SQLite integrity check passed, 1 vector sets, 2 photos checked\n");

        // A photo changed on disk, then one gone.
        const QString changed = photos + QStringLiteral("/image/000101.jpg");
        const QByteArray original = test::readFile(changed);
        test::writeFile(changed, original + QByteArray("trailing bytes"));
        run = runCli({QStringLiteral("catalog"), QStringLiteral("check"), db});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.startsWith(changed.toUtf8() + ": changed since it was imported: its SHA-256 is "), run.out.constData());
        QVERIFY2(run.out.contains(": 1 problem; SQLite integrity check passed"), run.out.constData());
        QVERIFY(QFile::remove(changed));
        run = runCli({QStringLiteral("catalog"), QStringLiteral("check"), db});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.startsWith(changed.toUtf8() + ": missing (photo "), run.out.constData());
        test::writeFile(changed, original);
        QCOMPARE(runCli({QStringLiteral("catalog"), QStringLiteral("check"), db}).exitCode, 0);

        // The index: a sidecar of another model, a file of another count, a missing file.
        const QString indexPath = db + QStringLiteral(".colour.faiss");
        const QString sidecarPath = search::IndexSidecar::pathFor(indexPath);
        const QByteArray sidecar = test::readFile(sidecarPath);
        QJsonObject json = QJsonDocument::fromJson(sidecar).object();
        json.insert(QStringLiteral("model_fingerprint"), QStringLiteral("sha256:other"));
        test::writeFile(sidecarPath, QJsonDocument(json).toJson());
        run = runCli({QStringLiteral("catalog"), QStringLiteral("check"), db});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.startsWith(indexPath.toUtf8() + ": built with other model weights"), run.out.constData());
        test::writeFile(sidecarPath, sidecar);
        QVERIFY(catalog::SqliteConnection::open(db, catalog::SqliteConnection::OpenMode::Existing)
                    .value()
                    ->execute(QStringLiteral("DELETE FROM vectors WHERE item_id = 2"))
                    .ok());
        run = runCli({QStringLiteral("catalog"), QStringLiteral("check"), db});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.startsWith(indexPath.toUtf8() + ": holds 2 vectors, the catalog 1"), run.out.constData());
        QCOMPARE(runCli({QStringLiteral("index"), QStringLiteral("build"), db}).exitCode, 0);
        QVERIFY(QFile::remove(indexPath));
        run = runCli({QStringLiteral("catalog"), QStringLiteral("check"), db});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.startsWith(indexPath.toUtf8() + ": the index file is missing"), run.out.constData());

        // Not a catalog at all: no file, then a file that is not a database.
        run = runCli({QStringLiteral("catalog"), QStringLiteral("check"), m_world.dir.filePath(QStringLiteral("nonesuch.db"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("nonesuch.db: no such catalog"), run.err.constData());
        const QString text = test::writeFile(m_world.dir.filePath(QStringLiteral("text.db")), QByteArray("not a database\n").repeated(300));
        run = runCli({QStringLiteral("catalog"), QStringLiteral("check"), text});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(text.toUtf8() + ": ") && run.out.contains("not a Lookbook catalog"), run.out.constData());
    }

    // An index build that hits the file-size limit (a full disk, as the child process sees it) while
    // writing a larger HNSW index over a flat one: the flat index, its sidecar and the catalog
    // record stay, in agreement, and no staged file is left behind.
    void aBuildThatRunsOutOfSpaceLeavesTheOldIndex()
    {
        const QString db = m_world.dir.filePath(QStringLiteral("full.db"));
        QVERIFY(makeVectorCatalog(db, 300, 64));
        QCOMPARE(runCli({QStringLiteral("index"), QStringLiteral("build"), db}).exitCode, 0);
        const QString indexPath = db + QStringLiteral(".random.faiss");
        const QByteArray flatIndex = test::readFile(indexPath);
        const QByteArray flatSidecar = test::readFile(search::IndexSidecar::pathFor(indexPath));
        QVERIFY(flatIndex.size() > 76800);  // 300 × 64 floats

        QProcess build;
        build.setChildProcessModifier([] {
            ::signal(SIGXFSZ, SIG_IGN);  // a write past the limit then fails with EFBIG, as on a full disk
            const rlimit limit{48 * 1024, 48 * 1024};  // the catalog's 32 KB shared-memory file fits, the index does not
            ::setrlimit(RLIMIT_FSIZE, &limit);
        });
        build.start(QStringLiteral(LOOKBOOK_CLI), {QStringLiteral("index"), QStringLiteral("build"), db, QStringLiteral("--type"), QStringLiteral("hnsw")});
        QVERIFY(build.waitForFinished(60000));
        const QByteArray err = build.readAllStandardError();
        QCOMPARE(build.exitStatus(), QProcess::NormalExit);
        QVERIFY2(build.exitCode() != 0 && err.contains(indexPath.toUtf8()), err.constData());

        QCOMPARE(test::readFile(indexPath), flatIndex);
        QCOMPARE(test::readFile(search::IndexSidecar::pathFor(indexPath)), flatSidecar);
        QCOMPARE(QDir(m_world.dir.path()).entryList({QStringLiteral("full.db.random.faiss*")}, QDir::Files),
                 (QStringList{QStringLiteral("full.db.random.faiss"), QStringLiteral("full.db.random.faiss.json")}));
        auto catalog = catalog::Catalog::open(db);
        QCOMPARE((*catalog)->vectorSet(QStringLiteral("random")).value()->indexType, QStringLiteral("flat"));
        const auto index = search::CatalogIndex::open(**catalog, QStringLiteral("random"));
        QVERIFY2(index.ok(), index.ok() ? "" : qPrintable(index.error().message));
        QCOMPARE((*index)->index().params().type, index::IndexParams::Type::Flat);
        QCOMPARE((*index)->index().size(), std::int64_t(300));
    }

private:
    // A catalog of the three colour photos, imported and indexed by the CLI; empty (and the command's
    // output in the log) when that fails.
    QString importedCatalog(const QString &name)
    {
        const QString db = m_world.dir.filePath(name + QStringLiteral(".db"));
        const QList<QStringList> commands = {
            {QStringLiteral("catalog"), QStringLiteral("create"), db},
            {QStringLiteral("catalog"), QStringLiteral("import"), db, m_world.split, QStringLiteral("--models"), m_world.embedder},
        };
        for (const QStringList &command : commands) {
            const test::CliRun run = runCli(command);
            if (run.exitCode != 0) {
                qWarning().noquote() << command.join(QLatin1Char(' ')) << "exited" << run.exitCode << '\n' << run.err;
                return {};
            }
        }
        return db;
    }

    test::ColourWorld m_world;
};

QTEST_GUILESS_MAIN(TestCliIntegrity)
#include "tst_cliintegrity.moc"
