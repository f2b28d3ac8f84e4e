// The evaluation view's core: detection AP shared by the experiment, the CLI and the view, and the
// fusion tuner, on hand-made detections whose AP50 is worked out in the comments.
#include "catalog/catalog.h"
#include "colourcatalog.h"
#include "dataset/deepfashion2io.h"
#include "experiments/datasetevaluation.h"
#include "experiments/detectionevaluation.h"
#include "experiments/experiment.h"
#include "experiments/fusiontuner.h"
#include "experiments/splitevaluation.h"
#include "search/ingestjob.h"
#include "search/searchpipeline.h"

#include <QDir>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace lookbook;
using namespace lookbook::search;
using namespace lookbook::experiments;

namespace {

const std::vector<test::ColourGarment> kGarments = {
    {QColor(255, 0, 0), 1}, {QColor(0, 255, 0), 1}, {QColor(0, 0, 255), 1}, {QColor(255, 255, 0), 1}};

// Hand-made: four 200 × 200 photos, each with one garment of category 1 at [0, 0, 100, 100], and two
// "detectors" whose boxes per photo are given. Nothing is detected: the cache is what detection makes.
DetectionCache handMadeCache(const QString &root, const std::vector<ScoredBox> &first, const std::vector<ScoredBox> &second)
{
    dataset::DeepFashion2Split split;
    split.root = root;
    QDir().mkpath(root + QStringLiteral("/image"));
    DetectionCache cache;
    cache.detectorNames = {QStringLiteral("first"), QStringLiteral("second")};
    for (int id = 1; id <= 4; ++id) {
        dataset::ImageAnnotation annotation;
        annotation.imageId = id;
        QImage photo(200, 200, QImage::Format_RGB32);
        photo.fill(Qt::gray);
        photo.save(split.imagePath(id), "JPG");
        annotation.source = dataset::ImageSource::User;
        annotation.pairId = id;
        dataset::GarmentItem item;
        item.categoryId = 1;
        item.categoryName = QStringLiteral("short sleeve top");
        item.style = 1;
        item.box = Box{0, 0, 100, 100};
        item.itemNumber = 1;
        annotation.items.push_back(item);
        split.annotations.push_back(annotation);
        Detections detections;
        detections.imageWidth = 200;
        detections.imageHeight = 200;
        detections.modelNames = {QStringLiteral("first"), QStringLiteral("second")};
        detections.weights = {1.0, 1.0};
        detections.perModel = {first, second};
        cache.photos.push_back({id, true, detections});
    }
    QStringList problems;
    Result<dataset::CocoDataset> truth = DetectionEvaluation::groundTruth(split, &problems);
    if (truth.ok() && problems.isEmpty())
        cache.truth = truth.value();
    else
        qWarning() << "hand-made ground truth:" << problems << (truth.ok() ? QString() : truth.error().message);
    return cache;
}

// A detector that always finds the street photos' box [8, 8, 40, 40], category 1, score 0.8.
QString makeStreetDetector(const QString &folder)
{
    return test::makeModel(folder, QStringLiteral("street"), R"JIT(
def forward(self, x):
    return torch.tensor([[[8.0, 8.0, 40.0, 40.0, 0.8, 0.0]]]).repeat(x.size(0), 1, 1)
)JIT",
                           QStringLiteral("detector"), QStringLiteral(R"({"input_size": [64, 64], "resize": "stretch"})"),
                           QStringLiteral(R"({"decoder": "yolo_nms", "classes": [1]})"));
}

} // namespace

