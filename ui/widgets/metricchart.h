#pragma once

#include "experiments/chartdata.h"

#include <QtCharts/QChartView>

namespace lookbook::ui {

// A Qt Charts plot of evaluation numbers: lines (Acc@k against k, AP50 against the number of fused
// detectors) or grouped bars (AP per category), categories along x, values from 0 up.
class MetricChart final : public QChartView
{
    Q_OBJECT

public:
    enum class Kind { Lines, Bars };

    explicit MetricChart(Kind kind, QWidget *parent = nullptr);

    void setData(const experiments::ChartData &data);
    const experiments::ChartData &data() const { return m_data; }
    // False, with the reason in `error`, when the file cannot be written.
    bool savePng(const QString &path, QString *error = nullptr);

private:
    Kind m_kind;
    experiments::ChartData m_data;
};

} // namespace lookbook::ui
