// The embedder backend on tiny TorchScript modules built here (no Python): pooled vectors against
// values worked out by hand, and every way a model can be wrong.
#include "backend/torch/torchembedder.h"

#include <torch/script.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace lookbook::torchbackend;

namespace {

QString saveModule(const QTemporaryDir &dir, const QString &name, const char *source)
{
    torch::jit::Module module("TestModel");
    module.define(source);
    const QString path = dir.filePath(name);
    module.save(path.toStdString());
    return path;
}

// One 2-channel 2×2 feature map, laid out as the input of an identity model (3 input channels are
// required by the contract, so the third is zero and a slicing model drops it).
const std::vector<float> kFeatureInput = {1, 2, 3, 4, /* channel 1 */ 0, 0, 0, 4, /* channel 2 */ 0, 0, 0, 0};

constexpr const char *kFirstTwoChannels = R"JIT(
def forward(self, x):
    return x[:, 0:2, :, :]
)JIT";

} // namespace

Q_DECLARE_METATYPE(std::vector<PoolingStage>)

class TestTorchEmbedder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void poolingHeads_data()
    {
        QTest::addColumn<std::vector<PoolingStage>>("head");
        QTest::addColumn<std::vector<float>>("expected");
        // Channel 0 = [1, 2, 3, 4], channel 1 = [0, 0, 0, 4].
        // SPoC: means 2.5 and 1 → / √7.25.
        QTest::newRow("spoc") << std::vector<PoolingStage>{{Pooling::Spoc, 0, {}}} << std::vector<float>{0.9284767f, 0.3713907f};
        // MAC: maxima 4 and 4 → 1/√2 each.
        QTest::newRow("mac") << std::vector<PoolingStage>{{Pooling::Mac, 0, {}}} << std::vector<float>{0.7071068f, 0.7071068f};
        // GeM p = 3: (100/4)^(1/3) = 2.9240177, (64/4)^(1/3) = 2.5198421 → / 3.8599849.
        QTest::newRow("gem") << std::vector<PoolingStage>{{Pooling::Gem, 3, {}}} << std::vector<float>{0.7575184f, 0.6528095f};
        // CGD GeM + MAC: each normalised, concatenated, normalised again (÷ √2).
        QTest::newRow("cgd gem+mac") << std::vector<PoolingStage>{{Pooling::Gem, 3, {}}, {Pooling::Mac, 0, {}}}
                                     << std::vector<float>{0.5356470f, 0.4616049f, 0.5f, 0.5f};
    }

    void poolingHeads()
    {
        QFETCH(std::vector<PoolingStage>, head);
        QFETCH(std::vector<float>, expected);
        QTemporaryDir dir;
        std::string error;
        const auto embedder = TorchEmbedder::load(saveModule(dir, QStringLiteral("fm.pt"), kFirstTwoChannels).toStdString(),
                                                  {true, head, int(expected.size()), "fm"}, error);
        QVERIFY2(embedder, error.c_str());
        std::vector<std::vector<float>> vectors;
        QVERIFY2(embedder->embed(kFeatureInput, 1, 2, 2, vectors, error), error.c_str());
        QCOMPARE(vectors.size(), size_t(1));
        QCOMPARE(vectors[0].size(), expected.size());
        for (size_t i = 0; i < expected.size(); ++i)
            QVERIFY2(std::abs(vectors[0][i] - expected[i]) < 1e-5, qPrintable(QStringLiteral("component %1: %2").arg(i).arg(vectors[0][i])));
    }

    void projectedDescriptor()
    {
        // SPoC (2.5, 1), projected by (a + b, a − b) to (3.5, 1.5), normalised: ÷ √14.5.
        QTemporaryDir dir;
        const QString projection = saveModule(dir, QStringLiteral("proj.pt"), R"JIT(
def forward(self, v):
    return torch.stack([v[:, 0] + v[:, 1], v[:, 0] - v[:, 1]], dim=1)
)JIT");
        std::string error;
        const auto embedder = TorchEmbedder::load(saveModule(dir, QStringLiteral("fm.pt"), kFirstTwoChannels).toStdString(),
                                                  {true, {{Pooling::Spoc, 0, projection.toStdString()}}, 2, "projected"}, error);
        QVERIFY2(embedder, error.c_str());
        std::vector<std::vector<float>> vectors;
        QVERIFY2(embedder->embed(kFeatureInput, 1, 2, 2, vectors, error), error.c_str());
        QVERIFY(std::abs(vectors[0][0] - 3.5f / std::sqrt(14.5f)) < 1e-5 && std::abs(vectors[0][1] - 1.5f / std::sqrt(14.5f)) < 1e-5);

        const QString flat = saveModule(dir, QStringLiteral("flat.pt"), "def forward(self, v):\n    return v.sum()\n");
        const auto broken = TorchEmbedder::load(saveModule(dir, QStringLiteral("fm2.pt"), kFirstTwoChannels).toStdString(),
                                                {true, {{Pooling::Spoc, 0, flat.toStdString()}}, 2, "projected"}, error);
        QVERIFY(!broken->embed(kFeatureInput, 1, 2, 2, vectors, error));
        QVERIFY2(QString::fromStdString(error).contains(QStringLiteral("head[0].projection: expected a [B, D] tensor")), error.c_str());
    }

    void embeddingOutputIsNormalisedPerRow()
    {
        // A model that averages each channel: image 0 is (3, 0, 4) everywhere → (0.6, 0, 0.8);
        // image 1 is (0, 2, 0) → (0, 1, 0).
        QTemporaryDir dir;
        std::string error;
        const auto embedder = TorchEmbedder::load(saveModule(dir, QStringLiteral("mean.pt"), R"JIT(
def forward(self, x):
    return x.mean(dim=[2, 3])
)JIT").toStdString(), {false, {}, 3, "mean"}, error);
        QVERIFY2(embedder, error.c_str());
        const std::vector<float> input = {3, 3, 3, 3, 0, 0, 0, 0, 4, 4, 4, 4, /* image 1 */ 0, 0, 0, 0, 2, 2, 2, 2, 0, 0, 0, 0};
        std::vector<std::vector<float>> vectors;
        QVERIFY2(embedder->embed(input, 2, 2, 2, vectors, error), error.c_str());
        QCOMPARE(vectors.size(), size_t(2));
        QVERIFY(std::abs(vectors[0][0] - 0.6f) < 1e-6 && std::abs(vectors[0][2] - 0.8f) < 1e-6);
        QVERIFY(std::abs(vectors[1][1] - 1.0f) < 1e-6);
    }

    void badModels_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<bool>("featureMap");
        QTest::addColumn<int>("dimension");
        QTest::addColumn<QString>("expected");
        QTest::newRow("dimension differs from the manifest") << QStringLiteral("def forward(self, x):\n    return x.mean(dim=[2, 3])\n")
                                                             << false << 5 << QStringLiteral("the manifest promises 5-dimensional vectors, the model gives 3");
        QTest::newRow("tuple instead of tensor") << QStringLiteral("def forward(self, x):\n    return (x, x)\n") << false << 3
                                                 << QStringLiteral("expected the model to return a tensor, got Tuple");
        QTest::newRow("NaN output") << QStringLiteral("def forward(self, x):\n    return x.mean(dim=[2, 3]) * float('nan')\n") << false << 3
                                    << QStringLiteral("NaN or infinite values");
        QTest::newRow("feature map where an embedding was promised") << QStringLiteral("def forward(self, x):\n    return x\n") << false << 3
                                                                     << QStringLiteral("expected an embedding [B, D] with B = 1, got shape [1, 3, 2, 2]");
        QTest::newRow("embedding where a feature map was promised") << QStringLiteral("def forward(self, x):\n    return x.mean(dim=[2, 3])\n")
                                                                    << true << 3 << QStringLiteral("expected a feature map [B, C, h, w]");
    }

    void badModels()
    {
        QFETCH(QString, source);
        QFETCH(bool, featureMap);
        QFETCH(int, dimension);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        std::string error;
        const auto embedder = TorchEmbedder::load(saveModule(dir, QStringLiteral("bad.pt"), source.toUtf8().constData()).toStdString(),
                                                  {featureMap, {{Pooling::Mac, 0, {}}}, dimension, "bad-model"}, error);
        QVERIFY2(embedder, error.c_str());
        std::vector<std::vector<float>> vectors;
        QVERIFY(!embedder->embed(kFeatureInput, 1, 2, 2, vectors, error));
        QVERIFY2(QString::fromStdString(error).startsWith(QStringLiteral("bad-model: ")), error.c_str());
        QVERIFY2(QString::fromStdString(error).contains(expected), error.c_str());
    }

    void rejectsWhatIsNotTorchScript()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("weights.pt")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("PK\x03\x04 this is not a TorchScript archive");
        file.close();
        std::string error;
        QVERIFY(!TorchEmbedder::load(file.fileName().toStdString(), {false, {}, 3, "x"}, error));
        QVERIFY2(QString::fromStdString(error).startsWith(file.fileName() + QStringLiteral(": not a TorchScript model")), error.c_str());
    }

    void rejectsAnInputOfTheWrongSize()
    {
        QTemporaryDir dir;
        std::string error;
        const auto embedder = TorchEmbedder::load(saveModule(dir, QStringLiteral("fm.pt"), kFirstTwoChannels).toStdString(),
                                                  {true, {{Pooling::Spoc, 0, {}}}, 2, "fm"}, error);
        std::vector<std::vector<float>> vectors;
        QVERIFY(!embedder->embed(kFeatureInput, 2, 2, 2, vectors, error));
        QVERIFY2(QString::fromStdString(error).contains(QStringLiteral("expected 2×3×2×2 input values, got 12")), error.c_str());
    }
};

QTEST_GUILESS_MAIN(TestTorchEmbedder)
#include "tst_torchembedder.moc"
