#include "experiments/splitevaluation.h"

#include "catalog/catalog.h"
#include "dataset/deepfashion2io.h"
#include "models/decodedimage.h"
#include "search/searchpipeline.h"

#include <QElapsedTimer>
#include <QFileInfo>

namespace lookbook::experiments {

Result<SplitEvaluationResult> SplitEvaluation::run(search::SearchPipeline &pipeline, const SplitEvaluationParams &params,
                                                   const Progress &progress)
{
    const Result<SplitQueries> queries = embed(pipeline, params, progress);
    if (!queries)
        return queries.error();
    Result<SplitEvaluationResult> result = score(pipeline, *queries, params.search, params.ks);
    if (result)
        result.value().seconds += queries->seconds;
    return result;
}

Result<SplitQueries> SplitEvaluation::embed(search::SearchPipeline &pipeline, const SplitEvaluationParams &params,
                                            const Progress &progress)
{
    QElapsedTimer clock;
    clock.start();
    Result<dataset::DeepFashion2Split> split = dataset::DeepFashion2Io::readSplit(params.splitPath);
    if (!split)
        return split.error();
    SplitQueries result;
    result.problems = split->errors;
    result.queryTruth = eval::RetrievalRows::queriesFromSplit(*split);
    result.galleryTruth = eval::RetrievalRows::galleryFromSplit(*split);

    std::vector<const dataset::ImageAnnotation *> users;
    for (const dataset::ImageAnnotation &annotation : split->annotations) {
        if (annotation.source == dataset::ImageSource::User)
            users.push_back(&annotation);
    }
    result.vectors = FloatMatrix(0, pipeline.vectorSet().dimension);
    for (std::size_t u = 0; u < users.size(); ++u) {
        const dataset::ImageAnnotation &annotation = *users[u];
        Result<models::DecodedImage> image = models::DecodedImage::load(split->imagePath(annotation.imageId));
        if (!image) {
            result.problems << image.error().message;
        } else {
            std::vector<ScoredBox> boxes;
            if (params.queryBoxes) {
                Result<std::vector<ScoredBox>> given = params.queryBoxes(annotation, *image);
                if (!given)
                    return given.error();
                boxes = std::move(given.value());
            } else if (params.groundTruthBoxes) {
                for (const dataset::GarmentItem &item : annotation.items)
                    boxes.push_back({item.box, 1.0, item.categoryId});
            } else {
                Result<search::Detections> detections = pipeline.detect(*image);
                if (!detections)
                    return detections.error();
                Result<std::vector<ScoredBox>> combined = search::DetectionEnsemble::combine(*detections, params.fusion);
                if (!combined)
                    return combined.error();
                boxes = std::move(combined.value());
            }
            std::vector<Box> regions;
            for (const ScoredBox &b : boxes)
                regions.push_back(b.box);
            Result<FloatMatrix> vectors = pipeline.embed(*image, regions);
            if (!vectors)
                return vectors.error();
            result.vectors.values.insert(result.vectors.values.end(), vectors->values.begin(), vectors->values.end());
            result.vectors.rows += vectors->rows;
            for (const ScoredBox &b : boxes) {
                eval::RetrievalSubmissionRow row;
                row.queryImageId = annotation.imageId;
                row.queryBox = b.box;
                row.queryCls = b.label;
                row.queryScore = b.score;
                result.submission.push_back(std::move(row));
            }
            ++result.queryImages;
        }
        if (!reportProgress(progress, {}, static_cast<qint64>(u + 1), static_cast<qint64>(users.size())))
            return Result<SplitQueries>::failure(ErrorCode::Cancelled, QStringLiteral("evaluation cancelled"));
    }
    result.seconds = clock.elapsed() / 1000.0;
    return result;
}

Result<SplitEvaluationResult> SplitEvaluation::score(search::SearchPipeline &pipeline, const SplitQueries &queries, const search::SearchOptions &search,
                                                     const std::vector<int> &ks)
{
    QElapsedTimer clock;
    clock.start();
    SplitEvaluationResult result;
    result.problems = queries.problems;
    result.queryImages = queries.queryImages;
    result.queryBoxes = queries.vectors.rows;
    result.submission = queries.submission;

    Result<std::vector<std::vector<search::SearchHit>>> hits = pipeline.query(queries.vectors, search);
    if (!hits)
        return hits.error();
    for (std::size_t q = 0; q < hits->size(); ++q) {
        Result<std::vector<catalog::ItemDetails>> details = pipeline.details((*hits)[q]);
        if (!details)
            return details.error();
        eval::RetrievalSubmissionRow &row = result.submission[q];
        for (const catalog::ItemDetails &d : *details) {
            row.galleryImageIds.push_back(dataset::DeepFashion2Io::imageIdFromFileName(QFileInfo(d.image.path).fileName()));
            row.galleryBoxes.push_back(d.item.box);
        }
    }
    result.metrics = eval::RetrievalEvaluator::evaluate(queries.queryTruth, queries.galleryTruth, result.submission, ks);
    result.seconds = clock.elapsed() / 1000.0;
    return result;
}

} // namespace lookbook::experiments
