#include "experiments/experiment.h"

#include "catalog/catalog.h"
#include "dataset/deepfashion2io.h"
#include "embedding/colourhistogramembedder.h"
#include "eval/retrievalprobe.h"
#include "experiments/datasetevaluation.h"
#include "experiments/splitevaluation.h"
#include "search/ingestjob.h"
#include "search/searchpipeline.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

namespace lookbook::experiments {

namespace {

const std::vector<int> kAccuracyKs = {1, 5, 10, 15, 20};
const QString kGroundTruthBoxes = QStringLiteral("ground-truth boxes");

struct Model final {
    QString name;
    QString manifestPath;
    QString vectorSet;
    bool plainEmbedder = false;   // not an ensemble: a member of the concatenation
    int dimension = 0;
};

Error cancelled()
{
    return Error{ErrorCode::Cancelled, QStringLiteral("experiment cancelled")};
}

QString kindName(models::ModelKind kind)
{
    switch (kind) {
    case models::ModelKind::Detector: return QStringLiteral("a detector");
    case models::ModelKind::Embedder: return QStringLiteral("an embedder");
    case models::ModelKind::Ensemble: return QStringLiteral("an ensemble");
    }
    return {};
}

// Loads every manifest up front, so that a wrong file is named before hours of detection.
Result<std::vector<models::ModelManifest>> loadManifests(const QStringList &paths, bool detectors)
{
    std::vector<models::ModelManifest> manifests;
    for (const QString &path : paths) {
        Result<models::ModelManifest> manifest = models::ModelManifest::load(path);
        if (!manifest)
            return manifest.error();
        const bool isDetector = manifest->kind == models::ModelKind::Detector;
        if (isDetector != detectors)
            return Error{ErrorCode::InvalidArgument, QStringLiteral("%1: is %2 manifest, but it was given as %3")
                                                         .arg(path, kindName(manifest->kind),
                                                              detectors ? QStringLiteral("a detector") : QStringLiteral("an embedder"))};
        manifests.push_back(std::move(manifest).value());
    }
    return manifests;
}

// The tables name models by their manifests' names; where two share one (the same recipe trained twice),
// the manifest's folder and file tell them apart.
void disambiguate(std::vector<models::ModelManifest> &manifests)
{
    std::map<QString, int> uses;
    for (const models::ModelManifest &manifest : manifests)
        ++uses[manifest.name];
    for (models::ModelManifest &manifest : manifests) {
        if (uses[manifest.name] > 1) {
            const QFileInfo file(manifest.path);
            manifest.name += QStringLiteral(" (%1/%2)").arg(file.dir().dirName(), file.fileName());
        }
    }
}

// The paper's settings are for a gallery of 37k items; on a small gallery they would make every item
// everybody's neighbour, so a step the caller left off gets parameters scaled to the gallery.
search::SearchOptions scaledPostprocessing(const search::SearchOptions &given, qint64 galleryItems)
{
    search::SearchOptions options = given;
    const int tenth = static_cast<int>(std::clamp<qint64>(galleryItems / 10, 1, 5));
    if (!options.rerank) {
        postprocess::KReciprocalReranker::Params rerank;
        rerank.k1 = static_cast<int>(std::clamp<qint64>(galleryItems / 4, 1, 20));
        rerank.k2 = std::clamp(static_cast<int>(std::lround(rerank.k1 * 0.3)), 1, 6);
        rerank.lambda = 0.3;
        options.rerank = rerank;
    }
    if (options.qeNeighbours <= 0)
        options.qeNeighbours = tenth;
    if (options.dbaNeighbours <= 0)
        options.dbaNeighbours = std::max(2, tenth);  // one neighbour would be the item itself: no change
    return options;
}

QString fusionName(const fusion::FusionParams &params)
{
    const std::string_view name = fusion::methodName(params.method);
    return QString::fromLatin1(name.data(), static_cast<int>(name.size())).toUpper();
}

class Run final
{
public:
    Run(const ExperimentParams &params, const Progress &progress) : m_params(params), m_progress(progress) {}

