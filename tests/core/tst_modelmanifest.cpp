#include "../testfiles.h"
#include "backend/torchplugin.h"
#include "detection/detectionpostprocess.h"
#include "models/modelmanifest.h"
#include "models/resizegeometry.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <tuple>

using namespace lookbook;
using namespace lookbook::detection;
using namespace lookbook::torchbackend;
using namespace lookbook::models;

namespace {

using lookbook::test::readFile;
using lookbook::test::writeFile;

const QByteArray kPreprocess = R"("preprocess": {"input_size": [640, 640], "resize": "letterbox", "pad_value": 114,
    "channels": "RGB", "range": "0-1", "mean": [0, 0, 0], "std": [1, 1, 1]})";

// Every field the reader fills, so that a writer that forgets one fails the round trip.
void compareManifests(const ModelManifest &a, const ModelManifest &b)
{
    QCOMPARE(a.path, b.path);
    QCOMPARE(a.name, b.name);
    QCOMPARE(a.kind, b.kind);
    QCOMPARE(a.modelFile, b.modelFile);
    QCOMPARE(a.sha256, b.sha256);
    QCOMPARE(a.opLibraries, b.opLibraries);
    const Preprocessing &p = a.preprocessing, &q = b.preprocessing;
    QCOMPARE(std::tuple(p.inputWidth, p.inputHeight, p.resize, p.sizeDivisor, p.padValue, p.bgr, p.unitRange, p.mean, p.std),
             std::tuple(q.inputWidth, q.inputHeight, q.resize, q.sizeDivisor, q.padValue, q.bgr, q.unitRange, q.mean, q.std));
    const DetectorSpec &d = a.detector, &e = b.detector;
    QCOMPARE(std::tuple(d.decoder, d.classes, d.scoreThreshold, d.displayThreshold, d.fusionWeight, d.nmsIou),
             std::tuple(e.decoder, e.classes, e.scoreThreshold, e.displayThreshold, e.fusionWeight, e.nmsIou));
    QCOMPARE(std::tuple(a.embedder.output, a.embedder.dimension, a.embedder.cropMargin, a.embedder.head.size()),
             std::tuple(b.embedder.output, b.embedder.dimension, b.embedder.cropMargin, b.embedder.head.size()));
    for (size_t i = 0; i < a.embedder.head.size(); ++i) {
        const PoolingDescriptor &h = a.embedder.head[i], &k = b.embedder.head[i];
        QCOMPARE(std::tuple(h.type, h.p, h.projection), std::tuple(k.type, k.p, k.projection));
    }
    QCOMPARE(a.members.size(), b.members.size());
    for (size_t i = 0; i < a.members.size(); ++i)
        QCOMPARE(std::pair(a.members[i].manifestPath, a.members[i].weight), std::pair(b.members[i].manifestPath, b.members[i].weight));
    QCOMPARE(a.ensembleDimension, b.ensembleDimension);
}

} // namespace

