// The window's one job runner (JobRunner): progress reaches the GUI thread, one job at a time, cancel
// stops the work at its next report, and destroying the runner stops and waits for the work.
#include "models/jobrunner.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace lookbook;

namespace {

// Counts to `total`, reporting each step, until told to stop; returns how far it got.
int countTo(const Progress &progress, int total, std::atomic_int *reached = nullptr)
{
    for (int i = 1; i <= total; ++i) {
        QThread::msleep(2);
        if (reached)
            *reached = i;
        if (!progress(QStringLiteral("counting"), i, total))
            return i;
    }
    return total;
}

} // namespace

class TestJobRunner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deliversProgressAndTheResultOnTheGuiThread()
    {
        ui::JobRunner runner;
        QSignalSpy running(&runner, &ui::JobRunner::runningChanged);
        std::vector<qint64> seen;
        bool onGuiThread = true;
        connect(&runner, &ui::JobRunner::progressed, this, [&](const QString &stage, qint64 done, qint64 total) {
            onGuiThread = onGuiThread && QThread::currentThread() == thread();
            QCOMPARE(stage, QStringLiteral("counting"));
            QCOMPARE(total, 20);
            seen.push_back(done);
        });
        int result = 0;
        QVERIFY(runner.start([](const Progress &progress) { return countTo(progress, 20); }, [&](int reached) { result = reached; }));
        QVERIFY(runner.isRunning());
        // One job at a time: a second start is refused and its work never runs.
        bool secondRan = false;
        QVERIFY(!runner.start([&](const Progress &) { return secondRan = true; }, [](bool) {}));
        QTRY_COMPARE(result, 20);
        QVERIFY(!runner.isRunning());
        QVERIFY(!secondRan);
        QVERIFY(onGuiThread);
        QTRY_COMPARE(seen.size(), std::size_t(20));
        QCOMPARE(seen.back(), 20);
        QCOMPARE(running.count(), 2);
        QVERIFY(running.at(0).at(0).toBool() && !running.at(1).at(0).toBool());
        QVERIFY(runner.elapsedSeconds() > 0.0);
    }

    void cancelStopsTheWorkAndItsResultStillArrives()
    {
        ui::JobRunner runner;
        int result = 0;
        // Only the first job is cancelled: the second one reports a 3 as well.
        bool cancelled = false;
        connect(&runner, &ui::JobRunner::progressed, &runner, [&](const QString &, qint64 done) {
            if (done == 3 && !cancelled) {
                cancelled = true;
                runner.cancel();
            }
        });
        QVERIFY(runner.start([](const Progress &progress) { return countTo(progress, 100000); }, [&](int reached) { result = reached; }));
        QTRY_VERIFY(result > 0);
        QVERIFY(result < 100000);
        // A new job starts with a fresh switch: the old cancel does not stop it.
        int next = 0;
        QVERIFY(runner.start([](const Progress &progress) { return countTo(progress, 5); }, [&](int reached) { next = reached; }));
        QTRY_COMPARE(next, 5);
    }

    void destructionStopsAndWaitsForTheWork()
    {
        auto reached = std::make_shared<std::atomic_int>(0);
        auto finishedWork = std::make_shared<std::atomic_bool>(false);
        bool told = false;
        {
            ui::JobRunner runner;
            QVERIFY(runner.start(
                [reached, finishedWork](const Progress &progress) {
                    const int got = countTo(progress, 100000, reached.get());
                    *finishedWork = true;
                    return got;
                },
                [&](int) { told = true; }));
            QTRY_VERIFY(*reached > 2);
        }
        // The work has returned (cancelled, not run to the end) before the destructor did.
        QVERIFY(*finishedWork);
        QVERIFY(*reached < 100000);
        QCoreApplication::processEvents();
        QVERIFY(!told);  // nobody is told of a job whose runner is gone
    }
};

QTEST_GUILESS_MAIN(TestJobRunner)
#include "tst_jobrunner.moc"
