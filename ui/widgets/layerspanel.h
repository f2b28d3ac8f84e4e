#pragma once

#include <QColor>
#include <QStringList>
#include <QWidget>

#include <vector>

class QCheckBox;
class QDoubleSpinBox;
class QGridLayout;

namespace lookbook::ui {

// The legend of the canvas: one row per detector (colour, name, shown or not, score threshold) and
// one for the fused boxes. Layer i is detector i; the fused layer comes last.
class LayersPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit LayersPanel(QWidget *parent = nullptr);

    void setLayers(const QStringList &detectorNames, const std::vector<QColor> &colours, const QColor &fusedColour);
    int layerCount() const { return static_cast<int>(m_visible.size()); }
    bool isLayerVisible(int layer) const;
    // Boxes of detector `detector` scoring below it are neither drawn nor fused.
    void setScoreThreshold(int detector, double threshold);
    std::vector<double> scoreThresholds() const;
    // How many boxes each layer holds now, shown beside its name.
    void setBoxCounts(const std::vector<int> &counts);

Q_SIGNALS:
    void layerToggled(int layer, bool visible);
    void scoreThresholdChanged(int detector, double threshold);

private:
    void addRow(int layer, const QString &name, const QColor &colour, bool withThreshold);

    QGridLayout *m_grid = nullptr;
    QStringList m_names;
    std::vector<QCheckBox *> m_visible;
    std::vector<QDoubleSpinBox *> m_thresholds;
};

} // namespace lookbook::ui
