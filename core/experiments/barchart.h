#pragma once

#include "common/result.h"
#include "experiments/chartdata.h"

#include <QString>

namespace lookbook::experiments {

// A PNG chart drawn with QPainter (no Qt Widgets): grouped bars (one group per category, one bar per
// series), each labelled with its value; round y ticks with a grid, axis titles and a legend. Needs a QGuiApplication for its fonts.
class BarChart final
{
public:
    static Status save(const ChartData &data, const QString &path, int width = 800, int height = 500);
};

} // namespace lookbook::experiments
