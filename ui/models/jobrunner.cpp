#include "models/jobrunner.h"

#include <utility>

namespace lookbook::ui {

JobRunner::JobRunner(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &JobRunner::deliver);
}

JobRunner::~JobRunner()
{
    // Nothing is told any more: a receiver may be half destroyed with this object's parent.
    disconnect(this, nullptr, nullptr, nullptr);
    disconnect(&m_watcher, nullptr, this, nullptr);
    m_cancel.cancel();
    m_watcher.waitForFinished();
}

void JobRunner::deliver()
{
    setRunning(false);
    const std::function<void()> finish = std::exchange(m_finish, nullptr);
    if (finish)
        finish();
}

void JobRunner::cancel()
{
    m_cancel.cancel();
}

void JobRunner::setRunning(bool running)
{
    if (running == m_running)
        return;
    m_running = running;
    Q_EMIT runningChanged(running);
}

} // namespace lookbook::ui
