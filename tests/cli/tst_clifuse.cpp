// `lookbook-cli fuse` and `doctor` as a user runs them: a real process, real files, exit codes.
#include "../testfiles.h"
#include "clirunner.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

namespace {

using lookbook::test::readFile;
using lookbook::test::writeFile;

using lookbook::test::runCli;
using Run = lookbook::test::CliRun;

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    return writeFile(dir.filePath(name), content);
}

// Empty when the two {"detections": [...]} documents agree within `tolerance`.
QString compareDetections(const QByteArray &actualJson, const QByteArray &expectedJson, double tolerance)
{
    const QJsonArray actual = QJsonDocument::fromJson(actualJson).object().value(QStringLiteral("detections")).toArray();
    const QJsonArray expected = QJsonDocument::fromJson(expectedJson).object().value(QStringLiteral("detections")).toArray();
    if (actual.size() != expected.size())
        return QStringLiteral("got %1 detections, expected %2: %3").arg(actual.size()).arg(expected.size()).arg(QString::fromUtf8(actualJson));
    for (qsizetype i = 0; i < actual.size(); ++i) {
        const QJsonObject a = actual[i].toObject();
        const QJsonObject e = expected[i].toObject();
        bool same = a.value(QStringLiteral("label")).toInt() == e.value(QStringLiteral("label")).toInt()
            && std::abs(a.value(QStringLiteral("score")).toDouble() - e.value(QStringLiteral("score")).toDouble()) <= tolerance;
        for (qsizetype k = 0; k < 4; ++k) {
            same = same
                && std::abs(a.value(QStringLiteral("box"))[k].toDouble() - e.value(QStringLiteral("box"))[k].toDouble()) <= tolerance;
        }
        if (!same)
            return QStringLiteral("detection %1 differs: %2").arg(i).arg(QString::fromUtf8(actualJson));
    }
    return {};
}

} // namespace

