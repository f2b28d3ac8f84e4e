#pragma once

#include <QStringList>

namespace lookbook::cli {

// `lookbook-cli tune-fusion --dataset DIR --models D1.json D2.json …`: the detector weights and IoU and
// skip thresholds with the best AP50 of the fused detectors on the split, as JSON.
int runTuneFusionCommand(const QStringList &arguments);

} // namespace lookbook::cli
