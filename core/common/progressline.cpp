#include "common/progressline.h"

#include <unistd.h>

namespace lookbook {

ProgressLine::ProgressLine(std::FILE *stream, int percentStep)
    : m_stream(stream), m_terminal(stream && isatty(fileno(stream))), m_percentStep(percentStep > 0 ? percentStep : 5)
{
}

ProgressLine::~ProgressLine()
{
    finish();
}

void ProgressLine::update(const QString &stage, qint64 done, qint64 total, const QString &text)
{
    if (!m_stream)
        return;
    const bool newStage = !m_started || stage != m_stage;
    const bool last = total > 0 && done >= total;
    m_started = true;
    m_stage = stage;
    const QByteArray line = text.toUtf8();
    if (m_terminal) {
        const auto now = std::chrono::steady_clock::now();
        if (!newStage && !last && now - m_lastDraw < std::chrono::milliseconds(100))
            return;
        m_lastDraw = now;
        if (newStage && m_lineOpen)
            std::fputc('\n', m_stream);
        std::fprintf(m_stream, "\r\033[K%s", line.constData());
        m_lineOpen = true;
    } else {
        const qint64 bucket = total > 0 ? done * 100 / total / m_percentStep : 0;
        if (!newStage && bucket == m_lastBucket)
            return;
        m_lastBucket = bucket;
        std::fprintf(m_stream, "%s\n", line.constData());
    }
    std::fflush(m_stream);
}

void ProgressLine::finish()
{
    if (m_stream && m_lineOpen) {
        std::fputc('\n', m_stream);
        std::fflush(m_stream);
    }
    m_lineOpen = false;
}

} // namespace lookbook