class TestModelManifest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        writeFile(m_dir.filePath(QStringLiteral("model.pt")), "not really TorchScript, but bytes to hash");
        m_sha = ModelManifest::sha256Of(m_dir.filePath(QStringLiteral("model.pt"))).value();
    }

    void parsesADetector()
    {
        const QByteArray json = R"({"name": "yolo-df2", "kind": "detector", "file": "model.pt", "sha256": "SHA", PREPROCESS, "detector": {"decoder": "yolo",
               "classes": [1, 2, 0, 13], "score_threshold": 0.25, "fusion_weight": 2.0, "nms_iou": 0.6}})";
        const auto manifest = ModelManifest::parse(withSha(json), m_dir.filePath(QStringLiteral("yolo.json")));
        QVERIFY2(manifest.ok(), manifest.ok() ? "" : qPrintable(manifest.error().message));
        QCOMPARE(manifest->name, QStringLiteral("yolo-df2"));
        QCOMPARE(manifest->kind, ModelKind::Detector);
        QCOMPARE(manifest->modelFile, m_dir.filePath(QStringLiteral("model.pt")));
        QCOMPARE(manifest->preprocessing.resize, ResizeMode::Letterbox);
        QCOMPARE(manifest->preprocessing.padValue, 114.0);
        QCOMPARE(manifest->detector.decoder, DetectorDecoder::Yolo);
        QCOMPARE(manifest->detector.classes, (std::vector<int>{1, 2, 0, 13}));
        QCOMPARE(manifest->detector.fusionWeight, 2.0);
        QCOMPARE(manifest->detector.scoreThreshold, 0.25);
        QCOMPARE(manifest->detector.displayThreshold, 0.25);  // absent: the score threshold
        QVERIFY(manifest->verifyModelFile().ok());

        const auto shown = ModelManifest::parse(withSha(QByteArray(json).replace(R"("nms_iou": 0.6)", R"("nms_iou": 0.6, "display_threshold": 0.4)")),
                                                m_dir.filePath(QStringLiteral("yolo.json")));
        QVERIFY(shown.ok());
        QCOMPARE(shown->detector.scoreThreshold, 0.25);
        QCOMPARE(shown->detector.displayThreshold, 0.4);
    }

    void parsesAnEmbedderWithAPoolingHead()
    {
        const QByteArray json = R"({"name": "cgd", "kind": "embedder", "file": "model.pt", "sha256": "SHA",
            "preprocess": {"input_size": [224, 224], "resize": "stretch", "channels": "BGR", "range": "0-255",
                           "mean": [103.5, 116.3, 123.7], "std": [57.4, 57.1, 58.4]},
            "embedder": {"output": "feature_map", "dimension": 1024, "crop_margin": 0.1,
                         "head": [{"type": "gem", "p": 4}, {"type": "mac"}]}})";
        const auto manifest = ModelManifest::parse(withSha(json), m_dir.filePath(QStringLiteral("cgd.json")));
        QVERIFY2(manifest.ok(), manifest.ok() ? "" : qPrintable(manifest.error().message));
        QCOMPARE(manifest->embedder.output, EmbedderOutput::FeatureMap);
        QCOMPARE(manifest->embedder.dimension, 1024);
        QCOMPARE(manifest->embedder.head.size(), size_t(2));
        QCOMPARE(manifest->embedder.head[0].p, 4.0);
        QCOMPARE(manifest->embedder.head[1].type, PoolingType::Mac);
        QVERIFY(manifest->preprocessing.bgr);
        QVERIFY(!manifest->preprocessing.unitRange);
        QCOMPARE(manifest->preprocessing.std[2], 58.4);
    }

    void parsesAnEnsemble()
    {
        const auto manifest = ModelManifest::parse(R"({"name": "m1+m2", "kind": "ensemble",
            "ensemble": {"members": [{"manifest": "gem.json", "weight": 1}, {"manifest": "sub/cgd.json", "weight": 0.5}], "dimension": 1536}})",
                                                   m_dir.filePath(QStringLiteral("ensemble.json")));
        QVERIFY(manifest.ok());
        QCOMPARE(manifest->members.size(), size_t(2));
        QCOMPARE(manifest->members[1].manifestPath, m_dir.filePath(QStringLiteral("sub/cgd.json")));
        QCOMPARE(manifest->members[1].weight, 0.5);
        QCOMPARE(manifest->ensembleDimension, 1536);
    }

    // What toJson() writes, parse() reads back to the same manifest, for every kind and field.
    void writesWhatItReads_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("detector") << QByteArray(R"({"name": "yolo-df2", "kind": "detector", "file": "model.pt", "sha256": "SHA",
            "op_libraries": ["ops/libnms.so"], "preprocess": {"input_size": [640, 480], "resize": "shorter-side", "size_divisor": 32, "pad_value": 114,
            "channels": "BGR", "range": "0-255", "mean": [1, 2, 3], "std": [4, 5, 6]}, "detector": {"decoder": "yolo_nms",
            "classes": [1, 2, 0, 13], "score_threshold": 0.125, "display_threshold": 0.3, "fusion_weight": 2.5, "nms_iou": 0.6}})");
        QTest::newRow("embedder, feature map") << QByteArray(R"({"name": "cgd", "kind": "embedder", "file": "model.pt", "sha256": "SHA", PREPROCESS,
            "embedder": {"output": "feature_map", "dimension": 1024, "crop_margin": 0.1,
                         "head": [{"type": "gem", "p": 4.5, "projection": "fc/gem.pt"}, {"type": "mac"}, {"type": "spoc"}]}})");
        QTest::newRow("embedder") << QByteArray(R"({"name": "plain", "kind": "embedder", "file": "model.pt", "sha256": "SHA", PREPROCESS,
            "embedder": {"output": "embedding", "dimension": 8}})");
        QTest::newRow("ensemble") << QByteArray(R"({"name": "m1+m2", "kind": "ensemble",
            "ensemble": {"members": [{"manifest": "gem.json", "weight": 1}, {"manifest": "sub/cgd.json", "weight": 0.5}], "dimension": 1536}})");
    }

    void writesWhatItReads()
    {
        QFETCH(QByteArray, json);
        const QString path = m_dir.filePath(QStringLiteral("written.json"));
        const auto original = ModelManifest::parse(withSha(json), path);
        QVERIFY2(original.ok(), original.ok() ? "" : qPrintable(original.error().message));
        const auto reread = ModelManifest::parse(original->toJson(), path);
        QVERIFY2(reread.ok(), reread.ok() ? "" : qPrintable(reread.error().message));
        compareManifests(*original, *reread);
        if (QTest::currentTestFailed())
            return;

        // Saved in another folder, the relative paths still lead to the same files.
        ModelManifest moved = *original;
        moved.path = m_dir.filePath(QStringLiteral("elsewhere/moved.json"));
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("elsewhere"))));
        QVERIFY(moved.save().ok());
        const auto loaded = ModelManifest::load(moved.path);
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
        compareManifests(moved, *loaded);
    }

    void saveSaysWhereItCannotWrite()
    {
        ModelManifest manifest = ModelManifest::parse(withSha(R"({"name": "e", "kind": "embedder", "file": "model.pt", "sha256": "SHA", PREPROCESS,
                                                               "embedder": {"output": "embedding", "dimension": 8}})"),
                                                      m_dir.filePath(QStringLiteral("e.json")))
                                         .value();
        manifest.path = m_dir.filePath(QStringLiteral("no-such-folder/e.json"));
        const Status saved = manifest.save();
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().message.startsWith(manifest.path + QStringLiteral(": cannot write")), qPrintable(saved.error().message));
    }

    void sortsManifestsByKind()
    {
        const QString detector = writeFile(m_dir.filePath(QStringLiteral("sorted-detector.json")),
                                           withSha(QByteArray(R"({"name": "d", "kind": "detector", "file": "model.pt", "sha256": "SHA", PREPROCESS,
                                               "detector": {"decoder": "lookbook", "classes": [1, 2]}})")));
        const QString embedder = writeFile(m_dir.filePath(QStringLiteral("sorted-embedder.json")),
                                           withSha(QByteArray(R"({"name": "e", "kind": "embedder", "file": "model.pt", "sha256": "SHA", PREPROCESS,
                                               "embedder": {"output": "embedding", "dimension": 8}})")));
        const QString ensemble = writeFile(m_dir.filePath(QStringLiteral("sorted-ensemble.json")),
                                           R"({"name": "d+e", "kind": "ensemble", "ensemble": {"members": [{"manifest": "sorted-embedder.json"}, {"manifest": "sorted-embedder.json"}], "dimension": 16}})");
        const auto sorted = ModelManifest::sortByKind({embedder, detector, ensemble, detector});
        QVERIFY2(sorted.ok(), sorted.ok() ? "" : qPrintable(sorted.error().message));
        QCOMPARE(sorted->detectors, (QStringList{detector, detector}));
        QCOMPARE(sorted->embedders, (QStringList{embedder, ensemble}));
        const QString missing = m_dir.filePath(QStringLiteral("missing.json"));
        const auto failed = ModelManifest::sortByKind({detector, missing});
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error().message.startsWith(missing), qPrintable(failed.error().message));
    }

    void rejectsBadManifests_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        const QByteArray head = QByteArray(R"({"name": "m", "kind": "detector", "file": "model.pt", "sha256": "SHA", )").replace("SHA", QByteArray(64, 'a'));
        QTest::newRow("not json") << QByteArray("name: m") << QStringLiteral("m.json: not valid JSON");
        QTest::newRow("unknown kind") << QByteArray(R"({"name": "m", "kind": "segmenter"})")
                                      << QStringLiteral("m.json: kind: expected one of detector, embedder, ensemble, got \"segmenter\"");
        QTest::newRow("no detector section") << head + kPreprocess + "}" << QStringLiteral("m.json: detector: missing");
        QTest::newRow("short sha") << QByteArray(R"({"name": "m", "kind": "detector", "file": "model.pt", "sha256": "abc", "detector": {}})")
                                   << QStringLiteral("m.json: sha256: expected 64 hexadecimal digits");
        QTest::newRow("class out of range") << head + kPreprocess + R"(, "detector": {"decoder": "yolo", "classes": [1, 14]}})"
                                            << QStringLiteral("m.json: detector.classes[1]: expected a category 0–13");
        QTest::newRow("display threshold above 1") << head + kPreprocess + R"(, "detector": {"decoder": "yolo", "classes": [1], "display_threshold": 1.5}})"
                                                   << QStringLiteral("m.json: detector.display_threshold");
        QTest::newRow("unknown decoder") << head + kPreprocess + R"(, "detector": {"decoder": "detr", "classes": [1]}})"
                                         << QStringLiteral("m.json: detector.decoder: expected one of torchvision, mmdeploy, yolo, yolo_nms, lookbook");
        QTest::newRow("zero std") << head + R"("preprocess": {"input_size": [8, 8], "resize": "stretch", "std": [1, 0, 1]}, "detector": {"decoder": "yolo", "classes": [1]}})"
                                  << QStringLiteral("m.json: preprocess.std: every channel's std must be positive");
        QTest::newRow("bad input size") << head + R"("preprocess": {"input_size": [8], "resize": "stretch"}, "detector": {"decoder": "yolo", "classes": [1]}})"
                                        << QStringLiteral("m.json: preprocess.input_size: expected [width, height]");
        QTest::newRow("feature map without head")
            << QByteArray(R"({"name": "m", "kind": "embedder", "file": "model.pt", "sha256": "SHA", PREPROCESS,
                             "embedder": {"output": "feature_map", "dimension": 8}})").replace("SHA", QByteArray(64, 'a')).replace("PREPROCESS", kPreprocess)
            << QStringLiteral("m.json: embedder.head: a feature_map output needs a pooling head");
        QTest::newRow("ensemble of one") << QByteArray(R"({"name": "m", "kind": "ensemble", "ensemble": {"members": [{"manifest": "a.json"}], "dimension": 4}})")
                                         << QStringLiteral("m.json: ensemble.members: expected at least two");
        // Limits: each of these crashed or was accepted before (an uncaught out_of_range, a stack
        // overflow, std::bad_alloc on the first photo, a zero vector for every photo).
        QTest::newRow("number beyond double range") << head + kPreprocess + R"(, "detector": {"decoder": "yolo", "classes": [1], "nms_iou": 1e400}})"
                                                    << QStringLiteral("m.json: not valid JSON: number overflow parsing '1e400'");
        QTest::newRow("nested 100 000 levels") << QByteArray(R"({"name": )") + QByteArray(100000, '[') + QByteArray(100000, ']') + "}"
                                               << QStringLiteral("m.json: JSON nested more than 100 levels deep");
        QTest::newRow("input size 100000") << head + R"("preprocess": {"input_size": [100000, 100000], "resize": "stretch"}, "detector": {"decoder": "yolo", "classes": [1]}})"
                                           << QStringLiteral("m.json: preprocess.input_size[0]: expected the width, an integer from 1 to 4096");
        QTest::newRow("input height wraps an int") << head + R"("preprocess": {"input_size": [8, 4294967304], "resize": "stretch"}, "detector": {"decoder": "yolo", "classes": [1]}})"
                                                   << QStringLiteral("m.json: preprocess.input_size[1]: expected the height, an integer from 1 to 4096");
        QTest::newRow("dimension beyond the limit")
            << QByteArray(R"({"name": "m", "kind": "embedder", "file": "model.pt", "sha256": "SHA", PREPROCESS,
                             "embedder": {"output": "embedding", "dimension": 100000000}})").replace("SHA", QByteArray(64, 'a')).replace("PREPROCESS", kPreprocess)
            << QStringLiteral("m.json: embedder.dimension: expected the vector length, an integer from 1 to 65536");
        QTest::newRow("all ensemble weights 0")
            << QByteArray(R"({"name": "m", "kind": "ensemble", "ensemble": {"members": [{"manifest": "a.json", "weight": 0}, {"manifest": "b.json", "weight": 0}], "dimension": 4}})")
            << QStringLiteral("m.json: ensemble.members: every weight is 0: at least one member needs a positive weight");
        QTest::newRow("negative ensemble weight")
            << QByteArray(R"({"name": "m", "kind": "ensemble", "ensemble": {"members": [{"manifest": "a.json", "weight": -1}, {"manifest": "b.json"}], "dimension": 4}})")
            << QStringLiteral("m.json: ensemble.members[0].weight: expected a value in [0, 1e+06], got -1");
    }

    void rejectsBadManifests()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const auto manifest = ModelManifest::parse(json, QStringLiteral("m.json"));
        QVERIFY(!manifest.ok());
        QVERIFY2(manifest.error().message.startsWith(expected), qPrintable(manifest.error().message));
    }

    void loadSaysWhatIsWrongWithTheFile()
    {
        const QString folder = m_dir.filePath(QStringLiteral("folder.json"));
        QVERIFY(QDir().mkpath(folder));
        QCOMPARE(ModelManifest::load(folder).error().message, folder + QStringLiteral(": is a folder, not a file"));
        const QString empty = m_dir.filePath(QStringLiteral("empty.json"));
        QFile file(empty);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QCOMPARE(ModelManifest::load(empty).error().message, empty + QStringLiteral(": empty file (0 bytes)"));
        const QString missing = m_dir.filePath(QStringLiteral("missing.json"));
        QCOMPARE(ModelManifest::load(missing).error().message, missing + QStringLiteral(": no such file"));
    }

    void namesAnOperatorLibraryThatCannotLoad()
    {
        const QByteArray json = QByteArray(R"({"name": "m", "kind": "detector", "file": "model.pt", "sha256": "SHA", PREPROCESS,
            "op_libraries": ["ops/libmissing.so"], "detector": {"decoder": "torchvision", "classes": [0, 1]}})");
        const auto manifest = ModelManifest::parse(withSha(json), m_dir.filePath(QStringLiteral("tv.json")));
        QVERIFY(manifest.ok());
        QCOMPARE(manifest->opLibraries, QStringList{m_dir.filePath(QStringLiteral("ops/libmissing.so"))});
        const Status status = backend::TorchPlugin::prepare(*manifest, InferenceOptions{});
        QVERIFY(!status.ok());
        QVERIFY2(status.error().message.startsWith(m_dir.filePath(QStringLiteral("tv.json: op_libraries: ")) + m_dir.filePath(QStringLiteral("ops/libmissing.so"))
                                                   + QStringLiteral(": cannot load this operator library")),
                 qPrintable(status.error().message));
        const auto notAList = ModelManifest::parse(withSha(QByteArray(R"({"name": "m", "kind": "detector", "file": "model.pt", "sha256": "SHA",
            PREPROCESS, "op_libraries": "libtorchvision.so", "detector": {"decoder": "torchvision", "classes": [0, 1]}})")), QStringLiteral("m.json"));
        QVERIFY(notAList.error().message.startsWith(QStringLiteral("m.json: op_libraries: expected a list of shared-library paths")));
    }

    void detectsAModelFileThatDoesNotMatchItsHash()
    {
        const QByteArray json = QByteArray(R"({"name": "m", "kind": "detector", "file": "model.pt", "sha256": "SHA", PREPROCESS,
            "detector": {"decoder": "lookbook", "classes": [1]}})").replace("SHA", QByteArray(64, 'b')).replace("PREPROCESS", kPreprocess);
        const auto manifest = ModelManifest::parse(json, m_dir.filePath(QStringLiteral("m.json")));
        QVERIFY(manifest.ok());
        const Status status = manifest->verifyModelFile();
        QVERIFY(!status.ok());
        QVERIFY2(status.error().message.contains(QStringLiteral("sha256: the manifest expects bbbb")), qPrintable(status.error().message));
        QVERIFY(status.error().message.contains(m_sha));
        QFile::remove(m_dir.filePath(QStringLiteral("gone.pt")));
        ModelManifest missing = manifest.value();
        missing.modelFile = m_dir.filePath(QStringLiteral("gone.pt"));
        QVERIFY(missing.verifyModelFile().error().message.contains(QStringLiteral("gone.pt: cannot read")));
    }

    // Mapping boxes from model-input pixels back to the image, worked by hand for each mode.
    void resizeGeometry_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QSize>("image");
        QTest::addColumn<QSize>("input");
        QTest::addColumn<int>("divisor");
        QTest::addColumn<QSize>("tensor");
        QTest::addColumn<QRectF>("inputBox");  // x1, y1 as topLeft, x2, y2 as bottomRight
        QTest::addColumn<QRectF>("imageBox");
        // 640×480 → 224×224: x ÷ 0.35, y ÷ (224/480).
        QTest::newRow("stretch") << int(ResizeMode::Stretch) << QSize(640, 480) << QSize(224, 224) << 0 << QSize(224, 224)
                                 << QRectF(QPointF(22.4, 224.0 / 480 * 100), QPointF(112, 224)) << QRectF(QPointF(64, 100), QPointF(320, 480));
        // 640×480 → 320×320: scale 0.5, 320×240 placed 40 px down.
        QTest::newRow("letterbox") << int(ResizeMode::Letterbox) << QSize(640, 480) << QSize(320, 320) << 0 << QSize(320, 320)
                                   << QRectF(QPointF(32, 60), QPointF(96, 140)) << QRectF(QPointF(64, 40), QPointF(192, 200));
        // A box reaching into the padding is clipped to the image.
        QTest::newRow("letterbox clipped") << int(ResizeMode::Letterbox) << QSize(640, 480) << QSize(320, 320) << 0 << QSize(320, 320)
                                           << QRectF(QPointF(-10, 20), QPointF(330, 300)) << QRectF(QPointF(0, 0), QPointF(640, 480));
        // 1000×500, shorter side 800 but longer at most 1333: scale 1.333 → 1333×667, padded to 1344×672.
        QTest::newRow("shorter side") << int(ResizeMode::ShorterSide) << QSize(1000, 500) << QSize(800, 1333) << 32 << QSize(1344, 672)
                                      << QRectF(QPointF(133.3, 66.7), QPointF(1333, 667)) << QRectF(QPointF(100, 50), QPointF(1000, 500));
    }

    void resizeGeometry()
    {
        QFETCH(int, mode);
        QFETCH(QSize, image);
        QFETCH(QSize, input);
        QFETCH(int, divisor);
        QFETCH(QSize, tensor);
        QFETCH(QRectF, inputBox);
        QFETCH(QRectF, imageBox);
        const ResizeGeometry g = ResizeGeometry::plan(static_cast<ResizeMode>(mode), image.width(), image.height(), input.width(), input.height(), divisor);
        QCOMPARE(QSize(g.inputWidth(), g.inputHeight()), tensor);
        const Box mapped = g.toImage({inputBox.left(), inputBox.top(), inputBox.right(), inputBox.bottom()});
        QVERIFY2(qAbs(mapped.x1 - imageBox.left()) < 1e-9 && qAbs(mapped.y1 - imageBox.top()) < 1e-9
                     && qAbs(mapped.x2 - imageBox.right()) < 1e-9 && qAbs(mapped.y2 - imageBox.bottom()) < 1e-9,
                 qPrintable(QStringLiteral("got [%1, %2, %3, %4]").arg(mapped.x1).arg(mapped.y1).arg(mapped.x2).arg(mapped.y2)));
    }

    void postprocessMapsBoxesAndClasses_data()
    {
        QTest::addColumn<bool>("needsNms");
        QTest::newRow("decoder did NMS") << false;
        QTest::newRow("yolo: NMS by us") << true;
    }

    void postprocessMapsBoxesAndClasses()
    {
        // Letterbox 640×480 → 320×320: scale 0.5, the image starts 40 px down. Classes: model 0 is
        // dropped, 1 → trousers (8), 2 → short sleeve outwear (3); threshold 0.1, NMS at 0.65.
        QFETCH(bool, needsNms);
        const ResizeGeometry geometry = ResizeGeometry::plan(ResizeMode::Letterbox, 640, 480, 320, 320);
        DetectorSpec spec;
        spec.classes = {0, 8, 3};
        spec.scoreThreshold = 0.1;
        spec.nmsIou = 0.65;
        const std::vector<RawDetection> raw = {
            {32, 60, 96, 140, 0.9, 1},    // → [64, 40, 192, 200], trousers
            {34, 60, 96, 140, 0.8, 1},    // → [68, 40, 192, 200]: IoU 124/128 with the first
            {0, 40, 20, 60, 0.5, 0},      // class 0: dropped
            {100, 100, 120, 120, 0.05, 2},  // under the threshold
            {200, 200, 260, 280, 0.3, 5},   // a class the table does not have
            {0, 0, 30, 35, 0.7, 2},       // entirely in the padding: no area left in the image
        };
        const std::vector<ScoredBox> boxes = DetectionPostprocess::apply(raw, geometry, spec, needsNms);
        QCOMPARE(boxes.size(), needsNms ? size_t(1) : size_t(2));
        QCOMPARE(boxes[0].label, 8);
        QCOMPARE(boxes[0].score, 0.9);
        QVERIFY(qAbs(boxes[0].box.x1 - 64) < 1e-9 && qAbs(boxes[0].box.y1 - 40) < 1e-9 && qAbs(boxes[0].box.x2 - 192) < 1e-9
                && qAbs(boxes[0].box.y2 - 200) < 1e-9);
        if (!needsNms)
            QVERIFY(qAbs(boxes[1].box.x1 - 68) < 1e-9);
    }

private:
    // Raw strings that end in a quote confuse moc: placeholders keep the JSON readable instead.
    QByteArray withSha(QByteArray json) const { return json.replace("SHA", m_sha.toLatin1()).replace("PREPROCESS", kPreprocess); }

    QTemporaryDir m_dir;
    QString m_sha;
};

QTEST_GUILESS_MAIN(TestModelManifest)
#include "tst_modelmanifest.moc"
