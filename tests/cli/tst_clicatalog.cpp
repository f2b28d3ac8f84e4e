// `lookbook-cli catalog`, `index`, `search` and `evaluate` as a user runs them, including an import
// killed with SIGKILL half-way and resumed, and the messages for damaged or stale files.
#include "../core/colourcatalog.h"
#include "../testfiles.h"
#include "catalog/catalog.h"
#include "clirunner.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace lookbook;
using lookbook::test::runCli;

class TestCliCatalog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_world.make());
        m_db = m_world.dir.filePath(QStringLiteral("shop.db"));
    }

    void createImportSearchEvaluate()
    {
        test::CliRun run = runCli({QStringLiteral("catalog"), QStringLiteral("create"), m_db});
        QCOMPARE(run.exitCode, 0);
        run = runCli({QStringLiteral("catalog"), QStringLiteral("create"), m_db});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("already exists"));

        run = runCli({QStringLiteral("catalog"), QStringLiteral("import"), m_db, m_world.split, QStringLiteral("--models"), m_world.embedder});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("3 photos added (3 items)") && run.out.contains("index rebuilt"), run.out.constData());

        run = runCli({QStringLiteral("index"), QStringLiteral("build"), m_db, QStringLiteral("--type"), QStringLiteral("hnsw"), QStringLiteral("--m"), QStringLiteral("8")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("colour: hnsw") && run.out.contains("3 vectors of dimension 3"), run.out.constData());
        run = runCli({QStringLiteral("catalog"), QStringLiteral("info"), m_db});
        QVERIFY2(run.out.contains("shop: 3 photos, 3 items") && run.out.contains("index hnsw") && run.out.contains("up to date"), run.out.constData());

        // Street photo of pair 2 (green): the green shop photo (id 102) comes first.
        run = runCli({QStringLiteral("search"), m_db, m_world.split + QStringLiteral("/image/000002.jpg"), QStringLiteral("--models"), m_world.embedder, m_world.detector,
                      QStringLiteral("--top"), QStringLiteral("2"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        const QJsonArray boxes = report.value(QStringLiteral("boxes")).toArray();
        QCOMPARE(boxes.size(), 1);
        const QJsonArray results = boxes[0].toObject().value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 2);
        QVERIFY(results[0].toObject().value(QStringLiteral("image")).toString().endsWith(QStringLiteral("000102.jpg")));
        QCOMPARE(results[0].toObject().value(QStringLiteral("pair_id")).toInt(), 2);
        QCOMPARE(results[0].toObject().value(QStringLiteral("rank")).toInt(), 1);

        // The same with every post-processing step on, and with a box of the user's own.
        run = runCli({QStringLiteral("search"), m_db, m_world.split + QStringLiteral("/image/000002.jpg"), QStringLiteral("--embedder"), m_world.embedder,
                      QStringLiteral("--box"), QStringLiteral("8,8,40,40"), QStringLiteral("--qe"), QStringLiteral("1,3"), QStringLiteral("--dba"),
                      QStringLiteral("2,3"), QStringLiteral("--rerank"), QStringLiteral("2,1,0.3")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("1.") && run.out.contains("000102.jpg"), run.out.constData());

        const QString submission = m_world.dir.filePath(QStringLiteral("submission.json"));
        run = runCli({QStringLiteral("evaluate"), m_db, QStringLiteral("--split"), m_world.split, QStringLiteral("--models"), m_world.embedder, m_world.detector,
                      QStringLiteral("--submission"), submission});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject metrics = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(metrics.value(QStringLiteral("acc")).toObject().value(QStringLiteral("1")).toDouble(), 1.0);
        QCOMPARE(metrics.value(QStringLiteral("queries")).toInt(), 3);
        QCOMPARE(QJsonDocument::fromJson(test::readFile(submission)).array().size(), 3);
        // The written submission scores the same with the standalone evaluator.
        run = runCli({QStringLiteral("dataset"), QStringLiteral("retrieval-gt"), m_world.split, QStringLiteral("--query-out"), m_world.dir.filePath(QStringLiteral("q.json")),
                      QStringLiteral("--gallery-out"), m_world.dir.filePath(QStringLiteral("g.json"))});
        QCOMPARE(run.exitCode, 0);
        run = runCli({QStringLiteral("eval"), QStringLiteral("retrieval"), QStringLiteral("--query-gt"), m_world.dir.filePath(QStringLiteral("q.json")),
                      QStringLiteral("--gallery-gt"), m_world.dir.filePath(QStringLiteral("g.json")), QStringLiteral("--results"), submission});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QStringLiteral("acc")).toObject().value(QStringLiteral("1")).toDouble(), 1.0);
    }

    void evaluatesASyntheticSplitEndToEnd()
    {
        const QString out = m_world.dir.filePath(QStringLiteral("synth"));
        QCOMPARE(runCli({QStringLiteral("synth"), QStringLiteral("--out"), out, QStringLiteral("--pairs"), QStringLiteral("8"),
                         QStringLiteral("--validation-fraction"), QStringLiteral("0.5"), QStringLiteral("--seed"), QStringLiteral("2")}).exitCode, 0);
        const QString db = m_world.dir.filePath(QStringLiteral("synth.db"));
        const QString split = out + QStringLiteral("/validation");
        QCOMPARE(runCli({QStringLiteral("catalog"), QStringLiteral("create"), db}).exitCode, 0);
        test::CliRun run = runCli({QStringLiteral("catalog"), QStringLiteral("import"), db, split, QStringLiteral("--models"), m_world.embedder});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = runCli({QStringLiteral("evaluate"), db, QStringLiteral("--split"), split, QStringLiteral("--models"), m_world.embedder, QStringLiteral("--gt-boxes"),
                      QStringLiteral("--rerank"), QStringLiteral("20,6,0.3")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject metrics = QJsonDocument::fromJson(run.out).object();
        const QJsonObject acc = metrics.value(QStringLiteral("acc")).toObject();
        QCOMPARE(acc.keys(), (QStringList{QStringLiteral("1"), QStringLiteral("10"), QStringLiteral("15"), QStringLiteral("20"), QStringLiteral("5")}));
        QVERIFY(metrics.value(QStringLiteral("queries")).toInt() > 0);
        QCOMPARE(metrics.value(QStringLiteral("missed")).toInt(), 0);  // ground-truth boxes: every query is asked
        QVERIFY(acc.value(QStringLiteral("1")).toDouble() <= acc.value(QStringLiteral("20")).toDouble());
    }

    void staleAndDamagedFilesAreNamed()
    {
        const QString db = m_world.dir.filePath(QStringLiteral("stale.db"));
        QCOMPARE(runCli({QStringLiteral("catalog"), QStringLiteral("create"), db}).exitCode, 0);
        QCOMPARE(runCli({QStringLiteral("catalog"), QStringLiteral("import"), db, m_world.split, QStringLiteral("--models"), m_world.embedder, QStringLiteral("--no-index")}).exitCode, 0);
        test::CliRun run = runCli({QStringLiteral("search"), db, m_world.split + QStringLiteral("/image/000001.jpg"), QStringLiteral("--models"), m_world.embedder, m_world.detector});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("has no index yet; rebuild it with: lookbook-cli index build"), run.err.constData());
        run = runCli({QStringLiteral("index"), QStringLiteral("check"), db});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("index"), QStringLiteral("build"), db}).exitCode, 0);
        QCOMPARE(runCli({QStringLiteral("index"), QStringLiteral("check"), db}).exitCode, 0);

        const QString damaged = m_world.dir.filePath(QStringLiteral("damaged.db"));
        test::writeFile(damaged, QByteArray("not a database at all\n").repeated(100));
        run = runCli({QStringLiteral("catalog"), QStringLiteral("info"), damaged});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(damaged.toUtf8()) && run.err.contains("damaged or not a Lookbook catalog"), run.err.constData());
        run = runCli({QStringLiteral("search"), m_db, m_world.split + QStringLiteral("/image/000001.jpg"), QStringLiteral("--models"), m_world.embedder, m_world.detector,
                      QStringLiteral("--rerank"), QStringLiteral("20,6")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("--rerank: expected 3 comma-separated numbers"), run.err.constData());
    }

    void aKilledImportResumesWithoutDuplicates()
    {
        // 60 pairs and a slow embedder (~20 ms a photo), so SIGKILL lands in the middle of the import.
        const QString split = m_world.dir.filePath(QStringLiteral("big"));
        std::vector<test::ColourGarment> garments;
        for (int i = 0; i < 60; ++i)
            garments.push_back({QColor::fromHsv(i * 6, 200, 200), 1 + i % 13});
        QVERIFY(test::writeColourSplit(split, garments));
        const QString slow = test::makeColourEmbedder(m_world.dir.path(), QStringLiteral("slow"), 40);
        const QString db = m_world.dir.filePath(QStringLiteral("killed.db"));
        QCOMPARE(runCli({QStringLiteral("catalog"), QStringLiteral("create"), db}).exitCode, 0);

        QProcess import;
        import.start(QStringLiteral(LOOKBOOK_CLI), {QStringLiteral("catalog"), QStringLiteral("import"), db, split, QStringLiteral("--models"), slow});
        QVERIFY(import.waitForStarted());
        qint64 stored = 0;
        for (int wait = 0; wait < 600 && stored < 5; ++wait) {
            QThread::msleep(20);
            auto catalog = catalog::Catalog::open(db);
            if (catalog)
                stored = (*catalog)->counts().ok() ? (*catalog)->counts()->shopImages : 0;
        }
        import.kill();  // SIGKILL: no chance to clean up
        QVERIFY(import.waitForFinished());
        QVERIFY2(stored >= 5 && stored < 60, qPrintable(QString::number(stored)));

        {
            auto catalog = catalog::Catalog::open(db);
            QVERIFY(catalog.ok());
            const catalog::CatalogCounts counts = (*catalog)->counts().value();
            QVERIFY(counts.shopImages < 60);
            QCOMPARE(counts.shopItems, counts.shopImages);  // every stored photo has its item…
            const catalog::VectorSetInfo set = *(*catalog)->vectorSet(QStringLiteral("slow")).value();
            QCOMPARE(set.vectorCount, counts.shopItems);  // …and its vector
        }
        const test::CliRun resumed = runCli({QStringLiteral("catalog"), QStringLiteral("import"), db, split, QStringLiteral("--models"), slow});
        QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
        QVERIFY2(resumed.out.contains("already there"), resumed.out.constData());
        auto catalog = catalog::Catalog::open(db);
        QCOMPARE((*catalog)->counts()->shopImages, 60);
        QCOMPARE((*catalog)->counts()->shopItems, 60);
        QCOMPARE((*catalog)->vectorSet(QStringLiteral("slow")).value()->vectorCount, 60);
        QCOMPARE(runCli({QStringLiteral("index"), QStringLiteral("check"), db}).exitCode, 0);
    }

    void aFolderImportListsWhatItCannotRead()
    {
        const QString folder = m_world.dir.filePath(QStringLiteral("faults"));
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/sub")));
        const QByteArray jpeg = test::readFile(m_world.split + QStringLiteral("/image/000101.jpg"));
        test::writeFile(folder + QStringLiteral("/good.jpg"), jpeg);
        test::writeFile(folder + QStringLiteral("/sub/also-good.JPG"), test::readFile(m_world.split + QStringLiteral("/image/000102.jpg")));
        test::writeFile(folder + QStringLiteral("/notes.txt"), "not a photo, not reported\n");
        // A photo and a folder whose names are not UTF-8 (Latin-1 "é"), made with the bytes themselves.
        const QByteArray latin1Photo = QFile::encodeName(folder) + QByteArray("/caf\xe9.jpg");
        const int fd = ::open(latin1Photo.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        QVERIFY(fd >= 0);
        QCOMPARE(::write(fd, jpeg.constData(), static_cast<size_t>(jpeg.size())), static_cast<ssize_t>(jpeg.size()));
        ::close(fd);
        QCOMPARE(::mkdir((QFile::encodeName(folder) + QByteArray("/r\xe9sum\xe9")).constData(), 0755), 0);
        QVERIFY(QFile::link(folder + QStringLiteral("/gone.jpg"), folder + QStringLiteral("/dangling.jpg")));
        QVERIFY(QFile::link(m_world.split + QStringLiteral("/image"), folder + QStringLiteral("/linked")));
        QCOMPARE(::mkfifo(QFile::encodeName(folder + QStringLiteral("/pipe.jpg")).constData(), 0644), 0);

        const QString db = m_world.dir.filePath(QStringLiteral("faults.db"));
        QCOMPARE(runCli({QStringLiteral("catalog"), QStringLiteral("create"), db}).exitCode, 0);
        const test::CliRun run = runCli({QStringLiteral("catalog"), QStringLiteral("import"), db, folder, QStringLiteral("--models"), m_world.embedder, m_world.detector});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains("2 photos added (2 items)"), run.out.constData());
        const QList<QByteArray> expected{
            "skipped: " + folder.toUtf8() + "/caf\\xe9.jpg: the name is not valid UTF-8, so the photo cannot be imported; rename it",
            "skipped: " + folder.toUtf8() + "/r\\xe9sum\\xe9: the name is not valid UTF-8, so the folder cannot be imported; rename it",
            "skipped: " + folder.toUtf8() + "/dangling.jpg: a link to " + folder.toUtf8() + "/gone.jpg, which does not exist",
            "skipped: " + folder.toUtf8() + "/linked: a link to a folder, which is not followed; import " + m_world.split.toUtf8() + "/image itself",
            "skipped: " + folder.toUtf8() + "/pipe.jpg: not a file (a pipe, socket or device)",
        };
        for (const QByteArray &line : expected)
            QVERIFY2(run.err.contains(line), (line + "\nnot in:\n" + run.err).constData());
        QCOMPARE(run.err.count("skipped: "), 5);
        // QTemporaryDir cannot name these to remove them.
        QCOMPARE(::unlink(latin1Photo.constData()), 0);
        QCOMPARE(::rmdir((QFile::encodeName(folder) + QByteArray("/r\xe9sum\xe9")).constData()), 0);
    }

    void aFolderThatCannotBeListedIsReported()
    {
        if (::geteuid() == 0)
            QSKIP("permissions do not stop root; the other faults are in aFolderImportListsWhatItCannotRead");
        const QString folder = m_world.dir.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/private")));
        test::writeFile(folder + QStringLiteral("/good.jpg"), test::readFile(m_world.split + QStringLiteral("/image/000101.jpg")));
        QVERIFY(QFile::setPermissions(folder + QStringLiteral("/private"), QFileDevice::Permissions()));
        const QString db = m_world.dir.filePath(QStringLiteral("locked.db"));
        QCOMPARE(runCli({QStringLiteral("catalog"), QStringLiteral("create"), db}).exitCode, 0);
        const test::CliRun run = runCli({QStringLiteral("catalog"), QStringLiteral("import"), db, folder, QStringLiteral("--models"), m_world.embedder, m_world.detector});
        QVERIFY(QFile::setPermissions(folder + QStringLiteral("/private"), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("skipped: " + folder.toUtf8() + "/private: cannot list this folder (Permission denied)"), run.err.constData());
    }

    void aBoxWithoutAreaNamesItsAnnotation()
    {
        const QString split = m_world.dir.filePath(QStringLiteral("flat"));
        QVERIFY(test::writeColourSplit(split, test::primaryColours()));
        const QString annotation = split + QStringLiteral("/annos/000102.json");
        QJsonObject document = QJsonDocument::fromJson(test::readFile(annotation)).object();
        QJsonObject item = document.value(QStringLiteral("item1")).toObject();
        item.insert(QStringLiteral("bounding_box"), QJsonArray{16, 16, 16, 48});
        document.insert(QStringLiteral("item1"), item);
        test::writeFile(annotation, QJsonDocument(document).toJson());

        const QString db = m_world.dir.filePath(QStringLiteral("flat.db"));
        QCOMPARE(runCli({QStringLiteral("catalog"), QStringLiteral("create"), db}).exitCode, 0);
        const test::CliRun run = runCli({QStringLiteral("catalog"), QStringLiteral("import"), db, split, QStringLiteral("--models"), m_world.embedder});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains("2 photos added (2 items)") && run.out.contains("1 failed") && run.out.contains("index rebuilt"), run.out.constData());
        QVERIFY2(run.err.contains("skipped: " + annotation.toUtf8() + ": item1: "), run.err.constData());
        QVERIFY2(!run.err.contains("CHECK constraint"), run.err.constData());
    }

    void theImportReportComesBeforeAnIndexError()
    {
        const QString split = m_world.dir.filePath(QStringLiteral("streetonly"));
        QVERIFY(test::writeColourSplit(split, {{QColor(220, 30, 30), 1}, {QColor(30, 200, 40), 1}}));
        QVERIFY(QFile::remove(split + QStringLiteral("/image/000002.jpg")));
        const QString db = m_world.dir.filePath(QStringLiteral("streetonly.db"));
        QCOMPARE(runCli({QStringLiteral("catalog"), QStringLiteral("create"), db}).exitCode, 0);
        // Street photos only: there are no shop vectors to index.
        const test::CliRun run = runCli({QStringLiteral("catalog"), QStringLiteral("import"), db, split, QStringLiteral("--models"), m_world.embedder,
                                         QStringLiteral("--images"), QStringLiteral("user")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.out.contains("1 photos added (1 items)") && run.out.contains("1 failed"), run.out.constData());
        const qsizetype skipped = run.err.indexOf("skipped: " + split.toUtf8() + "/image/000002.jpg");
        const qsizetype indexError = run.err.indexOf("the photos are imported, but the index was not rebuilt: " + db.toUtf8() + ": vector set 'colour' has no shop vectors to index");
        QVERIFY2(skipped >= 0 && indexError > skipped, run.err.constData());
    }

    void aDirectoryIsNotACatalog()
    {
        const test::CliRun run = runCli({QStringLiteral("catalog"), QStringLiteral("info"), m_world.dir.path()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(m_world.dir.path().toUtf8() + " is a folder, not a catalog file"), run.err.constData());
    }

    void aSecondImportIsRefusedAndSearchGoesOnDuringAnImport()
    {
        const QString slow = test::makeColourEmbedder(m_world.dir.path(), QStringLiteral("busy"), 1000);
        const QString db = m_world.dir.filePath(QStringLiteral("busy.db"));
        QCOMPARE(runCli({QStringLiteral("catalog"), QStringLiteral("create"), db}).exitCode, 0);
        test::CliRun run = runCli({QStringLiteral("catalog"), QStringLiteral("import"), db, m_world.split, QStringLiteral("--models"), slow});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString split = m_world.dir.filePath(QStringLiteral("busy-split"));
        std::vector<test::ColourGarment> garments;
        for (int i = 0; i < 100; ++i)  // street ids 1…100, shop ids 101…200
            garments.push_back({QColor::fromHsv(i * 3, 200, 200), 1});
        QVERIFY(test::writeColourSplit(split, garments));

        // ~80 ms a photo: the poll below finds the import part-way through.
        QProcess import;
        import.start(QStringLiteral(LOOKBOOK_CLI), {QStringLiteral("catalog"), QStringLiteral("import"), db, split, QStringLiteral("--models"), slow});
        QVERIFY(import.waitForStarted());
        qint64 stored = 0;
        for (int wait = 0; wait < 600 && stored < 6; ++wait) {
            QThread::msleep(20);
            auto catalog = catalog::Catalog::open(db);
            if (catalog)
                stored = (*catalog)->counts().ok() ? (*catalog)->counts()->shopImages : 0;
        }
        QVERIFY2(stored >= 6, qPrintable(QString::number(stored)));

        // Held still (SIGSTOP) in the middle of its work, so that what follows happens during the import
        // however slow this machine or a sanitiser build is; it keeps its lock and its open catalog.
        QCOMPARE(::kill(static_cast<pid_t>(import.processId()), SIGSTOP), 0);
        run = runCli({QStringLiteral("catalog"), QStringLiteral("import"), db, split, QStringLiteral("--models"), slow});
        QVERIFY2(run.exitCode == 1, qPrintable(QStringLiteral("exit %1: %2%3").arg(run.exitCode).arg(QString::fromUtf8(run.out), QString::fromUtf8(run.err))));
        QVERIFY2(run.err.contains("another Lookbook process is writing to " + db.toUtf8()) && run.err.contains("try again when it has finished"),
                 run.err.constData());
        // A reader goes on: the index as it was before the import (the 3 photos of m_world.split), and a note.
        const test::CliRun search = runCli({QStringLiteral("search"), db, m_world.split + QStringLiteral("/image/000002.jpg"), QStringLiteral("--models"), slow,
                                            m_world.detector, QStringLiteral("--json")});
        QCOMPARE(::kill(static_cast<pid_t>(import.processId()), SIGCONT), 0);
        QVERIFY2(search.exitCode == 0, search.err.constData());
        QVERIFY2(search.err.contains("an import is running and the index is being updated; searching the index as it was before the import (3 of"),
                 search.err.constData());
        const QJsonArray results = QJsonDocument::fromJson(search.out).object().value(QStringLiteral("boxes")).toArray()[0].toObject().value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 3);
        for (const QJsonValue &result : results)
            QVERIFY2(result.toObject().value(QStringLiteral("image")).toString().startsWith(m_world.split), search.out.constData());
        QVERIFY(results[0].toObject().value(QStringLiteral("image")).toString().endsWith(QStringLiteral("000102.jpg")));

        QVERIFY(import.waitForFinished(120000));
        QCOMPARE(import.exitCode(), 0);
        auto catalog = catalog::Catalog::open(db);
        QCOMPARE((*catalog)->counts()->shopImages, 103);
        QCOMPARE(runCli({QStringLiteral("index"), QStringLiteral("check"), db}).exitCode, 0);
    }

    // A catalog of other categories than DeepFashion2's: made from a COCO file's categories, listed
    // with their items by `info --json`; a bad taxonomy leaves no catalog behind.
    void aCatalogTakesItsCategoriesFromATaxonomyFile()
    {
        const QString coco = test::writeFile(m_world.dir.filePath(QStringLiteral("shop-categories.json")), R"({"info": {"description": "Label Studio export"}, "images": [], "annotations": [],
            "categories": [{"id": 40, "name": "handbag", "supercategory": "accessory"}, {"id": 3, "name": "sneaker"}]})");
        const QString db = m_world.dir.filePath(QStringLiteral("retail.db"));
        test::CliRun run = runCli({QStringLiteral("catalog"), QStringLiteral("create"), db, QStringLiteral("--taxonomy"), coco});
        QVERIFY2(run.exitCode == 0 && run.out.contains("with 2 categories"), run.err.constData());
        run = runCli({QStringLiteral("catalog"), QStringLiteral("info"), db, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject info = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(info.value(QStringLiteral("taxonomy")).toString(), QStringLiteral("own"));
        const QJsonArray categories = info.value(QStringLiteral("categories")).toArray();
        QCOMPARE(categories.size(), 2);
        QCOMPARE(categories[0].toObject().value(QStringLiteral("id")).toInt(), 3);
        QCOMPARE(categories[1].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("handbag"));
        QCOMPARE(categories[1].toObject().value(QStringLiteral("supercategory")).toString(), QStringLiteral("accessory"));
        QCOMPARE(categories[1].toObject().value(QStringLiteral("items")).toInt(), 0);

        // A catalog of DeepFashion2 data: its taxonomy says so, with the items per category.
        const QString df2Db = m_world.dir.filePath(QStringLiteral("df2.db"));
        QCOMPARE(runCli({QStringLiteral("catalog"), QStringLiteral("create"), df2Db}).exitCode, 0);
        QCOMPARE(runCli({QStringLiteral("catalog"), QStringLiteral("import"), df2Db, m_world.split, QStringLiteral("--models"), m_world.embedder,
                         QStringLiteral("--no-index")}).exitCode, 0);
        run = runCli({QStringLiteral("catalog"), QStringLiteral("info"), df2Db, QStringLiteral("--json")});
        const QJsonObject df2 = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(df2.value(QStringLiteral("taxonomy")).toString(), QStringLiteral("deepfashion2"));
        int items = 0;
        for (const QJsonValue category : df2.value(QStringLiteral("categories")).toArray())
            items += category.toObject().value(QStringLiteral("items")).toInt();
        QCOMPARE(items, df2.value(QStringLiteral("shop")).toObject().value(QStringLiteral("items")).toInt()
                            + df2.value(QStringLiteral("user")).toObject().value(QStringLiteral("items")).toInt());

        const QString bad = test::writeFile(m_world.dir.filePath(QStringLiteral("twice.json")), R"([{"id": 1, "name": "Hand Bag"}, {"id": 2, "name": "hand-bag"}])");
        const QString never = m_world.dir.filePath(QStringLiteral("never.db"));
        run = runCli({QStringLiteral("catalog"), QStringLiteral("create"), never, QStringLiteral("--taxonomy"), bad});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("twice.json: category 2 \"hand-bag\" has the same name as \"Hand Bag\""), run.err.constData());
        QVERIFY(!QFileInfo::exists(never));
    }

private:
    test::ColourWorld m_world;
    QString m_db;
};

QTEST_GUILESS_MAIN(TestCliCatalog)
#include "tst_clicatalog.moc"
