#include "widgets/layerspanel.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

namespace lookbook::ui {

namespace {

QIcon swatch(const QColor &colour, bool fused)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    QPen pen(colour, fused ? 3.0 : 1.5);
    if (!fused)
        pen.setStyle(Qt::DashLine);
    painter.setPen(pen);
    painter.drawRect(QRectF(2, 2, 12, 12));
    return QIcon(pixmap);
}

} // namespace

LayersPanel::LayersPanel(QWidget *parent) : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    m_grid = new QGridLayout;
    m_grid->setColumnStretch(0, 1);
    m_grid->setHorizontalSpacing(8);
    outer->addLayout(m_grid);
    outer->addStretch(1);
    setLayers({}, {}, QColor());
}

void LayersPanel::setLayers(const QStringList &detectorNames, const std::vector<QColor> &colours, const QColor &fusedColour)
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_visible.clear();
    m_thresholds.clear();
    m_names = detectorNames;
    m_names << tr("Fused boxes");
    if (detectorNames.isEmpty()) {
        auto *hint = new QLabel(tr("No detectors yet: open a catalog with its models (File ▸ Open Catalog…)."), this);
        hint->setWordWrap(true);
        hint->setEnabled(false);
        m_grid->addWidget(hint, 0, 0, 1, 2);
        return;
    }
    auto *header = new QLabel(tr("Score ≥"), this);
    header->setEnabled(false);
    m_grid->addWidget(header, 0, 1, Qt::AlignRight);
    for (int i = 0; i < detectorNames.size(); ++i)
        addRow(i, detectorNames[i], colours[static_cast<std::size_t>(i)], true);
    addRow(static_cast<int>(detectorNames.size()), tr("Fused boxes"), fusedColour, false);
}

void LayersPanel::addRow(int layer, const QString &name, const QColor &colour, bool withThreshold)
{
    auto *check = new QCheckBox(name, this);
    check->setIcon(swatch(colour, !withThreshold));
    check->setChecked(true);
    check->setToolTip(withThreshold ? tr("Show the boxes of detector %1").arg(name) : tr("Show the fused boxes"));
    connect(check, &QCheckBox::toggled, this, [this, layer](bool on) { Q_EMIT layerToggled(layer, on); });
    m_grid->addWidget(check, layer + 1, 0);
    m_visible.push_back(check);
    if (!withThreshold)
        return;
    auto *threshold = new QDoubleSpinBox(this);
    threshold->setRange(0.0, 1.0);
    threshold->setSingleStep(0.05);
    threshold->setDecimals(2);
    threshold->setToolTip(tr("Boxes of %1 scoring below this are neither shown nor fused").arg(name));
    connect(threshold, &QDoubleSpinBox::valueChanged, this, [this, layer](double value) { Q_EMIT scoreThresholdChanged(layer, value); });
    m_grid->addWidget(threshold, layer + 1, 1);
    m_thresholds.push_back(threshold);
}

bool LayersPanel::isLayerVisible(int layer) const
{
    return layer >= 0 && layer < layerCount() && m_visible[static_cast<std::size_t>(layer)]->isChecked();
}

void LayersPanel::setScoreThreshold(int detector, double threshold)
{
    if (detector >= 0 && detector < static_cast<int>(m_thresholds.size()))
        m_thresholds[static_cast<std::size_t>(detector)]->setValue(threshold);
}

void LayersPanel::setBoxCounts(const std::vector<int> &counts)
{
    for (std::size_t i = 0; i < m_visible.size() && i < counts.size(); ++i)
        m_visible[i]->setText(tr("%1 (%2)").arg(m_names[static_cast<int>(i)]).arg(counts[i]));
}

std::vector<double> LayersPanel::scoreThresholds() const
{
    std::vector<double> thresholds;
    for (const QDoubleSpinBox *box : m_thresholds)
        thresholds.push_back(box->value());
    return thresholds;
}

} // namespace lookbook::ui
