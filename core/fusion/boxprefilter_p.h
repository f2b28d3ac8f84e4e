#pragma once

// Input repair, grouping and ordering shared by the fusion methods; private to core/fusion.

#include "common/scoredbox.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <vector>

namespace lookbook::fusion::detail {

using ModelBoxes = std::vector<std::vector<ScoredBox>>;

// ensemble_boxes' repair: swapped corners reordered, coordinates clipped to [0, 1]; no value for a
// box whose area is then zero.
std::optional<Box> repairedBox(const Box &box);

// The weights the reference uses: the given ones, or 1 for every model when none are given.
std::vector<double> effectiveWeights(size_t modelCount, const std::vector<double> &weights);

struct PreparedBox final {
    Box box;
    double score = 0.0;   // the input score times its model's weight
    double weight = 1.0;  // its model's weight
    int model = 0;
};

struct LabelGroup final {
    int label = 0;
    std::vector<PreparedBox> boxes;
};

// WBF's and NMW's prefilter. A box whose input score is below `skipBoxThr` is dropped; the rest are
// repaired and their scores multiplied by their model's weight. Groups come in the order their label
// is first seen; each is sorted as numpy's argsort()[::-1] does.
std::vector<LabelGroup> prefilterByLabel(const ModelBoxes &models, const std::vector<double> &weights, double skipBoxThr);

// Descending by key with ties in reverse input order: what the reference's `argsort()[::-1]` gives
// (numpy sorts small arrays stably), so that equal scores come out in the reference's order.
// A stable ascending LSD radix sort on the keys' bits, read backwards, is exactly that; it avoids
// the mispredicted comparisons that dominate a comparison sort of random scores.
std::vector<uint32_t> orderDescendingLikeNumpy(const std::vector<double> &keys);

template<typename T, typename Key>
void sortDescendingLikeNumpy(std::vector<T> &items, Key key)
{
    std::vector<double> keys(items.size());
    for (size_t i = 0; i < items.size(); ++i)
        keys[i] = key(items[i]);
    std::vector<T> sorted;
    sorted.reserve(items.size());
    for (const uint32_t i : orderDescendingLikeNumpy(keys))
        sorted.push_back(std::move(items[i]));
    items = std::move(sorted);
}

// The reference keeps fused boxes in float32 arrays; rounding the same way keeps IoU decisions at
// the thresholds identical to it.
inline double asFloat32(double value)
{
    // Through memory on purpose: GCC 12's SLP vectoriser folds a paired double→float→double
    // round trip away (seen at -O2), and the rounding is the whole point here.
    volatile float rounded = static_cast<float>(value);
    return rounded;
}

} // namespace lookbook::fusion::detail
