#include "dataset/lookdesigner.h"

#include <QColor>

#include <array>

namespace lookbook::dataset {

namespace {

// Colours clothes come in; saturated primaries are rarer than neutrals in real wardrobes, so
// neutrals appear twice.
constexpr std::array<quint32, 22> kPalette = {
    0xff1f2a44, 0xff1f2a44, 0xff111111, 0xff111111, 0xfff2f2ee, 0xfff2f2ee, 0xff8c8c8c, 0xffc8b99a,
    0xff3b5b8c, 0xff9e2a2b, 0xff5a1e2b, 0xff55603a, 0xffd9a441, 0xff2a7f7a, 0xff8fb8de, 0xffe6a1b0,
    0xff6b4a2f, 0xff9c88c9, 0xffe0703a, 0xff2f6b3a, 0xff4d6fa8, 0xffb5483a};

bool isBottom(int c) { return c >= 7 && c <= 9; }
bool isTop(int c) { return c == 1 || c == 2 || c == 5 || c == 6; }
bool isOuter(int c) { return c == 3 || c == 4; }

double uniform(std::mt19937 &rng, double lo, double hi)
{
    return std::uniform_real_distribution<double>(lo, hi)(rng);
}

bool chance(std::mt19937 &rng, double p)
{
    return uniform(rng, 0, 1) < p;
}

int pick(std::mt19937 &rng, std::initializer_list<int> values)
{
    const int k = std::uniform_int_distribution<int>(0, static_cast<int>(values.size()) - 1)(rng);
    return *(values.begin() + k);
}

} // namespace

int LookDesigner::randomCategory(std::mt19937 &rng)
{
    // Tops, trousers and dresses dominate DeepFashion2; slings and vest dresses are rarer.
    static constexpr std::array<double, 13> weights = {14, 12, 5, 9, 6, 4, 6, 11, 7, 6, 4, 5, 4};
    std::discrete_distribution<int> category(weights.begin(), weights.end());
    return category(rng) + 1;
}

GarmentLook LookDesigner::design(int categoryId, std::mt19937 &rng)
{
    GarmentLook look;
    look.categoryId = categoryId;
    std::uniform_int_distribution<int> colour(0, static_cast<int>(kPalette.size()) - 1);
    look.primary = kPalette[static_cast<size_t>(colour(rng))];
    do {
        look.secondary = kPalette[static_cast<size_t>(colour(rng))];
    } while (look.secondary == look.primary);
    look.trim = chance(rng, 0.5) ? kPalette[static_cast<size_t>(colour(rng))] : QColor::fromRgba(look.primary).darker(150).rgba();
    look.pattern = chance(rng, 0.3) ? GarmentPattern::Solid
                                    : static_cast<GarmentPattern>(std::uniform_int_distribution<int>(1, kGarmentPatternCount - 1)(rng));
    look.patternScale = uniform(rng, 0.8, 1.4);
    look.neckline = std::uniform_int_distribution<int>(0, 2)(rng);
    look.width = uniform(rng, 0.92, 1.2);
    if (isOuter(categoryId))
        look.length = uniform(rng, 1.0, 1.3);
    else if (categoryId >= 10)
        look.length = uniform(rng, 0.95, 1.25);
    else if (categoryId == 7)
        look.length = uniform(rng, 0.6, 1.4);
    else if (categoryId == 9)
        look.length = uniform(rng, 0.9, 1.3);
    else
        look.length = uniform(rng, 0.94, 1.06);
    look.buttons = chance(rng, isOuter(categoryId) ? 0.7 : 0.3);
    look.pockets = chance(rng, 0.4);
    look.detailSeed = static_cast<quint32>(rng());
    return look;
}

GarmentPattern LookDesigner::nthOtherPattern(GarmentPattern base, int n)
{
    // A stride coprime with the pattern count visits every other pattern once; 3 keeps look-alike
    // neighbours (stripes and pinstripes) apart for small n.
    static_assert(kGarmentPatternCount == 8, "the stride must stay coprime with the pattern count");
    return static_cast<GarmentPattern>((static_cast<int>(base) + 3 * n) % kGarmentPatternCount);
}

std::vector<GarmentLook> LookDesigner::outfitAround(const GarmentLook &anchor, std::mt19937 &rng)
{
    const int c = anchor.categoryId;
    std::vector<GarmentLook> outfit;
    if (isBottom(c)) {
        outfit = {anchor, design(pick(rng, {1, 1, 2, 2, 5, 6}), rng)};
        if (chance(rng, 0.25))
            outfit.push_back(design(pick(rng, {3, 4, 4}), rng));
    } else if (isTop(c)) {
        outfit = {design(pick(rng, {7, 8, 8, 8, 9}), rng), anchor};
        if (chance(rng, 0.3))
            outfit.push_back(design(pick(rng, {3, 4, 4}), rng));
    } else if (isOuter(c)) {
        outfit = {design(pick(rng, {7, 8, 8, 9}), rng)};
        if (chance(rng, 0.5))
            outfit.push_back(design(pick(rng, {1, 2, 5, 6}), rng));
        outfit.push_back(anchor);
    } else {
        outfit = {anchor};
        if (chance(rng, 0.3))
            outfit.push_back(design(pick(rng, {3, 4, 4}), rng));
    }
    return outfit;
}

} // namespace lookbook::dataset
