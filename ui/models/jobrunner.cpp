#include "models/jobrunner.h"

namespace lookbook::ui {

JobRunner::~JobRunner()
{
    // Nothing is told any more: a receiver may be half destroyed with this object's parent.
    disconnect(this, nullptr, nullptr, nullptr);
    m_cancel.cancel();
    m_work.waitForFinished();
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
