#pragma once

#include "fusion/fusionparams.h"

#include <QStringList>
#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QSlider;

namespace lookbook::ui {

// The fusion knobs: method, conf type, IoU and skip thresholds, and per detector an on/off switch
// and a weight. Every change is reported at once (sliders while they move), because fusing the
// cached detections again is cheap.
class FusionPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit FusionPanel(QWidget *parent = nullptr);

    // One weight row per detector, starting at the manifests' weights.
    void setDetectors(const QStringList &names, const std::vector<double> &weights);
    fusion::FusionParams params() const;
    void setParams(const fusion::FusionParams &params);
    // Per detector; 0 for a detector switched off (the fusion leaves it out).
    std::vector<double> weights() const;

    QSlider *weightSlider(int detector) const;
    QCheckBox *detectorSwitch(int detector) const;

Q_SIGNALS:
    void changed();

private:
    QSlider *addSliderRow(QFormLayout *form, QWidget *label, int maximum, double scale, int decimals);
    void updateEnabledControls();

    QComboBox *m_method = nullptr;
    QComboBox *m_confType = nullptr;
    QSlider *m_iouThr = nullptr;
    QSlider *m_skipThr = nullptr;
    QFormLayout *m_detectorForm = nullptr;
    QLabel *m_noDetectors = nullptr;
    std::vector<QCheckBox *> m_switches;
    std::vector<QSlider *> m_weights;
};

} // namespace lookbook::ui
