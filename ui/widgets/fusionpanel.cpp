#include "widgets/fusionpanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QVBoxLayout>

#include <cmath>

namespace lookbook::ui {

namespace {
constexpr double kThresholdScale = 100.0;  // thresholds move in steps of 0.01
constexpr double kWeightScale = 10.0;      // weights in steps of 0.1, up to 5
constexpr int kMaxWeight = 50;
} // namespace

FusionPanel::FusionPanel(QWidget *parent) : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_method = new QComboBox(this);
    m_method->addItem(tr("Weighted boxes fusion"), int(fusion::Method::Wbf));
    m_method->addItem(tr("Non-maximum suppression"), int(fusion::Method::Nms));
    m_method->addItem(tr("Soft-NMS"), int(fusion::Method::SoftNms));
    m_method->addItem(tr("Non-maximum weighted"), int(fusion::Method::Nmw));
    form->addRow(tr("&Method"), m_method);
    m_confType = new QComboBox(this);
    m_confType->addItem(tr("Average"), int(fusion::ConfType::Avg));
    m_confType->addItem(tr("Maximum"), int(fusion::ConfType::Max));
    m_confType->addItem(tr("Box and model average"), int(fusion::ConfType::BoxAndModelAvg));
    m_confType->addItem(tr("Absent-model-aware average"), int(fusion::ConfType::AbsentModelAwareAvg));
    m_confType->setToolTip(tr("How weighted boxes fusion scores a cluster of boxes"));
    form->addRow(tr("&Confidence"), m_confType);
    m_iouThr = addSliderRow(form, new QLabel(tr("IoU thr"), this), 100, kThresholdScale, 2);
    m_iouThr->setToolTip(tr("Boxes overlapping more than this are merged (or suppressed)"));
    m_skipThr = addSliderRow(form, new QLabel(tr("Skip thr"), this), 100, kThresholdScale, 2);
    m_skipThr->setToolTip(tr("Boxes scoring below this are left out of the fusion"));
    outer->addLayout(form);

    auto *detectors = new QGroupBox(tr("Detector weights"), this);
    m_detectorForm = new QFormLayout(detectors);
    m_detectorForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    outer->addWidget(detectors);
    outer->addStretch(1);

    connect(m_method, &QComboBox::currentIndexChanged, this, [this] {
        // The method's own default IoU threshold is where a user starts tuning.
        const QSignalBlocker blocker(m_iouThr);
        m_iouThr->setValue(qRound(fusion::defaultIouThr(params().method) * kThresholdScale));
        updateEnabledControls();
        Q_EMIT changed();
    });
    connect(m_confType, &QComboBox::currentIndexChanged, this, &FusionPanel::changed);
    setParams({});
    setDetectors({}, {});
}

QSlider *FusionPanel::addSliderRow(QFormLayout *form, QWidget *label, int maximum, double scale, int decimals)
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *slider = new QSlider(Qt::Horizontal, row);
    slider->setRange(0, maximum);
    slider->setPageStep(std::max(1, maximum / 10));
    auto *value = new QLabel(row);
    value->setMinimumWidth(value->fontMetrics().horizontalAdvance(QStringLiteral("0.00")) + 4);
    value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    layout->addWidget(slider, 1);
    layout->addWidget(value);
    const auto show = [value, scale, decimals](int v) { value->setText(QString::number(v / scale, 'f', decimals)); };
    connect(slider, &QSlider::valueChanged, value, show);
    connect(slider, &QSlider::valueChanged, this, &FusionPanel::changed);
    show(slider->value());
    form->addRow(label, row);
    return slider;
}

void FusionPanel::setDetectors(const QStringList &names, const std::vector<double> &weights)
{
    while (m_detectorForm->rowCount() > 0)
        m_detectorForm->removeRow(0);
    m_switches.clear();
    m_weights.clear();
    m_noDetectors = nullptr;
    if (names.isEmpty()) {
        m_noDetectors = new QLabel(tr("No detectors loaded"), this);
        m_noDetectors->setEnabled(false);
        m_detectorForm->addRow(m_noDetectors);
    }
    for (int i = 0; i < names.size(); ++i) {
        auto *on = new QCheckBox(names[i], this);
        on->setChecked(true);
        on->setToolTip(tr("Use the boxes of %1 in the fusion").arg(names[i]));
        QSlider *weight = addSliderRow(m_detectorForm, on, kMaxWeight, kWeightScale, 1);
        weight->setValue(qRound(weights[static_cast<std::size_t>(i)] * kWeightScale));
        weight->setToolTip(tr("Fusion weight of %1").arg(names[i]));
        connect(on, &QCheckBox::toggled, weight, &QWidget::setEnabled);
        connect(on, &QCheckBox::toggled, this, &FusionPanel::changed);
        m_switches.push_back(on);
        m_weights.push_back(weight);
    }
}

fusion::FusionParams FusionPanel::params() const
{
    fusion::FusionParams p;
    p.method = static_cast<fusion::Method>(m_method->currentData().toInt());
    p.confType = static_cast<fusion::ConfType>(m_confType->currentData().toInt());
    p.iouThr = m_iouThr->value() / kThresholdScale;
    p.skipBoxThr = m_skipThr->value() / kThresholdScale;
    return p;
}

void FusionPanel::setParams(const fusion::FusionParams &params)
{
    const QSignalBlocker methodBlocker(m_method);
    const QSignalBlocker confBlocker(m_confType);
    m_method->setCurrentIndex(m_method->findData(int(params.method)));
    m_confType->setCurrentIndex(m_confType->findData(int(params.confType)));
    m_iouThr->setValue(qRound(params.effectiveIouThr() * kThresholdScale));
    m_skipThr->setValue(qRound(params.skipBoxThr * kThresholdScale));
    updateEnabledControls();
}

std::vector<double> FusionPanel::weights() const
{
    std::vector<double> weights;
    for (std::size_t i = 0; i < m_weights.size(); ++i)
        weights.push_back(m_switches[i]->isChecked() ? m_weights[i]->value() / kWeightScale : 0.0);
    return weights;
}

QSlider *FusionPanel::weightSlider(int detector) const
{
    return m_weights.at(static_cast<std::size_t>(detector));
}

QCheckBox *FusionPanel::detectorSwitch(int detector) const
{
    return m_switches.at(static_cast<std::size_t>(detector));
}

void FusionPanel::updateEnabledControls()
{
    const fusion::Method method = params().method;
    m_confType->setEnabled(method == fusion::Method::Wbf);
    m_skipThr->setEnabled(method == fusion::Method::Wbf || method == fusion::Method::Nmw);
}

} // namespace lookbook::ui
