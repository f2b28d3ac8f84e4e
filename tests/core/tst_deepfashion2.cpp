#include "../testfiles.h"
#include "dataset/categories.h"
#include "dataset/deepfashion2io.h"
#include "dataset/deepfashion2tococo.h"
#include "eval/retrievalrows.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace lookbook;
using namespace lookbook::dataset;

namespace {

using lookbook::test::readFile;
using lookbook::test::writeFile;

const QString kSplit = QStringLiteral(LOOKBOOK_TEST_DATA "/deepfashion2/split");

// A copy of the sample split with real JPEGs of known sizes, in a temporary folder.
QString makeSplit(const QTemporaryDir &dir)
{
    const QString root = dir.filePath(QStringLiteral("validation"));
    QDir().mkpath(root + QStringLiteral("/annos"));
    QDir().mkpath(root + QStringLiteral("/image"));
    for (const QString &stem : {QStringLiteral("000001"), QStringLiteral("000002")})
        QFile::copy(kSplit + QStringLiteral("/annos/") + stem + QStringLiteral(".json"), root + QStringLiteral("/annos/") + stem + QStringLiteral(".json"));
    QImage(320, 240, QImage::Format_RGB32).save(root + QStringLiteral("/image/000001.jpg"));
    QImage(100, 160, QImage::Format_RGB32).save(root + QStringLiteral("/image/000002.jpg"));
    return root;
}

} // namespace

