#include "fusion/boxprefilter_p.h"

#include <array>
#include <cstring>
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

std::vector<LabelGroup> prefilterByLabel(const ModelBoxes &models, const std::vector<double> &weights, double skipBoxThr)
{
    std::vector<LabelGroup> groups;
    std::unordered_map<int, size_t> groupOfLabel;
    for (size_t t = 0; t < models.size(); ++t) {
        for (const ScoredBox &input : models[t]) {
            if (input.score < skipBoxThr)
                continue;
            const std::optional<Box> box = repairedBox(input.box);
            if (!box)
                continue;
            auto [it, inserted] = groupOfLabel.try_emplace(input.label, groups.size());
            if (inserted)
                groups.push_back({input.label, {}});
            groups[it->second].boxes.push_back({*box, input.score * weights[t], weights[t], static_cast<int>(t)});
        }
    }
    for (LabelGroup &group : groups)
        sortDescendingLikeNumpy(group.boxes, [](const PreparedBox &b) { return b.score; });
    return groups;
}

std::vector<uint32_t> orderDescendingLikeNumpy(const std::vector<double> &keys)
{
    const size_t n = keys.size();
    // Map each double to an unsigned integer with the same order (flip negatives, set the sign bit
    // of the others); −0.0 becomes +0.0 first, since numpy sees them as equal.
    std::vector<uint64_t> bits(n);
    for (size_t i = 0; i < n; ++i) {
        const double key = keys[i] + 0.0;
        uint64_t b = 0;
        std::memcpy(&b, &key, sizeof b);
        bits[i] = (b >> 63) ? ~b : (b | (uint64_t(1) << 63));
    }
    std::vector<uint32_t> order(n), scratch(n);
    for (size_t i = 0; i < n; ++i)
        order[i] = static_cast<uint32_t>(i);
    if (n < 256) {  // eight histogram passes cost more than they save on a short list
        std::stable_sort(order.begin(), order.end(), [&bits](uint32_t a, uint32_t b) { return bits[a] < bits[b]; });
        std::reverse(order.begin(), order.end());
        return order;
    }
    for (int shift = 0; shift < 64; shift += 8) {
        std::array<uint32_t, 257> count{};
        for (size_t i = 0; i < n; ++i)
            ++count[((bits[i] >> shift) & 0xff) + 1];
        if (std::any_of(count.begin() + 1, count.end(), [n](uint32_t c) { return c == n; }))
            continue;  // every key has the same byte here: this pass would not move anything
        for (size_t d = 1; d < count.size(); ++d)
            count[d] += count[d - 1];
        for (const uint32_t i : order)
            scratch[count[(bits[i] >> shift) & 0xff]++] = i;
        order.swap(scratch);
    }
    std::reverse(order.begin(), order.end());
    return order;
}

} // namespace lookbook::fusion::detail
