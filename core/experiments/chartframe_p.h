#pragma once

#include "common/result.h"
#include "experiments/chartdata.h"

#include <QColor>
#include <QRectF>
#include <QSize>

#include <functional>

class QImage;
class QPainter;

namespace lookbook::experiments {

// What LineChart and BarChart share: the layout (title, plot area, x labels, legend), the y axis with
// round ticks and a grid, the series colours, and the checks before drawing text.
class ChartFrame final
{
public:
    ChartFrame(const ChartData &data, int width, int height);

    enum class Legend { Lines, Squares };
    // Draws the frame (axes, then `drawSeries`, then the legend) over `size` pixels of `painter`'s device.
    static void paint(QPainter &painter, const ChartData &data, const QSize &size, Legend legend,
                      const std::function<void(QPainter &painter, const ChartFrame &frame)> &drawSeries);
    // What `paint` draws, as a `size` PNG at `path`. Fonts need a QGuiApplication (Qt aborts without
    // one): without one this fails before drawing.
    static Status save(const QString &path, const QSize &size, const std::function<void(QPainter &painter)> &paint);
    static QColor colour(std::size_t series);

    QRectF plot() const { return m_plot; }
    // The horizontal slot of category `index` inside the plot.
    QRectF slot(int index) const;
    // The pixel row of a value (clamped to the plot).
    double y(double value) const;

private:
    static Status canDrawText();
    // Background, title, grid, ticks and their labels, x labels and axis titles.
    void drawAxes(QPainter &painter) const;
    // One entry per series under the x labels: a short line (lines) or a square (bars).
    void drawLegend(QPainter &painter, bool lines) const;

    const ChartData &m_data;
    int m_width;
    int m_height;
    double m_yMin;
    double m_yMax;
    double m_step;
    QRectF m_plot;
    QRectF m_legend;
};

} // namespace lookbook::experiments
