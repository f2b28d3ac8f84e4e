// A review session killed (SIGKILL) mid-edit, mid-save, inside a save's transaction: the catalog
// keeps its last save and the journal brings back only what is newer.
#include "reviewfixture.h"
#include "reviewsaveloop.h"

#include "catalog/sqliteconnection.h"
#include "catalog/sqlitestatement.h"
#include "models/reviewdocument.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

#include <algorithm>

using namespace lookbook;
using catalog::CatalogItem;
using catalog::ItemOrigin;

class TestReviewRecovery final : public QObject, private test::ReviewFixture
{
    Q_OBJECT

private:
    QString m_pristine;                     // the save-loop tests' fresh catalog
    std::vector<CatalogItem> m_original;    // and image 1's ground truth in it

    // "ok", or what SQLite's integrity check found.
    QString integrityCheck() const
    {
        auto store = reopen();
        auto check = store->catalog().connection().prepare(QStringLiteral("PRAGMA integrity_check"));
        if (!check)
            return check.error().message;
        QStringList found;
        for (Result<bool> row = (*check)->step(); row && *row; row = (*check)->step())
            found << (*check)->text(0);
        return found.join(QLatin1Char('\n'));
    }

    // How many of reviewcrashhelper --save-loop's edits `state` holds on top of `original`: n when
    // it holds exactly boxes 1 … n and the reviewed flag of edit n; −1 (with a warning) otherwise.
    static int saveLoopEditsIn(const std::vector<Box> &boxes, bool reviewed, const std::vector<CatalogItem> &original)
    {
        std::vector<Box> added;
        for (const Box &box : boxes) {
            if (std::none_of(original.begin(), original.end(), [&](const CatalogItem &item) { return item.box == box; }))
                added.push_back(box);
        }
        const int n = static_cast<int>(added.size());
        for (int edit = 1; edit <= n; ++edit) {
            if (std::find(added.begin(), added.end(), test::saveLoopBox(edit)) == added.end()) {
                qWarning("edit %d's box is missing among %d added boxes", edit, n);
                return -1;
            }
        }
        if (boxes.size() != original.size() + added.size() || reviewed != test::saveLoopReviewed(n)) {
            qWarning("%d added boxes, but %zu of %zu original boxes and reviewed %d", n, boxes.size() - added.size(), original.size(), reviewed);
            return -1;
        }
        return n;
    }

    // Keeps a copy of the fresh catalog for startSaveLoop; returns image 1's id.
    qint64 prepareSaveLoop()
    {
        auto store = reopen();
        const qint64 one = imageIdOf(*store, 1);
        m_original = itemsOf(*store, one, ItemOrigin::GroundTruth);
        store.reset();
        m_pristine = m_dir->filePath(QStringLiteral("pristine.db"));
        [&] { QVERIFY(QFile::copy(m_catalog, m_pristine)); }();  // no connection is open: the file holds everything
        return one;
    }

