#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

#include <vector>

namespace lookbook::experiments {

// One named line or bar group: a value per category; NaN where there is none.
struct ChartSeries final {
    QString name;
    std::vector<double> values;
};

// What LineChart and BarChart draw: categories along x, one or more series, values on y.
struct ChartData final {
    QString title;
    QString xTitle;
    QString yTitle;
    QStringList categories;
    std::vector<ChartSeries> series;
    double yMin = 0.0;
    double yMax = 0.0;   // <= yMin: a round number just above the largest value
};

// Every chart file is this size: an experiment's report and the evaluation view's Export write alike.
inline constexpr QSize kReportChartSize{800, 500};

} // namespace lookbook::experiments
