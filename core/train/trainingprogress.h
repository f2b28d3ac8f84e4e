#pragma once

#include "common/progressline.h"

#include <QString>

#include <chrono>
#include <cstdio>
#include <utility>
#include <vector>

namespace lookbook::train {

// One console line per training run: step/total, the loss terms, images/s and the ETA. On a
// terminal it is redrawn in place; otherwise (a log file) it is printed every `percentStep` percent.
class TrainingProgress final
{
public:
    using Terms = std::vector<std::pair<QString, double>>;

    TrainingProgress(int totalSteps, std::FILE *stream, int percentStep = 10);

    void update(int step, const Terms &terms, double imagesPerSecond);
    void finish();  // ends the in-place line
    // The text of a line, without the carriage return: "step 12/400 loss 1.234 (ce 1.1 tri 0.13) 85.2 img/s ETA 01:23".
    static QString format(int step, int totalSteps, const Terms &terms, double imagesPerSecond, double secondsLeft);

private:
    int m_totalSteps;
    std::FILE *m_stream;
    ProgressLine m_line;
    std::chrono::steady_clock::time_point m_start = std::chrono::steady_clock::now();
    int m_firstStep = -1;
};

} // namespace lookbook::train
