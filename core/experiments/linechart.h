#pragma once

#include "common/result.h"
#include "experiments/chartdata.h"

#include <QSize>
#include <QString>

class QPainter;

namespace lookbook::experiments {

// A chart drawn with QPainter (no Qt Widgets), the same in a report's PNG and in the window: each
// series' values joined by a line with a marker at each (a gap where a value is missing); round y ticks
// with a grid, axis titles and a legend. Needs a QGuiApplication for its fonts.
class LineChart final
{
public:
    static void paint(QPainter &painter, const ChartData &data, const QSize &size);
    static Status save(const ChartData &data, const QString &path, const QSize &size = kReportChartSize);
};

} // namespace lookbook::experiments
