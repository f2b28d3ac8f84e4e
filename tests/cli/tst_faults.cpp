// Faults injected into lookbook-cli's writers — `catalog import`, `export` (both formats) and
// `index build` (flat, HNSW): SIGKILL at seeded moments spread over a run, a full disk (a small
// tmpfs, or RLIMIT_FSIZE where nothing can be mounted), read-only files and folders, and two
// writers at once. After each, the catalog passes SQLite's integrity check and holds what an
// uninterrupted run gives (or what it held before), the command's output is the old one or the
// new one and never a mix, and nothing outside the command's target changed.
#include "../core/colourcatalog.h"
#include "../testfiles.h"
#include "faultkit.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

#include <unistd.h>

using namespace lookbook;
using test::FaultRun;
using test::runCliFault;

namespace {

constexpr int kPairs = 100;            // the colour split (its photo ids allow 100 pairs): 200 photos, imported with --images all
constexpr int kBigItems = 5000;        // the generated catalog that index build and the COCO export work on
constexpr int kBigDimension = 32;
constexpr int kImportKills = 6;
constexpr int kIndexKills = 3;         // per index type
constexpr int kUpdateKills = 6;
constexpr int kExportKills = 3;        // per format
const QString kDb = QStringLiteral("shop.db");
const QStringList kHnswOptions{QStringLiteral("--type"), QStringLiteral("hnsw"), QStringLiteral("--m"), QStringLiteral("16"),
                               QStringLiteral("--ef-construction"), QStringLiteral("64")};

FloatMatrix unitQueries(int count, int dimension, quint32 seed)
{
    QRandomGenerator random(seed);
    FloatMatrix queries(count, dimension);
    for (int q = 0; q < count; ++q) {
        double norm = 0.0;
        for (int d = 0; d < dimension; ++d) {
            queries.row(q)[d] = static_cast<float>(random.generateDouble());
            norm += queries.row(q)[d] * queries.row(q)[d];
        }
        for (int d = 0; d < dimension; ++d)
            queries.row(q)[d] /= static_cast<float>(std::sqrt(norm));
    }
    return queries;
}

// Whether stderr says what went wrong in plain words, naming `path`.
bool namesProblem(const QByteArray &err, const QString &path, const QString &wordsPattern)
{
    return err.contains(path.toUtf8()) && QRegularExpression(wordsPattern, QRegularExpression::CaseInsensitiveOption).match(QString::fromUtf8(err)).hasMatch();
}

const QString kFullWords = QStringLiteral("full|no space|too large|too big");
const QString kReadOnlyWords = QStringLiteral("read-only|readonly|writable|permission|not a folder|not a directory");
const QString kBusyWords = QStringLiteral("another (lookbook )?(process|program)");

} // namespace

