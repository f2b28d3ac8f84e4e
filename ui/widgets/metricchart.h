#pragma once

#include "experiments/chartdata.h"

#include <QWidget>

namespace lookbook::ui {

// A plot of evaluation numbers, drawn by the same painter as the experiment report's charts (lines:
// Acc@k against k, AP50 against the number of fused detectors; grouped bars: AP per category), so the
// window and the report show, and export, the same picture.
class MetricChart final : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Lines, Bars };

    explicit MetricChart(Kind kind, QWidget *parent = nullptr);

    void setData(const experiments::ChartData &data);
    const experiments::ChartData &data() const { return m_data; }
    // The chart as the report draws it (kReportChartSize), whatever the widget's size; false, with the
    // reason in `error`, when the file cannot be written.
    bool savePng(const QString &path, QString *error = nullptr) const;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    Kind m_kind;
    experiments::ChartData m_data;
};

} // namespace lookbook::ui
