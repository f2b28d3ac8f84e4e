#include "widgets/metricchart.h"

#include "experiments/barchart.h"
#include "experiments/linechart.h"
#include "models/errortext.h"

#include <QPainter>

#include <algorithm>

namespace lookbook::ui {

namespace {

// Below this the title, the axis labels and the legend leave no room to plot: a smaller widget shows
// the chart drawn at this size, scaled down whole, rather than cut labels.
constexpr QSize kSmallestLayout{480, 300};

} // namespace

MetricChart::MetricChart(Kind kind, QWidget *parent) : QWidget(parent), m_kind(kind)
{
    setMinimumSize(240, 150);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void MetricChart::setData(const experiments::ChartData &data)
{
    m_data = data;
    update();
}

bool MetricChart::savePng(const QString &path, QString *error) const
{
    const Status saved = m_kind == Kind::Bars ? experiments::BarChart::save(m_data, path) : experiments::LineChart::save(m_data, path);
    if (!saved && error)
        *error = ErrorText::of(saved.error());
    return saved.ok();
}

QSize MetricChart::sizeHint() const
{
    return kSmallestLayout;
}

void MetricChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const double scale = std::min({1.0, width() / double(kSmallestLayout.width()), height() / double(kSmallestLayout.height())});
    painter.scale(scale, scale);
    const QSize layout(qRound(width() / scale), qRound(height() / scale));
    if (m_kind == Kind::Bars)
        experiments::BarChart::paint(painter, m_data, layout);
    else
        experiments::LineChart::paint(painter, m_data, layout);
}

} // namespace lookbook::ui
