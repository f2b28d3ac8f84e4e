#include "fusion/nmsinput_p.h"

#include "fusion/boxprefilter_p.h"

#include <map>
#include <numeric>

namespace lookbook::fusion::detail {

std::vector<std::vector<ScoredBox>> nmsInputByLabel(const std::vector<std::vector<ScoredBox>> &models,
                                                    const std::vector<double> &weights)
{
    const double weightSum = std::accumulate(weights.begin(), weights.end(), 0.0);
    std::map<int, std::vector<ScoredBox>> byLabel;
    for (size_t t = 0; t < models.size(); ++t) {
        for (const ScoredBox &input : models[t]) {
            const std::optional<Box> box = repairedBox(input.box);
            if (!box)
                continue;
            const double score = weights.empty() ? input.score : input.score * weights[t] / weightSum;
            byLabel[input.label].push_back({*box, score, input.label});
        }
    }
    std::vector<std::vector<ScoredBox>> groups;
    groups.reserve(byLabel.size());
    for (auto &[label, boxes] : byLabel)
        groups.push_back(std::move(boxes));
    return groups;
}

} // namespace lookbook::fusion::detail