class TestFaults final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Deterministic HNSW graphs (one build thread) and no spinning OpenMP threads on a small machine.
        qputenv("OMP_NUM_THREADS", "1");
        m_privateMounts = ::geteuid() == 0 && test::enterPrivateMountNamespace();
        m_root = m_dir.path();

        // The colour world: a split, its embedder, an empty catalog and one imported uninterrupted.
        m_split = m_dir.filePath(QStringLiteral("split"));
        std::vector<test::ColourGarment> garments;
        for (int i = 0; i < kPairs; ++i)
            garments.push_back({QColor::fromHsv(i * 359 / kPairs, 80 + i % 7 * 25, 90 + i % 5 * 40), 1 + i % 13});
        QVERIFY(test::writeColourSplit(m_split, garments));
        m_embedder = test::makeColourEmbedder(m_dir.path(), QStringLiteral("colour"));
        QVERIFY(QDir().mkpath(folder(QStringLiteral("empty"))));
        QVERIFY(catalog::Catalog::create(folder(QStringLiteral("empty")) + QLatin1Char('/') + kDb).ok());
        m_colourQueries = unitQueries(6, 3, 11);
        copyCatalog(QStringLiteral("empty"), QStringLiteral("colour"));
        const FaultRun import = runCliFault(importArguments(QStringLiteral("colour")));
        QVERIFY2(import.exitCode == 0, import.err.constData());
        m_importMs = import.milliseconds;
        m_colourDump = test::catalogDump(dbIn(QStringLiteral("colour")));
        QCOMPARE(m_colourDump.filter(QRegularExpression(QStringLiteral("^image\\|"))).size(), 2 * kPairs);
        m_colourFlat = test::indexAnswers(dbIn(QStringLiteral("colour")), QStringLiteral("colour"), m_colourQueries, 5);
        QVERIFY2(m_colourFlat.value(0) == QStringLiteral("flat %1").arg(kPairs), qPrintable(m_colourFlat.join('\n')));
        m_colourNames = test::folderNames(folder(QStringLiteral("colour")));
        copyCatalog(QStringLiteral("colour"), QStringLiteral("colour-hnsw"));
        QCOMPARE(runCliFault(indexArguments(QStringLiteral("colour-hnsw"), QStringLiteral("hnsw"))).exitCode, 0);
        m_colourHnsw = test::indexAnswers(dbIn(QStringLiteral("colour-hnsw")), QStringLiteral("colour"), m_colourQueries, 5);

        // A generated catalog big enough that building its index takes a while: with a flat index
        // and with an HNSW one, each the other's "before".
        QVERIFY(makeBigCatalog(QStringLiteral("big-flat")));
        m_bigQueries = unitQueries(6, kBigDimension, 12);
        FaultRun build = runCliFault(indexArguments(QStringLiteral("big-flat"), QStringLiteral("flat")));
        QVERIFY2(build.exitCode == 0, build.err.constData());
        m_flatMs = build.milliseconds;
        copyCatalog(QStringLiteral("big-flat"), QStringLiteral("big-hnsw"));
        build = runCliFault(indexArguments(QStringLiteral("big-hnsw"), QStringLiteral("hnsw")));
        QVERIFY2(build.exitCode == 0, build.err.constData());
        m_hnswMs = build.milliseconds;
        m_bigDump = test::dataRows(test::catalogDump(dbIn(QStringLiteral("big-flat"))));
        QCOMPARE(m_bigDump.filter(QRegularExpression(QStringLiteral("^vector\\|"))).size(), kBigItems);
        m_bigFlat = test::indexAnswers(dbIn(QStringLiteral("big-flat")), QStringLiteral("big"), m_bigQueries, 5);
        m_bigHnsw = test::indexAnswers(dbIn(QStringLiteral("big-hnsw")), QStringLiteral("big"), m_bigQueries, 5);
        QVERIFY2(m_bigFlat.value(0) == QStringLiteral("flat %1").arg(kBigItems), qPrintable(m_bigFlat.join('\n')));
        QVERIFY2(m_bigHnsw.value(0) == QStringLiteral("hnsw %1").arg(kBigItems), qPrintable(m_bigHnsw.join('\n')));
        m_bigNames = test::folderNames(folder(QStringLiteral("big-flat")));

        // Exports: a full one (what a run gives) and an earlier one of reviewed images only, none
        // here, so empty (the output that a forced export replaces).
        QVERIFY(QDir().mkpath(folder(QStringLiteral("exports"))));
        for (const QString &format : {QStringLiteral("deepfashion2"), QStringLiteral("coco")}) {
            for (const bool old : {false, true}) {
                QStringList arguments = exportArguments(format, exportTarget(QStringLiteral("exports"), format, old));
                if (old)
                    arguments << QStringLiteral("--reviewed-only");
                const FaultRun run = runCliFault(arguments);
                QVERIFY2(run.exitCode == 0, run.err.constData());
                if (!old)
                    m_exportMs[format] = run.milliseconds;
            }
        }
        qInfo("reference runs: import %lld ms, index build flat %lld ms, hnsw %lld ms, export deepfashion2 %lld ms, coco %lld ms; "
              "private mount namespace: %s",
              m_importMs, m_flatMs, m_hnswMs, m_exportMs.value(QStringLiteral("deepfashion2")), m_exportMs.value(QStringLiteral("coco")),
              m_privateMounts ? "yes" : "no");
    }

    void cleanupTestCase()
    {
        for (auto it = m_injected.cbegin(); it != m_injected.cend(); ++it)
            qInfo("faults injected: %s: %d", qPrintable(it.key()), it.value());
    }

    // An import killed anywhere keeps a catalog that passes the integrity check and holds only rows
    // an uninterrupted import stores; run again, it ends with exactly what one import gives.
    void killedImportResumesToTheSameCatalog()
    {
        killLoop(QStringLiteral("import"), test::killMoments(m_importMs, kImportKills, 1501), {
            [&](const QString &kase) { copyCatalog(QStringLiteral("empty"), kase); },
            [&](const QString &kase) { return importArguments(kase); },
            [&](const QString &kase) { return test::ownedBy(kase, QString()); },
            [&](const QString &kase, const FaultRun &) {
                QCOMPARE(test::integrityCheck(dbIn(kase)), QStringLiteral("ok"));
                const QStringList rows = test::dataRows(test::catalogDump(dbIn(kase)));
                const QStringList foreign = notIn(rows, m_colourDump);
                QVERIFY2(foreign.isEmpty(), qPrintable(QStringLiteral("rows no uninterrupted import stores: ") + foreign.mid(0, 3).join('\n')));
                if (!rows.filter(QRegularExpression(QStringLiteral("^vector_set\\|"))).isEmpty())  // killed before it made the set: nothing to ask
                    expectAnswers(kase, QStringLiteral("colour"), m_colourQueries, {m_colourFlat});
            },
            [&](const QString &kase) {
                QCOMPARE(test::catalogDump(dbIn(kase)), m_colourDump);
                QCOMPARE(test::indexAnswers(dbIn(kase), QStringLiteral("colour"), m_colourQueries, 5), m_colourFlat);
                QCOMPARE(test::folderNames(folder(kase)), m_colourNames);
            },
        });
    }

    void killedIndexBuildKeepsTheOldOrTheNewIndex_data()
    {
        QTest::addColumn<QString>("type");
        QTest::newRow("flat") << QStringLiteral("flat");
        QTest::newRow("hnsw") << QStringLiteral("hnsw");
    }

    // A build killed anywhere leaves the catalog's rows as they were and an index that answers as
    // the old one or the new one does, or is reported out of date; never a wrong answer.
    void killedIndexBuildKeepsTheOldOrTheNewIndex()
    {
        QFETCH(QString, type);
        const bool flat = type == QLatin1String("flat");
        const QString before = flat ? QStringLiteral("big-hnsw") : QStringLiteral("big-flat");
        const QStringList &oldAnswers = flat ? m_bigHnsw : m_bigFlat;
        const QStringList &newAnswers = flat ? m_bigFlat : m_bigHnsw;
        killLoop(QStringLiteral("index build ") + type, test::killMoments(flat ? m_flatMs : m_hnswMs, kIndexKills, flat ? 1502 : 1503), {
            [&](const QString &kase) { copyCatalog(before, kase); },
            [&](const QString &kase) { return indexArguments(kase, type); },
            [&](const QString &kase) { return test::ownedBy(kase, QString()); },
            [&](const QString &kase, const FaultRun &) {
                QCOMPARE(test::integrityCheck(dbIn(kase)), QStringLiteral("ok"));
                QCOMPARE(test::dataRows(test::catalogDump(dbIn(kase))), m_bigDump);
                expectAnswers(kase, QStringLiteral("big"), m_bigQueries, {oldAnswers, newAnswers});
            },
            [&](const QString &kase) {
                QCOMPARE(test::dataRows(test::catalogDump(dbIn(kase))), m_bigDump);
                QCOMPARE(test::indexAnswers(dbIn(kase), QStringLiteral("big"), m_bigQueries, 5), newAnswers);
                QCOMPARE(test::folderNames(folder(kase)), m_bigNames);
            },
        });
    }

    // `index update` killed anywhere (pruning the index, embedding, storing vectors, extending the
    // index) keeps a catalog that passes the integrity check, loses none of its rows and gains only
    // rows a whole run stores, with an index that answers as the pruned one or the updated one, or
    // says it is out of date; run again, it ends as one uninterrupted run does.
    void killedIndexUpdateResumesToTheSameCatalog()
    {
        // Before: the colour catalog after review edits took the vectors of every other shop item.
        copyCatalog(QStringLiteral("colour"), QStringLiteral("update-before"));
        {
            auto connection = catalog::SqliteConnection::open(dbIn(QStringLiteral("update-before")), catalog::SqliteConnection::OpenMode::Existing);
            QVERIFY(connection);
            auto erase = (*connection)->prepare(QStringLiteral(
                "DELETE FROM vectors WHERE item_id % 2 = 0 AND item_id IN (SELECT it.id FROM items it JOIN images i ON i.id = it.image_id WHERE i.source = 'shop')"));
            QVERIFY(erase && (*erase)->run());
        }
        const QStringList colourRows = test::dataRows(m_colourDump);
        const QStringList beforeRows = test::dataRows(test::catalogDump(dbIn(QStringLiteral("update-before"))));
        const auto vectorRows = [](const QStringList &rows) { return rows.filter(QRegularExpression(QStringLiteral("^vector\\|"))).size(); };
        QVERIFY(vectorRows(beforeRows) > 0 && vectorRows(beforeRows) < vectorRows(colourRows));
        // What the pruned index answers: a flat index of the vectors that stay.
        copyCatalog(QStringLiteral("update-before"), QStringLiteral("update-pruned"));
        QCOMPARE(runCliFault(indexArguments(QStringLiteral("update-pruned"), QStringLiteral("flat"))).exitCode, 0);
        const QStringList pruned = test::indexAnswers(dbIn(QStringLiteral("update-pruned")), QStringLiteral("colour"), m_colourQueries, 5);
        // A whole run embeds the same photos with the same model again: the imported catalog.
        copyCatalog(QStringLiteral("update-before"), QStringLiteral("update-whole"));
        const FaultRun whole = runCliFault(updateArguments(QStringLiteral("update-whole")));
        QVERIFY2(whole.exitCode == 0, whole.err.constData());
        QCOMPARE(test::dataRows(test::catalogDump(dbIn(QStringLiteral("update-whole")))), colourRows);
        QCOMPARE(test::indexAnswers(dbIn(QStringLiteral("update-whole")), QStringLiteral("colour"), m_colourQueries, 5), m_colourFlat);

        killLoop(QStringLiteral("index update"), test::killMoments(whole.milliseconds, kUpdateKills, 1504), {
            [&](const QString &kase) { copyCatalog(QStringLiteral("update-before"), kase); },
            [&](const QString &kase) { return updateArguments(kase); },
            [&](const QString &kase) { return test::ownedBy(kase, QString()); },
            [&](const QString &kase, const FaultRun &) {
                QCOMPARE(test::integrityCheck(dbIn(kase)), QStringLiteral("ok"));
                const QStringList rows = test::dataRows(test::catalogDump(dbIn(kase)));
                const QStringList foreign = notIn(rows, colourRows);
                QVERIFY2(foreign.isEmpty(), qPrintable(QStringLiteral("rows no whole run stores: ") + foreign.mid(0, 3).join('\n')));
                const QStringList lost = notIn(beforeRows, rows);
                QVERIFY2(lost.isEmpty(), qPrintable(QStringLiteral("rows lost: ") + lost.mid(0, 3).join('\n')));
                expectAnswers(kase, QStringLiteral("colour"), m_colourQueries, {pruned, m_colourFlat});
            },
            [&](const QString &kase) {
                QCOMPARE(test::dataRows(test::catalogDump(dbIn(kase))), colourRows);
                QCOMPARE(test::indexAnswers(dbIn(kase), QStringLiteral("colour"), m_colourQueries, 5), m_colourFlat);
                QCOMPARE(test::folderNames(folder(kase)), m_colourNames);
            },
        });
    }

    void killedExportLeavesTheOldOrTheNewOutput_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("deepfashion2") << QStringLiteral("deepfashion2");
        QTest::newRow("coco") << QStringLiteral("coco");
    }

    // A forced export killed anywhere leaves the earlier output or the finished new one, never a
    // mix; the catalog and its photos are untouched; run again, no staging folder is left behind.
    void killedExportLeavesTheOldOrTheNewOutput()
    {
        QFETCH(QString, format);
        const QStringList oldOutput = test::contentOf(exportTarget(QStringLiteral("exports"), format, true));
        const QStringList newOutput = test::contentOf(exportTarget(QStringLiteral("exports"), format, false));
        QVERIFY(oldOutput != newOutput);
        const QString target = QFileInfo(exportTarget(QStringLiteral("exports"), format, false)).fileName();
        killLoop(QStringLiteral("export ") + format, test::killMoments(m_exportMs.value(format), kExportKills, format == QLatin1String("coco") ? 1504 : 1505), {
            [&](const QString &kase) { QVERIFY(copyTree(exportTarget(QStringLiteral("exports"), format, true), exportTarget(kase, format, false))); },
            [&](const QString &kase) { return exportArguments(format, exportTarget(kase, format, false)) << QStringLiteral("--force"); },
            [&](const QString &kase) { return exportOwned(kase, target); },
            [&](const QString &kase, const FaultRun &) {
                const QStringList output = test::contentOf(exportTarget(kase, format, false));
                QVERIFY2(output == oldOutput || output == newOutput,
                         qPrintable(QStringLiteral("neither the old nor the new output (%1 entries): ").arg(output.size()) + output.mid(0, 3).join('\n')));
            },
            [&](const QString &kase) {
                QCOMPARE(test::contentOf(exportTarget(kase, format, false)), newOutput);
                QCOMPARE(test::folderNames(folder(kase)), QStringList{target});
            },
        });
    }

    void fullDiskFailsCleanly_data()
    {
        QTest::addColumn<QString>("command");
        for (const QString &command : {QStringLiteral("import"), QStringLiteral("index flat"), QStringLiteral("index hnsw"), QStringLiteral("export deepfashion2"),
                                       QStringLiteral("export coco")})
            QTest::newRow(qPrintable(command)) << command;
    }

    // Out of space, a writer stops with a plain message that names the file, leaves the catalog
    // consistent and no partial output; with space again, the same command finishes as usual. The
    // disk is a small tmpfs where one can be mounted, else RLIMIT_FSIZE (a limit per file).
    void fullDiskFailsCleanly()
    {
        QFETCH(QString, command);
        const bool tmpfs = m_privateMounts;
        const bool exporting = command.startsWith(QLatin1String("export"));
        const QString format = command.section(QLatin1Char(' '), 1);
        if (!tmpfs && command == QLatin1String("export deepfashion2"))
            QSKIP("no tmpfs can be mounted here (needs root with CAP_SYS_ADMIN), and RLIMIT_FSIZE limits single files while a "
                  "DeepFashion2 export writes only small ones (and links its photos)");
        const QString kase = newCase(QStringLiteral("full ") + command + (tmpfs ? QStringLiteral(" tmpfs") : QStringLiteral(" fsize")));
        test::ScopedMount mount;
        qint64 limit = 0;
        if (command == QLatin1String("import")) {
            limit = 64 * 1024;
        } else if (!exporting) {
            limit = 512 * 1024;
        } else {
            limit = format == QLatin1String("coco") ? 256 * 1024 : 96 * 1024;
        }
        if (tmpfs) {
            qint64 used = 0;
            const QString source = command == QLatin1String("import") ? QStringLiteral("empty") : bigBefore(command);
            for (const QString &name : exporting ? QStringList() : test::folderNames(folder(source)))
                used += QFileInfo(folder(source) + QLatin1Char('/') + name).size();
            QVERIFY(mount.tmpfs(folder(kase), used + limit + 32 * 1024));  // + SQLite's 32 KB shared-memory file
        }
        if (command == QLatin1String("import"))
            copyCatalog(QStringLiteral("empty"), kase);
        else if (!exporting)
            copyCatalog(bigBefore(command), kase);
        const QStringList arguments = exporting ? exportArguments(format, exportTarget(kase, format, false))
                                                : command == QLatin1String("import") ? importArguments(kase)
                                                                                     : indexArguments(kase, command.section(QLatin1Char(' '), 1));
        const auto owned = exporting ? exportOwned(kase, QStringLiteral("out")) : test::ownedBy(kase, QString());
        const test::TreeSnapshot before = test::snapshotTree(m_root, owned);
        const QStringList namesBefore = test::folderNames(folder(kase));
        const FaultRun run = runCliFault(arguments, -1, tmpfs ? test::ChildSetup() : test::fileSizeLimit(static_cast<rlim_t>(limit)));
        ++m_injected[QStringLiteral("full disk (%1), ").arg(tmpfs ? QStringLiteral("tmpfs") : QStringLiteral("RLIMIT_FSIZE")) + command];
        QVERIFY2(!run.crashed, run.err.constData());
        QVERIFY2(run.exitCode != 0, qPrintable(QStringLiteral("exit 0 on a full disk; output: ") + QString::fromUtf8(run.out)));
        const QString named = exporting ? folder(kase) : dbIn(kase);  // the file, or one beside the catalog or in the export's folder
        QVERIFY2(namesProblem(run.err, named, kFullWords), run.err.constData());
        const QStringList changes = test::treeChanges(before, test::snapshotTree(m_root, owned));
        QVERIFY2(changes.isEmpty(), qPrintable(changes.join('\n')));

        if (exporting) {
            QVERIFY2(test::folderNames(folder(kase)).isEmpty(),
                     qPrintable(QStringLiteral("partial output left: ") + test::folderNames(folder(kase)).join(' ') + QStringLiteral("; stderr: ") + QString::fromUtf8(run.err.left(600))));
        } else {
            QCOMPARE(test::integrityCheck(dbIn(kase)), QStringLiteral("ok"));
            if (command == QLatin1String("import")) {
                const QStringList foreign = notIn(test::dataRows(test::catalogDump(dbIn(kase))), m_colourDump);
                QVERIFY2(foreign.isEmpty(), qPrintable(foreign.mid(0, 3).join('\n')));
            } else {
                QCOMPARE(test::dataRows(test::catalogDump(dbIn(kase))), m_bigDump);
                QCOMPARE(test::indexAnswers(dbIn(kase), QStringLiteral("big"), m_bigQueries, 5), bigBefore(command) == QLatin1String("big-flat") ? m_bigFlat : m_bigHnsw);
                QCOMPARE(test::folderNames(folder(kase)), namesBefore);  // no temporary file left
            }
        }

        // Space again: the same command finishes with what it gives on an ample disk.
        if (tmpfs)
            QVERIFY(mount.resize(256 << 20));
        const FaultRun again = runCliFault(arguments);
        QVERIFY2(again.exitCode == 0, again.err.constData());
        if (exporting) {
            QCOMPARE(test::contentOf(exportTarget(kase, format, false)), test::contentOf(exportTarget(QStringLiteral("exports"), format, false)));
        } else if (command == QLatin1String("import")) {
            QCOMPARE(test::catalogDump(dbIn(kase)), m_colourDump);
        } else {
            QCOMPARE(test::indexAnswers(dbIn(kase), QStringLiteral("big"), m_bigQueries, 5), bigBefore(command) == QLatin1String("big-flat") ? m_bigHnsw : m_bigFlat);
        }
    }

    void readOnlyTargetsAreRefused_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("read-only catalog file, import") << QStringLiteral("catalog file");
        QTest::newRow("read-only catalog folder, index build") << QStringLiteral("catalog folder");
        QTest::newRow("read-only export folder, deepfashion2") << QStringLiteral("export folder deepfashion2");
        QTest::newRow("read-only export folder, coco") << QStringLiteral("export folder coco");
        // Variants that need neither a mount nor permission bits, so that they run everywhere.
        QTest::newRow("catalog no file may grow (RLIMIT_FSIZE 0), import") << QStringLiteral("catalog fsize0");
        QTest::newRow("export below a regular file, deepfashion2") << QStringLiteral("export under file deepfashion2");
        QTest::newRow("export below a regular file, coco") << QStringLiteral("export under file coco");
    }

    // A writer that cannot write says so, naming the file, and changes nothing at all.
    void readOnlyTargetsAreRefused()
    {
        QFETCH(QString, what);
        const bool exporting = what.startsWith(QLatin1String("export"));
        const QString format = what.section(QLatin1Char(' '), -1);
        const QString kase = newCase(QStringLiteral("read-only ") + what);
        QString readOnly;  // the path made read-only
        QString outPath;
        QStringList arguments;
        if (what == QLatin1String("catalog file") || what == QLatin1String("catalog fsize0")) {
            copyCatalog(QStringLiteral("empty"), kase);
            readOnly = what == QLatin1String("catalog file") ? dbIn(kase) : QString();
            arguments = importArguments(kase);
        } else if (what == QLatin1String("catalog folder")) {
            copyCatalog(QStringLiteral("big-flat"), kase);
            readOnly = folder(kase);
            arguments = indexArguments(kase, QStringLiteral("hnsw"));
        } else if (what.startsWith(QLatin1String("export folder"))) {
            readOnly = folder(kase);
            outPath = exportTarget(kase, format, false);
            arguments = exportArguments(format, outPath);
        } else {
            test::writeFile(folder(kase) + QStringLiteral("/file"), "a regular file\n");
            outPath = folder(kase) + QStringLiteral("/file/") + QFileInfo(exportTarget(kase, format, false)).fileName();
            arguments = exportArguments(format, outPath);
        }
        test::ScopedMount mount;
        if (!readOnly.isEmpty()) {
            if (::geteuid() != 0) {
                QVERIFY(QFile::setPermissions(readOnly, QFileInfo(readOnly).isDir() ? QFile::ReadOwner | QFile::ExeOwner : QFile::ReadOwner));
            } else if (!m_privateMounts || !mount.readOnly(readOnly)) {
                QSKIP("root ignores permission bits, and no read-only bind mount can be made here (needs CAP_SYS_ADMIN); "
                      "the RLIMIT_FSIZE and below-a-file rows cover an unwritable target");
            }
        }
        // Nothing may change, except lock files (SQLite's -wal/-shm, the import's -import.lock) beside a
        // catalog whose folder is writable.
        const auto owned = [](const QString &relative) {
            return relative.endsWith(QLatin1String("-wal")) || relative.endsWith(QLatin1String("-shm")) || relative.endsWith(QLatin1String("-import.lock"));
        };
        const test::TreeSnapshot before = test::snapshotTree(m_root, owned);
        const FaultRun run = runCliFault(arguments, -1, what == QLatin1String("catalog fsize0") ? test::fileSizeLimit(0) : test::ChildSetup());
        ++m_injected[QStringLiteral("read-only, ") + what];
        if (::geteuid() != 0 && !readOnly.isEmpty())
            QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY2(!run.crashed, run.err.constData());
        QVERIFY2(run.exitCode != 0, qPrintable(QStringLiteral("exit 0 while unable to write; output: ") + QString::fromUtf8(run.out)));
        const QString named = exporting ? outPath.section(QLatin1Char('/'), 0, -2) : dbIn(kase);
        QVERIFY2(namesProblem(run.err, named, what == QLatin1String("catalog fsize0") ? kFullWords + QLatin1Char('|') + kReadOnlyWords : kReadOnlyWords),
                 run.err.constData());
        const QStringList changes = test::treeChanges(before, test::snapshotTree(m_root, owned));
        QVERIFY2(changes.isEmpty(), qPrintable(changes.join('\n')));
        mount.release();
        if (!exporting)
            QCOMPARE(test::integrityCheck(dbIn(kase)), QStringLiteral("ok"));
    }

    // Two imports into one catalog at once: each succeeds or is refused in plain words, and the
    // catalog ends as one import leaves it.
    void twoImportsEndAsOne()
    {
        for (int round = 0; round < 2; ++round) {
            const QString kase = newCase(QStringLiteral("two imports %1").arg(round));
            copyCatalog(QStringLiteral("empty"), kase);
            const QList<FaultRun> runs = runTogether({importArguments(kase), importArguments(kase)}, round * m_importMs / 4);
            ++m_injected[QStringLiteral("two writers, import + import")];
            if (QTest::currentTestFailed())
                return;
            for (const FaultRun &run : runs)
                expectDoneOrBusy(run, kase);
            QVERIFY2(runs[0].exitCode == 0 || runs[1].exitCode == 0, (runs[0].err + runs[1].err).constData());
            QCOMPARE(test::integrityCheck(dbIn(kase)), QStringLiteral("ok"));
            QCOMPARE(test::catalogDump(dbIn(kase)), m_colourDump);
            QCOMPARE(test::indexAnswers(dbIn(kase), QStringLiteral("colour"), m_colourQueries, 5), m_colourFlat);
        }
    }

    // An index build started while an import runs: each succeeds or is refused in plain words; the
    // catalog holds what the import gives, and its index answers as a flat or an HNSW index of
    // the whole set does, or is reported out of date.
    void importAndIndexBuildAtOnce()
    {
        const QString kase = newCase(QStringLiteral("import and index build"));
        copyCatalog(QStringLiteral("empty"), kase);
        const QList<FaultRun> runs = runTogether({importArguments(kase), indexArguments(kase, QStringLiteral("hnsw"))}, m_importMs / 2);
        ++m_injected[QStringLiteral("two writers, import + index build")];
        if (QTest::currentTestFailed())
            return;
        expectDoneOrBusy(runs[0], kase);
        // Too early, the build finds no vector set, or one without vectors yet: also a plain refusal.
        if (!runs[1].err.contains("no vector sets yet") && !runs[1].err.contains("has no shop vectors to index"))
            expectDoneOrBusy(runs[1], kase);
        if (runs[0].exitCode != 0)
            QCOMPARE(runCliFault(importArguments(kase)).exitCode, 0);
        QCOMPARE(test::integrityCheck(dbIn(kase)), QStringLiteral("ok"));
        QCOMPARE(test::dataRows(test::catalogDump(dbIn(kase))), test::dataRows(m_colourDump));
        expectAnswers(kase, QStringLiteral("colour"), m_colourQueries, {m_colourFlat, m_colourHnsw});
    }