    Result<ExperimentReport> execute();

private:
    bool report(const QString &step, qint64 done, qint64 total) const { return reportProgress(m_progress, step, done, total); }
    void record(const QString &step, const QElapsedTimer &clock) { m_report.timings.push_back({step, clock.elapsed() / 1000.0}); }

    Status evaluateDetections(const dataset::DeepFashion2Split &split, const std::vector<models::ModelManifest> &detectors);
    Result<std::vector<Model>> buildCatalog(const QString &splitPath, const std::vector<models::ModelManifest> &embedders);
    Status evaluateEmbedders(const QString &splitPath, const std::vector<Model> &models);
    Status evaluatePostprocessing(const Model &model, const SplitQueries &queries, const QString &boxes);
    Status evaluateColourBaseline(const dataset::DeepFashion2Split &split);

    const ExperimentParams &m_params;
    const Progress &m_progress;
    ExperimentReport m_report;
    QString m_catalogPath;
    std::map<int, std::vector<ScoredBox>> m_fusedUserBoxes;  // user photo id → all detectors' boxes, fused
};

// Detection and box AP as the evaluation view and tune-fusion compute them, with the manifests' weights.
Status Run::evaluateDetections(const dataset::DeepFashion2Split &split, const std::vector<models::ModelManifest> &detectors)
{
    QElapsedTimer clock;
    clock.start();
    QStringList paths;
    for (const models::ModelManifest &manifest : detectors)
        paths << manifest.path;
    Result<DetectionCache> cache = DetectionEvaluation::detect(split, paths, m_params.inference, asStage(m_progress, QStringLiteral("detect")));
    if (!cache)
        return cache.error();
    m_report.notes << cache->notes;
    cache.value().detectorNames.clear();
    for (const models::ModelManifest &manifest : detectors)
        cache.value().detectorNames << manifest.name;  // disambiguated
    record(QStringLiteral("detection: %1 detectors on %2 photos").arg(detectors.size()).arg(split.annotations.size()), clock);

    clock.restart();
    FusionSetting setting;
    setting.params = m_params.fusion;
    Result<DetectionTables> tables = DetectionEvaluation::evaluate(*cache, setting, asStage(m_progress, QStringLiteral("fuse")));
    if (!tables)
        return tables.error();
    m_report.detectors = tables->detectors;
    m_report.fusion = tables->fusion;
    m_fusedUserBoxes = std::move(tables.value().fusedUserBoxes);
    record(QStringLiteral("Tables 2 and 5: box AP of %1 detectors and of the first 1…%1 fused").arg(detectors.size()), clock);
    return success();
}

// One catalog of the split's shop photos (their ground-truth boxes) with a vector set per embedder,
// and the concatenation of the plain embedders as one more (Table 6).
Result<std::vector<Model>> Run::buildCatalog(const QString &splitPath, const std::vector<models::ModelManifest> &embedders)
{
    if (m_params.workPath.isEmpty())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("no work folder given for the experiment's catalogs")};
    if (!QDir().mkpath(m_params.workPath))
        return Error{ErrorCode::IoError, QStringLiteral("%1: cannot create the work folder").arg(m_params.workPath)};
    // A previous run's catalog would be resumed, not rebuilt: remove it (and only what this class writes,
    // since the folder may be the user's).
    const QDir work(m_params.workPath);
    for (const QString &name : work.entryList({QStringLiteral("catalog.db*"), QStringLiteral("concatenation.json")}, QDir::Files)) {
        if (!QFile::remove(work.filePath(name)))
            return Error{ErrorCode::IoError, QStringLiteral("%1: cannot remove the previous run's file").arg(work.filePath(name))};
    }
    m_catalogPath = work.filePath(QStringLiteral("catalog.db"));
    if (Result<std::unique_ptr<catalog::Catalog>> created = catalog::Catalog::create(m_catalogPath); !created)
        return created.error();

