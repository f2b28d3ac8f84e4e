// `lookbook-cli export`, `review-log` and `index update` as a user runs them: outputs, messages
// that name the file at fault, and exit codes.
#include "../core/colourcatalog.h"
#include "../testfiles.h"
#include "catalog/sqliteconnection.h"
#include "clirunner.h"
#include "dataset/cocodataset.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace lookbook;
using lookbook::test::runCli;

class TestCliExport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_split = m_dir.filePath(QStringLiteral("validation"));
        QVERIFY(test::writeColourSplit(m_split, {{QColor(220, 30, 30), 1}, {QColor(30, 200, 40), 8}, {QColor(40, 50, 220), 9}}));
        m_embedder = test::makeColourEmbedder(m_dir.path(), QStringLiteral("colour"));
        m_db = m_dir.filePath(QStringLiteral("shop.db"));
        QCOMPARE(runCli({QStringLiteral("catalog"), QStringLiteral("create"), m_db}).exitCode, 0);
        const test::CliRun import = runCli({QStringLiteral("catalog"), QStringLiteral("import"), m_db, m_split, QStringLiteral("--models"), m_embedder});
        QVERIFY2(import.exitCode == 0, import.err.constData());
    }

    void exportsDeepFashion2AndCoco()
    {
        const QString split = m_dir.filePath(QStringLiteral("corrected"));
        test::CliRun run = runCli({QStringLiteral("export"), m_db, QStringLiteral("--format"), QStringLiteral("deepfashion2"), QStringLiteral("--out"), split});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("3 images, 3 items"), run.out.constData());
        QVERIFY(QFileInfo::exists(split + QStringLiteral("/annos/000102.json")));
        QVERIFY(QFileInfo::exists(split + QStringLiteral("/image/000102.jpg")));
        // The written split passes the project's own DeepFashion2 checks on what it can know.
        run = runCli({QStringLiteral("dataset"), QStringLiteral("to-coco"), split, QStringLiteral("--out"), m_dir.filePath(QStringLiteral("via-split.json"))});
        QVERIFY2(run.exitCode == 0, run.err.constData());

        const QString coco = m_dir.filePath(QStringLiteral("corrected.json"));
        run = runCli({QStringLiteral("export"), m_db, QStringLiteral("--format"), QStringLiteral("coco"), QStringLiteral("--out"), coco});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const auto parsed = dataset::CocoDataset::parseGroundTruth(test::readFile(coco), coco);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->annotations.size(), std::size_t(3));
        QCOMPARE(parsed->annotations[1].categoryId, 8);
        QCOMPARE(parsed->annotations[1].w, 32.0);
        // Exported from the catalog or converted from the exported split: the same COCO document.
        QCOMPARE(test::readFile(coco), test::readFile(m_dir.filePath(QStringLiteral("via-split.json"))));

        run = runCli({QStringLiteral("export"), m_db, QStringLiteral("--format"), QStringLiteral("coco"), QStringLiteral("--out"), coco});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(coco.toUtf8() + ": already exists; choose another output, or replace it (--force)"), run.err.constData());
        QCOMPARE(runCli({QStringLiteral("export"), m_db, QStringLiteral("--format"), QStringLiteral("coco"), QStringLiteral("--out"), coco,
                         QStringLiteral("--force")})
                     .exitCode,
                 0);
        run = runCli({QStringLiteral("export"), m_db, QStringLiteral("--format"), QStringLiteral("yolo"), QStringLiteral("--out"), coco});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("--format: expected deepfashion2 or coco, got 'yolo'"), run.err.constData());
        const QString missing = m_dir.filePath(QStringLiteral("missing.db"));
        run = runCli({QStringLiteral("export"), missing, QStringLiteral("--format"), QStringLiteral("coco"), QStringLiteral("--out"), coco});
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(missing.toUtf8()), run.err.constData());
    }

    void forceReplacesOnlyAnEarlierExport()
    {
        const QByteArray database = test::readFile(m_db);
        const QString photo = m_split + QStringLiteral("/image/000101.jpg");
        const QByteArray photoBytes = test::readFile(photo);
        const QString annos = m_split + QStringLiteral("/annos");
        const QByteArray annotation = test::readFile(annos + QStringLiteral("/000101.json"));
        const QString linkToDb = m_dir.filePath(QStringLiteral("link-to-db.json"));
        QVERIFY(QFile::link(m_db, linkToDb));
        const QString otherJson = test::writeFile(m_dir.filePath(QStringLiteral("settings.json")), "{\"theme\": \"dark\"}\n");
        const QString notAnExport = m_dir.filePath(QStringLiteral("notes"));
        QVERIFY(QDir().mkpath(notAnExport + QStringLiteral("/annos")));
        test::writeFile(notAnExport + QStringLiteral("/todo.txt"), "keep me\n");

        struct Refusal {
            const char *format;
            QString out;
            QString says;
        };
        const std::vector<Refusal> refusals{
            {"coco", m_db, m_db + QStringLiteral(": is the catalog database ")},
            {"coco", m_db + QStringLiteral("-wal"), QStringLiteral(": is the catalog database ")},
            {"coco", linkToDb, QStringLiteral(": is the catalog database ")},
            {"coco", photo, QStringLiteral(": is a photo of the catalog (") + photo + QStringLiteral(")")},
            {"coco", annos + QStringLiteral("/000101.json"), QStringLiteral(": lies in the DeepFashion2 split ") + m_split},
            {"deepfashion2", annos, QStringLiteral(": lies in the DeepFashion2 split ") + m_split},
            {"deepfashion2", m_split, QStringLiteral(": holds photos of the catalog (in ") + m_split + QStringLiteral("/image)")},
            {"deepfashion2", m_dir.path(), QStringLiteral(": holds the catalog database ") + m_db},
            {"coco", otherJson, QStringLiteral(": is not a COCO annotation file")},
            {"deepfashion2", notAnExport, QStringLiteral(": is not a DeepFashion2 split written by Lookbook's export")},
        };
        for (const Refusal &refusal : refusals) {
            const test::CliRun run = runCli({QStringLiteral("export"), m_db, QStringLiteral("--format"), QString::fromLatin1(refusal.format),
                                             QStringLiteral("--out"), refusal.out, QStringLiteral("--force")});
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains(refusal.says.toUtf8()) && run.err.contains("export somewhere else"), run.err.constData());
        }
        QCOMPARE(test::readFile(m_db), database);
        QCOMPARE(test::readFile(photo), photoBytes);
        QCOMPARE(test::readFile(annos + QStringLiteral("/000101.json")), annotation);
        QCOMPARE(QDir(annos).entryList(QDir::Files).size(), 6);
        QCOMPARE(test::readFile(otherJson), QByteArray("{\"theme\": \"dark\"}\n"));
        QCOMPARE(test::readFile(notAnExport + QStringLiteral("/todo.txt")), QByteArray("keep me\n"));
        QVERIFY(!QFileInfo::exists(m_db + QStringLiteral("-wal")));

        // An earlier export of the same kind is replaced, and only that.
        const QString split = m_dir.filePath(QStringLiteral("again"));
        for (int round = 0; round < 2; ++round) {
            const test::CliRun run = runCli({QStringLiteral("export"), m_db, QStringLiteral("--format"), QStringLiteral("deepfashion2"),
                                             QStringLiteral("--out"), split, QStringLiteral("--force")});
            QVERIFY2(run.exitCode == 0, run.err.constData());
        }
        QCOMPARE(QDir(split).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 (QStringList{QStringLiteral(".lookbook-export.json"), QStringLiteral("annos"), QStringLiteral("image")}));
        QCOMPARE(QDir(split + QStringLiteral("/annos")).entryList(QDir::Files).size(), 3);
        const QString coco = m_dir.filePath(QStringLiteral("again.json"));
        for (int round = 0; round < 2; ++round)
            QCOMPARE(runCli({QStringLiteral("export"), m_db, QStringLiteral("--format"), QStringLiteral("coco"), QStringLiteral("--out"), coco,
                             QStringLiteral("--force")}).exitCode,
                     0);
        // A split export is not a COCO file, nor the other way round.
        test::CliRun run = runCli({QStringLiteral("export"), m_db, QStringLiteral("--format"), QStringLiteral("coco"), QStringLiteral("--out"), split,
                                   QStringLiteral("--force")});
        QCOMPARE(run.exitCode, 2);
        run = runCli({QStringLiteral("export"), m_db, QStringLiteral("--format"), QStringLiteral("deepfashion2"), QStringLiteral("--out"), coco,
                      QStringLiteral("--force")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(": is not a folder; only an earlier export of the same kind is replaced"), run.err.constData());
    }

    void aKilledExportLeavesTheOldOutputAndNoTemporaryFolder()
    {
        // A catalog large enough (100 shop photos; street ids 1…100, shop ids 101…200) that an export
        // takes a while to write.
        const QString big = m_dir.filePath(QStringLiteral("big"));
        std::vector<test::ColourGarment> garments;
        for (int i = 0; i < 100; ++i)
            garments.push_back({QColor::fromHsv(i * 3, 200, 200), 1 + i % 13});
        QVERIFY(test::writeColourSplit(big, garments));
        const QString db = m_dir.filePath(QStringLiteral("big.db"));
        QCOMPARE(runCli({QStringLiteral("catalog"), QStringLiteral("create"), db}).exitCode, 0);
        test::CliRun run = runCli({QStringLiteral("catalog"), QStringLiteral("import"), db, big, QStringLiteral("--models"), m_embedder,
                                   QStringLiteral("--no-index")});
        QVERIFY2(run.exitCode == 0, run.err.constData());

        const QString parent = m_dir.filePath(QStringLiteral("exports"));
        const QString out = parent + QStringLiteral("/reviewed");
        const QStringList exportArguments{QStringLiteral("export"), db, QStringLiteral("--format"), QStringLiteral("deepfashion2"), QStringLiteral("--out"),
                                          out, QStringLiteral("--force")};
        QVERIFY(runCli(exportArguments).exitCode == 0);
        const auto leftovers = [&] {
            return QDir(parent).entryList({QStringLiteral(".reviewed*")}, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        };
        // SIGKILL as soon as the staging folder is there (tried again if the export was quicker).
        bool killedWhileStaging = false;
        for (int attempt = 0; attempt < 20 && !killedWhileStaging; ++attempt) {
            QProcess exporter;
            exporter.start(QStringLiteral(LOOKBOOK_CLI), exportArguments);
            QVERIFY(exporter.waitForStarted());
            // waitForFinished(0) only brings the state up to date; it does not wait.
            while (!killedWhileStaging && (exporter.waitForFinished(0), exporter.state() == QProcess::Running)) {
                if (!QDir(parent).entryList({QStringLiteral(".reviewed.lookbook-export-*")}, QDir::Dirs | QDir::Hidden).isEmpty()) {
                    exporter.kill();
                    killedWhileStaging = true;
                }
            }
            QVERIFY(exporter.waitForFinished());
            // Whenever it died, the target is a whole export: the old one or the new one.
            QCOMPARE(QDir(out + QStringLiteral("/annos")).entryList(QDir::Files).size(), 100);
            QCOMPARE(QDir(out + QStringLiteral("/image")).entryList(QDir::Files).size(), 100);
            QVERIFY(QFileInfo::exists(out + QStringLiteral("/.lookbook-export.json")));
        }
        QVERIFY(killedWhileStaging);
        QVERIFY(!leftovers().isEmpty());  // what the killed export left…
        run = runCli(exportArguments);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(leftovers(), QStringList());  // …the next one removes
        QCOMPARE(QDir(out + QStringLiteral("/annos")).entryList(QDir::Files).size(), 100);
    }

    void writesTheReviewLog()
    {
        QVERIFY(sql(QStringLiteral("INSERT INTO review_log (at, user, item_id, image_id, action, detail) VALUES "
                                   "('2026-05-01T10:00:00.000Z', 'ann', 1, 1, 'set_category', '{\"from\": 1, \"to\": 2}')")));
        const QString csv = m_dir.filePath(QStringLiteral("log.csv"));
        test::CliRun run = runCli({QStringLiteral("review-log"), m_db, QStringLiteral("--out"), csv, QStringLiteral("--from"), QStringLiteral("2026-05-01")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(test::readFile(csv), QByteArray("at,user,action,image,item,detail\r\n"
                                                 "2026-05-01T10:00:00.000Z,ann,set_category,validation/000101,1,\"{\"\"from\"\": 1, \"\"to\"\": 2}\"\r\n"));
        run = runCli({QStringLiteral("review-log"), m_db, QStringLiteral("--out"), csv, QStringLiteral("--to"), QStringLiteral("2026-05-01T10:00:00Z")});
        QVERIFY2(run.exitCode == 0 && run.out.contains(": 0 rows"), run.out.constData());
        run = runCli({QStringLiteral("review-log"), m_db, QStringLiteral("--out"), csv, QStringLiteral("--from"), QStringLiteral("May")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("--from: expected an ISO 8601 date or time"), run.err.constData());
    }

    void updatesTheIndexInPlace()
    {
        // A corrected box (its vector deleted, as the review workspace does) and a deleted item.
        QVERIFY(sql(QStringLiteral("UPDATE items SET x1 = 20, origin = 'hand_corrected' WHERE id = 1; DELETE FROM vectors WHERE item_id = 1;"
                                   "DELETE FROM items WHERE id = 3;")));
        test::CliRun run = runCli({QStringLiteral("index"), QStringLiteral("check"), m_db});
        QCOMPARE(run.exitCode, 2);
        run = runCli({QStringLiteral("index"), QStringLiteral("update"), m_db, QStringLiteral("--set"), QStringLiteral("colour"), QStringLiteral("--model"), m_embedder,
                      QStringLiteral("--device"), QStringLiteral("cpu")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("colour: 1 items embedded") && run.out.contains("index updated in place: 2 removed, 1 added"), run.out.constData());
        run = runCli({QStringLiteral("index"), QStringLiteral("check"), m_db});
        QVERIFY2(run.exitCode == 0 && run.out.contains("2 vectors") && run.out.contains("up to date"), run.out.constData());

        QVERIFY(sql(QStringLiteral("DELETE FROM vectors WHERE item_id = 2;")));
        const QString other = test::makeColourEmbedder(m_dir.path(), QStringLiteral("other"), 1);
        run = runCli({QStringLiteral("index"), QStringLiteral("update"), m_db, QStringLiteral("--model"), other});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(other.toUtf8() + ": is not the model that made vector set 'colour'"), run.err.constData());
    }

private:
    bool sql(const QString &statements) const
    {
        auto connection = catalog::SqliteConnection::open(m_db, catalog::SqliteConnection::OpenMode::Existing);
        return connection.ok() && (*connection)->execute(statements).ok();
    }

    QTemporaryDir m_dir;
    QString m_split;
    QString m_embedder;
    QString m_db;
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cliexport.moc"
