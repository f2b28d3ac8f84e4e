#include "experiments/chartframe_p.h"

#include <QFileInfo>
#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace lookbook::experiments {

namespace {

constexpr double kMarginLeft = 78.0;     // y tick labels and the rotated y title
constexpr double kMarginRight = 24.0;
constexpr double kTitleHeight = 44.0;
constexpr double kLabelHeight = 46.0;    // three lines of x labels
constexpr double kAxisTitleHeight = 22.0;
constexpr double kLegendRow = 22.0;
constexpr double kSwatch = 22.0;

QFont font(int pixels, bool bold = false)
{
    QFont f;
    f.setPixelSize(pixels);
    f.setBold(bold);
    return f;
}

// A round step (1, 2 or 5 × 10^k) that cuts `range` into about five intervals.
double roundStep(double range)
{
    const double raw = range / 5.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double normalised = raw / magnitude;
    return (normalised <= 1.0 ? 1.0 : normalised <= 2.0 ? 2.0 : normalised <= 5.0 ? 5.0 : 10.0) * magnitude;
}

} // namespace

ChartFrame::ChartFrame(const ChartData &data, int width, int height) : m_data(data), m_width(width), m_height(height)
{
    m_yMin = data.yMin;
    m_yMax = data.yMax;
    if (m_yMax <= m_yMin) {
        double largest = m_yMin;
        for (const ChartSeries &series : data.series) {
            for (const double v : series.values) {
                if (std::isfinite(v))
                    largest = std::max(largest, v);
            }
        }
        m_yMax = largest > m_yMin ? largest : m_yMin + 1.0;
        const double step = roundStep(m_yMax - m_yMin);
        m_yMax = m_yMin + std::ceil((m_yMax - m_yMin) / step - 1e-9) * step;
    }
    m_step = roundStep(m_yMax - m_yMin);

    // The legend flows in rows under the axis title; its height decides the plot's.
    const QFontMetricsF metrics(font(12));
    const double available = m_width - kMarginLeft - kMarginRight;
    int rows = data.series.empty() ? 0 : 1;
    double x = 0.0;
    for (const ChartSeries &series : data.series) {
        const double entry = kSwatch + 6.0 + metrics.horizontalAdvance(series.name) + 18.0;
        if (x > 0.0 && x + entry > available) {
            ++rows;
            x = 0.0;
        }
        x += entry;
    }
    const double legendHeight = rows * kLegendRow;
    const double bottom = kLabelHeight + kAxisTitleHeight + legendHeight + 8.0;
    m_plot = QRectF(kMarginLeft, kTitleHeight, available, m_height - kTitleHeight - bottom);
    m_legend = QRectF(kMarginLeft, m_height - legendHeight - 6.0, available, legendHeight);
}

Status ChartFrame::canDrawText()
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Status::failure(ErrorCode::InvalidArgument,
                               QStringLiteral("charts need a QGuiApplication for their fonts (QT_QPA_PLATFORM=offscreen works without a display)"));
    return success();
}

void ChartFrame::paint(QPainter &painter, const ChartData &data, const QSize &size, Legend legend,
                       const std::function<void(QPainter &painter, const ChartFrame &frame)> &drawSeries)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const ChartFrame frame(data, size.width(), size.height());
    frame.drawAxes(painter);
    drawSeries(painter, frame);
    frame.drawLegend(painter, legend == Legend::Lines);
    painter.restore();
}

Status ChartFrame::save(const QString &path, const QSize &size, const std::function<void(QPainter &painter)> &paint)
{
    if (Status ready = canDrawText(); !ready)
        return ready;
    QImage image(size, QImage::Format_RGB32);
    QPainter painter(&image);
    paint(painter);
    painter.end();
    if (!image.save(path, "PNG"))
        return Status::failure(ErrorCode::IoError, QStringLiteral("%1: cannot write the PNG").arg(QFileInfo(path).absoluteFilePath()));
    return success();
}

QColor ChartFrame::colour(std::size_t series)
{
    // Tableau's ten: distinct in colour and in lightness, so they survive a grey-scale print.
    static const QColor palette[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c), QColor(0xd6, 0x27, 0x28),
                                     QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b), QColor(0xe3, 0x77, 0xc2), QColor(0x7f, 0x7f, 0x7f),
                                     QColor(0xbc, 0xbd, 0x22), QColor(0x17, 0xbe, 0xcf)};
    return palette[series % (sizeof(palette) / sizeof(palette[0]))];
}

