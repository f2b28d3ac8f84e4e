#include "experiments/barchart.h"

#include "experiments/chartframe_p.h"

#include <QFont>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace lookbook::experiments {

Status BarChart::save(const ChartData &data, const QString &path, const QSize &size)
{
    return ChartFrame::save(path, size, [&](QPainter &painter) { paint(painter, data, size); });
}

void BarChart::paint(QPainter &painter, const ChartData &data, const QSize &size)
{
    ChartFrame::paint(painter, data, size, ChartFrame::Legend::Squares, [&](QPainter &, const ChartFrame &frame) {
        QFont small;
        small.setPixelSize(10);
        painter.setFont(small);
        const double bars = static_cast<double>(std::max<std::size_t>(1, data.series.size()));
        for (int c = 0; c < data.categories.size(); ++c) {
            const QRectF slot = frame.slot(c);
            const double group = slot.width() * 0.8;  // a fifth of each slot separates the groups
            const double barWidth = group / bars;
            for (std::size_t s = 0; s < data.series.size(); ++s) {
                const std::vector<double> &values = data.series[s].values;
                if (static_cast<std::size_t>(c) >= values.size() || !std::isfinite(values[static_cast<std::size_t>(c)]))
                    continue;
                const double value = values[static_cast<std::size_t>(c)];
                const double left = slot.left() + slot.width() * 0.1 + s * barWidth;
                const double top = frame.y(value);
                painter.fillRect(QRectF(left + 1, top, barWidth - 2, frame.plot().bottom() - top), ChartFrame::colour(s));
                painter.setPen(Qt::black);
                painter.drawText(QRectF(left - 6, top - 15, barWidth + 12, 14), Qt::AlignHCenter | Qt::AlignBottom, QString::number(value, 'f', 2));
            }
        }
    });
}

} // namespace lookbook::experiments