class TestCliFuse final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goldenCases_data()
    {
        QTest::addColumn<QString>("caseDir");
        const QDir root(QStringLiteral(LOOKBOOK_TEST_DATA "/fuse"));
        const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY(cases.size() >= 5);
        for (const QString &name : cases)
            QTest::newRow(qPrintable(name)) << root.filePath(name);
    }

    void goldenCases()
    {
        QFETCH(QString, caseDir);
        QStringList arguments{QStringLiteral("fuse"), caseDir + QStringLiteral("/input.json")};
        for (const QByteArray &line : readFile(caseDir + QStringLiteral("/args")).split('\n')) {
            if (!line.trimmed().isEmpty())
                arguments << QString::fromUtf8(line.trimmed());
        }
        const Run run = runCli(arguments);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        // 1e-5 is the agreement asked of normalised coordinates; pixels scale it by the image size.
        const QJsonArray size = QJsonDocument::fromJson(readFile(caseDir + QStringLiteral("/input.json")))
                                    .object().value(QStringLiteral("image_size")).toArray();
        const double tolerance = 1e-5 * (size.isEmpty() ? 1.0 : std::max(size[0].toDouble(), size[1].toDouble()));
        const QString diff = compareDetections(run.out, readFile(caseDir + QStringLiteral("/expected.json")), tolerance);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void pixelAndNormalisedSpacesAgree_data()
    {
        QTest::addColumn<QString>("method");
        for (const char *method : {"wbf", "nms", "soft-nms", "nmw"})
            QTest::newRow(method) << QString::fromLatin1(method);
    }

    void pixelAndNormalisedSpacesAgree()
    {
        // The same detections given in pixels (with image_size) and normalised must fuse to the same
        // boxes, scaled by the image size.
        QFETCH(QString, method);
        const double width = 1333, height = 750;
        QJsonArray pixelModels, normalisedModels;
        for (int m = 0; m < 3; ++m) {
            QJsonArray pixelDets, normalisedDets;
            for (int j = 0; j < 6; ++j) {
                const double x1 = 0.05 + 0.13 * j + 0.011 * m, y1 = 0.1 + 0.07 * ((j + m) % 3);
                const double x2 = x1 + 0.2 + 0.01 * m, y2 = y1 + 0.3 - 0.02 * m;
                const double score = 0.3 + 0.1 * ((j * 7 + m * 3) % 6);
                const int label = 1 + j % 2;
                normalisedDets.append(QJsonObject{{QStringLiteral("box"), QJsonArray{x1, y1, x2, y2}}, {QStringLiteral("score"), score}, {QStringLiteral("label"), label}});
                pixelDets.append(QJsonObject{{QStringLiteral("box"), QJsonArray{x1 * width, y1 * height, x2 * width, y2 * height}},
                                             {QStringLiteral("score"), score}, {QStringLiteral("label"), label}});
            }
            const double weight = 1.0 + m;
            normalisedModels.append(QJsonObject{{QStringLiteral("weight"), weight}, {QStringLiteral("detections"), normalisedDets}});
            pixelModels.append(QJsonObject{{QStringLiteral("weight"), weight}, {QStringLiteral("detections"), pixelDets}});
        }
        QTemporaryDir dir;
        const QString normalisedPath = writeFile(dir, QStringLiteral("n.json"), QJsonDocument(QJsonObject{{QStringLiteral("models"), normalisedModels}}).toJson());
        const QByteArray pixelJson = QJsonDocument(QJsonObject{{QStringLiteral("image_size"), QJsonArray{width, height}},
                                                                {QStringLiteral("models"), pixelModels}}).toJson();
        const Run normalised = runCli({QStringLiteral("fuse"), QStringLiteral("--method"), method, normalisedPath});
        const Run pixels = runCli({QStringLiteral("fuse"), QStringLiteral("--method"), method, QStringLiteral("-")}, pixelJson);
        QCOMPARE(normalised.exitCode, 0);
        QCOMPARE(pixels.exitCode, 0);

        QJsonArray scaledBack = QJsonDocument::fromJson(pixels.out).object().value(QStringLiteral("detections")).toArray();
        QVERIFY(!scaledBack.isEmpty());
        for (qsizetype i = 0; i < scaledBack.size(); ++i) {
            QJsonObject detection = scaledBack[i].toObject();
            const QJsonArray box = detection.value(QStringLiteral("box")).toArray();
            detection[QStringLiteral("box")] = QJsonArray{box[0].toDouble() / width, box[1].toDouble() / height,
                                                           box[2].toDouble() / width, box[3].toDouble() / height};
            scaledBack[i] = detection;
        }
        const QByteArray scaledJson = QJsonDocument(QJsonObject{{QStringLiteral("detections"), scaledBack}}).toJson();
        const QString diff = compareDetections(scaledJson, normalised.out, 1e-9);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void rejectsBadInput_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("expected");
        const QByteArray valid = R"({"models": [{"detections": [{"box": [0, 0, 0.5, 0.5], "score": 0.9, "label": 1}]}]})";
        QTest::newRow("not json") << QByteArray("detections: none") << QStringList() << QStringLiteral("bad.json: not valid JSON");
        QTest::newRow("box of three")
            << QByteArray(R"({"models": [{"detections": []}, {"detections": [{"box": [0, 0, 1], "score": 1, "label": 1}]}]})")
            << QStringList() << QStringLiteral("bad.json: models[1].detections[0].box: expected an array of 4 numbers");
        QTest::newRow("negative weight") << QByteArray(R"({"models": [{"weight": -2, "detections": []}]})") << QStringList()
                                         << QStringLiteral("bad.json: models[0].weight: must not be negative");
        QTest::newRow("unknown method") << valid << QStringList{QStringLiteral("--method"), QStringLiteral("wbf2")}
                                        << QStringLiteral("--method: unknown value 'wbf2'");
        QTest::newRow("unknown conf type") << valid << QStringList{QStringLiteral("--conf-type"), QStringLiteral("mean")}
                                           << QStringLiteral("--conf-type: unknown value 'mean'");
        QTest::newRow("unknown soft method") << valid << QStringList{QStringLiteral("--soft-method"), QStringLiteral("cubic")}
                                             << QStringLiteral("--soft-method: unknown value 'cubic'");
        QTest::newRow("iou not a number") << valid << QStringList{QStringLiteral("--iou-thr"), QStringLiteral("high")}
                                          << QStringLiteral("--iou-thr: expected a number, got 'high'");
        QTest::newRow("iou out of range") << valid << QStringList{QStringLiteral("--iou-thr"), QStringLiteral("2")}
                                          << QStringLiteral("bad.json: iou_thr must lie in [0, 1]");
        QTest::newRow("unknown option") << valid << QStringList{QStringLiteral("--fast")} << QStringLiteral("Unknown option 'fast'");
        // Both aborted the process before.
        QTest::newRow("number beyond double range") << QByteArray(R"({"models": [{"detections": [{"box": [0, 0, 1e400, 1], "score": 1, "label": 1}]}]})")
                                                    << QStringList() << QStringLiteral("bad.json: not valid JSON: number overflow parsing '1e400'");
        QTest::newRow("nested 100 000 levels") << QByteArray(R"({"models": [)") + QByteArray(100000, '[') + QByteArray(100000, ']') + "]}"
                                               << QStringList() << QStringLiteral("bad.json: JSON nested more than 100 levels deep");
        QTest::newRow("empty file") << QByteArray() << QStringList() << QStringLiteral("bad.json: empty file (0 bytes)");
    }

    void rejectsBadInput()
    {
        QFETCH(QByteArray, content);
        QFETCH(QStringList, options);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = writeFile(dir, QStringLiteral("bad.json"), content);
        const Run run = runCli(QStringList{QStringLiteral("fuse")} + options + QStringList{path});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(QString::fromUtf8(run.err).contains(expected), run.err.constData());
    }

    void missingFileIsNamed()
    {
        const Run run = runCli({QStringLiteral("fuse"), QStringLiteral("/nonexistent/boxes.json")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("/nonexistent/boxes.json: no such file"), run.err.constData());
    }

    void notesOptionsTheMethodIgnores()
    {
        const Run run = runCli({QStringLiteral("fuse"), QStringLiteral("--method"), QStringLiteral("nms"), QStringLiteral("--sigma"),
                                QStringLiteral("0.3"), QStringLiteral("-")},
                               R"({"models": []})");
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), QByteArray(R"({"detections":[]})"));
        QVERIFY2(run.err.contains("--sigma has no effect with --method nms"), run.err.constData());
    }

    void unknownCommandAndHelp()
    {
        QCOMPARE(runCli({QStringLiteral("fusee")}).exitCode, 2);
        const Run help = runCli({QStringLiteral("fuse"), QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--conf-type"));
    }

    void doctorReportsEveryBackend()
    {
        const Run run = runCli({QStringLiteral("doctor"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.out.constData());
        const QJsonArray backends = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("backends")).toArray();
        QCOMPARE(backends.size(), 3);
        for (const QJsonValue &backend : backends)
            QCOMPARE(backend.toObject().value(QStringLiteral("check")).toString(), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestCliFuse)
#include "tst_clifuse.moc"
