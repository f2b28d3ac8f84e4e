#include "review/predictionjob.h"

#include "catalog/sqliteconnection.h"
#include "catalog/sqlitestatement.h"
#include "models/decodedimage.h"
#include "review/reviewstore.h"
#include "search/detectionensemble.h"

#include <QElapsedTimer>

#include <algorithm>

namespace lookbook::review {

namespace {

// The fused boxes of one photo as items to store: inside the photo, DeepFashion2 categories only.
Result<std::vector<catalog::CatalogItem>> predict(const search::DetectionEnsemble &ensemble, const QString &path,
                                                  const fusion::FusionParams &fusion, double minScore)
{
    Result<models::DecodedImage> image = models::DecodedImage::load(path);
    if (!image)
        return image.error();
    Result<search::Detections> detections = ensemble.detect(*image);
    if (!detections)
        return detections.error();
    Result<std::vector<ScoredBox>> boxes = search::DetectionEnsemble::combine(*detections, fusion);
    if (!boxes)
        return boxes.error();
    const double w = image->width();
    const double h = image->height();
    std::vector<catalog::CatalogItem> items;
    for (const ScoredBox &box : *boxes) {
        catalog::CatalogItem item;
        item.box = {std::clamp(box.box.x1, 0.0, w), std::clamp(box.box.y1, 0.0, h), std::clamp(box.box.x2, 0.0, w), std::clamp(box.box.y2, 0.0, h)};
        if (box.score < minScore || box.label < 1 || box.label > 13 || item.box.width() <= 0 || item.box.height() <= 0)
            continue;
        item.categoryId = box.label;
        item.score = box.score;
        item.origin = catalog::ItemOrigin::Fused;
        items.push_back(item);
    }
    return items;
}

} // namespace

Result<PredictionReport> PredictionJob::run(const Progress &progress)
{
    QElapsedTimer clock;
    clock.start();
    if (m_params.detectorManifests.isEmpty())
        return Result<PredictionReport>::failure(ErrorCode::InvalidArgument, QStringLiteral("no detector manifests given"));
    auto store = ReviewStore::open(m_params.catalogPath);
    if (!store)
        return store.error();
    ReviewStore &review = **store;
    Result<search::DetectionEnsemble> ensemble = search::DetectionEnsemble::load(m_params.detectorManifests, m_params.inference);
    if (!ensemble)
        return ensemble.error();

    // The work list is read first (ids and paths), so that storing never runs under an open read.
    std::vector<std::pair<qint64, QString>> work;
    {
        auto query = review.catalog().connection().prepare(QStringLiteral(
            "SELECT g.id, g.path FROM review_images r JOIN images g ON g.id = r.image_id WHERE ?1 = 1 OR r.predicted = 0 ORDER BY g.id"));
        if (!query)
            return query.error();
        (*query)->bind(1, m_params.redo ? 1 : 0);
        if (Status read = (*query)->forEachRow([&] { work.emplace_back((*query)->int64(0), (*query)->text(1)); }); !read)
            return read.error();
    }

    PredictionReport report;
    const auto total = static_cast<qint64>(work.size());
    qint64 done = 0;
    for (const auto &[imageId, path] : work) {
        Result<std::vector<catalog::CatalogItem>> boxes = predict(*ensemble, path, m_params.fusion, m_params.minScore);
        if (!boxes) {
            ++report.imagesFailed;
            report.problems << boxes.error().message;
        } else {
            const std::vector<catalog::CatalogItem> &items = *boxes;
            // A structured binding cannot be captured in C++17 (clang refuses it): capture a copy.
            const Status stored = review.catalog().transaction([&, id = imageId] { return review.replacePredictions(id, items); });
            if (!stored)
                return stored.error();
            report.boxesStored += static_cast<qint64>(items.size());
            ++report.imagesDone;
        }
        ++done;
        if (!reportProgress(progress, path, done, total)) {
            report.cancelled = done < total;
            break;
        }
    }
    report.seconds = clock.elapsed() / 1000.0;
    return report;
}

} // namespace lookbook::review
