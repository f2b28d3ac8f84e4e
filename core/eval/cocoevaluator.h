#pragma once

#include "common/result.h"
#include "dataset/cocodataset.h"

#include <array>
#include <map>

namespace lookbook::eval {

// COCOeval's twelve summary numbers, in its order, and AP per category (−1 where undefined).
struct CocoMetrics final {
    enum Stat { AP, AP50, AP75, APs, APm, APl, AR1, AR10, AR100, ARs, ARm, ARl };
    std::array<double, 12> stats{};
    std::map<int, double> perCategoryAp;  // AP@[.5:.95], all areas, 100 detections

    static const char *statName(int stat);
    // {"AP": …, …, "ARl": …, "per_category_AP": {"<id>": …}}, in COCOeval's order.
    QByteArray toJson() const;
};

// Box AP exactly as pycocotools' COCOeval (iouType "bbox") computes it: IoU thresholds
// linspace(.5, .95, 10), recall thresholds linspace(0, 1, 101) (computed the way numpy does, since
// recall is compared with them exactly), area ranges by the ground truth's `area` field (bounds
// inclusive), maxDets 1/10/100, crowd regions ignored, ties kept in input order (stable sorts).
class CocoEvaluator final
{
public:
    // Fails, naming the image, when a detection refers to an image the ground truth does not have.
    static Result<CocoMetrics> evaluate(const dataset::CocoDataset &groundTruth,
                                        const std::vector<dataset::CocoDetection> &detections);
};

} // namespace lookbook::eval
