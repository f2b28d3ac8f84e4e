#pragma once

#include "common/cancellationtoken.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <type_traits>
#include <utility>

namespace lookbook::ui {

// The one way the window runs long work: `work` runs on the thread pool with a core Progress, which
// this runner turns into `progressed` signals on the GUI thread and through which cancel() stops it;
// `finished` gets the work's result on the GUI thread. One job at a time. Destroying the runner
// cancels the work and waits for it, so no job outlives the widget that started it and no result
// reaches a receiver that is gone.
class JobRunner final : public QObject
{
    Q_OBJECT

public:
    explicit JobRunner(QObject *parent = nullptr);
    ~JobRunner() override;

    bool isRunning() const { return m_running; }
    // Seconds since the running (or last) job started: for a rate or an ETA beside the progress.
    double elapsedSeconds() const { return m_clock.isValid() ? m_clock.elapsed() / 1000.0 : 0.0; }

    // Starts `work(const Progress &)` unless a job runs already (then false and nothing happens).
    template<typename Work, typename Finished>
    bool start(Work work, Finished finished);
    // Asks the running job to stop at its next progress report; its result still arrives.
    void cancel();

Q_SIGNALS:
    void progressed(const QString &stage, qint64 done, qint64 total);
    void runningChanged(bool running);

private:
    void setRunning(bool running);
    void deliver();

    CancellationToken m_cancel;
    // Tells the GUI thread when the work is done. A watcher, not QFuture::then(this, …): Qt 6.4's
    // continuation can post to a runner that its destructor is deleting.
    QFutureWatcher<void> m_watcher;
    std::function<void()> m_finish;  // hands the finished work's result to the caller's `finished`
    QElapsedTimer m_clock;
    bool m_running = false;
};

template<typename Work, typename Finished>
bool JobRunner::start(Work work, Finished finished)
{
    using Output = std::invoke_result_t<Work, const Progress &>;
    if (m_running)
        return false;
    m_cancel = CancellationToken();
    // Emitted on the worker, delivered queued; the destructor's wait keeps `this` alive meanwhile.
    const Progress progress = m_cancel.progress([this](const QString &stage, qint64 done, qint64 total) { Q_EMIT progressed(stage, done, total); });
    m_clock.start();
    const QFuture<Output> future = QtConcurrent::run([work = std::move(work), progress] { return work(progress); });
    m_finish = [future, finished = std::move(finished)] { finished(future.result()); };
    m_watcher.setFuture(QFuture<void>(future));
    setRunning(true);
    return true;
}

} // namespace lookbook::ui
