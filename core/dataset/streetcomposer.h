#pragma once

#include "dataset/garmentlook.h"
#include "dataset/imageannotation.h"

#include <QImage>
#include <QSize>

#include <random>
#include <vector>

namespace lookbook::dataset {

// One rendered picture and the annotation of every garment it shows.
struct ComposedImage final {
    QImage image;
    std::vector<GarmentItem> items;  // numbered item1, item2, … in drawing order
    int jpegQuality = 90;            // street photos get compression artefacts, shop photos little
};

// Puts garments into pictures. Street: one to three garments on a person-like figure with pose,
// perspective, lighting, blur, noise, occlusion and clutter, sometimes among other people. Shop: the
// garment alone, laid flat and frontal on a clean background. Annotations come from the geometry that
// was drawn: segmentation is the visible part of each garment, the box its bounds, and scale,
// occlusion, zoom_in and viewpoint are measured, not guessed.
class StreetComposer final
{
public:
    StreetComposer(QSize streetSize, QSize shopSize);

    ComposedImage street(const std::vector<StyledLook> &outfit, std::mt19937 &rng) const;
    ComposedImage shop(const StyledLook &item, std::mt19937 &rng) const;

private:
    QSize m_streetSize;
    QSize m_shopSize;
};

} // namespace lookbook::dataset
