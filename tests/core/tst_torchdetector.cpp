// Every detector output contract, on tiny TorchScript modules built here (no Python), decoded
// against values written out by hand; and the ways a detector's output can be wrong.
#include "backend/torch/torchdetector.h"

#include <torch/script.h>

#include <QTemporaryDir>
#include <QTest>

using namespace lookbook::torchbackend;
using namespace lookbook::models;

namespace {

QString saveModule(const QTemporaryDir &dir, const char *source)
{
    torch::jit::Module module("TestDetector");
    module.define(source);
    const QString path = dir.filePath(QStringLiteral("detector.pt"));
    module.save(path.toStdString());
    return path;
}

const std::vector<float> kImage(3 * 8 * 8, 0.5f);  // the models below ignore their input

std::vector<std::vector<RawDetection>> run(DetectorDecoder decoder, const char *source, double threshold = 0.05, int batch = 1)
{
    QTemporaryDir dir;
    std::string error;
    const auto detector = TorchDetector::load(saveModule(dir, source).toStdString(), {decoder, threshold, "det"}, error);
    std::vector<std::vector<RawDetection>> out;
    std::vector<float> input;
    for (int b = 0; b < batch; ++b)
        input.insert(input.end(), kImage.begin(), kImage.end());
    if (!detector || !detector->detect(input, batch, 8, 8, out, error))
        qWarning("%s", error.c_str());
    return out;
}

bool same(const RawDetection &d, double x1, double y1, double x2, double y2, double score, int cls)
{
    return qAbs(d.x1 - x1) < 1e-5 && qAbs(d.y1 - y1) < 1e-5 && qAbs(d.x2 - x2) < 1e-5 && qAbs(d.y2 - y2) < 1e-5
        && qAbs(d.score - score) < 1e-6 && d.modelClass == cls;
}

} // namespace

