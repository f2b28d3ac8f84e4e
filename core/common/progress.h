#pragma once

#include <QString>

#include <functional>

namespace lookbook {

// How every long piece of work in core says how far it is: `done` of `total` units of `stage` (plain
// words, empty for work of one stage; the caller may show it, or its own words). The work calls it on
// the thread it runs on, between units. Returning false asks the work to stop at its next safe point:
// it then keeps what it finished and returns ErrorCode::Cancelled, or a report that says `cancelled`.
using Progress = std::function<bool(const QString &stage, qint64 done, qint64 total)>;

// Tells `progress` when there is one; true (go on) when there is none.
inline bool reportProgress(const Progress &progress, const QString &stage, qint64 done, qint64 total)
{
    return !progress || progress(stage, done, total);
}

// `progress` told `stage` in place of what the work names: for a caller that runs works as stages of its own.
inline Progress asStage(Progress progress, const QString &stage)
{
    return [progress = std::move(progress), stage](const QString &, qint64 done, qint64 total) { return reportProgress(progress, stage, done, total); };
}

} // namespace lookbook