private:
    // How one kind of command is faulted: the state before (made in an empty case folder), its
    // arguments, what it owns, and the checks after a kill and after a complete run.
    struct KillPlan final {
        std::function<void(const QString &)> prepare;
        std::function<QStringList(const QString &)> arguments;
        std::function<std::function<bool(const QString &)>(const QString &)> owned;
        std::function<void(const QString &, const FaultRun &)> afterKill;
        std::function<void(const QString &)> afterCompletion;
    };

    // For each moment: prepare a case, run the command SIGKILLed at that moment, check the state,
    // run it again to completion and check the result; nothing outside the target may change.
    void killLoop(const QString &name, const QList<int> &moments, const KillPlan &plan)
    {
        int landed = 0;
        for (int i = 0; i < moments.size(); ++i) {
            const QString kase = newCase(QStringLiteral("%1 %2").arg(name).arg(i));
            plan.prepare(kase);
            if (QTest::currentTestFailed())
                return;
            const auto owned = plan.owned(kase);
            const test::TreeSnapshot before = test::snapshotTree(m_root, owned);
            const FaultRun run = runCliFault(plan.arguments(kase), moments[i]);
            const QString where = QStringLiteral("%1, SIGKILL at %2 ms: ").arg(name).arg(moments[i]);
            QVERIFY2(!run.crashed, qPrintable(where + QString::fromUtf8(run.err)));
            QVERIFY2(run.killed || run.exitCode == 0, qPrintable(where + QString::fromUtf8(run.err)));
            landed += run.killed;
            QStringList changes = test::treeChanges(before, test::snapshotTree(m_root, owned));
            QVERIFY2(changes.isEmpty(), qPrintable(where + changes.join('\n')));
            plan.afterKill(kase, run);
            if (QTest::currentTestFailed()) {
                qWarning("%s", qPrintable(where + QStringLiteral("the state after the kill is wrong")));
                return;
            }
            const FaultRun again = runCliFault(plan.arguments(kase));
            QVERIFY2(again.exitCode == 0, qPrintable(where + QStringLiteral("run again: ") + QString::fromUtf8(again.err)));
            changes = test::treeChanges(before, test::snapshotTree(m_root, owned));
            QVERIFY2(changes.isEmpty(), qPrintable(where + changes.join('\n')));
            plan.afterCompletion(kase);
            if (QTest::currentTestFailed()) {
                qWarning("%s", qPrintable(where + QStringLiteral("the state after running it again is wrong")));
                return;
            }
            QVERIFY(QDir(folder(kase)).removeRecursively());
        }
        m_injected[QStringLiteral("SIGKILL, ") + name] += landed;
        // Kills that come after the command ended prove nothing; the moments are spread over a
        // reference run, so most land unless the machine sped up a lot since it was measured.
        QVERIFY2(landed > 0, qPrintable(QStringLiteral("%1: none of %2 kills landed before it ended").arg(name).arg(moments.size())));
    }

    // Starts both commands, the second `delayMs` after the first, and waits for both.
    QList<FaultRun> runTogether(const QList<QStringList> &commands, qint64 delayMs)
    {
        QProcess first;
        QProcess second;
        QElapsedTimer firstClock;
        QElapsedTimer secondClock;
        firstClock.start();
        test::startCli(first, commands[0]);
        if (delayMs > 0)
            first.waitForFinished(static_cast<int>(delayMs));
        secondClock.start();
        test::startCli(second, commands[1]);
        QList<FaultRun> runs{test::finishCli(first, firstClock), test::finishCli(second, secondClock)};
        for (const FaultRun &run : runs)
            [&] { QVERIFY2(!run.crashed && run.exitCode >= 0, run.err.constData()); }();
        return runs;
    }

    void expectDoneOrBusy(const FaultRun &run, const QString &kase)
    {
        QVERIFY2(run.exitCode == 0 || namesProblem(run.err, dbIn(kase), kBusyWords), run.err.constData());
    }

    // The set's index answers as one of `expected` does, or says it is out of date.
    void expectAnswers(const QString &kase, const QString &set, const FloatMatrix &queries, const QList<QStringList> &expected)
    {
        const QStringList answers = test::indexAnswers(dbIn(kase), set, queries, 5);
        QVERIFY2(expected.contains(answers) || answers.value(0).startsWith(QLatin1String("out of date: ")),
                 qPrintable(QStringLiteral("the index gives neither the old nor the new answers:\n") + answers.join('\n')));
    }

    static QStringList notIn(const QStringList &rows, const QStringList &reference)
    {
        const QSet<QString> known(reference.cbegin(), reference.cend());
        QStringList foreign;
        for (const QString &row : rows) {
            if (!known.contains(row))
                foreign << row;
        }
        return foreign;
    }

    // The export's own entries in its folder, and SQLite's -wal/-shm beside the catalog it reads.
    std::function<bool(const QString &)> exportOwned(const QString &kase, const QString &target) const
    {
        const auto ownedHere = test::ownedBy(kase, target);
        return [ownedHere](const QString &relative) {
            return ownedHere(relative) || relative.endsWith(QLatin1String("-wal")) || relative.endsWith(QLatin1String("-shm"));
        };
    }

    QString newCase(QString name)
    {
        name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]+")), QStringLiteral("-"));
        const QString kase = QStringLiteral("cases/") + name;
        QDir(folder(kase)).removeRecursively();
        [&] { QVERIFY(QDir().mkpath(folder(kase))); }();
        return kase;
    }

    QString folder(const QString &relative) const { return m_root + QLatin1Char('/') + relative; }
    QString dbIn(const QString &relative) const { return folder(relative) + QLatin1Char('/') + kDb; }
    static QString bigBefore(const QString &command) { return command.endsWith(QLatin1String("flat")) ? QStringLiteral("big-hnsw") : QStringLiteral("big-flat"); }

    QString exportTarget(const QString &relative, const QString &format, bool old) const
    {
        return folder(relative) + (old ? QStringLiteral("/old-") : QStringLiteral("/")) + (format == QLatin1String("coco") ? QStringLiteral("out.json") : QStringLiteral("out"));
    }

    QStringList importArguments(const QString &kase) const
    {
        return {QStringLiteral("catalog"), QStringLiteral("import"), dbIn(kase), m_split, QStringLiteral("--models"), m_embedder, QStringLiteral("--images"),
                QStringLiteral("all")};
    }

    QStringList updateArguments(const QString &kase) const
    {
        return {QStringLiteral("index"), QStringLiteral("update"), dbIn(kase), QStringLiteral("--model"), m_embedder};
    }

    QStringList indexArguments(const QString &kase, const QString &type) const
    {
        QStringList arguments{QStringLiteral("index"), QStringLiteral("build"), dbIn(kase)};
        return arguments + (type == QLatin1String("hnsw") ? kHnswOptions : QStringList{QStringLiteral("--type"), QStringLiteral("flat")});
    }

    // The colour catalog exports as a DeepFashion2 split (photos and all); the big one as COCO.
    QStringList exportArguments(const QString &format, const QString &out) const
    {
        return {QStringLiteral("export"), format == QLatin1String("coco") ? dbIn(QStringLiteral("big-flat")) : dbIn(QStringLiteral("colour")), QStringLiteral("--format"),
                format, QStringLiteral("--out"), out};
    }

    // The catalog and the files beside it that carry its name (its index).
    void copyCatalog(const QString &from, const QString &to)
    {
        QVERIFY(QDir().mkpath(folder(to)));
        for (const QString &name : test::folderNames(folder(from))) {
            if (name.startsWith(kDb))
                QVERIFY(QFile::copy(folder(from) + QLatin1Char('/') + name, folder(to) + QLatin1Char('/') + name));
        }
    }

    static bool copyTree(const QString &from, const QString &to)
    {
        if (!QFileInfo(from).isDir())
            return QFile::copy(from, to);
        if (!QDir().mkpath(to))
            return false;
        for (const QString &name : test::folderNames(from)) {
            if (!copyTree(from + QLatin1Char('/') + name, to + QLatin1Char('/') + name))
                return false;
        }
        return true;
    }

    // kBigItems one-item photos (rows only: index build and the COCO export never open the photos)
    // with seeded unit vectors, stored as an import would store them.
    bool makeBigCatalog(const QString &relative)
    {
        if (!QDir().mkpath(folder(relative)))
            return false;
        auto created = catalog::Catalog::create(dbIn(relative));
        if (!created)
            return false;
        catalog::Catalog &catalog = **created;
        const FloatMatrix vectors = unitQueries(kBigItems, kBigDimension, 13);
        return catalog
            .transaction([&]() -> Status {
                catalog::ModelRecord model;
                model.name = QStringLiteral("generated");
                model.kind = QStringLiteral("embedder");
                model.fingerprint = QStringLiteral("generated-%1").arg(kBigDimension);
                model.manifestJson = "{}";
                const Result<qint64> modelId = catalog.ensureModel(model);
                if (!modelId)
                    return modelId.error();
                const Result<catalog::VectorSetInfo> set = catalog.ensureVectorSet(QStringLiteral("big"), *modelId, kBigDimension);
                if (!set)
                    return set.error();
                for (int i = 0; i < kBigItems; ++i) {
                    catalog::CatalogImage image;
                    image.path = QStringLiteral("/nonexistent/gallery/%1.jpg").arg(i, 6, 10, QLatin1Char('0'));
                    image.contentHash = QString::number(i);
                    image.width = 64;
                    image.height = 64;
                    image.pairId = i + 1;
                    const Result<qint64> imageId = catalog.addImage(image);
                    if (!imageId)
                        return imageId.error();
                    catalog::CatalogItem item;
                    item.imageId = *imageId;
                    item.box = Box{8, 8, 40, 40};
                    item.categoryId = 1 + i % 13;
                    const Result<qint64> itemId = catalog.addItem(item);
                    if (!itemId)
                        return itemId.error();
                    if (Status put = catalog.putVector(set->id, *itemId, vectors.row(i), kBigDimension); !put)
                        return put;
                }
                return success();
            })
            .ok();
    }

    QTemporaryDir m_dir;
    QString m_root;
    bool m_privateMounts = false;
    QString m_split;
    QString m_embedder;
    FloatMatrix m_colourQueries;
    FloatMatrix m_bigQueries;
    qint64 m_importMs = 0;
    qint64 m_flatMs = 0;
    qint64 m_hnswMs = 0;
    QHash<QString, qint64> m_exportMs;
    QStringList m_colourDump;
    QStringList m_colourFlat;
    QStringList m_colourHnsw;
    QStringList m_colourNames;
    QStringList m_bigDump;
    QStringList m_bigFlat;
    QStringList m_bigHnsw;
    QStringList m_bigNames;
    QMap<QString, int> m_injected;
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
