#pragma once

#include <QtGlobal>

namespace lookbook::dataset {

enum class GarmentPattern { Solid, Stripes, VerticalStripes, Checks, Dots, Floral, Graphic, ColourBlock };
inline constexpr int kGarmentPatternCount = 8;

// Everything that makes one shop item (pair_id, style) look like itself, so that its street and shop
// images show the same garment. Colours are QRgb values: this header stays free of Qt Gui.
struct GarmentLook final {
    int categoryId = 1;
    quint32 primary = 0xff808080;
    quint32 secondary = 0xffffffff;
    quint32 trim = 0xff202020;
    GarmentPattern pattern = GarmentPattern::Solid;
    double patternScale = 1.0;  // spacing of stripes, checks and dots
    int neckline = 0;           // 0 crew, 1 V, 2 scoop
    double length = 1.0;        // hem length, relative to the category's usual one
    double width = 1.0;         // looseness
    bool buttons = false;
    bool pockets = false;
    quint32 detailSeed = 0;     // places print motifs identically in every image of the item
};

// A garment as worn in a street image: style > 0 means it has shop images with the same pair_id and style.
struct StyledLook final {
    GarmentLook look;
    int style = 0;
};

} // namespace lookbook::dataset