    std::vector<Model> models;
    for (const models::ModelManifest &manifest : embedders) {
        const bool plain = manifest.kind == models::ModelKind::Embedder;
        models.push_back({manifest.name, manifest.path, QStringLiteral("set%1").arg(models.size() + 1), plain,
                          plain ? manifest.embedder.dimension : manifest.ensembleDimension});
    }
    std::vector<const Model *> members;
    for (const Model &model : models) {
        if (model.plainEmbedder)
            members.push_back(&model);
    }
    if (members.size() >= 2) {
        // Each member L2-normalised, concatenated and re-normalised: the model runtime's ensemble.
        models::ModelManifest manifest;
        manifest.kind = models::ModelKind::Ensemble;
        manifest.path = work.filePath(QStringLiteral("concatenation.json"));
        QStringList names;
        for (const Model *member : members) {
            manifest.members.push_back({member->manifestPath, 1.0});
            names << member->name;
            manifest.ensembleDimension += member->dimension;
        }
        manifest.name = QStringLiteral("concatenation (%1)").arg(names.join(QStringLiteral(" + ")));
        if (Status written = manifest.save(); !written)
            return written.error();
        models.push_back({manifest.name, manifest.path, QStringLiteral("set%1").arg(models.size() + 1), false, manifest.ensembleDimension});
    } else {
        m_report.notes << QStringLiteral("Table 6: no concatenation: it needs at least two embedders (ensembles are not concatenated again)");
    }

