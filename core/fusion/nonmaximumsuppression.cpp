#include "fusion/nonmaximumsuppression.h"

#include "fusion/boxprefilter_p.h"
#include "fusion/nmsinput_p.h"

namespace lookbook::fusion {

std::vector<ScoredBox> nonMaximumSuppression(const std::vector<std::vector<ScoredBox>> &models,
                                             const std::vector<double> &weights, double iouThr)
{
    std::vector<ScoredBox> kept;
    for (std::vector<ScoredBox> &boxes : detail::nmsInputByLabel(models, weights)) {
        detail::sortDescendingLikeNumpy(boxes, [](const ScoredBox &b) { return b.score; });
        std::vector<char> suppressed(boxes.size(), 0);
        for (size_t i = 0; i < boxes.size(); ++i) {
            if (suppressed[i])
                continue;
            kept.push_back(boxes[i]);
            for (size_t j = i + 1; j < boxes.size(); ++j) {
                if (!suppressed[j] && Box::iou(boxes[i].box, boxes[j].box) > iouThr)
                    suppressed[j] = 1;
            }
        }
    }
    return kept;
}

} // namespace lookbook::fusion