    // Puts the fresh catalog back and starts reviewcrashhelper --save-loop on image `imageId`.
    void startSaveLoop(QProcess &child, qint64 imageId, int stopAtRow = 0)
    {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".recovery")})
            QFile::remove(m_catalog + suffix);
        QVERIFY(QFile::copy(m_pristine, m_catalog));
        QStringList arguments{m_catalog, QString::number(imageId), QStringLiteral("--save-loop")};
        if (stopAtRow > 0)
            arguments << QString::number(stopAtRow);
        child.start(QStringLiteral(LOOKBOOK_REVIEW_HELPER), arguments);
        QVERIFY(child.waitForStarted());
        while (!child.canReadLine() && child.waitForReadyRead(20000)) {
        }
        QCOMPARE(child.readLine(), QByteArray("ready\n"));
    }

    // After a kill: the catalog passes the integrity check and holds exactly what one save stored
    // (boxes 1 … m, m even, with their reviewed flag), and a journal left behind brings back a later
    // edit, never an earlier one; saved, that is what the catalog holds. Appends what it found.
    void checkSaveLoopState(qint64 one, const QString &where, QStringList &outcomes)
    {
        QCOMPARE(integrityCheck(), QStringLiteral("ok"));
        ui::ReviewDocument document;
        QVERIFY(document.open(m_catalog).ok());
        QVERIFY(document.showImage(one).ok());
        const auto editsIn = [this](const ui::ImageState &state) {
            std::vector<Box> boxes;
            for (const ui::EditorItem &e : state.items) {
                if (e.item.origin == ItemOrigin::GroundTruth || e.item.origin == ItemOrigin::HandCorrected)
                    boxes.push_back(e.item.box);
            }
            return saveLoopEditsIn(boxes, state.reviewed, m_original);
        };
        const int saved = editsIn(*document.currentState());
        QVERIFY2(saved >= 0 && saved % 2 == 0, qPrintable(where + QStringLiteral(": the catalog holds %1 edits").arg(saved)));
        int journaled = saved;
        if (document.hasJournal()) {
            QVERIFY2(document.restoreJournal().ok(), qPrintable(where + QStringLiteral(": the journal does not restore")));
            journaled = editsIn(*document.currentState());
            QVERIFY2(journaled == saved || journaled == saved + 1,
                     qPrintable(where + QStringLiteral(": %1 edits saved, but the journal brings back %2").arg(saved).arg(journaled)));
            QVERIFY(document.save().ok());
            auto after = reopen();
            QCOMPARE(int(itemsOf(*after, one, ItemOrigin::GroundTruth).size()), int(m_original.size()) + journaled);
            QCOMPARE(after->image(one).value().reviewed, test::saveLoopReviewed(journaled));
        }
        outcomes << QStringLiteral("%1 saved%2").arg(saved).arg(journaled > saved ? QStringLiteral(" + 1 journaled") : QString());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LookbookTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_reviewrecovery"));
    }

    void init() { makeReviewCatalog(); }

    void killedMidEditLosesOnlyUnsavedSeconds()
    {
        auto store = reopen();
        const qint64 one = imageIdOf(*store, 1);
        store.reset();
        QProcess child;
        child.setProcessChannelMode(QProcess::MergedChannels);
        QByteArray output;
        connect(&child, &QProcess::readyRead, this, [&] { output += child.readAll(); });
        child.start(QStringLiteral(LOOKBOOK_REVIEW_HELPER), {m_catalog, QString::number(one)});
        QVERIFY(child.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(output.contains("journaled") || child.state() == QProcess::NotRunning, 20000);
        QVERIFY2(child.state() == QProcess::Running, output.constData());
        child.kill();  // SIGKILL: no chance to clean up
        QVERIFY(child.waitForFinished());

        ui::ReviewDocument document;
        QVERIFY(document.open(m_catalog).ok());
        // The saved edit survived the kill.
        QVERIFY(document.showImage(one).ok());
        const auto savedBox = [](const ui::ImageState &state, const Box &box) {
            return std::any_of(state.items.begin(), state.items.end(), [&](const ui::EditorItem &e) { return e.item.box == box; });
        };
        QVERIFY(savedBox(*document.currentState(), {10, 10, 40, 50}));
        QVERIFY(!savedBox(*document.currentState(), {60, 20, 90, 70}));
        // The unsaved ones come back from the journal, still unsaved.
        QVERIFY(document.hasJournal());
        QVERIFY(document.restoreJournal().ok());
        QVERIFY(document.isModified());
        QCOMPARE(document.undoStack()->count(), 1);  // one step, undoable as a whole
        const ui::ImageState *state = document.currentState();
        QVERIFY(savedBox(*state, {60, 20, 90, 70}));
        QVERIFY(savedBox(*state, {12, 14, 52, 64}));
        QVERIFY(!savedBox(*state, {20, 20, 100, 120}));
        QVERIFY(state->reviewed);
        QVERIFY(document.save().ok());
        QVERIFY(!document.hasJournal());
        auto after = reopen();
        std::vector<CatalogItem> truth = itemsOf(*after, one, ItemOrigin::GroundTruth);
        QCOMPARE(truth.size(), std::size_t(4));  // top (moved), trousers, the saved box, the recovered box
        QVERIFY(after->image(one).value().reviewed);
        // The moved box kept its identity: updated in place, not deleted and added.
        QCOMPARE(truth.front().box, (Box{12, 14, 52, 64}));
    }

    // The helper edits and saves without pause and is SIGKILLed at moments spread over its run: in a
    // save's transaction, while the journal is written or removed, between the two.
    void killedWhileSavingKeepsASavedStateAndTheJournal()
    {
        const qint64 one = prepareSaveLoop();
        // A run to the end: how long the loop takes here.
        qint64 loopMs = 0;
        {
            QProcess child;
            startSaveLoop(child, one);
            QElapsedTimer clock;
            clock.start();
            QByteArray output;
            while (!output.contains("done") && child.state() == QProcess::Running && clock.elapsed() < 120000) {
                child.waitForReadyRead(1000);
                output += child.readAllStandardOutput();
            }
            loopMs = clock.elapsed();
            QVERIFY2(output.contains("done"), child.readAllStandardError().constData());
        }
        constexpr int kKills = 10;
        QStringList outcomes;
        for (int kill = 0; kill < kKills; ++kill) {
            QProcess child;
            startSaveLoop(child, one);
            if (QTest::currentTestFailed())
                return;
            const int moment = static_cast<int>((kill + 0.5) * loopMs / kKills);
            QVERIFY2(!child.waitForFinished(moment), child.readAllStandardError().constData());
            child.kill();  // SIGKILL
            QVERIFY(child.waitForFinished());
            checkSaveLoopState(one, QStringLiteral("SIGKILL %1 ms into the loop").arg(moment), outcomes);
            if (QTest::currentTestFailed())
                return;
        }
        qInfo("loop of %d edits: %lld ms; after each kill: %s", test::kSaveLoopEdits, loopMs, qPrintable(outcomes.join(QStringLiteral(", "))));
    }

    // The same, but each kill lands inside a save's transaction: the helper stops at the N-th row
    // SQLite changes (the reviewed flag, an added item, a review_log row, the QA counts, in one save
    // or another) and is SIGKILLed there. The transaction is rolled back: the previous save remains.
    void killedInsideASaveTransactionKeepsThePreviousSave()
    {
        const qint64 one = prepareSaveLoop();
        QStringList outcomes;
        for (const int row : {1, 2, 3, 4, 5, 6, 7, 9, 12, 17, 30, 55, 100, 181, 333}) {
            QProcess child;
            startSaveLoop(child, one, row);
            if (QTest::currentTestFailed())
                return;
            QElapsedTimer clock;
            clock.start();
            QByteArray output;
            while (!output.endsWith("in save\n") && !output.contains("done") && child.state() == QProcess::Running && clock.elapsed() < 60000) {
                child.waitForReadyRead(1000);
                output += child.readAllStandardOutput();
            }
            QVERIFY2(output.endsWith("in save\n"), qPrintable(QStringLiteral("row %1: %2 %3").arg(row).arg(QString::fromUtf8(output.right(200)), child.readAllStandardError())));
            child.kill();  // SIGKILL
            QVERIFY(child.waitForFinished());
            checkSaveLoopState(one, QStringLiteral("SIGKILL at changed row %1").arg(row), outcomes);
            if (QTest::currentTestFailed())
                return;
        }
        qInfo("after each kill: %s", qPrintable(outcomes.join(QStringLiteral(", "))));
    }

    // A kill between a save's commit and the removal of the journal leaves a journal older than the
    // catalog: restoring it must not undo what was saved.
    void aJournalOlderThanASaveIsNotRestored()
    {
        ui::ReviewDocument document;
        document.setJournalInterval(1);
        QSignalSpy journaled(&document, &ui::ReviewDocument::journalWritten);
        QVERIFY(document.open(m_catalog).ok());
        auto store = reopen();
        const qint64 one = imageIdOf(*store, 1);
        QVERIFY(document.showImage(one).ok());
        QVERIFY(document.addBox({10, 10, 40, 50}, 7) > 0);
        QTRY_VERIFY(journaled.count() >= 1);
        QFile journal(document.journalPath());
        QVERIFY(journal.open(QIODevice::ReadOnly));
        const QByteArray older = journal.readAll();
        journal.close();
        QVERIFY(document.addBox({60, 20, 90, 70}, 9) > 0);
        QVERIFY(document.save().ok());
        QVERIFY(!document.hasJournal());
        QVERIFY(journal.open(QIODevice::WriteOnly));  // as the kill left it
        QCOMPARE(journal.write(older), older.size());
        journal.close();

        ui::ReviewDocument reopened;
        QVERIFY(reopened.open(m_catalog).ok());
        QVERIFY(reopened.showImage(one).ok());
        QVERIFY(reopened.hasJournal());
        QVERIFY(reopened.restoreJournal().ok());
        QVERIFY(!reopened.isModified());
        QVERIFY(!reopened.hasJournal());  // nothing in it was newer than the catalog
        QVERIFY(reopened.save().ok());
        const std::vector<CatalogItem> truth = itemsOf(*store, one, ItemOrigin::GroundTruth);
        const auto has = [&](const Box &box) { return std::any_of(truth.begin(), truth.end(), [&](const CatalogItem &i) { return i.box == box; }); };
        QVERIFY(has({10, 10, 40, 50}));
        QVERIFY(has({60, 20, 90, 70}));
        QCOMPARE(truth.size(), std::size_t(4));
    }

    void damagedJournalIsReportedAndKept()
    {
        ui::ReviewDocument document;
        QVERIFY(document.open(m_catalog).ok());
        QFile journal(document.journalPath());
        QVERIFY(journal.open(QIODevice::WriteOnly));
        journal.write("{not json");
        journal.close();
        const Status restored = document.restoreJournal();
        QVERIFY(!restored.ok());
        QVERIFY(restored.error().message.contains(QStringLiteral("review.db.recovery")));
        QVERIFY(QFile::exists(document.journalPath()));
    }
};

QTEST_MAIN(TestReviewRecovery)
#include "tst_reviewrecovery.moc"
