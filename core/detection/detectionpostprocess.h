#pragma once

#include "backend/torch/torchdetector.h"
#include "common/scoredbox.h"
#include "models/modelmanifest.h"
#include "models/resizegeometry.h"

#include <vector>

namespace lookbook::detection {

// From a detector's decoded output to what the rest of Lookbook uses: boxes in the original image's
// pixels, labels as DeepFashion2 categories (the manifest's class table; class 0 and unknown classes
// are dropped), scores below the manifest's threshold dropped, and, for decoders that leave it to
// us (yolo), per-category NMS at the manifest's nms_iou. Sorted by score, highest first.
class DetectionPostprocess final
{
public:
    static std::vector<ScoredBox> apply(const std::vector<torchbackend::RawDetection> &raw, const models::ResizeGeometry &geometry, const models::DetectorSpec &spec,
                                        bool needsNms);
};

} // namespace lookbook::detection