QRectF ChartFrame::slot(int index) const
{
    const double width = m_plot.width() / std::max(1, static_cast<int>(m_data.categories.size()));
    return QRectF(m_plot.left() + index * width, m_plot.top(), width, m_plot.height());
}

double ChartFrame::y(double value) const
{
    const double share = (std::clamp(value, m_yMin, m_yMax) - m_yMin) / (m_yMax - m_yMin);
    return m_plot.bottom() - share * m_plot.height();
}

void ChartFrame::drawAxes(QPainter &painter) const
{
    painter.fillRect(QRectF(0, 0, m_width, m_height), Qt::white);
    painter.setPen(Qt::black);
    painter.setFont(font(16, true));
    painter.drawText(QRectF(0, 6, m_width, kTitleHeight - 12), Qt::AlignCenter, m_data.title);

    painter.setFont(font(12));
    const int ticks = static_cast<int>(std::lround((m_yMax - m_yMin) / m_step));
    const int decimals = std::max(0, -static_cast<int>(std::floor(std::log10(m_step) + 1e-9)));
    for (int t = 0; t <= ticks; ++t) {
        const double value = m_yMin + t * m_step;
        const double row = y(value);
        painter.setPen(QPen(QColor(225, 225, 225), 1));
        painter.drawLine(QPointF(m_plot.left(), row), QPointF(m_plot.right(), row));
        painter.setPen(Qt::black);
        painter.drawLine(QPointF(m_plot.left() - 5, row), QPointF(m_plot.left(), row));
        painter.drawText(QRectF(0, row - 9, m_plot.left() - 9, 18), Qt::AlignRight | Qt::AlignVCenter, QString::number(value, 'f', decimals));
    }
    painter.setFont(font(11));
    for (int i = 0; i < m_data.categories.size(); ++i) {
        const QRectF s = slot(i);
        painter.drawLine(QPointF(s.center().x(), m_plot.bottom()), QPointF(s.center().x(), m_plot.bottom() + 5));
        painter.drawText(QRectF(s.left() + 2, m_plot.bottom() + 7, s.width() - 4, kLabelHeight - 7), Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                         m_data.categories.at(i));
    }
    painter.setPen(QPen(Qt::black, 1.5));
    painter.drawLine(m_plot.bottomLeft(), m_plot.bottomRight());
    painter.drawLine(m_plot.bottomLeft(), m_plot.topLeft());

    painter.setFont(font(13, true));
    painter.drawText(QRectF(m_plot.left(), m_plot.bottom() + kLabelHeight, m_plot.width(), kAxisTitleHeight), Qt::AlignCenter, m_data.xTitle);
    painter.save();
    painter.translate(16, m_plot.center().y());
    painter.rotate(-90);
    painter.drawText(QRectF(-m_plot.height() / 2, -10, m_plot.height(), 20), Qt::AlignCenter, m_data.yTitle);
    painter.restore();
}

void ChartFrame::drawLegend(QPainter &painter, bool lines) const
{
    painter.setFont(font(12));
    const QFontMetricsF metrics(painter.font());
    double x = m_legend.left();
    double top = m_legend.top();
    for (std::size_t s = 0; s < m_data.series.size(); ++s) {
        const QString &name = m_data.series[s].name;
        const double entry = kSwatch + 6.0 + metrics.horizontalAdvance(name) + 18.0;
        if (x > m_legend.left() && x + entry > m_legend.right()) {
            x = m_legend.left();
            top += kLegendRow;
        }
        const double middle = top + kLegendRow / 2;
        if (lines) {
            painter.setPen(QPen(colour(s), 2.5));
            painter.drawLine(QPointF(x, middle), QPointF(x + kSwatch, middle));
            painter.setBrush(colour(s));
            painter.drawEllipse(QPointF(x + kSwatch / 2, middle), 3.5, 3.5);
        } else {
            painter.fillRect(QRectF(x + 4, middle - 7, 14, 14), colour(s));
        }
        painter.setPen(Qt::black);
        painter.drawText(QRectF(x + kSwatch + 6, top, entry, kLegendRow), Qt::AlignLeft | Qt::AlignVCenter, name);
        x += entry;
    }
}

} // namespace lookbook::experiments