class TestDeepFashion2 final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEveryField()
    {
        const auto annotation = DeepFashion2Io::readAnnotation(kSplit + QStringLiteral("/annos/000001.json"));
        QVERIFY2(annotation.ok(), annotation.ok() ? "" : qPrintable(annotation.error().message));
        QCOMPARE(annotation->imageId, 1);
        QCOMPARE(annotation->source, ImageSource::User);
        QCOMPARE(annotation->pairId, 7);
        QCOMPARE(annotation->items.size(), size_t(2));
        const GarmentItem &trousers = annotation->items[0];  // item2 comes first in the file
        QCOMPARE(trousers.itemNumber, 2);
        QCOMPARE(trousers.categoryId, 8);
        QCOMPARE(trousers.categoryName, QStringLiteral("trousers"));
        QCOMPARE(trousers.style, 1);
        QCOMPARE(trousers.box, (Box{120, 60, 180, 200}));
        QCOMPARE(trousers.landmarks.size(), size_t(14));
        QCOMPARE(trousers.landmarks[1].visibility, 1);
        QCOMPARE(trousers.scale, 2);
        QCOMPARE(trousers.viewpoint, 2);
        QCOMPARE(trousers.zoomIn, 1);
        QCOMPARE(trousers.occlusion, 1);
        const GarmentItem &top = annotation->items[1];
        QCOMPARE(top.segmentation.size(), size_t(2));
        QCOMPARE(top.segmentation[0][0], 20.5);
        QCOMPARE(top.occlusion, 2);
        QCOMPARE(top.zoomIn, 2);
    }

    void roundTripIsLossless()
    {
        for (const QString &name : {QStringLiteral("000001.json"), QStringLiteral("000002.json")}) {
            const QByteArray original = readFile(kSplit + QStringLiteral("/annos/") + name);
            const auto parsed = DeepFashion2Io::parseAnnotation(original, 1, name);
            QVERIFY(parsed.ok());
            const QByteArray written = DeepFashion2Io::toJson(*parsed);
            // Same content (unknown fields included), and the same again after a second pass.
            QCOMPARE(QJsonDocument::fromJson(written).object(), QJsonDocument::fromJson(original).object());
            QCOMPARE(DeepFashion2Io::toJson(DeepFashion2Io::parseAnnotation(written, 1, name).value()), written);
            // Integers stay integers in the text; fractions stay fractions.
            QVERIFY(!QRegularExpression(QStringLiteral("[0-9]\\.0[,\\]}]")).match(QString::fromUtf8(written)).hasMatch());
            QCOMPARE(written.contains("20.5"), original.contains("20.5"));
        }
    }

    void reportsBadFilesByFileAndField_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        const QByteArray item = R"("bounding_box": [1, 2, 30, 40], "style": 1, "category_name": "vest")";
        QTest::newRow("malformed") << QStringLiteral("000003.json") << QByteArray("{\"source\": user}") << QStringLiteral("000003.json: not valid JSON");
        QTest::newRow("truncated") << QStringLiteral("000003.json") << QByteArray("{\"source\": \"user\", \"pair_id\": 1, \"item1\": {")
                                   << QStringLiteral("000003.json: not valid JSON");
        QTest::newRow("missing category")
            << QStringLiteral("000003.json") << (QByteArray(R"({"source": "user", "pair_id": 1, "item1": {)") + item + "}}")
            << QStringLiteral("000003.json: item1.category_id: missing");
        QTest::newRow("swapped box")
            << QStringLiteral("000003.json")
            << QByteArray(R"({"source": "user", "pair_id": 1, "item1": {"bounding_box": [30, 2, 1, 40], "style": 1, "category_id": 5}})")
            << QStringLiteral("000003.json: item1.bounding_box: x2 < x1 or y2 < y1");
        QTest::newRow("category out of range")
            << QStringLiteral("000003.json")
            << QByteArray(R"({"source": "user", "pair_id": 1, "item1": {"bounding_box": [1, 2, 30, 40], "style": 1, "category_id": 14}})")
            << QStringLiteral("000003.json: item1.category_id: expected 1–13");
        QTest::newRow("bad source") << QStringLiteral("000003.json") << QByteArray(R"({"source": "street", "pair_id": 1})")
                                    << QStringLiteral("000003.json: source: expected \"user\" or \"shop\"");
        QTest::newRow("no pair id") << QStringLiteral("000003.json") << QByteArray(R"({"source": "shop"})")
                                    << QStringLiteral("000003.json: pair_id: missing");
        QTest::newRow("id not parseable") << QStringLiteral("photo-3.json") << QByteArray(R"({"source": "shop", "pair_id": 1})")
                                          << QStringLiteral("photo-3.json: the file name is not an image id");
        // Both aborted the import: nlohmann's uncaught out_of_range, and a stack overflow copying the
        // unknown key's value into the item's extras.
        QTest::newRow("number beyond double range")
            << QStringLiteral("000003.json")
            << QByteArray(R"({"source": "user", "pair_id": 1, "item1": {"bounding_box": [1, 2, 30, 1e400], "style": 1, "category_id": 5}})")
            << QStringLiteral("000003.json: not valid JSON: number overflow parsing '1e400'");
        QTest::newRow("nested 100 000 levels")
            << QStringLiteral("000003.json")
            << QByteArray(R"({"source": "user", "pair_id": 1, "item1": {"bounding_box": [1, 2, 30, 40], "style": 1, "category_id": 5, "note": )")
                   + QByteArray(100000, '[') + QByteArray(100000, ']') + "}}"
            << QStringLiteral("000003.json: JSON nested more than 100 levels deep");
        QTest::newRow("pair id beyond an int") << QStringLiteral("000003.json") << QByteArray(R"({"source": "shop", "pair_id": 1e300})")
                                               << QStringLiteral("000003.json: pair_id: expected an integer, got 1e+300");
        QTest::newRow("empty file") << QStringLiteral("000003.json") << QByteArray() << QStringLiteral("000003.json: empty file (0 bytes)");
        // Fuzzing: the visibility was cast to an int whatever its value (undefined beyond an int).
        QTest::newRow("landmark visibility beyond an int")
            << QStringLiteral("000003.json")
            << QByteArray(R"({"source": "user", "pair_id": 1, "item1": {"bounding_box": [1, 2, 30, 40], "style": 1, "category_id": 5, "landmarks": [3, 4, 2, 5, 6, 4.8e9]}})")
            << QStringLiteral("000003.json: item1.landmarks: landmark 2's visibility must be an integer, got 4.8e+09");
    }

    void reportsBadFilesByFileAndField()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(fileName);
        writeFile(path, content);
        const auto annotation = DeepFashion2Io::readAnnotation(path);
        QVERIFY(!annotation.ok());
        QVERIFY2(annotation.error().message.startsWith(dir.path() + QLatin1Char('/') + expected), qPrintable(annotation.error().message));
    }

    void readSplitReportsAllBadFilesAndReadsTheRest()
    {
        QTemporaryDir dir;
        const QString root = makeSplit(dir);
        writeFile(root + QStringLiteral("/annos/000003.json"), "{");
        writeFile(root + QStringLiteral("/annos/000004.json"), R"({"source": "shop"})");
        const auto split = DeepFashion2Io::readSplit(root);
        QVERIFY(split.ok());
        QCOMPARE(split->annotations.size(), size_t(2));
        QCOMPARE(split->errors.size(), 2);
        QVERIFY(split->errors[0].contains(QStringLiteral("000003.json")));
        QVERIFY(split->errors[1].contains(QStringLiteral("000004.json: pair_id: missing")));
        QVERIFY(!DeepFashion2Io::readSplit(dir.filePath(QStringLiteral("nothing"))).ok());
    }

    void writeSplitThenReadGivesTheSameData()
    {
        QTemporaryDir source, target;
        const auto split = DeepFashion2Io::readSplit(makeSplit(source));
        QVERIFY(split.ok());
        QVERIFY(DeepFashion2Io::writeSplit(target.path(), split->annotations).ok());
        const auto reread = DeepFashion2Io::readSplit(target.path());
        QVERIFY(reread.ok());
        QCOMPARE(reread->annotations.size(), split->annotations.size());
        for (size_t i = 0; i < split->annotations.size(); ++i)
            QCOMPARE(DeepFashion2Io::toJson(reread->annotations[i]), DeepFashion2Io::toJson(split->annotations[i]));
    }

    void convertsToCocoLikeTheOfficialScript()
    {
        QTemporaryDir dir;
        const QString root = makeSplit(dir);
        const auto split = DeepFashion2Io::readSplit(root);
        QVERIFY(split.ok());
        const CocoConversion conversion = DeepFashion2ToCoco::convert(*split);
        QVERIFY(conversion.errors.isEmpty());
        const QJsonObject coco = QJsonDocument::fromJson(conversion.json).object();

        const QJsonArray images = coco.value(QStringLiteral("images")).toArray();
        QCOMPARE(images.size(), 2);
        QCOMPARE(images[0].toObject().value(QStringLiteral("file_name")).toString(), QStringLiteral("000001.jpg"));
        QCOMPARE(images[0].toObject().value(QStringLiteral("width")).toInt(), 320);
        QCOMPARE(images[1].toObject().value(QStringLiteral("height")).toInt(), 160);

        const QJsonArray annotations = coco.value(QStringLiteral("annotations")).toArray();
        QCOMPARE(annotations.size(), 3);
        // Ids follow the file's item order: item2 (trousers) of image 1 is annotation 1.
        const QJsonObject trousers = annotations[0].toObject();
        QCOMPARE(trousers.value(QStringLiteral("id")).toInt(), 1);
        QCOMPARE(trousers.value(QStringLiteral("category_id")).toInt(), 8);
        QCOMPARE(trousers.value(QStringLiteral("bbox")).toArray(), (QJsonArray{120, 60, 60, 140}));
        QCOMPARE(trousers.value(QStringLiteral("area")).toDouble(), 60.0 * 140.0);
        QCOMPARE(trousers.value(QStringLiteral("iscrowd")).toInt(), 0);
        QCOMPARE(trousers.value(QStringLiteral("pair_id")).toInt(), 7);
        QCOMPARE(trousers.value(QStringLiteral("style")).toInt(), 1);
        QCOMPARE(trousers.value(QStringLiteral("num_keypoints")).toInt(), 13);  // 14 landmarks, one with v = 0
        const QJsonArray keypoints = trousers.value(QStringLiteral("keypoints")).toArray();
        QCOMPARE(keypoints.size(), 294 * 3);
        // Trousers (8) start after 25+33+31+39+15+15+10 = 168 slots.
        QCOMPARE(cocoKeypointOffset(8), 168);
        QCOMPARE(keypoints[168 * 3].toDouble(), 130.0);
        QCOMPARE(keypoints[168 * 3 + 2].toInt(), 2);
        QCOMPARE(keypoints[167 * 3].toDouble(), 0.0);
        const QJsonObject top = annotations[1].toObject();
        QCOMPARE(top.value(QStringLiteral("id")).toInt(), 2);
        QCOMPARE(top.value(QStringLiteral("keypoints")).toArray()[25 * 3].toDouble(), 21.0);  // long sleeve top at 25
        QCOMPARE(top.value(QStringLiteral("segmentation")).toArray().size(), 2);
        QCOMPARE(top.value(QStringLiteral("bbox")).toArray()[0].toDouble(), 20.5);

        const QJsonArray categories = coco.value(QStringLiteral("categories")).toArray();
        QCOMPARE(categories.size(), 13);
        QCOMPARE(categories[9].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("short_sleeved_dress"));
        QCOMPARE(categories[0].toObject().value(QStringLiteral("supercategory")).toString(), QStringLiteral("clothes"));
        QCOMPARE(categories[0].toObject().value(QStringLiteral("keypoints")).toArray().size(), 294);
    }

    void cocoConversionNamesUnreadableImages()
    {
        QTemporaryDir dir;
        const QString root = makeSplit(dir);
        QFile::remove(root + QStringLiteral("/image/000002.jpg"));
        const CocoConversion conversion = DeepFashion2ToCoco::convert(DeepFashion2Io::readSplit(root).value());
        QCOMPARE(conversion.errors.size(), 1);
        QVERIFY(conversion.errors[0].contains(QStringLiteral("image/000002.jpg")));
        QCOMPARE(QJsonDocument::fromJson(conversion.json).object().value(QStringLiteral("images")).toArray().size(), 1);
    }

    void buildsRetrievalGroundTruthFromASplit()
    {
        QTemporaryDir dir;
        const auto split = DeepFashion2Io::readSplit(makeSplit(dir));
        const auto queries = eval::RetrievalRows::queriesFromSplit(*split);
        const auto gallery = eval::RetrievalRows::galleryFromSplit(*split);
        QCOMPARE(queries.size(), size_t(2));  // both user items, the style-0 one too
        QCOMPARE(queries[0].cls, 8);
        QCOMPARE(queries[1].style, 0);
        QCOMPARE(gallery.size(), size_t(1));
        QCOMPARE(gallery[0].galleryImageId, 2);
        QCOMPARE(gallery[0].pairId, 7);
        const auto reparsed = eval::RetrievalRows::parseQueries(eval::RetrievalRows::queriesToJson(queries), QStringLiteral("q"));
        QVERIFY(reparsed.ok());
        QCOMPARE(reparsed->at(0).bbox, queries[0].bbox);
    }
};

QTEST_GUILESS_MAIN(TestDeepFashion2)
#include "tst_deepfashion2.moc"
