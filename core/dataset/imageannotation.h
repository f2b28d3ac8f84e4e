#pragma once

#include "common/box.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace lookbook::dataset {

enum class ImageSource { User, Shop };

// One landmark of a garment: v = 2 visible, 1 occluded, 0 not labelled.
struct Landmark final {
    double x = 0.0;
    double y = 0.0;
    int visibility = 0;
};

// One `itemN` of a DeepFashion2 annotation. Every field of the format, in pixels.
struct GarmentItem final {
    int categoryId = 0;              // 1–13
    QString categoryName;
    int style = 0;                   // 0 = cannot form a pair
    Box box;                         // bounding_box [x1, y1, x2, y2]
    std::vector<Landmark> landmarks;
    std::vector<std::vector<double>> segmentation;  // polygons [x1, y1, …, xn, yn]
    int scale = 0;                   // 1 small, 2 modest, 3 large
    int occlusion = 0;               // 1 slight/none, 2 medium, 3 heavy
    int zoomIn = 0;                  // 1 none, 2 medium, 3 large
    int viewpoint = 0;               // 1 no wear, 2 frontal, 3 side/back
    int itemNumber = 0;              // N of the `itemN` key
    QByteArray extra;                // fields this version does not know (a JSON object), kept as read
};

// `annos/NNNNNN.json`, with the id taken from the file name.
struct ImageAnnotation final {
    int imageId = 0;
    ImageSource source = ImageSource::User;
    int pairId = 0;
    std::vector<GarmentItem> items;  // in the file's order, which the official COCO converter follows
    QByteArray extra;                // unknown top-level fields (a JSON object), kept as read
};

} // namespace lookbook::dataset
