#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QSize>
#include <QStringList>

#include <functional>

namespace lookbook::dataset {

struct DeepFashion2Split;

struct CocoConversion final {
    QByteArray json;     // the COCO document
    QStringList errors;  // images left out (unreadable), one message each, naming the file
};

// DeepFashion2 → COCO as the official `deepfashion2_to_coco.py` does it: image id = file number,
// bbox [x1, y1, w, h], area = w·h, iscrowd 0, style and pair_id kept, the landmarks laid out in one
// 294-slot keypoint array (each category at its own offset, categories in id order), num_keypoints =
// landmarks with v > 0, annotation ids numbered from 1 in image order then in each file's item order,
// and the 13 categories with supercategory "clothes" and keypoint names "1" … "294".
class DeepFashion2ToCoco final
{
public:
    // Image sizes come from the image files' headers (split.imagePath).
    static CocoConversion convert(const DeepFashion2Split &split);
    // Image sizes from `imageSize` (e.g. a catalog that stores them); an error leaves the image out.
    static CocoConversion convert(const DeepFashion2Split &split, const std::function<Result<QSize>(int imageId)> &imageSize);
};

} // namespace lookbook::dataset
