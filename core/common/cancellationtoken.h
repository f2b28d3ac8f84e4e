#pragma once

#include "common/progress.h"

#include <atomic>
#include <memory>

namespace lookbook {

// The switch that stops long work: whoever started the work keeps one copy and calls cancel(); the
// work holds another, so the flag lives as long as either (the work may outlive its starter's stack).
// Copies share one flag. Safe to use from any thread.
class CancellationToken final
{
public:
    void cancel() const { m_cancelled->store(true); }
    bool isCancelled() const { return m_cancelled->load(); }

    // A Progress that passes each report to `report` (may be empty) and asks the work to stop once
    // cancel() was called.
    Progress progress(std::function<void(const QString &stage, qint64 done, qint64 total)> report = {}) const
    {
        return [flag = m_cancelled, report = std::move(report)](const QString &stage, qint64 done, qint64 total) {
            if (report)
                report(stage, done, total);
            return !flag->load();
        };
    }

private:
    std::shared_ptr<std::atomic_bool> m_cancelled = std::make_shared<std::atomic_bool>(false);
};

} // namespace lookbook