    for (const Model &model : models) {
        QElapsedTimer clock;
        clock.start();
        search::IngestParams ingest;
        ingest.catalogPath = m_catalogPath;
        ingest.sourcePath = splitPath;
        ingest.images = search::IngestParams::Images::Shop;
        ingest.embedderManifest = model.manifestPath;
        ingest.vectorSet = model.vectorSet;
        ingest.inference = m_params.inference;
        const QString step = QStringLiteral("catalog: %1").arg(model.name);
        bool stopped = false;
        Result<search::IngestReport> imported = search::IngestJob(ingest).run([&](const search::IngestProgress &p) {
            stopped = !report(step, p.imagesDone, p.imagesTotal);
            return !stopped;
        });
        if (!imported)
            return imported.error();
        if (stopped)
            return cancelled();
        for (const QString &problem : imported->problems)
            m_report.notes << QStringLiteral("catalog %1: %2").arg(model.name, problem);
        record(QStringLiteral("catalog of the shop photos: %1 (%2 vectors)").arg(model.name).arg(imported->vectorsAdded), clock);
    }
    return models;
}

Status Run::evaluateEmbedders(const QString &splitPath, const std::vector<Model> &models)
{
    const bool endToEnd = !m_params.detectorManifests.isEmpty();
    const QString fusedSetting = m_params.detectorManifests.size() == 1
                                     ? QStringLiteral("detected boxes")
                                     : QStringLiteral("fused boxes (%1 of %2 detectors)").arg(fusionName(m_params.fusion)).arg(m_params.detectorManifests.size());
    search::SearchOptions nearest;
    nearest.topK = m_params.topK;
    std::optional<SplitQueries> bestQueries;
    const Model *best = nullptr;
    double bestAccuracy = -1.0;
    std::vector<RetrievalResult> endToEndRows;
    for (const Model &model : models) {
        Result<std::unique_ptr<search::SearchPipeline>> pipeline = search::SearchPipeline::open({m_catalogPath, model.vectorSet, model.manifestPath, {}, m_params.inference});
        if (!pipeline)
            return pipeline.error();
        for (const bool groundTruth : {true, false}) {
            if (!groundTruth && !endToEnd)
                continue;
            QElapsedTimer clock;
            clock.start();
            SplitEvaluationParams params;
            params.splitPath = splitPath;
            params.groundTruthBoxes = groundTruth;
            if (!groundTruth) {
                params.queryBoxes = [this](const dataset::ImageAnnotation &photo, const models::DecodedImage &) -> Result<std::vector<ScoredBox>> {
                    const auto found = m_fusedUserBoxes.find(photo.imageId);
                    return found == m_fusedUserBoxes.end() ? std::vector<ScoredBox>{} : found->second;
                };
            }
            const QString setting = groundTruth ? kGroundTruthBoxes : fusedSetting;
            const QString step = QStringLiteral("queries: %1, %2").arg(model.name, setting);
            Result<SplitQueries> queries = SplitEvaluation::embed(**pipeline, params, asStage(m_progress, step));
            if (!queries)
                return queries.error();
            const Result<SplitEvaluationResult> scored = SplitEvaluation::score(**pipeline, *queries, nearest, kAccuracyKs);
            if (!scored)
                return scored.error();
            const RetrievalResult row{model.name, setting, scored->metrics, clock.elapsed() / 1000.0};
            record(QStringLiteral("retrieval: %1, %2").arg(model.name, setting), clock);
            if (groundTruth) {
                m_report.groundTruthBoxes.push_back(row);
                m_report.ensemble.push_back(row);
            } else {
                endToEndRows.push_back(row);
            }
            // Table 7 post-processes the best model's end-to-end queries (its ground-truth ones without detectors).
            const double accuracy = row.metrics.accuracy.count(10) ? row.metrics.accuracy.at(10) : 0.0;
            if (groundTruth == !endToEnd && accuracy > bestAccuracy) {
                bestAccuracy = accuracy;
                best = &model;
                bestQueries = std::move(queries).value();
            }
        }
    }
    m_report.ensemble.insert(m_report.ensemble.end(), endToEndRows.begin(), endToEndRows.end());
    if (!best)
        return success();
    return evaluatePostprocessing(*best, *bestQueries, endToEnd ? fusedSetting : kGroundTruthBoxes);
}

Status Run::evaluatePostprocessing(const Model &model, const SplitQueries &queries, const QString &boxes)
{
    Result<std::unique_ptr<search::SearchPipeline>> pipeline = search::SearchPipeline::open({m_catalogPath, model.vectorSet, model.manifestPath, {}, m_params.inference});
    if (!pipeline)
        return pipeline.error();
    const search::SearchOptions tuned = scaledPostprocessing(m_params.postprocessing, m_report.galleryItems);
    search::SearchOptions baseline;
    baseline.topK = m_params.topK;
    const postprocess::KReciprocalReranker::Params &rr = *tuned.rerank;

    std::vector<std::pair<QString, search::SearchOptions>> variants;
    variants.emplace_back(QStringLiteral("baseline (nearest neighbours)"), baseline);
    search::SearchOptions rerank = baseline;
    rerank.rerank = rr;
    variants.emplace_back(QStringLiteral("+ re-ranking (k1 %1, k2 %2, λ %3)").arg(rr.k1).arg(rr.k2).arg(rr.lambda), rerank);
    search::SearchOptions qe = baseline;
    qe.qeNeighbours = tuned.qeNeighbours;
    qe.qeAlpha = tuned.qeAlpha;
    variants.emplace_back(QStringLiteral("+ αQE (n %1, α %2)").arg(qe.qeNeighbours).arg(qe.qeAlpha), qe);
    search::SearchOptions dba = baseline;
    dba.dbaNeighbours = tuned.dbaNeighbours;
    dba.dbaAlpha = tuned.dbaAlpha;
    variants.emplace_back(QStringLiteral("+ DBA (k %1, α %2)").arg(dba.dbaNeighbours).arg(dba.dbaAlpha), dba);
    search::SearchOptions pca = baseline;
    pca.pcaWhitening = true;
    pca.pcaDimension = tuned.pcaDimension;
    variants.emplace_back(pca.pcaDimension > 0 ? QStringLiteral("+ PCA whitening (%1 dimensions)").arg(pca.pcaDimension)
                                               : QStringLiteral("+ PCA whitening (all dimensions)"),
                          pca);
    search::SearchOptions all = tuned;
    all.topK = m_params.topK;
    all.pcaWhitening = true;
    variants.emplace_back(QStringLiteral("all of the above"), all);

    for (std::size_t v = 0; v < variants.size(); ++v) {
        QElapsedTimer clock;
        clock.start();
        const Result<SplitEvaluationResult> scored = SplitEvaluation::score(**pipeline, queries, variants[v].second, kAccuracyKs);
        if (!scored) {
            // A step that cannot run on this gallery (PCA on fewer items than dimensions) is named, not fatal.
            m_report.notes << QStringLiteral("Table 7: %1: %2").arg(variants[v].first, scored.error().message);
        } else {
            m_report.postprocessing.push_back({model.name + QStringLiteral(", ") + boxes, variants[v].first, scored->metrics, clock.elapsed() / 1000.0});
            record(QStringLiteral("Table 7: %1").arg(variants[v].first), clock);
        }
        if (!report(QStringLiteral("post-processing"), static_cast<qint64>(v + 1), static_cast<qint64>(variants.size())))
            return cancelled();
    }
    return success();
}

Status Run::evaluateColourBaseline(const dataset::DeepFashion2Split &split)
{
    QElapsedTimer clock;
    clock.start();
    const embedding::ColourHistogramEmbedder histogram;
    const Result<eval::RetrievalMetrics> metrics = eval::RetrievalProbe::evaluate(
        split, [&histogram](const models::DecodedImage &image, const std::vector<Box> &boxes) -> Result<FloatMatrix> {
            return histogram.embed(image, boxes);
        });
    if (!metrics)
        return metrics.error();
    const int bins = static_cast<int>(std::lround(std::cbrt(histogram.dimension())));
    m_report.groundTruthBoxes.push_back({QStringLiteral("colour histogram (%1 × %1 × %1 bins, baseline)").arg(bins), kGroundTruthBoxes, *metrics,
                                         clock.elapsed() / 1000.0});
    record(QStringLiteral("retrieval: colour-histogram baseline"), clock);
    return success();
}

Result<ExperimentReport> Run::execute()
{
    QElapsedTimer total;
    total.start();
    Result<std::vector<models::ModelManifest>> detectors = loadManifests(m_params.detectorManifests, true);
    if (!detectors)
        return detectors.error();
    Result<std::vector<models::ModelManifest>> embedders = loadManifests(m_params.embedderManifests, false);
    if (!embedders)
        return embedders.error();
    disambiguate(detectors.value());
    disambiguate(embedders.value());
    if (detectors->empty() && embedders->empty())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("no models given: an experiment needs detectors, embedders or both")};
    const Result<dataset::DeepFashion2Split> split = DatasetEvaluation::readSplit(m_params.datasetPath);
    if (!split)
        return split.error();
    m_report.splitPath = split->root;
    m_report.notes << split->errors;
    for (const dataset::ImageAnnotation &annotation : split->annotations) {
        const bool user = annotation.source == dataset::ImageSource::User;
        ++(user ? m_report.userImages : m_report.shopImages);
        for (const dataset::GarmentItem &item : annotation.items) {
            if (user && item.style > 0)
                ++m_report.queryItems;
            else if (!user)
                ++m_report.galleryItems;
        }
    }

    if (!detectors->empty()) {
        if (Status status = evaluateDetections(*split, *detectors); !status)
            return status.error();
    } else {
        m_report.notes << QStringLiteral("Tables 2 and 5 and the end-to-end rows: no detectors given");
    }
    if (!embedders->empty()) {
        Result<std::vector<Model>> models = buildCatalog(split->root, *embedders);
        if (!models)
            return models.error();
        if (Status status = evaluateEmbedders(split->root, *models); !status)
            return status.error();
    } else {
        m_report.notes << QStringLiteral("Tables 3, 6 and 7: no embedders given (the colour-histogram baseline is still in Table 3)");
    }
    if (Status status = evaluateColourBaseline(*split); !status)
        return status.error();
    m_report.timings.push_back({QStringLiteral("total"), total.elapsed() / 1000.0});
    return m_report;
}

} // namespace

Result<ExperimentReport> Experiment::run(const Progress &progress)
{
    return Run(m_params, progress).execute();
}

} // namespace lookbook::experiments
