#include "fusion/nonmaximumweighted.h"

#include "fusion/boxprefilter_p.h"

#include <algorithm>

namespace lookbook::fusion {

namespace {

using detail::asFloat32;
using detail::PreparedBox;

// The reference's get_weighted_box for NMW: members weighted by score × IoU with the top box,
// accumulated in float32 as it does; the fused box keeps the top box's score.
ScoredBox weightedBox(const std::vector<PreparedBox> &members, int label)
{
    const PreparedBox &top = members.front();
    float sx1 = 0, sy1 = 0, sx2 = 0, sy2 = 0;
    double px1 = 0, py1 = 0, px2 = 0, py2 = 0;
    double conf = 0.0;
    for (const PreparedBox &b : members) {
        const double weight = b.score * Box::iou(b.box, top.box);
        sx1 = static_cast<float>(sx1 + weight * b.box.x1);
        sy1 = static_cast<float>(sy1 + weight * b.box.y1);
        sx2 = static_cast<float>(sx2 + weight * b.box.x2);
        sy2 = static_cast<float>(sy2 + weight * b.box.y2);
        px1 += b.box.x1;
        py1 += b.box.y1;
        px2 += b.box.x2;
        py2 += b.box.y2;
        conf += weight;
    }
    const double n = static_cast<double>(members.size());
    // All scores zero: the reference divides by zero; the plain mean is the sensible answer.
    const Box box = conf == 0.0
        ? Box{asFloat32(px1 / n), asFloat32(py1 / n), asFloat32(px2 / n), asFloat32(py2 / n)}
        : Box{asFloat32(sx1 / conf), asFloat32(sy1 / conf), asFloat32(sx2 / conf), asFloat32(sy2 / conf)};
    return {box, asFloat32(top.score), label};
}

} // namespace

std::vector<ScoredBox> nonMaximumWeighted(const std::vector<std::vector<ScoredBox>> &models,
                                          const std::vector<double> &weights, const FusionParams &params)
{
    // ensemble_boxes 1.0.9 divides the weights by their maximum, so that the best model's scores are
    // kept as they are; the pre-2020-06 code divided by their sum (and so every score by the number of
    // models with the default weights), a bug fixed upstream in "Fixed bug in NMW method where
    // confidence scores where decreased after ensemble".
    std::vector<double> w = detail::effectiveWeights(models.size(), weights);
    const double maxWeight = w.empty() ? 1.0 : *std::max_element(w.begin(), w.end());
    for (double &weight : w)
        weight /= maxWeight;
    const double iouThr = params.effectiveIouThr();

    std::vector<ScoredBox> fused;
    for (const detail::LabelGroup &group : detail::prefilterByLabel(models, w, params.skipBoxThr)) {
        std::vector<std::vector<PreparedBox>> clusters;  // the first member of each is its top box
        for (const PreparedBox &b : group.boxes) {
            long best = -1;
            double bestIou = iouThr;
            for (size_t i = 0; i < clusters.size(); ++i) {
                const double iou = Box::iou(clusters[i].front().box, b.box);
                if (iou > bestIou) {
                    bestIou = iou;
                    best = static_cast<long>(i);
                }
            }
            if (best < 0)
                clusters.push_back({b});
            else
                clusters[static_cast<size_t>(best)].push_back(b);
        }
        for (const std::vector<PreparedBox> &members : clusters)
            fused.push_back(weightedBox(members, group.label));
    }
    detail::sortDescendingLikeNumpy(fused, [](const ScoredBox &b) { return b.score; });
    return fused;
}

} // namespace lookbook::fusion
