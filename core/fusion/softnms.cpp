#include "fusion/softnms.h"

#include "fusion/nmsinput_p.h"

#include <cmath>
#include <utility>

namespace lookbook::fusion {

std::vector<ScoredBox> softNms(const std::vector<std::vector<ScoredBox>> &models, const std::vector<double> &weights,
                               const FusionParams &params)
{
    const double iouThr = params.effectiveIouThr();
    std::vector<ScoredBox> kept;
    for (const std::vector<ScoredBox> &boxes : detail::nmsInputByLabel(models, weights)) {
        // The reference's selection loop, step for step: at position i, swap in the highest decayed
        // score after it (if strictly higher), then decay everything after i by its overlap with i.
        const size_t n = boxes.size();
        std::vector<size_t> order(n);
        std::vector<double> decayed(n);
        for (size_t i = 0; i < n; ++i) {
            order[i] = i;
            decayed[i] = boxes[i].score;
        }
        for (size_t i = 0; i < n; ++i) {
            if (i + 1 < n) {
                size_t maxPos = i + 1;  // numpy's argmax: the first of equal maxima
                for (size_t j = i + 2; j < n; ++j) {
                    if (decayed[j] > decayed[maxPos])
                        maxPos = j;
                }
                if (decayed[i] < decayed[maxPos]) {
                    std::swap(order[i], order[maxPos]);
                    std::swap(decayed[i], decayed[maxPos]);
                }
            }
            const Box &top = boxes[order[i]].box;
            for (size_t j = i + 1; j < n; ++j) {
                const double overlap = Box::iou(top, boxes[order[j]].box);
                double weight = 1.0;
                if (params.softKernel == SoftNmsKernel::Gaussian)
                    weight = std::exp(-(overlap * overlap) / params.sigma);
                else if (overlap > iouThr)
                    weight = 1.0 - overlap;
                decayed[j] *= weight;
            }
        }
        for (size_t i = 0; i < n; ++i) {
            if (decayed[i] > params.thresh)
                kept.push_back(boxes[order[i]]);
        }
    }
    return kept;
}

} // namespace lookbook::fusion
