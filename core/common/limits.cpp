#include "common/limits.h"

#include <QThread>

#include <algorithm>

namespace lookbook::limits {

int maxThreads()
{
    return std::clamp(kMaxThreadsPerCore * QThread::idealThreadCount(), 1, kMaxThreads);
}

Status checkThreadCount(int threads, const QString &field)
{
    if (threads < 0 || threads > maxThreads())
        return Status::failure(ErrorCode::InvalidArgument, QStringLiteral("%1: expected 0 (one per core) to %2 (%3 per core on this machine, at most %4), got %5")
                                                               .arg(field).arg(maxThreads()).arg(kMaxThreadsPerCore).arg(kMaxThreads).arg(threads));
    return success();
}

} // namespace lookbook::limits
