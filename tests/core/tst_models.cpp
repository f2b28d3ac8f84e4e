// Detectors, embedders and ensembles end to end: TorchScript files made here, manifests beside them,
// real images, through the core facades and through `lookbook-cli detect` / `embed`.
#include "../cli/clirunner.h"
#include "../testfiles.h"
#include "backend/torch/lookbooktorch.h"
#include "detection/detector.h"
#include "embedding/embedder.h"
#include "testmodels.h"

#include <ATen/Parallel.h>

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace lookbook;
using lookbook::test::makeModel;
using lookbook::test::runCli;
using lookbook::test::writeFile;

namespace {

// Letterbox 64×48 → 64×64: the image sits 8 px down. Anchor 0 (class 0, 0.9) is [12, 20, 28, 36] in the
// input, [12, 12, 28, 28] in the image; anchor 1 duplicates it (0.8) and falls to NMS; anchor 2
// (class 1, 0.6) is [46, 36, 54, 44] → [46, 28, 54, 36].
constexpr const char *kYolo = R"JIT(
def forward(self, x):
    return torch.tensor([[[20.0, 21.0, 50.0], [28.0, 28.0, 40.0], [16.0, 16.0, 8.0], [16.0, 16.0, 8.0],
                          [0.9, 0.8, 0.1], [0.05, 0.1, 0.6]]])
)JIT";
const QString kLetterbox = QStringLiteral(R"({"input_size": [64, 64], "resize": "letterbox", "pad_value": 114})");

// Stretch to the image's own size: identity geometry.
constexpr const char *kYoloNms = R"JIT(
def forward(self, x):
    return torch.tensor([[[10.0, 10.0, 30.0, 30.0, 0.7, 0.0]]])
)JIT";
const QString kIdentity = QStringLiteral(R"({"input_size": [64, 48], "resize": "stretch"})");

constexpr const char *kFirstTwoChannels = R"JIT(
def forward(self, x):
    return x[:, 0:2, :, :]
)JIT";
const QString kCrop4 = QStringLiteral(R"({"input_size": [4, 4], "resize": "stretch"})");

bool near(const Box &a, const Box &b)
{
    return qAbs(a.x1 - b.x1) < 1e-9 && qAbs(a.y1 - b.y1) < 1e-9 && qAbs(a.x2 - b.x2) < 1e-9 && qAbs(a.y2 - b.y2) < 1e-9;
}

} // namespace

