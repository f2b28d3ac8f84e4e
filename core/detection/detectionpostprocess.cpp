#include "detection/detectionpostprocess.h"

#include "fusion/nonmaximumsuppression.h"

#include <algorithm>

namespace lookbook::detection {

std::vector<ScoredBox> DetectionPostprocess::apply(const std::vector<torchbackend::RawDetection> &raw, const models::ResizeGeometry &geometry,
                                                   const models::DetectorSpec &spec, bool needsNms)
{
    std::vector<ScoredBox> boxes;
    for (const torchbackend::RawDetection &d : raw) {
        if (d.score < spec.scoreThreshold || d.modelClass < 0 || d.modelClass >= static_cast<int>(spec.classes.size()))
            continue;
        const int category = spec.classes[static_cast<size_t>(d.modelClass)];
        const Box box = geometry.toImage({d.x1, d.y1, d.x2, d.y2});
        if (category == 0 || box.area() <= 0.0)
            continue;
        boxes.push_back({box, d.score, category});
    }
    if (needsNms && !boxes.empty()) {
        // Our NMS works on normalised boxes; the image size brings them there and back.
        const double w = geometry.imageWidth(), h = geometry.imageHeight();
        for (ScoredBox &b : boxes)
            b.box = b.box.scaled(1.0 / w, 1.0 / h);
        boxes = fusion::nonMaximumSuppression({boxes}, {}, spec.nmsIou);
        for (ScoredBox &b : boxes)
            b.box = b.box.scaled(w, h);
    }
    std::stable_sort(boxes.begin(), boxes.end(), [](const ScoredBox &a, const ScoredBox &b) { return a.score > b.score; });
    return boxes;
}

} // namespace lookbook::detection