class TestEvaluation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_dataset = m_dir.filePath(QStringLiteral("dataset"));
        m_split = m_dataset + QStringLiteral("/validation");
        QVERIFY(test::writeColourSplit(m_split, kGarments));
        m_colour = test::makeColourEmbedder(m_dir.path(), QStringLiteral("colour"));
        m_centre = test::makeCentreDetector(m_dir.path(), QStringLiteral("centre"));
        m_street = makeStreetDetector(m_dir.path());
    }

    void accuracyKsReachTheTop()
    {
        QCOMPARE(DatasetEvaluation::accuracyKs(20), (std::vector<int>{1, 5, 10, 15, 20}));
        QCOMPARE(DatasetEvaluation::accuracyKs(50), (std::vector<int>{1, 5, 10, 15, 20, 30, 40, 50}));
    }

    // The IoU threshold decides whether the two detectors' boxes of a garment merge. Both score 0.9:
    // the full box [0, 0, 100, 100] and [0, 0, 100, 80] (IoU 0.8 with each other and with the truth).
    //  - IoU thr 0.85: both kept, each scored 0.9 · 1/2; per photo the first is a hit, the second a
    //    duplicate: hits at ranks 1, 3, 5, 7, precision 1, 2/3, 3/5, 4/7 at recall 1/4 … 1; COCO's 101
    //    recall thresholds see 1 at 0…0.25 (26), 2/3 up to 0.5 (25), 3/5 up to 0.75 (25), 4/7 beyond (25).
    //  - IoU thr 0.7: merged into [0, 0, 100, 90] scored 0.9, one hit per photo: AP50 1.
    void tunerFindsTheIouThreshold()
    {
        const DetectionCache cache = handMadeCache(m_dir.filePath(QStringLiteral("iou")), {{Box{0, 0, 100, 100}, 0.9, 1}}, {{Box{0, 0, 100, 80}, 0.9, 1}});
        FusionTunerParams params;
        params.start.params.iouThr = 0.85;
        params.weights = {1.0};
        params.iouThresholds = {0.85, 0.7};
        params.skipThresholds = {0.0};
        const Result<FusionTuning> tuning = FusionTuner::tune(cache, params);
        QVERIFY2(tuning.ok(), tuning.ok() ? "" : qPrintable(tuning.error().message));
        const double start = (26.0 + 25.0 * 2.0 / 3.0 + 25.0 * 3.0 / 5.0 + 25.0 * 4.0 / 7.0) / 101.0;
        QVERIFY2(std::abs(tuning->startAp50 - start) < 1e-12, qPrintable(QString::number(tuning->startAp50, 'g', 17)));
        QCOMPARE(tuning->bestAp50, 1.0);
        QCOMPARE(*tuning->best.params.iouThr, 0.7);
        QCOMPARE(tuning->best.weights, (std::vector<double>{1.0, 1.0}));

        // The tuned setting gives the tuned AP50 when evaluated on its own.
        const Result<eval::CocoMetrics> again = DetectionEvaluation::fusedMetrics(cache, tuning->best, 2);
        QVERIFY(again.ok());
        QCOMPARE(again->stats[eval::CocoMetrics::AP50], tuning->bestAp50);
    }

    // Weights decide which detector's boxes rank first. The first detector finds the garment (score
    // 0.5), the second a box far from it (score 0.9); they never merge. With weights 1, 1 every photo's
    // wrong box (0.9/2) outranks its right one (0.5/2): hits at ranks 2, 4, 6, 8, precision 1/2 at
    // every recall: AP50 0.5. The first knob tried is the first detector's weight: 0 leaves only wrong
    // boxes (AP50 0), 0.5 and 1.5 still rank the wrong box first (0.25/1.5 < 0.9/1.5; 0.75/2.5 <
    // 0.9/2.5), 2 ranks the right one first (1/3 > 0.9/3): AP50 1, which nothing can beat.
    void tunerFindsTheWeights()
    {
        const DetectionCache cache = handMadeCache(m_dir.filePath(QStringLiteral("weights")), {{Box{0, 0, 100, 100}, 0.5, 1}}, {{Box{120, 120, 180, 180}, 0.9, 1}});
        FusionTunerParams params;
        const Result<FusionTuning> tuning = FusionTuner::tune(cache, params);
        QVERIFY2(tuning.ok(), tuning.ok() ? "" : qPrintable(tuning.error().message));
        QCOMPARE(tuning->startAp50, 0.5);
        QCOMPARE(tuning->bestAp50, 1.0);
        QCOMPARE(tuning->best.weights, (std::vector<double>{2.0, 1.0}));
        QCOMPARE(tuning->best.params.effectiveIouThr(), 0.55);
        QCOMPARE(tuning->best.params.skipBoxThr, 0.0);
        // 3 tries for the first weight (0, 0.5, 1.5) before 2 wins, 3 after it, then a full second pass
        // that changes nothing: all the other values of every knob.
        QVERIFY(tuning->evaluations > 10);

        // Cancelled from the progress callback.
        const Result<FusionTuning> cancelled = FusionTuner::tune(cache, params, [](const QString &, qint64 done, qint64) { return done < 3; });
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
        // One detector has nothing to tune.
        DetectionCache single = cache;
        single.detectorNames.removeLast();
        QCOMPARE(FusionTuner::tune(single, params).error().code, ErrorCode::InvalidArgument);
    }

    // The same AP as the experiment (Tables 2 and 5) and as COCOeval on the boxes by hand; Acc@k as
    // `lookbook-cli evaluate` computes it (SplitEvaluation on a pipeline that detects and fuses).
    void equalsTheExperimentAndTheEvaluator()
    {
        const QString db = m_dir.filePath(QStringLiteral("shop.db"));
        QVERIFY(catalog::Catalog::create(db).ok());
        IngestParams ingest;
        ingest.catalogPath = db;
        ingest.sourcePath = m_split;
        ingest.embedderManifest = m_colour;
        QVERIFY(IngestJob(ingest).run().ok());

        DatasetEvaluationParams params;
        params.datasetPath = m_dataset;
        params.detectorManifests = {m_street, m_centre};
        params.catalogPath = db;
        params.embedderManifest = m_colour;
        QStringList stages;
        const Result<DatasetEvaluationReport> report = DatasetEvaluation::run(params, [&stages](DatasetEvaluation::Stage stage, qint64, qint64) {
            stages << QString::number(int(stage));
            return true;
        });
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
        stages.removeDuplicates();
        QCOMPARE(stages, (QStringList{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
        QCOMPARE(report->splitPath, m_split);
        QCOMPARE(report->tables.detectors.size(), std::size_t(2));
        QCOMPARE(report->tables.fusion.size(), std::size_t(2));

        // By hand (tests/core/tst_experiment.cpp works these out): the street detector is right on
        // the four street photos, first in id order: 51/101; fused with the centre one: 8/12.
        QCOMPARE(report->tables.detectors[0].metrics.stats[eval::CocoMetrics::AP], 51.0 / 101.0);
        QCOMPARE(report->tables.detectors[1].metrics.stats[eval::CocoMetrics::AP], 0.5 * 51.0 / 101.0);
        QVERIFY(std::abs(report->tables.fusion[1].metrics.stats[eval::CocoMetrics::AP] - 8.0 / 12.0) < 1e-12);
        QCOMPARE(report->tables.fusion[1].model, QStringLiteral("street + centre"));
        // COCOeval on the street detector's boxes given by hand.
        std::vector<dataset::CocoDetection> street;
        for (const PhotoDetections &photo : report->detections.photos)
            street.push_back({photo.imageId, 1, 8, 8, 32, 32, 0.8});
        const Result<eval::CocoMetrics> byHand = eval::CocoEvaluator::evaluate(report->detections.truth, street);
        QVERIFY(byHand.ok());
        QCOMPARE(report->tables.detectors[0].metrics.stats, byHand->stats);

        // The experiment's tables hold the same numbers.
        ExperimentParams experiment;
        experiment.datasetPath = m_dataset;
        experiment.detectorManifests = {m_street, m_centre};
        experiment.workPath = m_dir.filePath(QStringLiteral("work"));
        const Result<ExperimentReport> tables = Experiment(experiment).run();
        QVERIFY2(tables.ok(), tables.ok() ? "" : qPrintable(tables.error().message));
        for (std::size_t d = 0; d < 2; ++d) {
            QCOMPARE(tables->detectors[d].metrics.stats, report->tables.detectors[d].metrics.stats);
            QCOMPARE(tables->detectors[d].metrics.perCategoryAp, report->tables.detectors[d].metrics.perCategoryAp);
            QCOMPARE(tables->fusion[d].metrics.stats, report->tables.fusion[d].metrics.stats);
        }

        // Acc@k as `evaluate` computes it: detect, fuse and search photo by photo.
        QCOMPARE(report->ks, DatasetEvaluation::accuracyKs(50));
        for (const bool groundTruth : {true, false}) {
            Result<std::unique_ptr<SearchPipeline>> pipeline = SearchPipeline::open({db, {}, m_colour, {m_street, m_centre}, {}});
            QVERIFY(pipeline.ok());
            SplitEvaluationParams evaluation;
            evaluation.splitPath = m_split;
            evaluation.groundTruthBoxes = groundTruth;
            evaluation.search.topK = 50;
            evaluation.ks = report->ks;
            const Result<SplitEvaluationResult> expected = SplitEvaluation::run(**pipeline, evaluation);
            QVERIFY(expected.ok());
            const eval::RetrievalMetrics &got = groundTruth ? *report->groundTruthBoxes : *report->fusedBoxes;
            QCOMPARE(got.accuracy, expected->metrics.accuracy);
            QCOMPARE(got.queries, 4);
        }
        // Annotated boxes of solid colours find their shop item first.
        QCOMPARE(report->groundTruthBoxes->accuracy.at(1), 1.0);
    }

    // A catalog of other photos: Acc@k is left out, with a note that says why.
    void skipsAccuracyForAnotherCatalog()
    {
        const QString other = m_dir.filePath(QStringLiteral("other"));
        QVERIFY(test::writeColourSplit(other, {{QColor(10, 20, 30), 2}}));
        const QString db = m_dir.filePath(QStringLiteral("other.db"));
        QVERIFY(catalog::Catalog::create(db).ok());
        IngestParams ingest;
        ingest.catalogPath = db;
        ingest.sourcePath = other;
        ingest.embedderManifest = m_colour;
        QVERIFY(IngestJob(ingest).run().ok());

        DatasetEvaluationParams params;
        params.datasetPath = m_split;
        params.detectorManifests = {m_centre};
        params.catalogPath = db;
        params.embedderManifest = m_colour;
        const Result<DatasetEvaluationReport> report = DatasetEvaluation::run(params);
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
        QVERIFY(!report->groundTruthBoxes);
        QVERIFY(!report->fusedBoxes);
        QCOMPARE(report->tables.detectors.size(), std::size_t(1));
        QVERIFY2(report->notes.join(QLatin1Char('\n')).contains(QStringLiteral("Acc@k skipped: the catalog other.db holds none of the 4 shop photos")),
                 qPrintable(report->notes.join(QLatin1Char('\n'))));
    }

    void namesAFolderThatIsNotADataset()
    {
        DatasetEvaluationParams params;
        params.datasetPath = m_dir.path();
        params.detectorManifests = {m_centre};
        const Result<DatasetEvaluationReport> report = DatasetEvaluation::run(params);
        QVERIFY(!report.ok());
        QVERIFY2(report.error().message.contains(m_dir.path()) && report.error().message.contains(QStringLiteral("not a DeepFashion2 dataset")),
                 qPrintable(report.error().message));
    }

private:
    QTemporaryDir m_dir;
    QString m_dataset;
    QString m_split;
    QString m_colour;
    QString m_centre;
    QString m_street;
};

QTEST_MAIN(TestEvaluation)
#include "tst_evaluation.moc"
