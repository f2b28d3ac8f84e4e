#include "dataset/deepfashion2tococo.h"

#include "common/jsonsupport_p.h"
#include "dataset/categories.h"
#include "dataset/deepfashion2io.h"

#include <QImageReader>

#include <cmath>

namespace lookbook::dataset {

namespace {

using Json = nlohmann::ordered_json;

Json number(double value)
{
    return detail::jsonNumber<Json>(value);
}

Json categoriesJson()
{
    Json keypointNames = Json::array();
    for (int i = 1; i <= kCocoKeypointSlots; ++i)
        keypointNames.push_back(std::to_string(i));
    Json list = Json::array();
    for (const Category &category : categories()) {
        list.push_back({{"id", category.id}, {"name", category.cocoName}, {"supercategory", "clothes"},
                        {"keypoints", keypointNames}, {"skeleton", Json::array()}});
    }
    return list;
}

} // namespace

CocoConversion DeepFashion2ToCoco::convert(const DeepFashion2Split &split)
{
    return convert(split, [&](int imageId) -> Result<QSize> {
        const QString path = split.imagePath(imageId);
        QImageReader reader(path);
        const QSize size = reader.size();
        if (!size.isValid())
            return Error{ErrorCode::IoError, QStringLiteral("%1: cannot read the image size: %2").arg(path, reader.errorString())};
        return size;
    });
}

CocoConversion DeepFashion2ToCoco::convert(const DeepFashion2Split &split, const std::function<Result<QSize>(int imageId)> &imageSize)
{
    CocoConversion result;
    Json images = Json::array();
    Json annotations = Json::array();
    int64_t annotationId = 0;
    for (const ImageAnnotation &image : split.annotations) {
        const Result<QSize> size = imageSize(image.imageId);
        if (!size) {
            result.errors << size.error().message;
            continue;
        }
        images.push_back({{"coco_url", ""}, {"date_captured", ""},
                          {"file_name", (DeepFashion2Io::fileStem(image.imageId) + QStringLiteral(".jpg")).toStdString()},
                          {"flickr_url", ""}, {"id", image.imageId}, {"license", 0}, {"width", size->width()}, {"height", size->height()}});
        for (const GarmentItem &item : image.items) {
            std::vector<double> points(static_cast<size_t>(kCocoKeypointSlots) * 3, 0.0);
            const Category *category = categoryById(item.categoryId);
            const size_t offset = static_cast<size_t>(cocoKeypointOffset(item.categoryId));
            const size_t count = category ? std::min(item.landmarks.size(), static_cast<size_t>(category->landmarkCount)) : 0;
            int visible = 0;
            for (size_t n = 0; n < count; ++n) {
                points[3 * (offset + n)] = item.landmarks[n].x;
                points[3 * (offset + n) + 1] = item.landmarks[n].y;
                points[3 * (offset + n) + 2] = item.landmarks[n].visibility;
            }
            for (const Landmark &landmark : item.landmarks)
                visible += landmark.visibility > 0 ? 1 : 0;
            Json keypoints = Json::array();
            for (double v : points)
                keypoints.push_back(number(v));
            const Json segmentation = detail::jsonPolygons<Json>(item.segmentation);
            const double w = item.box.x2 - item.box.x1, h = item.box.y2 - item.box.y1;
            annotations.push_back({{"area", number(w * h)},
                                   {"bbox", {number(item.box.x1), number(item.box.y1), number(w), number(h)}},
                                   {"category_id", item.categoryId},
                                   {"id", ++annotationId},
                                   {"pair_id", image.pairId},
                                   {"image_id", image.imageId},
                                   {"iscrowd", 0},
                                   {"style", item.style},
                                   {"num_keypoints", visible},
                                   {"keypoints", keypoints},
                                   {"segmentation", segmentation}});
        }
    }
    const Json document = {{"info", Json::object()}, {"licenses", Json::array()}, {"images", images},
                           {"annotations", annotations}, {"categories", categoriesJson()}};
    result.json = QByteArray::fromStdString(document.dump());
    return result;
}

} // namespace lookbook::dataset
