#pragma once

#include "dataset/garmentlook.h"

#include <random>
#include <vector>

namespace lookbook::dataset {

// Random but plausible garments and outfits: colours from a clothing palette, patterns, cuts.
class LookDesigner final
{
public:
    static int randomCategory(std::mt19937 &rng);
    static GarmentLook design(int categoryId, std::mt19937 &rng);
    // The n-th pattern (n = 1 … kGarmentPatternCount − 1) other than `base`, for hard negatives: same
    // garment and colours, another pattern. Different n give different patterns.
    static GarmentPattern nthOtherPattern(GarmentPattern base, int n);
    // What is worn with `anchor`, in drawing order (bottoms, top, outerwear), `anchor` included once.
    static std::vector<GarmentLook> outfitAround(const GarmentLook &anchor, std::mt19937 &rng);
};

} // namespace lookbook::dataset
