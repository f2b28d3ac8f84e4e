#pragma once

#include <QString>

#include <chrono>
#include <cstdio>

namespace lookbook {

// A long command's progress for a person. On a terminal one line is redrawn in place, at most ten
// times a second. Anywhere else (a CI log, a redirected file) a carriage return would pile up every
// redraw in the file, so a full line is printed only when the count passes another `percentStep`
// percent or a new stage starts: about 100 / percentStep lines per stage, whatever the item count.
class ProgressLine final
{
public:
    explicit ProgressLine(std::FILE *stream = stderr, int percentStep = 5);
    ~ProgressLine();
    ProgressLine(const ProgressLine &) = delete;
    ProgressLine &operator=(const ProgressLine &) = delete;

    // `text` is the whole line; `stage`, `done` and `total` decide whether a log gets it.
    void update(const QString &stage, qint64 done, qint64 total, const QString &text);
    // Ends the line being redrawn, so that what follows starts on a line of its own.
    void finish();

    bool isTerminal() const { return m_terminal; }

private:
    std::FILE *m_stream;
    bool m_terminal;
    int m_percentStep;
    QString m_stage;
    bool m_started = false;
    qint64 m_lastBucket = -1;
    bool m_lineOpen = false;
    std::chrono::steady_clock::time_point m_lastDraw;
};

} // namespace lookbook
