#pragma once

#include "common/result.h"
#include "experiments/chartdata.h"

#include <QString>

namespace lookbook::experiments {

// A PNG chart drawn with QPainter (no Qt Widgets): each series' values joined by a line with a marker
// at each (a gap where a value is missing); round y ticks with a grid, axis titles and a legend. Needs a QGuiApplication for its fonts.
class LineChart final
{
public:
    static Status save(const ChartData &data, const QString &path, int width = 800, int height = 500);
};

} // namespace lookbook::experiments
