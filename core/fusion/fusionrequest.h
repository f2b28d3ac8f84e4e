#pragma once

#include "common/result.h"
#include "common/scoredbox.h"

#include <QByteArray>
#include <QSizeF>
#include <QString>

#include <optional>
#include <vector>

namespace lookbook::fusion {

struct ModelDetections final {
    QString name;
    std::optional<double> weight;  // unset when the file gives none
    std::vector<ScoredBox> detections;
};

// The `lookbook-cli fuse` exchange format:
//   {"image_size": [W, H],   // optional: present = boxes in pixels, absent = normalised [0, 1]
//    "models": [{"name": "atss", "weight": 2.0,
//                "detections": [{"box": [x1, y1, x2, y2], "score": 0.91, "label": 3}, …]}, …]}
// and its answer {"detections": [{"box": […], "score": s, "label": l}, …]} in the input's space.
class FusionRequest final
{
public:
    // Parses and checks the whole document; errors name `source` and the JSON path at fault.
    static Result<FusionRequest> fromJson(const QByteArray &json, const QString &source);

    const std::vector<ModelDetections> &models() const { return m_models; }
    const std::optional<QSizeF> &imageSize() const { return m_imageSize; }

    // Each model's boxes divided by the image size when there is one.
    std::vector<std::vector<ScoredBox>> normalisedBoxes() const;
    // One weight per model (1.0 where a model gives none), or empty when no model gives one.
    std::vector<double> weights() const;
    // Normalised boxes mapped back to the coordinate space of the request.
    std::vector<ScoredBox> toInputSpace(std::vector<ScoredBox> boxes) const;

    static QByteArray detectionsToJson(const std::vector<ScoredBox> &boxes);

private:
    std::optional<QSizeF> m_imageSize;
    std::vector<ModelDetections> m_models;
};

} // namespace lookbook::fusion
