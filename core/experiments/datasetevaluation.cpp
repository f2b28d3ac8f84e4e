#include "experiments/datasetevaluation.h"

#include "catalog/catalog.h"
#include "dataset/deepfashion2io.h"
#include "experiments/splitevaluation.h"
#include "search/searchpipeline.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace lookbook::experiments {

namespace {

// How many of the split's shop photos the catalog holds (by path, as an import stores them).
Result<qint64> shopPhotosInCatalog(catalog::Catalog &catalog, const dataset::DeepFashion2Split &split, qint64 &shopPhotos)
{
    qint64 found = 0;
    for (const dataset::ImageAnnotation &annotation : split.annotations) {
        if (annotation.source != dataset::ImageSource::Shop)
            continue;
        ++shopPhotos;
        Result<std::optional<catalog::CatalogImage>> image = catalog.imageByPath(QFileInfo(split.imagePath(annotation.imageId)).absoluteFilePath());
        if (!image)
            return image.error();
        if (image->has_value())
            ++found;
    }
    return found;
}

} // namespace

Result<QString> DatasetEvaluation::resolveSplit(const QString &datasetPath)
{
    const QDir dataset(datasetPath);
    if (!dataset.exists())
        return Error{ErrorCode::IoError, QStringLiteral("%1: no such folder").arg(datasetPath)};
    if (dataset.exists(QStringLiteral("validation/annos")))
        return dataset.filePath(QStringLiteral("validation"));
    if (dataset.exists(QStringLiteral("annos")))
        return dataset.path();
    return Error{ErrorCode::IoError,
                 QStringLiteral("%1: not a DeepFashion2 dataset: expected validation/annos/ (a dataset) or annos/ (a split)").arg(datasetPath)};
}

Result<dataset::DeepFashion2Split> DatasetEvaluation::readSplit(const QString &datasetPath)
{
    const Result<QString> splitPath = resolveSplit(datasetPath);
    if (!splitPath)
        return splitPath.error();
    Result<dataset::DeepFashion2Split> split = dataset::DeepFashion2Io::readSplit(*splitPath);
    if (split && split->annotations.empty())
        return Error{ErrorCode::InvalidData, QStringLiteral("%1: the split has no readable annotations").arg(*splitPath)};
    return split;
}

std::vector<int> DatasetEvaluation::accuracyKs(int topK)
{
    std::vector<int> ks = {1, 5, 10, 15, 20};
    for (int k = 30; k <= topK; k += 10)
        ks.push_back(k);
    return ks;
}

Result<DatasetEvaluationReport> DatasetEvaluation::run(const DatasetEvaluationParams &params, const Progress &progress)
{
    DatasetEvaluationReport report;
    const Result<dataset::DeepFashion2Split> split = readSplit(params.datasetPath);
    if (!split)
        return split.error();
    report.splitPath = split->root;
    report.notes << split->errors;
    const auto stage = [&progress](Stage s) {
        return [&progress, s](const QString &, qint64 done, qint64 total) { return !progress || progress(s, done, total); };
    };

    if (!params.detectorManifests.isEmpty()) {
        Result<DetectionCache> cache = DetectionEvaluation::detect(*split, params.detectorManifests, params.inference, stage(Stage::Detecting));
        if (!cache)
            return cache.error();
        report.detections = std::move(cache).value();
        report.notes << report.detections.notes;
        Result<DetectionTables> tables = DetectionEvaluation::evaluate(report.detections, params.fusion, stage(Stage::ScoringDetections));
        if (!tables)
            return tables.error();
        report.tables = std::move(tables).value();
    } else {
        report.notes << QCoreApplication::translate("DatasetEvaluation", "Detection AP: no detectors among the models");
    }

    if (params.catalogPath.isEmpty()) {
        report.notes << QCoreApplication::translate("DatasetEvaluation", "Acc@k: no catalog is open");
        return report;
    }
    Result<std::unique_ptr<search::SearchPipeline>> pipeline =
        search::SearchPipeline::open({params.catalogPath, params.vectorSet, params.embedderManifest, {}, params.inference});
    if (!pipeline)
        return pipeline.error();
    qint64 shopPhotos = 0;
    const Result<qint64> inCatalog = shopPhotosInCatalog((*pipeline)->catalog(), *split, shopPhotos);
    if (!inCatalog)
        return inCatalog.error();
    if (*inCatalog == 0) {
        report.notes << QCoreApplication::translate("DatasetEvaluation",
                                                    "Acc@k skipped: the catalog %1 holds none of the %2 shop photos of %3; import the split into a "
                                                    "catalog (File ▸ Import into Catalog…) and open that catalog to measure retrieval")
                            .arg(QFileInfo(params.catalogPath).fileName())
                            .arg(shopPhotos)
                            .arg(QDir::toNativeSeparators(split->root));
        return report;
    }
    if (*inCatalog < shopPhotos)
        report.notes << QCoreApplication::translate("DatasetEvaluation", "Acc@k: the catalog holds %1 of the split's %2 shop photos; the others cannot be found")
                            .arg(*inCatalog)
                            .arg(shopPhotos);
    report.embedder = (*pipeline)->vectorSet().modelName;
    report.ks = accuracyKs(params.topK);
    search::SearchOptions nearest;
    nearest.topK = params.topK;
    for (const bool groundTruth : {true, false}) {
        if (!groundTruth && params.detectorManifests.isEmpty())
            continue;
        SplitEvaluationParams evaluation;
        evaluation.splitPath = split->root;
        evaluation.groundTruthBoxes = groundTruth;
        if (!groundTruth) {
            evaluation.queryBoxes = [&report](const dataset::ImageAnnotation &photo, const models::DecodedImage &) -> Result<std::vector<ScoredBox>> {
                const auto found = report.tables.fusedUserBoxes.find(photo.imageId);
                return found == report.tables.fusedUserBoxes.end() ? std::vector<ScoredBox>{} : found->second;
            };
        }
        const Result<SplitQueries> queries =
            SplitEvaluation::embed(**pipeline, evaluation, stage(groundTruth ? Stage::QueryingGroundTruthBoxes : Stage::QueryingFusedBoxes));
        if (!queries)
            return queries.error();
        const Result<SplitEvaluationResult> scored = SplitEvaluation::score(**pipeline, *queries, nearest, report.ks);
        if (!scored)
            return scored.error();
        (groundTruth ? report.groundTruthBoxes : report.fusedBoxes) = scored->metrics;
        for (const QString &problem : queries->problems) {
            if (!report.notes.contains(problem))
                report.notes << problem;
        }
    }
    return report;
}

} // namespace lookbook::experiments