class TestTorchDetector final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void torchvisionListOfDicts()
    {
        const auto out = run(DetectorDecoder::Torchvision, R"JIT(
def forward(self, x):
    d = {"boxes": torch.tensor([[10.0, 20.0, 30.0, 40.0], [1.0, 1.0, 2.0, 2.0]]),
         "labels": torch.tensor([3, 1]), "scores": torch.tensor([0.9, 0.01])}
    return [d]
)JIT");
        QCOMPARE(out.size(), size_t(1));
        QCOMPARE(out[0].size(), size_t(1));  // 0.01 is under the 0.05 threshold
        QVERIFY(same(out[0][0], 10, 20, 30, 40, 0.9, 3));
    }

    void torchvisionScriptedTuple()
    {
        const auto out = run(DetectorDecoder::Torchvision, R"JIT(
def forward(self, x):
    losses = {"loss": torch.tensor(0.0)}
    d = {"boxes": torch.tensor([[5.0, 6.0, 7.0, 8.0]]), "labels": torch.tensor([2]), "scores": torch.tensor([0.5])}
    return (losses, [d])
)JIT");
        QCOMPARE(out[0].size(), size_t(1));
        QVERIFY(same(out[0][0], 5, 6, 7, 8, 0.5, 2));
    }

    void mmdeployDetsAndLabels()
    {
        const auto out = run(DetectorDecoder::Mmdeploy, R"JIT(
def forward(self, x):
    dets = torch.tensor([[[10.0, 20.0, 50.0, 80.0, 0.9], [0.0, 0.0, 5.0, 5.0, 0.01], [1.0, 2.0, 3.0, 4.0, 0.3]]])
    labels = torch.tensor([[2, 0, 7]])
    return (dets, labels)
)JIT");
        QCOMPARE(out[0].size(), size_t(2));
        QVERIFY(same(out[0][0], 10, 20, 50, 80, 0.9, 2));
        QVERIFY(same(out[0][1], 1, 2, 3, 4, 0.3, 7));
    }

    void yoloRawCentreBoxesBestClass()
    {
        // Anchor 0: cx 50, cy 50, w 20, h 10 → [40, 45, 60, 55], class 0 at 0.9 (class 1 at 0.1).
        // Anchor 1: class 1 wins with 0.7 → [0, 0, 10, 10]. Anchor 2: best score 0.02 < 0.05, dropped.
        QTemporaryDir dir;
        std::string error;
        const auto detector = TorchDetector::load(saveModule(dir, R"JIT(
def forward(self, x):
    return torch.tensor([[[50.0, 5.0, 30.0], [50.0, 5.0, 30.0], [20.0, 10.0, 4.0], [10.0, 10.0, 4.0],
                          [0.9, 0.2, 0.01], [0.1, 0.7, 0.02]]])
)JIT").toStdString(), {DetectorDecoder::Yolo, 0.05, "yolo"}, error);
        QVERIFY2(detector, error.c_str());
        QVERIFY(detector->needsNms());
        std::vector<std::vector<RawDetection>> out;
        QVERIFY2(detector->detect(kImage, 1, 8, 8, out, error), error.c_str());
        QCOMPARE(out[0].size(), size_t(2));
        QVERIFY(same(out[0][0], 40, 45, 60, 55, 0.9, 0));
        QVERIFY(same(out[0][1], 0, 0, 10, 10, 0.7, 1));
    }

    void yoloNmsRowsPerImage()
    {
        // Batch of two: the model repeats its rows for every image in the batch.
        const auto out = run(DetectorDecoder::YoloNms, R"JIT(
def forward(self, x):
    rows = torch.tensor([[1.0, 2.0, 3.0, 4.0, 0.8, 5.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0]])
    return rows.unsqueeze(0).repeat(x.size(0), 1, 1)
)JIT", 0.05, 2);
        QCOMPARE(out.size(), size_t(2));
        QCOMPARE(out[1].size(), size_t(1));  // the zero row is padding
        QVERIFY(same(out[1][0], 1, 2, 3, 4, 0.8, 5));
    }

    void lookbookCanonicalDict()
    {
        const auto out = run(DetectorDecoder::Lookbook, R"JIT(
def forward(self, x):
    return {"boxes": torch.tensor([[[2.0, 3.0, 6.0, 7.0], [0.0, 0.0, 0.0, 0.0]]]),
            "scores": torch.tensor([[0.6, 0.0]]), "labels": torch.tensor([[12, 0]])}
)JIT");
        QCOMPARE(out[0].size(), size_t(1));
        QVERIFY(same(out[0][0], 2, 3, 6, 7, 0.6, 12));
    }

    void badOutputs_data()
    {
        QTest::addColumn<int>("decoder");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expected");
        QTest::newRow("mmdeploy given one tensor") << int(DetectorDecoder::Mmdeploy) << QStringLiteral("def forward(self, x):\n    return x\n")
                                                   << QStringLiteral("expected a tuple (dets [B, N, 5], labels [B, N]) (mmdeploy), got Tensor");
        QTest::newRow("yolo_nms with 5 columns") << int(DetectorDecoder::YoloNms) << QStringLiteral("def forward(self, x):\n    return torch.zeros(1, 3, 5)\n")
                                                 << QStringLiteral("got shape [1, 3, 5]");
        QTest::newRow("yolo with a batch of 2 for 1 image") << int(DetectorDecoder::Yolo) << QStringLiteral("def forward(self, x):\n    return torch.zeros(2, 6, 4)\n")
                                                            << QStringLiteral("with B = 1, got shape [2, 6, 4]");
        QTest::newRow("NaN boxes") << int(DetectorDecoder::YoloNms) << QStringLiteral("def forward(self, x):\n    return torch.full([1, 2, 6], float('nan'))\n")
                                   << QStringLiteral("NaN or infinite values");
        QTest::newRow("torchvision without scores")
            << int(DetectorDecoder::Torchvision)
            << QStringLiteral("def forward(self, x):\n    return [{\"boxes\": torch.zeros(1, 4), \"labels\": torch.zeros(1)}]\n")
            << QStringLiteral("got a dict without \"scores\"");
        QTest::newRow("lookbook as a list") << int(DetectorDecoder::Lookbook) << QStringLiteral("def forward(self, x):\n    return [x]\n")
                                            << QStringLiteral("expected a dict with boxes [B, N, 4]");
    }

    void badOutputs()
    {
        QFETCH(int, decoder);
        QFETCH(QString, source);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        std::string error;
        const QByteArray code = source.toUtf8();
        const auto detector = TorchDetector::load(saveModule(dir, code.constData()).toStdString(),
                                                  {static_cast<DetectorDecoder>(decoder), 0.05, "broken"}, error);
        QVERIFY2(detector, error.c_str());
        std::vector<std::vector<RawDetection>> out;
        QVERIFY(!detector->detect(kImage, 1, 8, 8, out, error));
        QVERIFY2(QString::fromStdString(error).startsWith(QStringLiteral("broken: ")), error.c_str());
        QVERIFY2(QString::fromStdString(error).contains(expected), error.c_str());
    }
};

QTEST_GUILESS_MAIN(TestTorchDetector)
#include "tst_torchdetector.moc"
