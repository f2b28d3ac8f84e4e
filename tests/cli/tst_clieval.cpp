// `lookbook-cli eval` and `lookbook-cli dataset` as a user runs them: real files, JSON out, exit codes.
#include "../testfiles.h"
#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kData = QStringLiteral(LOOKBOOK_TEST_DATA "/eval");

using lookbook::test::runCli;
using Run = lookbook::test::CliRun;

} // namespace

class TestCliEval final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void retrieval()
    {
        const QString dir = kData + QStringLiteral("/retrieval/protocol_corners/");
        const Run run = runCli({QStringLiteral("eval"), QStringLiteral("retrieval"), QStringLiteral("--query-gt"), dir + QStringLiteral("query_gt.json"),
                                QStringLiteral("--gallery-gt"), dir + QStringLiteral("gallery_gt.json"), QStringLiteral("--results"),
                                dir + QStringLiteral("results.json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        // Keys in the order the issue shows them.
        QVERIFY(run.out.startsWith(R"({"acc":{"1":0.3333333333333333,"5":0.5,"10":0.6666666666666666,"15":)"));
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(report.value(QStringLiteral("queries")).toInt(), 6);
        QCOMPARE(report.value(QStringLiteral("missed")).toInt(), 2);
    }

    void detection()
    {
        const QString dir = kData + QStringLiteral("/coco/areas_crowd_empty/");
        const Run run = runCli({QStringLiteral("eval"), QStringLiteral("detection"), QStringLiteral("--gt"), dir + QStringLiteral("gt.json"),
                                QStringLiteral("--dets"), dir + QStringLiteral("dets.json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        QVERIFY(qAbs(report.value(QStringLiteral("AP")).toDouble() - 373.0 / 1010.0) < 1e-12);
        QCOMPARE(report.value(QStringLiteral("APl")).toDouble(), -1.0);
        QCOMPARE(report.value(QStringLiteral("per_category_AP")).toObject().size(), 3);
        QVERIFY(run.out.startsWith(R"({"AP":)"));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        const QString coco = kData + QStringLiteral("/coco/areas_crowd_empty/");
        QTest::newRow("unknown kind") << QStringList{QStringLiteral("eval"), QStringLiteral("segmentation")} << QStringLiteral("expected 'retrieval' or 'detection'");
        QTest::newRow("missing option") << QStringList{QStringLiteral("eval"), QStringLiteral("detection"), QStringLiteral("--gt"), coco + QStringLiteral("gt.json")}
                                        << QStringLiteral("--dets is required");
        QTest::newRow("missing file") << QStringList{QStringLiteral("eval"), QStringLiteral("detection"), QStringLiteral("--gt"), QStringLiteral("/no/gt.json"),
                                                     QStringLiteral("--dets"), coco + QStringLiteral("dets.json")}
                                      << QStringLiteral("/no/gt.json: no such file");
        QTest::newRow("results as ground truth")
            << QStringList{QStringLiteral("eval"), QStringLiteral("detection"), QStringLiteral("--gt"), coco + QStringLiteral("dets.json"),
                           QStringLiteral("--dets"), coco + QStringLiteral("dets.json")}
            << QStringLiteral("dets.json: $: expected an object with images, annotations and categories");
        // 100 000 threads ran for minutes before.
        QTest::newRow("100000 threads") << QStringList{QStringLiteral("validate"), coco, QStringLiteral("--threads"), QStringLiteral("100000")}
                                        << QStringLiteral("--threads: expected a number from 1 to ");
    }

    // Each aborted the process before (nlohmann's uncaught out_of_range; a stack overflow).
    void hostileJsonIsRefusedPlainly()
    {
        QTemporaryDir dir;
        const QString coco = kData + QStringLiteral("/coco/areas_crowd_empty/");
        const QString huge = dir.filePath(QStringLiteral("huge.json"));
        const QString deep = dir.filePath(QStringLiteral("deep.json"));
        lookbook::test::writeFile(huge, R"({"images": [{"id": 1, "height": 1e400}], "annotations": [], "categories": []})");
        lookbook::test::writeFile(deep, QByteArray(100000, '[') + QByteArray(100000, ']'));
        const Run hugeRun = runCli({QStringLiteral("eval"), QStringLiteral("detection"), QStringLiteral("--gt"), huge, QStringLiteral("--dets"),
                                    coco + QStringLiteral("dets.json")});
        QCOMPARE(hugeRun.exitCode, 2);
        QVERIFY2(hugeRun.err.contains(huge.toUtf8() + ": not valid JSON: number overflow parsing '1e400'"), hugeRun.err.constData());
        const Run deepRun = runCli({QStringLiteral("eval"), QStringLiteral("detection"), QStringLiteral("--gt"), coco + QStringLiteral("gt.json"),
                                    QStringLiteral("--dets"), deep});
        QCOMPARE(deepRun.exitCode, 2);
        QVERIFY2(deepRun.err.contains(deep.toUtf8() + ": JSON nested more than 100 levels deep"), deepRun.err.constData());
    }

    void badInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const Run run = runCli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(QString::fromUtf8(run.err).contains(expected), run.err.constData());
    }

    void datasetConversionsReportEveryBadFile()
    {
        // A split with one good user image, a shop image whose picture is missing and a broken annotation.
        QTemporaryDir dir;
        const QString split = dir.filePath(QStringLiteral("validation"));
        QDir().mkpath(split + QStringLiteral("/image"));
        QDir().mkpath(split + QStringLiteral("/annos"));
        for (const QString &stem : {QStringLiteral("000001"), QStringLiteral("000002")})
            QFile::copy(QStringLiteral(LOOKBOOK_TEST_DATA "/deepfashion2/split/annos/") + stem + QStringLiteral(".json"),
                        split + QStringLiteral("/annos/") + stem + QStringLiteral(".json"));
        QFile broken(split + QStringLiteral("/annos/000003.json"));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"source\": ");
        broken.close();
        QImage(64, 48, QImage::Format_RGB32).save(split + QStringLiteral("/image/000001.jpg"));

        const QString coco = dir.filePath(QStringLiteral("coco.json"));
        const Run toCoco = runCli({QStringLiteral("dataset"), QStringLiteral("to-coco"), split, QStringLiteral("--out"), coco});
        QCOMPARE(toCoco.exitCode, 1);
        QVERIFY2(toCoco.err.contains("annos/000003.json: not valid JSON"), toCoco.err.constData());
        QVERIFY2(toCoco.err.contains("image/000002.jpg: cannot read the image size"), toCoco.err.constData());
        QVERIFY(toCoco.err.contains("2 file(s) left out"));
        QFile cocoFile(coco);
        QVERIFY(cocoFile.open(QIODevice::ReadOnly));
        const QJsonObject document = QJsonDocument::fromJson(cocoFile.readAll()).object();
        QCOMPARE(document.value(QStringLiteral("images")).toArray().size(), 1);
        QCOMPARE(document.value(QStringLiteral("annotations")).toArray().size(), 2);

        const QString queries = dir.filePath(QStringLiteral("q.json")), gallery = dir.filePath(QStringLiteral("g.json"));
        const Run gt = runCli({QStringLiteral("dataset"), QStringLiteral("retrieval-gt"), split, QStringLiteral("--query-out"), queries,
                               QStringLiteral("--gallery-out"), gallery});
        QCOMPARE(gt.exitCode, 1);  // the broken annotation is still reported
        QFile queryFile(queries);
        QVERIFY(queryFile.open(QIODevice::ReadOnly));
        const QByteArray rows = queryFile.readAll();
        QVERIFY2(rows.startsWith(R"([{"query_image_id":1,"style":1,"cls":8,"pair_id":7,"bbox":[120.0,60.0,180.0,200.0]})"), rows.constData());
        QCOMPARE(runCli({QStringLiteral("dataset"), QStringLiteral("to-coco"), split}).exitCode, 2);  // no --out
    }

    void detectionsOnUnknownImages()
    {
        QTemporaryDir dir;
        QFile dets(dir.filePath(QStringLiteral("dets.json")));
        QVERIFY(dets.open(QIODevice::WriteOnly));
        dets.write(R"([{"image_id": 42, "category_id": 1, "bbox": [0, 0, 1, 1], "score": 0.5}])");
        dets.close();
        const Run run = runCli({QStringLiteral("eval"), QStringLiteral("detection"), QStringLiteral("--gt"),
                                kData + QStringLiteral("/coco/score_ties/gt.json"), QStringLiteral("--dets"), dets.fileName()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("image_id 42 is not in the ground truth"), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliEval)
#include "tst_clieval.moc"
