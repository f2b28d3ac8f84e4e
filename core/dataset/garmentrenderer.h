#pragma once

#include "dataset/bodypose.h"
#include "dataset/garmentlook.h"

#include <QPolygonF>
#include <QRectF>

#include <vector>

class QPainter;

namespace lookbook::dataset {

// A garment built on a BodyPose, in the pose's canonical frame. The outline is the exact segmentation
// before occlusion; the rest is what the painter needs for a garment a viewer recognises.
struct GarmentShape final {
    QPolygonF outline;
    std::vector<QPointF> landmarks;    // exactly the category's landmark count, all on the outline
    std::vector<QPolygonF> panels;     // sleeves and legs, shaded to separate them from the body
    std::vector<QPolygonF> bands;      // waistbands, belts and cuffs, filled in the trim colour
    std::vector<QPolygonF> trims;      // neckline, cuffs, waistband, hem: thick polylines in the trim colour
    std::vector<QPolygonF> seams;      // thin dark polylines: side seams, fly, creases, pleats
    std::vector<QPointF> buttons;
    std::vector<QRectF> pockets;
    QPointF printCentre;               // where a graphic print sits
};

// Draws the 13 DeepFashion2 categories as silhouettes with sleeves, collars, legs and hems, and gives
// their geometry; the same look and pose always give the same pixels.
class GarmentRenderer final
{
public:
    // `open`: outerwear worn unfastened, a slit down the front showing what is under it.
    static GarmentShape shape(const GarmentLook &look, const BodyPose &pose, bool open = false);
    // Paints in the painter's current transform (canonical frame → image). `back`: seen from behind,
    // so front details (buttons, prints, pockets) are left out.
    static void paint(QPainter &painter, const GarmentLook &look, const GarmentShape &shape, bool back);
};

} // namespace lookbook::dataset
