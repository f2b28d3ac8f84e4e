#pragma once

#include "common/result.h"
#include "eval/chartdata.h"

#include <QColor>
#include <QRectF>

class QImage;
class QPainter;

namespace lookbook::eval {

// What LineChart and BarChart share: the layout (title, plot area, x labels, legend), the y axis with
// round ticks and a grid, the series colours, and the checks before drawing text.
class ChartFrame final
{
public:
    ChartFrame(const ChartData &data, int width, int height);

    // Fonts need a QGuiApplication (Qt aborts without one), so the writers check before drawing.
    static Status canDrawText();
    static Status save(const QImage &image, const QString &path);
    static QColor colour(std::size_t series);

    QRectF plot() const { return m_plot; }
    // The horizontal slot of category `index` inside the plot.
    QRectF slot(int index) const;
    // The pixel row of a value (clamped to the plot).
    double y(double value) const;

    // Background, title, grid, ticks and their labels, x labels and axis titles.
    void drawAxes(QPainter &painter) const;
    // One entry per series under the x labels: a short line (lines) or a square (bars).
    void drawLegend(QPainter &painter, bool lines) const;

private:
    const ChartData &m_data;
    int m_width;
    int m_height;
    double m_yMin;
    double m_yMax;
    double m_step;
    QRectF m_plot;
    QRectF m_legend;
};

} // namespace lookbook::eval
