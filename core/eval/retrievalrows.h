#pragma once

#include "common/box.h"
#include "common/result.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace lookbook::dataset {
struct DeepFashion2Split;
}

namespace lookbook::eval {

// The official retrieval ground-truth rows and submission rows (boxes x1, y1, x2, y2 in pixels).
struct QueryGroundTruth final {
    int queryImageId = 0;
    int style = 0;
    int cls = 0;
    int pairId = 0;
    Box bbox;
};

struct GalleryGroundTruth final {
    int galleryImageId = 0;
    int style = 0;
    int pairId = 0;
    Box bbox;
};

struct RetrievalSubmissionRow final {
    int queryImageId = 0;
    Box queryBox;
    int queryCls = 0;
    double queryScore = 0.0;
    std::vector<int> galleryImageIds;  // ranked, best first (the challenge asks for 20)
    std::vector<Box> galleryBoxes;
};

// JSON I/O of the three files; errors name the file and the row (`[12].bbox`).
class RetrievalRows final
{
public:
    static Result<std::vector<QueryGroundTruth>> parseQueries(const QByteArray &json, const QString &source);
    static Result<std::vector<GalleryGroundTruth>> parseGallery(const QByteArray &json, const QString &source);
    static Result<std::vector<RetrievalSubmissionRow>> parseSubmission(const QByteArray &json, const QString &source);
    static QByteArray queriesToJson(const std::vector<QueryGroundTruth> &rows);
    static QByteArray galleryToJson(const std::vector<GalleryGroundTruth> &rows);
    static QByteArray submissionToJson(const std::vector<RetrievalSubmissionRow> &rows);

    // A split's user items become queries (style-0 items too: detections may be assigned to them),
    // its shop items the gallery.
    static std::vector<QueryGroundTruth> queriesFromSplit(const dataset::DeepFashion2Split &split);
    static std::vector<GalleryGroundTruth> galleryFromSplit(const dataset::DeepFashion2Split &split);
};

} // namespace lookbook::eval
