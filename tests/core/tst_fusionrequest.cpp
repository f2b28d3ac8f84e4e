#include "fusion/fusionrequest.h"

#include <QTest>

using namespace lookbook;
using namespace lookbook::fusion;

class TestFusionRequest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesPixelRequest()
    {
        const QByteArray json = R"({"image_size": [640, 480], "models": [
            {"name": "atss", "weight": 2.0, "detections": [{"box": [64, 48, 320, 240], "score": 0.9, "label": 3}]},
            {"name": "centernet", "detections": []}]})";
        const Result<FusionRequest> request = FusionRequest::fromJson(json, QStringLiteral("req.json"));
        QVERIFY2(request.ok(), request.ok() ? "" : qPrintable(request.error().message));
        QCOMPARE(request->models().size(), size_t(2));
        QCOMPARE(request->models()[0].name, QStringLiteral("atss"));
        QCOMPARE(request->imageSize(), std::optional<QSizeF>(QSizeF(640, 480)));
        const auto normalised = request->normalisedBoxes();
        QCOMPARE(normalised[0][0].box, (Box{0.1, 0.1, 0.5, 0.5}));
        QCOMPARE(normalised[0][0].label, 3);
        QCOMPARE(request->weights(), (std::vector<double>{2.0, 1.0}));  // unset weight defaults to 1
        const auto back = request->toInputSpace(normalised[0]);
        QCOMPARE(back[0].box, (Box{64, 48, 320, 240}));
    }

    void noWeightsMeansNone()
    {
        const Result<FusionRequest> request = FusionRequest::fromJson(R"({"models": [{"detections": []}]})", QStringLiteral("x"));
        QVERIFY(request.ok());
        QVERIFY(request->weights().empty());
        QVERIFY(!request->imageSize());
    }

    void rejectsBadDocuments_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{\"models\": [") << QStringLiteral("in.json: not valid JSON: parse error at line 1");
        QTest::newRow("root array") << QByteArray("[]") << QStringLiteral("in.json: $: expected an object");
        QTest::newRow("no models") << QByteArray("{}") << QStringLiteral("in.json: models: missing");
        QTest::newRow("models not array") << QByteArray(R"({"models": 3})") << QStringLiteral("in.json: models: expected an array");
        QTest::newRow("three-number box")
            << QByteArray(R"({"models": [{"detections": []}, {"detections": [
                 {"box": [0,0,1,1], "score": 1, "label": 1}, {"box": [0,0,1,1], "score": 1, "label": 1},
                 {"box": [0,0,1,1], "score": 1, "label": 1}, {"box": [0,0,1,1], "score": 1, "label": 1},
                 {"box": [0, 0, 1], "score": 1, "label": 1}]}]})")
            << QStringLiteral("in.json: models[1].detections[4].box: expected an array of 4 numbers");
        QTest::newRow("string coordinate")
            << QByteArray(R"({"models": [{"detections": [{"box": [0, "a", 1, 1], "score": 1, "label": 1}]}]})")
            << QStringLiteral("in.json: models[0].detections[0].box[1]: expected a number, got string");
        QTest::newRow("negative weight") << QByteArray(R"({"models": [{"weight": -1, "detections": []}]})")
                                         << QStringLiteral("in.json: models[0].weight: must not be negative");
        QTest::newRow("missing detections") << QByteArray(R"({"models": [{"name": "a"}]})")
                                            << QStringLiteral("in.json: models[0].detections: missing");
        QTest::newRow("fractional label")
            << QByteArray(R"({"models": [{"detections": [{"box": [0, 0, 1, 1], "score": 1, "label": 1.5}]}]})")
            << QStringLiteral("in.json: models[0].detections[0].label: expected an integer class id");
        QTest::newRow("missing score") << QByteArray(R"({"models": [{"detections": [{"box": [0, 0, 1, 1], "label": 1}]}]})")
                                       << QStringLiteral("in.json: models[0].detections[0].score: missing");
        QTest::newRow("zero image width") << QByteArray(R"({"image_size": [0, 10], "models": []})")
                                          << QStringLiteral("in.json: image_size[0]: must be positive");
        QTest::newRow("image size of three") << QByteArray(R"({"image_size": [1, 2, 3], "models": []})")
                                             << QStringLiteral("in.json: image_size: expected [width, height]");
        // Crashes before: nlohmann's out_of_range escaped, and the message dumped the value recursively.
        QTest::newRow("number beyond double range")
            << QByteArray(R"({"models": [{"detections": [{"box": [0, 0, 1, 1e400], "score": 1, "label": 1}]}]})")
            << QStringLiteral("in.json: not valid JSON: number overflow parsing '1e400'");
        QTest::newRow("nested 100 000 levels") << QByteArray(R"({"models": [)") + QByteArray(100000, '[') + QByteArray(100000, ']') + "]}"
                                               << QStringLiteral("in.json: JSON nested more than 100 levels deep");
    }

    // The depth scan counts brackets outside strings only, and the limit is inclusive.
    void depthLimitCountsStructureNotStrings()
    {
        // Built without raw strings, which moc misreads here. The name starts with an escaped quote.
        const QByteArray inString = QByteArray("{\"models\": [{\"name\": \"\\\"") + QByteArray(1000, '[') + "\", \"detections\": []}]}";
        const Result<FusionRequest> named = FusionRequest::fromJson(inString, QStringLiteral("in.json"));
        QVERIFY2(named.ok(), named.ok() ? "" : qPrintable(named.error().message));
        QCOMPARE(named->models().at(0).name, QStringLiteral("\"") + QString(1000, QLatin1Char('[')));
        // 100 levels: the document, "models", the model and 97 arrays.
        const QByteArray atLimit = R"({"models": [{"detections": [], "extra": )" + QByteArray(97, '[') + QByteArray(97, ']') + "}]}";
        QVERIFY(FusionRequest::fromJson(atLimit, QStringLiteral("in.json")).ok());
        const QByteArray overLimit = R"({"models": [{"detections": [], "extra": )" + QByteArray(98, '[') + QByteArray(98, ']') + "}]}";
        QCOMPARE(FusionRequest::fromJson(overLimit, QStringLiteral("in.json")).error().message,
                 QStringLiteral("in.json: JSON nested more than 100 levels deep (at byte 137): not a file Lookbook reads"));
    }

    // 10 million boxes would be read into memory without bound: the count is checked first.
    void refusesMoreBoxesThanTheLimit()
    {
        QByteArray json = R"({"models": [{"detections": [)";
        json.reserve(json.size() + 2 * 5'000'001 + 8);
        for (int i = 0; i < 5'000'000; ++i)
            json += "0,";
        json += "0]}]}";
        const Result<FusionRequest> request = FusionRequest::fromJson(json, QStringLiteral("in.json"));
        QVERIFY(!request.ok());
        QCOMPARE(request.error().message, QStringLiteral("in.json: models: 5000001 detections in all, more than the limit of 5000000 per file"));
    }

    void rejectsBadDocuments()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const Result<FusionRequest> request = FusionRequest::fromJson(json, QStringLiteral("in.json"));
        QVERIFY(!request.ok());
        QVERIFY2(request.error().message.startsWith(expected), qPrintable(request.error().message));
    }

    void writesDetections()
    {
        const QByteArray json = FusionRequest::detectionsToJson({{{0.25, 0.5, 0.75, 1.0}, 0.5, 4}});
        QCOMPARE(json, QByteArray(R"({"detections":[{"box":[0.25,0.5,0.75,1.0],"label":4,"score":0.5}]})"));
    }
};

QTEST_GUILESS_MAIN(TestFusionRequest)
#include "tst_fusionrequest.moc"
