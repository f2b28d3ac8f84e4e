// The evaluators against cases worked out by hand (the working is in each case's WORKING.md).
#include "../testfiles.h"
#include "dataset/cocodataset.h"
#include "eval/cocoevaluator.h"
#include "eval/retrievalevaluator.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace lookbook;
using namespace lookbook::eval;

namespace {

using lookbook::test::readFile;
using lookbook::test::writeFile;

void addCaseRows(const QString &suite)
{
    QTest::addColumn<QString>("caseDir");
    const QDir root(QStringLiteral(LOOKBOOK_TEST_DATA "/eval/") + suite);
    const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY(!cases.isEmpty());
    for (const QString &name : cases)
        QTest::newRow(qPrintable(name)) << root.filePath(name);
}

} // namespace

class TestEval final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retrievalCases_data() { addCaseRows(QStringLiteral("retrieval")); }

    void retrievalCases()
    {
        QFETCH(QString, caseDir);
        const auto queries = RetrievalRows::parseQueries(readFile(caseDir + QStringLiteral("/query_gt.json")), QStringLiteral("q"));
        const auto gallery = RetrievalRows::parseGallery(readFile(caseDir + QStringLiteral("/gallery_gt.json")), QStringLiteral("g"));
        const auto results = RetrievalRows::parseSubmission(readFile(caseDir + QStringLiteral("/results.json")), QStringLiteral("r"));
        QVERIFY2(queries.ok() && gallery.ok() && results.ok(), "the case files must parse");
        const RetrievalMetrics metrics = RetrievalEvaluator::evaluate(*queries, *gallery, *results);
        const QJsonObject expected = QJsonDocument::fromJson(readFile(caseDir + QStringLiteral("/expected.json"))).object();
        QCOMPARE(metrics.queries, expected.value(QStringLiteral("queries")).toInt());
        QCOMPARE(metrics.missed, expected.value(QStringLiteral("missed")).toInt());
        const QJsonObject acc = expected.value(QStringLiteral("acc")).toObject();
        QCOMPARE(acc.size(), 5);
        for (auto it = acc.begin(); it != acc.end(); ++it)
            QVERIFY2(qAbs(metrics.accuracy.at(it.key().toInt()) - it.value().toDouble()) < 1e-12, qPrintable(QStringLiteral("Acc@") + it.key()));
    }

    void retrievalSubmissionRoundTrip()
    {
        const std::vector<RetrievalSubmissionRow> rows = {{7, {1, 2, 30, 40}, 3, 0.75, {11, 12}, {{0, 0, 5, 5}, {1, 1, 6, 6}}}};
        const auto parsed = RetrievalRows::parseSubmission(RetrievalRows::submissionToJson(rows), QStringLiteral("x"));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->size(), size_t(1));
        QCOMPARE(parsed->front().galleryImageIds, (std::vector<int>{11, 12}));
        QCOMPARE(parsed->front().galleryBoxes[1], (Box{1, 1, 6, 6}));
        QCOMPARE(parsed->front().queryScore, 0.75);
    }

    void retrievalRejectsBadRows_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("truncated") << QByteArray("[{\"query_image_id\": 1") << QStringLiteral("r.json: not valid JSON");
        QTest::newRow("missing score")
            << QByteArray(R"([{"query_image_id": 1, "query_bbox": [0,0,1,1], "query_cls": 1, "gallery_image_id": [], "gallery_bbox": []}])")
            << QStringLiteral("r.json: [0].query_score: missing");
        QTest::newRow("swapped box")
            << QByteArray(R"([{"query_image_id": 1, "query_bbox": [5,0,1,1], "query_cls": 1, "query_score": 1, "gallery_image_id": [], "gallery_bbox": []}])")
            << QStringLiteral("r.json: [0].query_bbox: x2 < x1 or y2 < y1");
        QTest::newRow("ids and boxes differ")
            << QByteArray(R"([{"query_image_id": 1, "query_bbox": [0,0,1,1], "query_cls": 1, "query_score": 1, "gallery_image_id": [3, 4], "gallery_bbox": [[0,0,1,1]]}])")
            << QStringLiteral("r.json: [0].gallery_bbox: 1 boxes for 2 gallery image ids");
        QTest::newRow("image id not a number")
            << QByteArray(R"([{"query_image_id": "a", "query_bbox": [0,0,1,1], "query_cls": 1, "query_score": 1, "gallery_image_id": [], "gallery_bbox": []}])")
            << QStringLiteral("r.json: [0].query_image_id: expected an integer");
        // Aborts before: nlohmann's uncaught out_of_range; an image id cast from 1e300 into an int.
        QTest::newRow("number beyond double range")
            << QByteArray(R"([{"query_image_id": 1, "query_bbox": [0,0,1,1e400], "query_cls": 1, "query_score": 1, "gallery_image_id": [], "gallery_bbox": []}])")
            << QStringLiteral("r.json: not valid JSON: number overflow parsing '1e400'");
        QTest::newRow("nested 100 000 levels") << QByteArray(100000, '[') + QByteArray(100000, ']') << QStringLiteral("r.json: JSON nested more than 100 levels deep");
        QTest::newRow("image id beyond an int")
            << QByteArray(R"([{"query_image_id": 1e300, "query_bbox": [0,0,1,1], "query_cls": 1, "query_score": 1, "gallery_image_id": [], "gallery_bbox": []}])")
            << QStringLiteral("r.json: [0].query_image_id: expected an integer");
        QTest::newRow("gallery image id beyond an int")
            << QByteArray(R"([{"query_image_id": 1, "query_bbox": [0,0,1,1], "query_cls": 1, "query_score": 1, "gallery_image_id": [3, 1e300], "gallery_bbox": [[0,0,1,1], [0,0,1,1]]}])")
            << QStringLiteral("r.json: [0].gallery_image_id: entry 1 is not an image id");
    }

    void retrievalRejectsBadRows()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const auto parsed = RetrievalRows::parseSubmission(json, QStringLiteral("r.json"));
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().message.startsWith(expected), qPrintable(parsed.error().message));
    }

    void cocoCases_data() { addCaseRows(QStringLiteral("coco")); }

    void cocoCases()
    {
        QFETCH(QString, caseDir);
        const auto gt = dataset::CocoDataset::parseGroundTruth(readFile(caseDir + QStringLiteral("/gt.json")), QStringLiteral("gt"));
        const auto dets = dataset::CocoDataset::parseDetections(readFile(caseDir + QStringLiteral("/dets.json")), QStringLiteral("dets"));
        QVERIFY2(gt.ok() && dets.ok(), "the case files must parse");
        const Result<CocoMetrics> metrics = CocoEvaluator::evaluate(*gt, *dets);
        QVERIFY(metrics.ok());
        const QJsonObject expected = QJsonDocument::fromJson(readFile(caseDir + QStringLiteral("/expected.json"))).object();
        for (int stat = 0; stat < 12; ++stat) {
            const double want = expected.value(QLatin1String(CocoMetrics::statName(stat))).toDouble(-2);
            QVERIFY2(qAbs(metrics->stats[size_t(stat)] - want) < 1e-12,
                     qPrintable(QStringLiteral("%1: got %2, expected %3").arg(QLatin1String(CocoMetrics::statName(stat))).arg(metrics->stats[size_t(stat)]).arg(want)));
        }
        const QJsonObject perCategory = expected.value(QStringLiteral("per_category_AP")).toObject();
        QCOMPARE(int(metrics->perCategoryAp.size()), int(perCategory.size()));
        for (auto it = perCategory.begin(); it != perCategory.end(); ++it)
            QVERIFY(qAbs(metrics->perCategoryAp.at(it.key().toInt()) - it.value().toDouble()) < 1e-12);
    }

    void cocoRejectsUnknownImages()
    {
        const auto gt = dataset::CocoDataset::parseGroundTruth(
            R"({"images": [{"id": 1}], "categories": [{"id": 1}], "annotations": []})", QStringLiteral("gt.json"));
        QVERIFY(gt.ok());
        const auto result = CocoEvaluator::evaluate(*gt, {{5, 1, 0, 0, 1, 1, 0.5}});
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(QStringLiteral("image_id 5 is not in the ground truth")), qPrintable(result.error().message));
    }

    void cocoRejectsBadFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("isGroundTruth");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no annotations") << QByteArray(R"({"images": [], "categories": []})") << true << QStringLiteral("x.json: annotations: missing");
        QTest::newRow("bbox of three")
            << QByteArray(R"({"images": [], "categories": [], "annotations": [{"id": 1, "image_id": 1, "category_id": 1, "bbox": [0, 0, 1], "area": 1}]})")
            << true << QStringLiteral("x.json: annotations[0].bbox: expected [x, y, width, height]");
        QTest::newRow("no area")
            << QByteArray(R"({"images": [], "categories": [], "annotations": [{"id": 1, "image_id": 1, "category_id": 1, "bbox": [0, 0, 1, 1]}]})")
            << true << QStringLiteral("x.json: annotations[0].area: missing");
        QTest::newRow("results not a list") << QByteArray(R"({"image_id": 1})") << false << QStringLiteral("x.json: $: expected an array");
        QTest::newRow("negative width") << QByteArray(R"([{"image_id": 1, "category_id": 1, "bbox": [0, 0, -1, 1], "score": 1}])") << false
                                        << QStringLiteral("x.json: [0].bbox: negative width or height");
        QTest::newRow("score missing") << QByteArray(R"([{"image_id": 1, "category_id": 1, "bbox": [0, 0, 1, 1]}])") << false
                                       << QStringLiteral("x.json: [0].score: missing");
        QTest::newRow("number beyond double range")
            << QByteArray(R"({"images": [{"id": 1, "width": 1e400}], "categories": [], "annotations": []})") << true
            << QStringLiteral("x.json: not valid JSON: number overflow parsing '1e400'");
        QTest::newRow("nested 100 000 levels") << QByteArray(100000, '[') + QByteArray(100000, ']') << false
                                               << QStringLiteral("x.json: JSON nested more than 100 levels deep");
        QTest::newRow("id beyond an int")
            << QByteArray(R"({"images": [], "categories": [{"id": 1e300}], "annotations": []})") << true
            << QStringLiteral("x.json: categories[0].id: expected an integer id");
    }

    void cocoRejectsBadFiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, isGroundTruth);
        QFETCH(QString, expected);
        const QString message = isGroundTruth ? dataset::CocoDataset::parseGroundTruth(json, QStringLiteral("x.json")).error().message
                                              : dataset::CocoDataset::parseDetections(json, QStringLiteral("x.json")).error().message;
        QVERIFY2(message.startsWith(expected), qPrintable(message));
    }

    // A predictions file of 10 million boxes would be read into memory without bound.
    void cocoRefusesMoreBoxesThanTheLimit()
    {
        QByteArray json = "[";
        json.reserve(2 * 5'000'001 + 2);
        for (int i = 0; i < 5'000'000; ++i)
            json += "0,";
        json += "0]";
        QCOMPARE(dataset::CocoDataset::parseDetections(json, QStringLiteral("x.json")).error().message,
                 QStringLiteral("x.json: $: 5000001 entries, more than the limit of 5000000 boxes per file"));
    }
};

QTEST_GUILESS_MAIN(TestEval)
#include "tst_eval.moc"
