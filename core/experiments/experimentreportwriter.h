#pragma once

#include "common/result.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace lookbook::experiments {

struct ExperimentReport;

// One table of the report, its cells already formatted, so that the Markdown and the CSV hold the
// same text.
struct ReportTable final {
    QString fileStem;          // "table2-detection": the CSV is <fileStem>.csv
    QString title;
    QString explanation;       // one line under the title
    QStringList header;
    std::vector<QStringList> rows;
};

// Writes an experiment as report.md (the tables with a line of explanation each, the charts, the
// timings, the notes), one CSV per table and PNG charts (AP50 against the number of fused detectors,
// Acc@k per embedder, the post-processing steps as bars). The charts need a QGuiApplication.
class ExperimentReportWriter final
{
public:
    // The tables that have rows, in the report's order.
    static std::vector<ReportTable> tables(const ExperimentReport &report);
    // The files written (absolute paths); the folder is created if needed.
    static Result<QStringList> write(const ExperimentReport &report, const QString &folder);
};

} // namespace lookbook::experiments
