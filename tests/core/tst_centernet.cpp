// The CenterNet detector trained in C++: targets, losses and decoding against values worked by
// hand (tests/data/train/centernet-WORKING.md), export through the manifest into
// detection::Detector, and a short training run on synthetic photos with its config's errors.
#include "../testfiles.h"
#include "dataset/syntheticgenerator.h"
#include "detection/detector.h"
#include "train/centernetloss_p.h"
#include "train/centernetnetwork_p.h"
#include "train/centernettargets_p.h"
#include "train/detectortrainer.h"
#include "train/detectortrainingconfig.h"

#include <QDir>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace lookbook;
using namespace lookbook::train;

namespace {

double logit(double p)
{
    return std::log(p / (1 - p));
}

// Heads fixed by buffers, whatever the input; the decoder is the trained network's own.
constexpr const char *kHandSetHeads = R"JIT(
def heads(self, x: Tensor) -> Tuple[Tensor, Tensor, Tensor]:
    b = x.size(0)
    return self.hm.repeat(b, 1, 1, 1), self.wh.repeat(b, 1, 1, 1), self.off.repeat(b, 1, 1, 1)
)JIT";

torch::jit::Module handSetModule()
{
    torch::Tensor hm = torch::full({1, 13, 8, 8}, -10.0);
    torch::Tensor wh = torch::zeros({1, 2, 8, 8});
    torch::Tensor off = torch::zeros({1, 2, 8, 8});
    hm[0][4][3][4] = logit(0.8);
    hm[0][4][3][5] = 0.0;
    off[0][0][3][4] = 0.25;
    off[0][1][3][4] = 0.5;
    wh[0][0][3][4] = 4.0;
    wh[0][1][3][4] = 2.0;
    hm[0][9][6][1] = logit(0.2);
    wh[0][0][6][1] = 2.0;
    wh[0][1][6][1] = 2.0;
    torch::jit::Module module("HandSet");
    module.register_buffer("hm", hm);
    module.register_buffer("wh", wh);
    module.register_buffer("off", off);
    module.define(kHandSetHeads);
    CenterNetNetwork::addDecoder(module, 5);
    return module;
}

QString writeConfig(const QString &folder, const QString &name, const QByteArray &json)
{
    return test::writeFile(QDir(folder).filePath(name), json);
}

} // namespace

