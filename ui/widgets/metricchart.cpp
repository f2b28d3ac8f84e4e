#include "widgets/metricchart.h"

#include <QImageWriter>
#include <QPixmap>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <cmath>

namespace lookbook::ui {

MetricChart::MetricChart(Kind kind, QWidget *parent) : QChartView(parent), m_kind(kind)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(240, 150);
    setData({});
}

void MetricChart::setData(const experiments::ChartData &data)
{
    m_data = data;
    auto *chart = new QChart;
    chart->setTitle(data.title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setVisible(data.series.size() > 1 || m_kind == Kind::Bars);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *xAxis = new QBarCategoryAxis;
    xAxis->append(data.categories);
    xAxis->setTitleText(data.xTitle);
    if (m_kind == Kind::Bars && data.categories.size() > 6)
        xAxis->setLabelsAngle(-90);
    auto *yAxis = new QValueAxis;
    double largest = 0.0;
    for (const experiments::ChartSeries &series : data.series) {
        for (const double v : series.values) {
            if (std::isfinite(v))
                largest = std::max(largest, v);
        }
    }
    // Metrics live in [0, 1]; a larger value (a count) gets a round top above it.
    const double top = data.yMax > data.yMin ? data.yMax : largest <= 1.0 ? 1.0 : std::ceil(largest);
    yAxis->setRange(data.yMin, top);
    yAxis->setTickCount(6);
    yAxis->setLabelFormat(QStringLiteral("%.1f"));
    yAxis->setTitleText(data.yTitle);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);

    if (m_kind == Kind::Bars) {
        auto *bars = new QBarSeries;
        for (const experiments::ChartSeries &series : data.series) {
            auto *set = new QBarSet(series.name);
            for (const double v : series.values)
                set->append(std::isfinite(v) && v > 0.0 ? v : 0.0);  // undefined AP draws no bar
            bars->append(set);
        }
        chart->addSeries(bars);
        bars->attachAxis(xAxis);
        bars->attachAxis(yAxis);
    } else {
        for (const experiments::ChartSeries &series : data.series) {
            auto *line = new QLineSeries;
            line->setName(series.name);
            line->setPointsVisible(true);
            // x is the category's index, which is where QBarCategoryAxis puts its label.
            for (std::size_t i = 0; i < series.values.size(); ++i) {
                if (std::isfinite(series.values[i]) && series.values[i] >= 0.0)
                    line->append(static_cast<double>(i), series.values[i]);
            }
            chart->addSeries(line);
            line->attachAxis(xAxis);
            line->attachAxis(yAxis);
        }
    }
    QChart *previous = this->chart();
    setChart(chart);
    delete previous;  // QChartView leaves the old chart to us
}

bool MetricChart::savePng(const QString &path, QString *error)
{
    if (!isVisible())
        resize(std::max(width(), 900), std::max(height(), 540));  // a chart on a hidden tab has not been laid out
    const QPixmap picture = grab();
    QImageWriter writer(path, "png");
    if (writer.write(picture.toImage()))
        return true;
    if (error)
        *error = tr("%1: cannot write the chart: %2").arg(path, writer.errorString());
    return false;
}

} // namespace lookbook::ui
