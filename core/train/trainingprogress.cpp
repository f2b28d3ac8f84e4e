#include "train/trainingprogress.h"

#include <QStringList>

namespace lookbook::train {

TrainingProgress::TrainingProgress(int totalSteps, std::FILE *stream, int percentStep)
    : m_totalSteps(totalSteps), m_stream(stream), m_line(stream, percentStep)
{
}

QString TrainingProgress::format(int step, int totalSteps, const Terms &terms, double imagesPerSecond, double secondsLeft)
{
    double total = 0;
    QStringList parts;
    for (const auto &[name, value] : terms) {
        total += value;
        parts << QStringLiteral("%1 %2").arg(name).arg(value, 0, 'f', 3);
    }
    const int left = static_cast<int>(secondsLeft + 0.5);
    const QString eta = left >= 3600 ? QStringLiteral("%1:%2:%3").arg(left / 3600).arg(left / 60 % 60, 2, 10, QLatin1Char('0')).arg(left % 60, 2, 10, QLatin1Char('0'))
                                     : QStringLiteral("%1:%2").arg(left / 60, 2, 10, QLatin1Char('0')).arg(left % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("step %1/%2 loss %3 (%4) %5 img/s ETA %6")
        .arg(step)
        .arg(totalSteps)
        .arg(total, 0, 'f', 3)
        .arg(parts.join(QLatin1Char(' ')))
        .arg(imagesPerSecond, 0, 'f', 1)
        .arg(eta);
}

void TrainingProgress::update(int step, const Terms &terms, double imagesPerSecond)
{
    if (!m_stream)
        return;
    // The ETA counts from the first step seen, so that a resumed run does not extrapolate old steps.
    const auto now = std::chrono::steady_clock::now();
    if (m_firstStep < 0) {
        m_firstStep = step - 1;
        m_start = now;
    }
    const double elapsed = std::chrono::duration<double>(now - m_start).count();
    const int done = step - m_firstStep;
    const double secondsLeft = done > 0 ? elapsed / done * (m_totalSteps - step) : 0.0;
    m_line.update(QString(), step, m_totalSteps, format(step, m_totalSteps, terms, imagesPerSecond, secondsLeft));
}

void TrainingProgress::finish()
{
    m_line.finish();
}

} // namespace lookbook::train
