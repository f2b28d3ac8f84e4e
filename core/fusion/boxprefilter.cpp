#include "fusion/boxprefilter_p.h"

#include <unordered_map>

namespace lookbook::fusion::detail {

std::optional<Box> repairedBox(const Box &box)
{
    const auto clip = [](double v) { return std::clamp(v, 0.0, 1.0); };
    Box repaired{clip(std::min(box.x1, box.x2)), clip(std::min(box.y1, box.y2)),
                 clip(std::max(box.x1, box.x2)), clip(std::max(box.y1, box.y2))};
    if (repaired.area() == 0.0)
        return std::nullopt;
    return repaired;
}

std::vector<double> effectiveWeights(size_t modelCount, const std::vector<double> &weights)
{
    return weights.empty() ? std::vector<double>(modelCount, 1.0) : weights;
}

std::vector<LabelGroup> prefilterByLabel(const ModelBoxes &models, const std::vector<double> &weights,
                                         const std::vector<double> &scoreScale, double skipBoxThr)
{
    std::vector<LabelGroup> groups;
    std::unordered_map<int, size_t> groupOfLabel;
    for (size_t t = 0; t < models.size(); ++t) {
        for (const ScoredBox &input : models[t]) {
            const double score = input.score * scoreScale[t];
            if (score < skipBoxThr)
                continue;
            const std::optional<Box> box = repairedBox(input.box);
            if (!box)
                continue;
            auto [it, inserted] = groupOfLabel.try_emplace(input.label, groups.size());
            if (inserted)
                groups.push_back({input.label, {}});
            groups[it->second].boxes.push_back({*box, score * weights[t], weights[t], static_cast<int>(t)});
        }
    }
    for (LabelGroup &group : groups)
        sortDescendingLikeNumpy(group.boxes, [](const PreparedBox &b) { return b.score; });
    return groups;
}

} // namespace lookbook::fusion::detail
