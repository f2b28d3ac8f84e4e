#include "experiments/linechart.h"

#include "experiments/chartframe_p.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace lookbook::experiments {

Status LineChart::save(const ChartData &data, const QString &path, const QSize &size)
{
    return ChartFrame::save(path, size, [&](QPainter &painter) { paint(painter, data, size); });
}

void LineChart::paint(QPainter &painter, const ChartData &data, const QSize &size)
{
    ChartFrame::paint(painter, data, size, ChartFrame::Legend::Lines, [&](QPainter &, const ChartFrame &frame) {
        // Series that coincide would hide each other: the first is drawn widest, each later one narrower on
        // top of it, so that every colour stays visible where lines overlap.
        const std::size_t count = data.series.size();
        for (std::size_t s = 0; s < count; ++s) {
            // Three pixels wider per series below, at most 12: each stays a visible ring around the next.
            const double step = count > 1 ? std::min(3.0, 9.5 / static_cast<double>(count - 1)) : 0.0;
            const double lineWidth = 2.5 + step * static_cast<double>(count - 1 - s);
            const double radius = 4.0 + 0.8 * step * static_cast<double>(count - 1 - s);
            const std::vector<double> &values = data.series[s].values;
            QPainterPath line;
            bool open = false;
            for (std::size_t i = 0; i < values.size() && i < static_cast<std::size_t>(data.categories.size()); ++i) {
                if (!std::isfinite(values[i])) {
                    open = false;
                    continue;
                }
                const QPointF point(frame.slot(static_cast<int>(i)).center().x(), frame.y(values[i]));
                if (open)
                    line.lineTo(point);
                else
                    line.moveTo(point);
                open = true;
            }
            painter.setPen(QPen(ChartFrame::colour(s), lineWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter.setBrush(Qt::NoBrush);
            painter.drawPath(line);
            painter.setPen(Qt::NoPen);
            painter.setBrush(ChartFrame::colour(s));
            for (std::size_t i = 0; i < values.size() && i < static_cast<std::size_t>(data.categories.size()); ++i) {
                if (std::isfinite(values[i]))
                    painter.drawEllipse(QPointF(frame.slot(static_cast<int>(i)).center().x(), frame.y(values[i])), radius, radius);
            }
        }
    });
}

} // namespace lookbook::experiments
