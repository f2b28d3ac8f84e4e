#pragma once

#include "common/result.h"
#include "experiments/chartdata.h"

#include <QSize>
#include <QString>

class QPainter;

namespace lookbook::experiments {

// A chart drawn with QPainter (no Qt Widgets), the same in a report's PNG and in the window: grouped
// bars (one group per category, one bar per series), each labelled with its value; round y ticks with
// a grid, axis titles and a legend. Needs a QGuiApplication for its fonts.
class BarChart final
{
public:
    static void paint(QPainter &painter, const ChartData &data, const QSize &size);
    static Status save(const ChartData &data, const QString &path, const QSize &size = kReportChartSize);
};

} // namespace lookbook::experiments
