#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace lookbook::dataset {

struct CocoImage final {
    qint64 id = 0;
    QString fileName;
    int width = 0;
    int height = 0;
};

struct CocoCategory final {
    int id = 0;
    QString name;
    QString supercategory;
};

// What box evaluation needs of a ground-truth annotation; bbox is [x, y, w, h].
struct CocoAnnotation final {
    qint64 id = 0;
    qint64 imageId = 0;
    int categoryId = 0;
    double x = 0, y = 0, w = 0, h = 0;
    double area = 0.0;  // the `area` field: COCOeval's size buckets use it, not the box
    bool iscrowd = false;
};

// One row of a COCO result list: {image_id, category_id, bbox: [x, y, w, h], score}.
struct CocoDetection final {
    qint64 imageId = 0;
    int categoryId = 0;
    double x = 0, y = 0, w = 0, h = 0;
    double score = 0.0;
};

// COCO detection ground truth (`images`, `annotations`, `categories`) and result lists.
class CocoDataset final
{
public:
    std::vector<CocoImage> images;
    std::vector<CocoAnnotation> annotations;
    std::vector<CocoCategory> categories;

    // Errors name the source and the JSON path (`annotations[3].bbox`).
    static Result<CocoDataset> parseGroundTruth(const QByteArray &json, const QString &source);
    static Result<std::vector<CocoDetection>> parseDetections(const QByteArray &json, const QString &source);
    static QByteArray detectionsToJson(const std::vector<CocoDetection> &detections);
};

} // namespace lookbook::dataset