class TestCenterNet final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        torch::set_num_threads(2);
    }

    void gaussianRadius()
    {
        QCOMPARE(qRound(CenterNetTargets::gaussianRadius(8, 8) * 1e5), qRound(2.18656 * 1e5));
        QVERIFY(qAbs(CenterNetTargets::gaussianRadius(3, 4) - 0.938664) < 1e-5);
    }

    void targets()
    {
        const CenterNetTargets t = CenterNetTargets::build({{{Box{18, 10, 50, 42}, 2}}}, 13, 16, 16, 4);
        QCOMPARE(t.heatmap.sizes().vec(), (std::vector<int64_t>{1, 13, 16, 16}));
        const auto heat = t.heatmap.accessor<float, 4>();
        QCOMPARE(heat[0][2][6][8], 1.0f);
        QVERIFY(qAbs(heat[0][2][6][9] - 0.486752) < 1e-5);
        QVERIFY(qAbs(heat[0][2][6][7] - 0.486752) < 1e-5);
        QVERIFY(qAbs(heat[0][2][7][9] - 0.236928) < 1e-5);
        QVERIFY(qAbs(heat[0][2][6][10] - 0.0561348) < 1e-6);
        QVERIFY(qAbs(heat[0][2][8][8] - 0.0561348) < 1e-6);
        QVERIFY(qAbs(heat[0][2][8][9] - 0.0273237) < 1e-6);
        QCOMPARE(heat[0][2][6][11], 0.0f);
        QCOMPARE(t.heatmap.sum().item<double>() - t.heatmap[0][2].sum().item<double>(), 0.0);  // other classes empty
        QCOMPARE(t.mask.sum().item<float>(), 1.0f);
        QCOMPARE(t.mask[0][0][6][8].item<float>(), 1.0f);
        QCOMPARE(t.size[0][0][6][8].item<float>(), 8.0f);
        QCOMPARE(t.size[0][1][6][8].item<float>(), 8.0f);
        QCOMPARE(t.offset[0][0][6][8].item<float>(), 0.5f);
        QCOMPARE(t.offset[0][1][6][8].item<float>(), 0.5f);
    }

    void focalLoss()
    {
        torch::Tensor target = torch::zeros({1, 1, 3, 3});
        target[0][0][1][1] = 1.0;
        target[0][0][1][2] = 0.5;
        torch::Tensor logits = torch::zeros({1, 1, 3, 3});
        logits[0][0][1][1] = logit(0.8);
        logits[0][0][2][2] = logit(0.2);
        QVERIFY(qAbs(CenterNetLoss::focal(logits, target).item<double>() - 1.0684027) < 1e-5);

        const torch::Tensor noPeak = torch::tensor({0.0f, 0.5f}).reshape({1, 1, 1, 2});
        QVERIFY(qAbs(CenterNetLoss::focal(torch::zeros({1, 1, 1, 2}), noPeak).item<double>() - 0.1841172) < 1e-5);
    }

    void regressionAndTotal()
    {
        CenterNetTargets t{torch::zeros({1, 13, 3, 3}), torch::zeros({1, 2, 3, 3}), torch::zeros({1, 2, 3, 3}), torch::zeros({1, 1, 3, 3})};
        t.heatmap[0][0][1][1] = 1.0;
        t.heatmap[0][0][1][2] = 0.5;
        t.mask[0][0][1][1] = 1.0;
        t.size[0][0][1][1] = 4.0;
        t.size[0][1][1][1] = 3.0;
        t.offset[0][0][1][1] = 0.5;
        t.offset[0][1][1][1] = 0.5;
        // Classes 1–12 are certain negatives (logit −30 → p clamped to 1e-4: about 1e-12 each).
        CenterNetHeads heads{torch::full({1, 13, 3, 3}, -30.0), torch::full({1, 2, 3, 3}, 9.0), torch::full({1, 2, 3, 3}, 9.0)};
        heads.heatmap[0][0] = torch::zeros({3, 3});
        heads.heatmap[0][0][1][1] = logit(0.8);
        heads.heatmap[0][0][2][2] = logit(0.2);
        heads.size[0][0][1][1] = 3.5;
        heads.size[0][1][1][1] = 3.25;
        heads.offset[0][0][1][1] = 0.25;
        heads.offset[0][1][1][1] = 0.75;
        const CenterNetLossTerms loss = CenterNetLoss::compute(heads, t);
        QVERIFY(qAbs(loss.size.item<double>() - 0.375) < 1e-4);
        QVERIFY(qAbs(loss.offset.item<double>() - 0.25) < 1e-4);
        QVERIFY(qAbs(loss.heatmap.item<double>() - 1.0684027) < 1e-5);
        QVERIFY(qAbs(loss.total.item<double>() - 1.3559027) < 1e-4);
    }

    void decodeHandSetHeads()
    {
        torch::jit::Module module = handSetModule();
        const auto out = module.forward({torch::zeros({1, 3, 32, 32})}).toGenericDict();
        const torch::Tensor boxes = out.at("boxes").toTensor(), scores = out.at("scores").toTensor(), labels = out.at("labels").toTensor();
        QCOMPARE(boxes.sizes().vec(), (std::vector<int64_t>{1, 5, 4}));
        QVERIFY(qAbs(scores[0][0].item<double>() - 0.8) < 1e-5);
        QCOMPARE(labels[0][0].item<int64_t>(), int64_t(4));
        QVERIFY(torch::allclose(boxes[0][0], torch::tensor({9.0f, 10.0f, 25.0f, 18.0f})));
        QVERIFY(qAbs(scores[0][1].item<double>() - 0.2) < 1e-5);
        QCOMPARE(labels[0][1].item<int64_t>(), int64_t(9));
        QVERIFY(torch::allclose(boxes[0][1], torch::tensor({0.0f, 20.0f, 8.0f, 28.0f})));
        // The suppressed neighbour (0.5) is gone; the rest are the −10 background.
        QVERIFY(scores[0][2].item<double>() < 1e-4);
    }

    void handSetThroughDetector()
    {
        const models::Preprocessing p = CenterNetNetwork::preprocessing(32, models::ResizeMode::Letterbox);
        const Result<QString> manifest = CenterNetNetwork::exportModel(handSetModule(), m_dir.filePath(QStringLiteral("hand")), QStringLiteral("hand-set"), p, {0.1, 0.4, 2.0});
        QVERIFY2(manifest.ok(), manifest.ok() ? "" : qPrintable(manifest.error().message));
        const QString photo = m_dir.filePath(QStringLiteral("photo.png"));
        QImage image(64, 48, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        QVERIFY(image.save(photo));

        const auto detector = detection::Detector::load(*manifest);
        QVERIFY2(detector.ok(), detector.ok() ? "" : qPrintable(detector.error().message));
        QCOMPARE((*detector)->manifest().detector.fusionWeight, 2.0);
        QCOMPARE((*detector)->manifest().detector.displayThreshold, 0.4);
        const auto boxes = (*detector)->detect(models::DecodedImage::load(photo).value());
        QVERIFY2(boxes.ok(), boxes.ok() ? "" : qPrintable(boxes.error().message));
        QCOMPARE(boxes->size(), size_t(2));
        QCOMPARE(boxes->at(0).label, 5);
        QVERIFY(qAbs(boxes->at(0).score - 0.8) < 1e-5);
        QVERIFY((boxes->at(0).box == Box{18, 12, 50, 28}));
        QCOMPARE(boxes->at(1).label, 10);
        QVERIFY((boxes->at(1).box == Box{0, 32, 16, 48}));
    }

    void exportRoundTrip()
    {
        torch::manual_seed(3);
        CenterNetNetwork network = CenterNetNetwork::create({32, 4, 1, 20});
        network.setTraining(false);
        const torch::Tensor input = torch::rand({2, 3, 32, 32}) * 255;
        const auto before = network.forward(input).toGenericDict();
        const Result<QString> manifest = CenterNetNetwork::exportModel(network.module(), m_dir.filePath(QStringLiteral("round")), QStringLiteral("tiny"),
                                                                       CenterNetNetwork::preprocessing(32, models::ResizeMode::Stretch), {0.05, 0.05, 1.0});
        QVERIFY(manifest.ok());
        torch::jit::Module loaded = torch::jit::load(m_dir.filePath(QStringLiteral("round/tiny.pt")).toStdString());
        const auto after = loaded.forward({input}).toGenericDict();
        for (const char *key : {"boxes", "scores", "labels"})
            QVERIFY2(torch::equal(before.at(key).toTensor(), after.at(key).toTensor()), key);
        QCOMPARE(before.at("boxes").toTensor().sizes().vec(), (std::vector<int64_t>{2, 20, 4}));
        QVERIFY(models::ModelManifest::load(*manifest)->verifyModelFile().ok());
    }

    void trainOnSyntheticPhotos()
    {
        dataset::SyntheticGenerator::Params synth;
        synth.outDir = m_dir.filePath(QStringLiteral("synth"));
        synth.pairs = 6;
        synth.validationFraction = 0.5;
        synth.seed = 2;  // colourway families share a split: this seed puts pairs in both
        const auto generated = dataset::SyntheticGenerator::generate(synth);
        QVERIFY2(generated.ok(), generated.ok() ? "" : qPrintable(generated.error().message));

        const QByteArray json = R"({"name": "tiny", "backbone": {"width": 4, "depth": 1}, "input_size": 64,
            "training": {"epochs": 4, "batch_size": 4, "seed": 2},
            "optimizer": {"type": "adam", "lr": 0.01, "warmup_steps": 0},
            "data": {"train": "synth/train", "validation": "synth/validation"},
            "output": {"folder": "out", "checkpoints": "ckpt"}})";
        const QString path = writeConfig(m_dir.path(), QStringLiteral("tiny.json"), json);
        const Result<DetectorTrainingConfig> loaded = DetectorTrainingConfig::load(path);
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
        DetectorTrainingConfig config = *loaded;

        const Result<DetectorTrainer::Report> report = DetectorTrainer::train({config, false, nullptr, nullptr});
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
        QCOMPARE(report->epochs.size(), size_t(4));
        QVERIFY2(report->epochs.back().loss < report->epochs.front().loss,
                 qPrintable(QStringLiteral("%1 → %2").arg(report->epochs.front().loss).arg(report->epochs.back().loss)));
        QVERIFY(report->imagesPerSecond > 0);
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("ckpt/tiny-checkpoint.pt"))));
        QVERIFY(test::readFile(report->modelCardPath).contains("| 4 |") || test::readFile(report->modelCardPath).contains("| 4 (best) |"));

        // The best epoch's export loads as any detector and runs on a real photo, in its own pixels.
        const auto detector = detection::Detector::load(report->manifestPath);
        QVERIFY2(detector.ok(), detector.ok() ? "" : qPrintable(detector.error().message));
        const auto photo = models::DecodedImage::load(synth.outDir + QStringLiteral("/validation/image/000001.jpg"));
        QVERIFY(photo.ok());
        const auto boxes = (*detector)->detect(*photo);
        QVERIFY(boxes.ok());
        for (const ScoredBox &b : *boxes) {
            QVERIFY(b.label >= 1 && b.label <= 13);
            QVERIFY(b.box.x1 >= 0 && b.box.x2 <= photo->width() && b.box.y1 >= 0 && b.box.y2 <= photo->height());
        }

        // Resuming with two more epochs keeps the history and continues from the checkpoint.
        config.epochs = 6;
        const Result<DetectorTrainer::Report> resumed = DetectorTrainer::train({config, true, nullptr, nullptr});
        QVERIFY2(resumed.ok(), resumed.ok() ? "" : qPrintable(resumed.error().message));
        QCOMPARE(resumed->epochs.size(), size_t(6));
        QCOMPARE(resumed->epochs[3].loss, report->epochs[3].loss);
        QVERIFY(resumed->epochs[4].loss < report->epochs.front().loss);  // continued from the trained weights, not from scratch

        config.width = 8;
        const Result<DetectorTrainer::Report> mismatch = DetectorTrainer::train({config, true, nullptr, nullptr});
        QVERIFY(!mismatch.ok());
        QVERIFY2(mismatch.error().message.contains(QStringLiteral("w4-d1-64-letterbox")), qPrintable(mismatch.error().message));
    }

    void configErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        const QByteArray data = R"("data": {"train": "t", "validation": "v"}, "output": {"folder": "o"})";
        QTest::newRow("unknown key") << (R"({"backbone": {"widht": 8}, )" + data + "}") << QStringLiteral("bad.json: backbone.widht: unknown key");
        QTest::newRow("unknown section") << (R"({"schedule": {}, )" + data + "}") << QStringLiteral("bad.json: schedule: unknown key");
        QTest::newRow("batch size") << (R"({"training": {"batch_size": 0}, )" + data + "}") << QStringLiteral("bad.json: training.batch_size: expected an integer in [1, 4096]");
        QTest::newRow("input size") << (R"({"input_size": 100, )" + data + "}") << QStringLiteral("bad.json: input_size: expected a multiple of 16");
        QTest::newRow("optimizer") << (R"({"optimizer": {"type": "rmsprop"}, )" + data + "}") << QStringLiteral("bad.json: optimizer.type: expected \"adam\" or \"sgd\"");
        QTest::newRow("missing train") << QByteArray(R"({"data": {"validation": "v"}, "output": {"folder": "o"}})") << QStringLiteral("bad.json: data.train: missing");
        QTest::newRow("not json") << QByteArray("{") << QStringLiteral("bad.json: not valid JSON");
    }

    void configErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const Result<DetectorTrainingConfig> config = DetectorTrainingConfig::load(writeConfig(m_dir.path(), QStringLiteral("bad.json"), json));
        QVERIFY(!config.ok());
        QVERIFY2(config.error().message.contains(expected), qPrintable(config.error().message));
    }

    void demoConfigsParse()
    {
        const QDir configs(QStringLiteral(LOOKBOOK_TEST_DATA "/../../resources/configs"));
        const QStringList files = configs.entryList({QStringLiteral("detector-centernet*.json")});
        QCOMPARE(files.size(), 3);
        for (const QString &file : files) {
            const Result<DetectorTrainingConfig> config = DetectorTrainingConfig::load(configs.filePath(file));
            QVERIFY2(config.ok(), config.ok() ? "" : qPrintable(config.error().message));
        }
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCenterNet)
#include "tst_centernet.moc"