class TestModels final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QImage photo(64, 48, QImage::Format_RGB32);
        photo.fill(qRgb(60, 80, 0));
        QVERIFY(photo.save(m_dir.filePath(QStringLiteral("photo.png"))));
        m_yolo = makeModel(m_dir.path(), QStringLiteral("yolo"), kYolo, QStringLiteral("detector"), kLetterbox,
                           QStringLiteral(R"({"decoder": "yolo", "classes": [8, 3], "score_threshold": 0.2, "nms_iou": 0.65, "fusion_weight": 2})"));
        m_yoloNms = makeModel(m_dir.path(), QStringLiteral("yolonms"), kYoloNms, QStringLiteral("detector"), kIdentity,
                              QStringLiteral(R"({"decoder": "yolo_nms", "classes": [8]})"));
        m_spoc = makeModel(m_dir.path(), QStringLiteral("spoc"), kFirstTwoChannels, QStringLiteral("embedder"), kCrop4,
                           QStringLiteral(R"({"output": "feature_map", "dimension": 2, "head": [{"type": "spoc"}]})"));
        m_mac = makeModel(m_dir.path(), QStringLiteral("mac"), kFirstTwoChannels, QStringLiteral("embedder"), kCrop4,
                          QStringLiteral(R"({"output": "feature_map", "dimension": 2, "head": [{"type": "mac"}]})"));
    }

    void detectorMapsBackAndSuppresses()
    {
        const auto detector = detection::Detector::load(m_yolo);
        QVERIFY2(detector.ok(), detector.ok() ? "" : qPrintable(detector.error().message));
        QVERIFY((*detector)->warmUp().ok());
        const auto boxes = (*detector)->detect(models::DecodedImage::load(m_dir.filePath(QStringLiteral("photo.png"))).value());
        QVERIFY(boxes.ok());
        QCOMPARE(boxes->size(), size_t(2));
        QCOMPARE((*boxes)[0].label, 8);
        QVERIFY(near((*boxes)[0].box, {12, 12, 28, 28}));  // through NMS's normalised space and back
        QVERIFY(qAbs((*boxes)[0].score - 0.9) < 1e-6);
        QCOMPARE((*boxes)[1].label, 3);
        QVERIFY(near((*boxes)[1].box, {46, 28, 54, 36}));
    }

    void cudaFallsBackToTheCpuWithAReason()
    {
        const auto detector = detection::Detector::load(m_yolo, {QStringLiteral("cuda"), true});
        QVERIFY(detector.ok());
        if ((*detector)->device().startsWith(QStringLiteral("cuda")))
            QSKIP("this machine has a GPU: nothing to fall back from");
        QCOMPARE((*detector)->device(), QStringLiteral("cpu"));
        QVERIFY2((*detector)->placementNote().contains(QStringLiteral("LibTorch sees no GPU here: running on the CPU")),
                 qPrintable((*detector)->placementNote()));
        const auto boxes = (*detector)->detect(models::DecodedImage::load(m_dir.filePath(QStringLiteral("photo.png"))).value());
        QVERIFY(boxes.ok());
        QCOMPARE(boxes->size(), size_t(2));
        const auto cpu = detection::Detector::load(m_yolo, {QStringLiteral("cpu"), false});
        QVERIFY((*cpu)->placementNote().isEmpty());
    }

    void loadingAppliesTheThreadCount()
    {
        // The count belongs to the thread that loads (and then runs) the models, as in the GUI's worker.
        const int automatic = at::get_num_threads();
        models::InferenceOptions one{QStringLiteral("cpu"), false, 1};
        QVERIFY(detection::Detector::load(m_yolo, one).ok());
        QCOMPARE(at::get_num_threads(), 1);
        QVERIFY(detection::Detector::load(m_yolo, {QStringLiteral("cpu"), false, 0}).ok());
        QCOMPARE(at::get_num_threads(), automatic);
        QVERIFY(embedding::Embedder::load(m_spoc, one).ok());
        QCOMPARE(at::get_num_threads(), 1);
        QVERIFY(embedding::Embedder::load(m_spoc, {QStringLiteral("cpu"), false, 0}).ok());
        QCOMPARE(at::get_num_threads(), automatic);
    }

    void detectorBatchesPhotos()
    {
        // Stretch to 64×48: the photo maps 1:1, a 32×24 one by half. The model gives [10, 10, 30, 30]
        // for every image of the batch.
        const QString batched = makeModel(m_dir.path(), QStringLiteral("batched"), R"JIT(
def forward(self, x):
    rows = torch.tensor([[[10.0, 10.0, 30.0, 30.0, 0.7, 0.0]]])
    return rows.repeat(x.size(0), 1, 1)
)JIT", QStringLiteral("detector"), kIdentity, QStringLiteral(R"({"decoder": "yolo_nms", "classes": [5]})"));
        QImage small(32, 24, QImage::Format_RGB32);
        small.fill(Qt::gray);
        QVERIFY(small.save(m_dir.filePath(QStringLiteral("small.png"))));
        const auto detector = detection::Detector::load(batched);
        QVERIFY(detector.ok());
        const std::vector<models::DecodedImage> photos = {
            models::DecodedImage::load(m_dir.filePath(QStringLiteral("photo.png"))).value(),
            models::DecodedImage::load(m_dir.filePath(QStringLiteral("small.png"))).value()};
        const auto boxes = (*detector)->detect(photos);
        QVERIFY2(boxes.ok(), boxes.ok() ? "" : qPrintable(boxes.error().message));
        QCOMPARE(boxes->size(), size_t(2));
        QVERIFY(near((*boxes)[0][0].box, {10, 10, 30, 30}));
        QVERIFY(near((*boxes)[1][0].box, {5, 5, 15, 15}));
        QCOMPARE((*boxes)[1][0].label, 5);
    }

    void embedderPoolsCrops()
    {
        // A uniform (R, G) = (60, 80) photo: SPoC of the first two channels ∝ (60, 80) → (0.6, 0.8).
        const auto embedder = embedding::Embedder::load(m_spoc);
        QVERIFY(embedder.ok());
        const auto vectors = (*embedder)->embed(models::DecodedImage::load(m_dir.filePath(QStringLiteral("photo.png"))).value(),
                                                {{0, 0, 10, 10}, {30, 20, 60, 40}});
        QVERIFY(vectors.ok());
        QCOMPARE(vectors->size(), size_t(2));
        QVERIFY(qAbs((*vectors)[1][0] - 0.6f) < 1e-5 && qAbs((*vectors)[1][1] - 0.8f) < 1e-5);
    }

    void ensembleConcatenatesWeightedMembers()
    {
        // Members (0.6, 0.8) with weight 1 and 2 → (0.6, 0.8, 1.2, 1.6) / √5.
        const QString ensemble = writeFile(m_dir.filePath(QStringLiteral("ensemble.json")), R"({"name": "spoc+mac", "kind": "ensemble",
            "ensemble": {"members": [{"manifest": "spoc.json", "weight": 1}, {"manifest": "mac.json", "weight": 2}], "dimension": 4}})");
        const auto embedder = embedding::Embedder::load(ensemble);
        QVERIFY2(embedder.ok(), embedder.ok() ? "" : qPrintable(embedder.error().message));
        QCOMPARE((*embedder)->dimension(), 4);
        QVERIFY((*embedder)->warmUp().ok());
        const auto vectors = (*embedder)->embed(models::DecodedImage::load(m_dir.filePath(QStringLiteral("photo.png"))).value(), {{5, 5, 25, 25}});
        QVERIFY(vectors.ok());
        const float expected[4] = {0.6f / std::sqrt(5.0f), 0.8f / std::sqrt(5.0f), 1.2f / std::sqrt(5.0f), 1.6f / std::sqrt(5.0f)};
        for (int i = 0; i < 4; ++i)
            QVERIFY2(qAbs((*vectors)[0][size_t(i)] - expected[i]) < 1e-5, qPrintable(QString::number((*vectors)[0][size_t(i)])));
    }

    void refusesWrongModels()
    {
        // A manifest whose model file changed since it was written.
        QString manifest = QString::fromUtf8(lookbook::test::readFile(m_yoloNms));
        const QString tampered = writeFile(m_dir.filePath(QStringLiteral("tampered.json")), manifest.replace(QStringLiteral("yolonms.pt"), QStringLiteral("yolo.pt")).toUtf8());
        const auto detector = detection::Detector::load(tampered);
        QVERIFY(!detector.ok());
        QVERIFY2(detector.error().message.contains(QStringLiteral("tampered.json: sha256: the manifest expects")), qPrintable(detector.error().message));
        // A detector given where an embedder is expected.
        const auto embedder = embedding::Embedder::load(m_yolo);
        QVERIFY(!embedder.ok());
        QVERIFY(embedder.error().message.contains(QStringLiteral("yolo.json: kind: expected an embedder manifest")));
        // An ensemble whose dimension does not add up.
        const QString wrong = writeFile(m_dir.filePath(QStringLiteral("wrong.json")), R"({"name": "w", "kind": "ensemble",
            "ensemble": {"members": [{"manifest": "spoc.json"}, {"manifest": "mac.json"}], "dimension": 5}})");
        const auto ensemble = embedding::Embedder::load(wrong);
        QVERIFY(!ensemble.ok());
        QVERIFY(ensemble.error().message.contains(QStringLiteral("the members give 4 dimensions, the manifest says 5")));
    }

    void cliDetectAndFuse()
    {
        const auto run = runCli({QStringLiteral("detect"), m_dir.filePath(QStringLiteral("photo.png")), QStringLiteral("--models"), m_yolo,
                                 m_yoloNms, QStringLiteral("--fuse")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(report.value(QStringLiteral("image_size")).toArray(), (QJsonArray{64, 48}));
        const QJsonArray models = report.value(QStringLiteral("models")).toArray();
        QCOMPARE(models.size(), 2);
        QCOMPARE(models[0].toObject().value(QStringLiteral("weight")).toDouble(), 2.0);
        QCOMPARE(models[1].toObject().value(QStringLiteral("detections")).toArray().size(), 1);
        // Trousers: [12, 12, 28, 28] at 0.9 × 2 and [10, 10, 30, 30] at 0.7 × 1 fuse (IoU 0.64) into
        // x1 = (1.8·12 + 0.7·10) / 2.5 = 11.44; outwear stays alone.
        const QJsonArray fused = report.value(QStringLiteral("fused")).toArray();
        QCOMPARE(fused.size(), 2);
        const QJsonObject trousers = fused[0].toObject();
        QCOMPARE(trousers.value(QStringLiteral("label")).toInt(), 8);
        QVERIFY2(qAbs(trousers.value(QStringLiteral("box")).toArray()[0].toDouble() - 11.44) < 1e-3, run.out.constData());
        // The per-model part is the `fuse` input format: it fuses the same way through the pipe.
        QJsonObject input = report;
        input.remove(QStringLiteral("fused"));
        const auto piped = runCli({QStringLiteral("fuse"), QStringLiteral("-")}, QJsonDocument(input).toJson());
        QCOMPARE(QJsonDocument::fromJson(piped.out).object().value(QStringLiteral("detections")).toArray().size(), 2);
    }

    void cliEmbed()
    {
        const auto run = runCli({QStringLiteral("embed"), m_dir.filePath(QStringLiteral("photo.png")), QStringLiteral("--model"), m_spoc,
                                 QStringLiteral("--box"), QStringLiteral("1,2,30,40"), QStringLiteral("--device"), QStringLiteral("cpu"),
                                 QStringLiteral("--threads"), QStringLiteral("1")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(report.value(QStringLiteral("dimension")).toInt(), 2);
        const QJsonArray vector = report.value(QStringLiteral("embeddings")).toArray()[0].toObject().value(QStringLiteral("vector")).toArray();
        QVERIFY(qAbs(vector[0].toDouble() - 0.6) < 1e-5);
    }

    // LibTorch is a module loaded when a model is: commands without one never load it, and a module
    // that is missing or broken is named when a model needs it.
    void cliLoadsLibTorchOnlyForModels()
    {
        QProcessEnvironment traced = QProcessEnvironment::systemEnvironment();
        traced.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("libs"));  // the dynamic loader lists each library it opens
        const auto version = runCli({QStringLiteral("--version")}, {}, traced);
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.err.contains("libQt6Core"), "LD_DEBUG gave no trace to check");
        QVERIFY2(!version.err.contains("libtorch_cpu") && !version.err.contains("liblookbook_torch"), "--version loaded LibTorch");
        const QStringList detect = {QStringLiteral("detect"), m_dir.filePath(QStringLiteral("photo.png")), QStringLiteral("--models"), m_yolo};
        const auto detected = runCli(detect, {}, traced);
        QCOMPARE(detected.exitCode, 0);
        QVERIFY(detected.err.contains("liblookbook_torch.so") && detected.err.contains("libtorch_cpu"));

        QProcessEnvironment missing = QProcessEnvironment::systemEnvironment();
        const QString nowhere = m_dir.filePath(QStringLiteral("nowhere/liblookbook_torch.so"));
        missing.insert(QStringLiteral("LOOKBOOK_TORCH_MODULE"), nowhere);
        const auto fused = runCli({QStringLiteral("fuse"), QStringLiteral("-")}, R"({"models": [{"detections": [{"box": [0, 0, 10, 10], "score": 0.9, "label": 1}]}]})", missing);
        QVERIFY2(fused.exitCode == 0, fused.err.constData());
        const auto notFound = runCli(detect, {}, missing);
        QCOMPARE(notFound.exitCode, 1);  // the installation's fault, not the input's: the message says why
        QVERIFY2(notFound.err.contains(QStringLiteral("the LibTorch module could not be loaded (set LOOKBOOK_TORCH_MODULE to its file): %1: no such file")
                                           .arg(nowhere)
                                           .toUtf8()),
                 notFound.err.constData());

        QProcessEnvironment broken = QProcessEnvironment::systemEnvironment();
        const QString text = writeFile(m_dir.filePath(QStringLiteral("liblookbook_torch.so")), "not a shared library");
        broken.insert(QStringLiteral("LOOKBOOK_TORCH_MODULE"), text);
        const auto notLoaded = runCli(detect, {}, broken);
        QCOMPARE(notLoaded.exitCode, 1);
        QVERIFY2(notLoaded.err.contains(QStringLiteral("%1: cannot load").arg(text).toUtf8()), notLoaded.err.constData());

        QProcessEnvironment other = QProcessEnvironment::systemEnvironment();
        other.insert(QStringLiteral("LOOKBOOK_TORCH_MODULE"), QStringLiteral(LOOKBOOK_OTHER_TORCH_MODULE));
        const auto otherVersion = runCli(detect, {}, other);
        QCOMPARE(otherVersion.exitCode, 1);
        QVERIFY2(otherVersion.err.contains(QStringLiteral("%1: made for another Lookbook version (interface %2, this Lookbook needs %3)")
                                               .arg(QStringLiteral(LOOKBOOK_OTHER_TORCH_MODULE))
                                               .arg(LOOKBOOK_TORCH_API_VERSION + 1)
                                               .arg(LOOKBOOK_TORCH_API_VERSION)
                                               .toUtf8()),
                 otherVersion.err.constData());
    }

    void cliBadInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not an image") << QStringList{QStringLiteral("detect"), QStringLiteral("MANIFEST_AS_IMAGE"), QStringLiteral("--models"), QStringLiteral("YOLO")}
                                      << QStringLiteral(": not an image Lookbook can read (JPEG, PNG, BMP or WebP)");
        QTest::newRow("bad box") << QStringList{QStringLiteral("embed"), QStringLiteral("PHOTO"), QStringLiteral("--model"), QStringLiteral("SPOC"),
                                                QStringLiteral("--box"), QStringLiteral("5,5,1,1")}
                                 << QStringLiteral("--box: expected x1,y1,x2,y2, finite numbers with x1 < x2 and y1 < y2, got '5,5,1,1'");
        // Searched as if fine before: NaN passes every comparison, and a box outside the photo.
        QTest::newRow("NaN box") << QStringList{QStringLiteral("embed"), QStringLiteral("PHOTO"), QStringLiteral("--model"), QStringLiteral("SPOC"),
                                                QStringLiteral("--box"), QStringLiteral("nan,1,5,5")}
                                 << QStringLiteral("--box: expected x1,y1,x2,y2, finite numbers with x1 < x2 and y1 < y2, got 'nan,1,5,5'");
        QTest::newRow("infinite box") << QStringList{QStringLiteral("embed"), QStringLiteral("PHOTO"), QStringLiteral("--model"), QStringLiteral("SPOC"),
                                                     QStringLiteral("--box"), QStringLiteral("1,1,inf,5")}
                                      << QStringLiteral("got '1,1,inf,5'");
        QTest::newRow("box outside the photo") << QStringList{QStringLiteral("embed"), QStringLiteral("PHOTO"), QStringLiteral("--model"), QStringLiteral("SPOC"),
                                                              QStringLiteral("--box"), QStringLiteral("1,1,5,5"), QStringLiteral("--box"), QStringLiteral("500,500,600,600")}
                                               << QStringLiteral("--box 2 [500, 500, 600, 600]: no area inside the 64×48 image");
        QTest::newRow("unknown device") << QStringList{QStringLiteral("embed"), QStringLiteral("PHOTO"), QStringLiteral("--model"), QStringLiteral("SPOC"),
                                                       QStringLiteral("--box"), QStringLiteral("1,1,5,5"), QStringLiteral("--device"), QStringLiteral("tpu")}
                                        << QStringLiteral("--device: unknown value 'tpu' (expected cpu, cuda or auto)");
        QTest::newRow("zero threads") << QStringList{QStringLiteral("detect"), QStringLiteral("PHOTO"), QStringLiteral("--models"), QStringLiteral("YOLO"),
                                                     QStringLiteral("--threads"), QStringLiteral("0")}
                                      << QStringLiteral("--threads: expected a number from 1 to ");
        // 100 000 threads ran for minutes before.
        QTest::newRow("100000 threads") << QStringList{QStringLiteral("detect"), QStringLiteral("PHOTO"), QStringLiteral("--models"), QStringLiteral("YOLO"),
                                                       QStringLiteral("--threads"), QStringLiteral("100000")}
                                        << QStringLiteral("per core on this machine, at most 256), got '100000'");
        QTest::newRow("manifest missing") << QStringList{QStringLiteral("detect"), QStringLiteral("PHOTO"), QStringLiteral("--models"), QStringLiteral("/no/such.json")}
                                          << QStringLiteral("/no/such.json: no such file");
    }

    void cliBadInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        arguments.replaceInStrings(QStringLiteral("MANIFEST_AS_IMAGE"), m_yolo);
        arguments.replaceInStrings(QStringLiteral("YOLO"), m_yolo);
        arguments.replaceInStrings(QStringLiteral("PHOTO"), m_dir.filePath(QStringLiteral("photo.png")));
        arguments.replaceInStrings(QStringLiteral("SPOC"), m_spoc);
        const auto run = runCli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(QString::fromUtf8(run.err).contains(expected), run.err.constData());
    }

private:
    QTemporaryDir m_dir;
    QString m_yolo, m_yoloNms, m_spoc, m_mac;
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
