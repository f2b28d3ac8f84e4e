// Embedder training (core/train/): the losses against values worked out by hand
// (tests/data/train/WORKING.md), the P×K sampler, the schedule, the augmenter, the config's errors, and
// short real training runs on a tiny synthetic set: the loss falls, the export reloads with the same
// vectors (torch::jit::load and embedding::Embedder), and a resumed run continues at the right epoch.
#include "../testfiles.h"
#include "../testimages.h"
#include "common/progressline.h"
#include "dataset/deepfashion2io.h"
#include "dataset/syntheticgenerator.h"
#include "embedding/colourhistogramembedder.h"
#include "embedding/embedder.h"
#include "eval/retrievalprobe.h"
#include "models/modelmanifest.h"
#include "models/preprocessor.h"
#include "search/democatalog.h"
#include "train/cropaugmenter_p.h"
#include "train/demosetbuilder.h"
#include "train/embeddernetwork_p.h"
#include "train/embeddertrainer.h"
#include "train/embeddertrainingconfig.h"
#include "train/learningrateschedule.h"
#include "train/metriclosses_p.h"
#include "train/pksampler.h"
#include "train/trainingprogress.h"

#include <opencv2/imgcodecs.hpp>
#include <torch/script.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <set>

using namespace lookbook;
using namespace lookbook::train;
using namespace lookbook::eval;
using namespace lookbook::embedding;

namespace {

// The four 2-D features of WORKING.md: labels 0, 0, 1, 1; the first is not unit length on purpose.
at::Tensor workedFeatures()
{
    return torch::tensor({2.0f, 0.0f, 0.6f, 0.8f, 0.0f, 1.0f, -1.0f, 0.0f}).view({4, 2});
}

at::Tensor workedLabels()
{
    return torch::tensor({0, 0, 1, 1}, torch::kInt64);
}

double value(const at::Tensor &t)
{
    return t.item<double>();
}

} // namespace

class TestTrain final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_data;

    // A tiny, fast training config over the synthetic set; `epochs` and folders vary per test.
    QByteArray configJson(int epochs, const QString &output, const QString &extra = QString()) const
    {
        return QStringLiteral(R"({
  "name": "tiny",
  "backbone": {"blocks": [1, 1], "width": 8},
  "input_size": 32,
  "head": {"descriptors": ["gem", "mac"], "gem_p": 3.0, "dimension": 16},
  "training": {"epochs": %1, "identities_per_batch": 4, "instances_per_identity": 2, "seed": 7},
  "optimizer": {"lr": 0.05, "momentum": 0.9, "weight_decay": 0.0005, "warmup_steps": 2, "warmup_factor": 0.1, "cosine_floor": 0.01},
  "loss": {"softmax": 1.0, "label_smoothing": 0.1, "center": 0.0005, "triplet": 1.0, "triplet_margin": 0.3, "multi_similarity": 0.5%3},
  "augmentation": {"box_scale": 0.05, "box_shift": 0.05, "flip": 0.5, "brightness": 0.1, "contrast": 0.1, "saturation": 0.1, "blur": 0.0},
  "data": {"train": ["%2/train"], "validation": "%2/validation"},
  "output": {"folder": "%4"}
})")
            .arg(epochs)
            .arg(m_data, extra, output)
            .toUtf8();
    }

    EmbedderTrainingConfig config(int epochs, const QString &output) const
    {
        const Result<EmbedderTrainingConfig> parsed = EmbedderTrainingConfig::parse(configJson(epochs, output), QString());
        if (!parsed)
            qWarning() << parsed.error().message;
        return parsed.value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        torch::set_num_threads(1);  // tiny models: threads only add OpenMP synchronisation
        dataset::SyntheticGenerator::Params params;
        params.outDir = m_data = m_dir.filePath(QStringLiteral("synth"));
        params.pairs = 10;
        params.seed = 3;
        params.validationFraction = 0.3;
        params.streetSize = {128, 160};
        params.shopSize = {128, 128};
        params.threads = 2;
        QVERIFY(dataset::SyntheticGenerator::generate(params));
    }

    // ── losses, each against WORKING.md ──

    void crossEntropyMatchesHandValue()
    {
        const at::Tensor logits = torch::tensor({std::log(2.0f), 0.0f, 0.0f, 0.0f, 0.0f, 0.0f}).view({2, 3});
        const at::Tensor labels = torch::tensor({0, 2}, torch::kInt64);
        QCOMPARE_LE(std::abs(value(MetricLosses::crossEntropy(logits, labels, 0.0)) - 0.895880), 1e-5);
        QCOMPARE_LE(std::abs(value(MetricLosses::crossEntropy(logits, labels, 0.3)) - 0.965194), 1e-5);
    }

    void centerLossMatchesHandValue()
    {
        const at::Tensor features = torch::tensor({1.0f, 2.0f, 3.0f, 4.0f}).view({2, 2});
        const at::Tensor centers = torch::tensor({1.0f, 0.0f, 0.0f, 0.0f}).view({2, 2});
        QCOMPARE_LE(std::abs(value(MetricLosses::center(features, torch::tensor({0, 1}, torch::kInt64), centers)) - 7.25), 1e-6);
    }

    void batchHardTripletMatchesHandValue()
    {
        QCOMPARE_LE(std::abs(value(MetricLosses::batchHardTriplet(workedFeatures(), workedLabels(), 0.3, false)) - 0.410932), 1e-5);
        QCOMPARE_LE(std::abs(value(MetricLosses::batchHardTriplet(workedFeatures(), workedLabels(), 0.3, true)) - 0.745290), 1e-5);
        // No anchor with both a positive and a negative: nothing to learn, and no NaN.
        QCOMPARE(value(MetricLosses::batchHardTriplet(workedFeatures(), torch::tensor({0, 1, 2, 3}, torch::kInt64), 0.3, false)), 0.0);
    }

    void multiSimilarityMatchesHandValue()
    {
        QCOMPARE_LE(std::abs(value(MetricLosses::multiSimilarity(workedFeatures(), workedLabels(), 2.0, 50.0, 0.5, 0.1)) - 0.388925), 1e-5);
    }

    void lossesHaveGradients()
    {
        const at::Tensor features = workedFeatures().clone().set_requires_grad(true);
        const at::Tensor loss = MetricLosses::batchHardTriplet(features, workedLabels(), 0.3, false)
            + MetricLosses::multiSimilarity(features, workedLabels(), 2.0, 50.0, 0.5, 0.1);
        loss.backward();
        QVERIFY(features.grad().defined());
        QVERIFY(features.grad().abs().sum().item<double>() > 0);
        QVERIFY(torch::isfinite(features.grad()).all().item<bool>());
    }

    // ── sampler, schedule, augmentation, progress, config ──

    void samplerGivesPTimesK()
    {
        // Identity 40 has one instance (dropped); 30 has two (filled up with replacement for K = 4).
        const std::vector<int> labels{10, 10, 10, 10, 10, 20, 20, 20, 30, 30, 40, 50, 50, 50, 50};
        Result<PkSampler> created = PkSampler::create(labels, 2, 4, 11);
        QVERIFY(created);
        PkSampler sampler = created.value();
        QCOMPARE(sampler.identityCount(), 4);
        QCOMPARE(sampler.sampleCount(), 14);
        QCOMPARE(sampler.batchesPerEpoch(), 1);
        PkSampler again = PkSampler::create(labels, 2, 4, 11).value();
        std::set<int> seen;
        for (int b = 0; b < 20; ++b) {
            const std::vector<int> batch = sampler.nextBatch();
            QCOMPARE(batch, again.nextBatch());  // deterministic given the seed
            QCOMPARE(batch.size(), size_t{8});
            std::map<int, int> perIdentity;
            for (int index : batch) {
                ++perIdentity[labels[static_cast<size_t>(index)]];
                seen.insert(index);
            }
            QCOMPARE(perIdentity.size(), size_t{2});
            for (const auto &[label, count] : perIdentity)
                QCOMPARE(count, 4);
            QVERIFY(!perIdentity.count(40));
            if (perIdentity.count(30)) {  // both of identity 30's samples before any repeat
                QVERIFY(std::count(batch.begin(), batch.end(), 8) >= 1);
                QVERIFY(std::count(batch.begin(), batch.end(), 9) >= 1);
            }
        }
        QCOMPARE(seen.size(), size_t{14});
        QVERIFY(!PkSampler::create(labels, 5, 2, 1));  // only 4 identities with 2 instances
    }

    void scheduleWarmsUpThenDecays()
    {
        const LearningRateSchedule schedule({0.1, 10, 0.1, 111, 0.01});
        QCOMPARE_LE(std::abs(schedule.rate(0) - 0.01), 1e-12);
        QCOMPARE_LE(std::abs(schedule.rate(5) - 0.055), 1e-12);
        QCOMPARE_LE(std::abs(schedule.rate(10) - 0.1), 1e-12);
        QCOMPARE_LE(std::abs(schedule.rate(60) - 0.0505), 1e-12);  // halfway: floor + (1 − floor) / 2
        QCOMPARE_LE(std::abs(schedule.rate(110) - 0.001), 1e-12);
        QCOMPARE_LE(std::abs(schedule.rate(500) - 0.001), 1e-12);
    }

    void augmenterIsDeterministic()
    {
        cv::Mat image(100, 80, CV_8UC3);
        cv::randu(image, 0, 255);
        AugmentationParams params;
        params.blur = 0.5;
        const cv::Mat cached = CropAugmenter::cache(image, 10, 20, 60, 90, params.cacheMargin, 32);
        QCOMPARE(cached.cols, 42);  // 32 × (1 + 2 × 0.15), rounded
        CropAugmenter a(params, 32, 5), b(params, 32, 5), c(params, 32, 6);
        bool differs = false;
        for (int i = 0; i < 5; ++i) {
            const cv::Mat x = a.augment(cached), y = b.augment(cached), z = c.augment(cached);
            QCOMPARE(x.size(), cv::Size(32, 32));
            QCOMPARE(cv::norm(x, y, cv::NORM_INF), 0.0);
            differs = differs || cv::norm(x, z, cv::NORM_INF) > 0;
        }
        QVERIFY(differs);
        QCOMPARE(CropAugmenter::centre(cached, params.cacheMargin, 32).size(), cv::Size(32, 32));
    }

    void progressLineFormat()
    {
        QCOMPARE(TrainingProgress::format(12, 400, {{QStringLiteral("ce"), 1.1}, {QStringLiteral("tri"), 0.134}}, 85.2, 83),
                 QStringLiteral("step 12/400 loss 1.234 (ce 1.100 tri 0.134) 85.2 img/s ETA 01:23"));
    }

    void progressInALogIsALineEveryFewPercent()
    {
        // A file is not a terminal: no carriage returns, one line per 5 % (0, 5, …, 100: 21) and one
        // more when a stage starts, however many items there are.
        std::FILE *log = std::tmpfile();
        QVERIFY(log);
        {
            ProgressLine line(log, 5);
            QVERIFY(!line.isTerminal());
            for (int i = 0; i <= 1000; ++i)
                line.update(QStringLiteral("embedding"), i, 1000, QStringLiteral("embedding %1/1000").arg(i));
            line.update(QStringLiteral("indexing"), 0, 0, QStringLiteral("indexing"));
        }
        std::rewind(log);
        QByteArray text;
        char buffer[4096];
        for (size_t n; (n = std::fread(buffer, 1, sizeof buffer, log)) > 0;)
            text.append(buffer, static_cast<qsizetype>(n));
        std::fclose(log);
        QVERIFY(!text.contains('\r'));
        const QList<QByteArray> lines = text.trimmed().split('\n');
        QCOMPARE(lines.size(), 22);
        QCOMPARE(lines.at(0), QByteArray("embedding 0/1000"));
        QCOMPARE(lines.at(1), QByteArray("embedding 50/1000"));
        QCOMPARE(lines.at(20), QByteArray("embedding 1000/1000"));
        QCOMPARE(lines.at(21), QByteArray("indexing"));
    }

    void configErrors_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("message");
        const QString data = QStringLiteral(R"("data": {"train": ["t"], "validation": "v"})");
        QTest::newRow("epochs") << QStringLiteral(R"({"training": {"epochs": 0}, %1})").arg(data) << "c.json: training.epochs: expected a positive integer";
        QTest::newRow("unknown top") << QStringLiteral(R"({"optimiser": {}, %1})").arg(data) << "c.json: optimiser: unknown key";
        QTest::newRow("unknown nested") << QStringLiteral(R"({"loss": {"tripplet": 1}, %1})").arg(data) << "c.json: loss.tripplet: unknown key";
        QTest::newRow("head") << QStringLiteral(R"({"head": {"descriptors": ["gem", "max"]}, %1})").arg(data) << "c.json: head.descriptors[1]: expected";
        QTest::newRow("dimension") << QStringLiteral(R"({"head": {"descriptors": ["gem", "mac", "spoc"], "dimension": 128}, %1})").arg(data)
                                   << "c.json: head.dimension: expected a multiple of the descriptor count (3)";
        QTest::newRow("lr") << QStringLiteral(R"({"optimizer": {"lr": -1}, %1})").arg(data) << "c.json: optimizer.lr: expected a number";
        QTest::newRow("train") << QStringLiteral(R"({"data": {"validation": "v"}})") << "c.json: data.train: expected a list";
        QTest::newRow("json") << QStringLiteral(R"({"data": )") << "c.json: not valid JSON";
    }

    void configErrors()
    {
        QFETCH(QString, json);
        QFETCH(QString, message);
        const Result<EmbedderTrainingConfig> parsed = EmbedderTrainingConfig::parse(json.toUtf8(), QStringLiteral("/x/c.json"));
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().message.contains(message), qPrintable(parsed.error().message));
    }

    void configDefaultsAndPaths()
    {
        const Result<EmbedderTrainingConfig> parsed =
            EmbedderTrainingConfig::parse(R"({"name": "a", "data": {"train": ["t1", "/abs/t2"], "validation": "v"}})", QStringLiteral("/x/y/c.json"));
        QVERIFY(parsed);
        QCOMPARE(parsed->trainRoots, QStringList({QStringLiteral("/x/y/t1"), QStringLiteral("/abs/t2")}));
        QCOMPARE(parsed->validationRoot, QStringLiteral("/x/y/v"));
        QCOMPARE(parsed->checkpointDir, QStringLiteral("/x/y/a-checkpoints"));
        QCOMPARE(parsed->headName(), QStringLiteral("gem"));
        for (const char *name : {"embedder-gem.json", "embedder-cgd.json"}) {
            const Result<EmbedderTrainingConfig> shipped = EmbedderTrainingConfig::load(QStringLiteral(LOOKBOOK_TEST_DATA "/../../resources/configs/") + QLatin1String(name));
            QVERIFY2(shipped, shipped ? "" : qPrintable(shipped.error().message));
        }
    }

    // ── the network and its export ──

    void exportMatchesTrainingForward()
    {
        EmbedderTrainingConfig c = config(1, m_dir.filePath(QStringLiteral("unused")));
        torch::manual_seed(1);
        torch::jit::Module trained = EmbedderNetwork::build(c, 5);
        const at::Tensor x = torch::randn({3, 3, 32, 32});
        // A few training-mode batches move the running statistics away from their initial values.
        for (int i = 0; i < 3; ++i)
            trained.get_method("train_forward")({torch::randn({4, 3, 32, 32})});
        EmbedderNetwork::setTraining(trained, false);
        const QString path = m_dir.filePath(QStringLiteral("export.pt"));
        EmbedderNetwork::exportable(trained, c).save(path.toStdString());
        torch::jit::Module reloaded = torch::jit::load(path.toStdString());
        QVERIFY(!reloaded.find_method("train_forward"));
        QVERIFY(!reloaded.hasattr("cls_w"));
        torch::NoGradGuard noGrad;
        const at::Tensor a = trained.forward({x}).toTensor(), b = reloaded.forward({x}).toTensor();
        QCOMPARE(a.sizes().vec(), std::vector<int64_t>({3, 16}));
        QCOMPARE_LE((a - b).abs().max().item<double>(), 1e-6);
        QCOMPARE_LE((a.norm(2, 1) - 1).abs().max().item<double>(), 1e-5);
        QCOMPARE(EmbedderNetwork::gemP(reloaded), 3.0);
    }

    // ── real training runs ──

    void trainingLowersTheLossAndExports()
    {
        const QString out = m_dir.filePath(QStringLiteral("run"));
        EmbedderTrainer::Params params;
        params.config = config(3, out);
        params.config.augmentation = {0, 0, 0, 0, 0, 0, 0, 0.15};  // a fixed task, so that the loss must fall
        params.stepsPerEpoch = 6;
        params.progress = nullptr;
        const Result<EmbedderTrainer::Report> report = EmbedderTrainer::run(params);
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->epochs.size(), size_t{3});
        QVERIFY(report->identities >= 4);
        QVERIFY2(report->epochs[2].loss < report->epochs[0].loss,
                 qPrintable(QStringLiteral("%1 → %2").arg(report->epochs[0].loss).arg(report->epochs[2].loss)));
        QVERIFY(report->epochs[0].imagesPerSecond > 0);
        QVERIFY(report->epochs[0].validation.queries > 0);
        QVERIFY(report->baseline.accuracy.count(10));
        QVERIFY(report->bestEpoch >= 1 && report->bestEpoch <= 3);
        QVERIFY(QFile::exists(report->cardPath));
        QVERIFY(QFile::exists(QDir(params.config.checkpointDir).filePath(QStringLiteral("epoch-003/optimizer.pt"))));

        // The manifest loads (sha256 checked) and the Embedder gives the trainer's eval forward: the
        // best checkpoint's forward() on the preprocessor's crops.
        const Result<std::unique_ptr<embedding::Embedder>> embedder = embedding::Embedder::load(report->manifestPath);
        QVERIFY2(embedder, embedder ? "" : qPrintable(embedder.error().message));
        QVERIFY((*embedder)->manifest().verifyModelFile());
        QCOMPARE((*embedder)->dimension(), 16);
        torch::jit::Module best = torch::jit::load(QDir(params.config.checkpointDir).filePath(QStringLiteral("best.pt")).toStdString());
        const Result<dataset::DeepFashion2Split> validation = dataset::DeepFashion2Io::readSplit(params.config.validationRoot);
        QVERIFY(validation);
        const dataset::ImageAnnotation &annotation = validation->annotations.front();
        const Result<models::DecodedImage> image = models::DecodedImage::load(validation->imagePath(annotation.imageId));
        QVERIFY(image);
        std::vector<Box> boxes;
        for (const dataset::GarmentItem &item : annotation.items)
            boxes.push_back(item.box);
        const Result<std::vector<std::vector<float>>> vectors = (*embedder)->embed(*image, boxes);
        QVERIFY(vectors);
        models::TensorBatch batch = models::Preprocessor::crops(*image, boxes, 0.0, (*embedder)->manifest().preprocessing);
        torch::NoGradGuard noGrad;
        const at::Tensor expected = best.forward({torch::from_blob(batch.data.data(), {batch.batch, 3, batch.height, batch.width})}).toTensor();
        for (size_t i = 0; i < boxes.size(); ++i) {
            for (int d = 0; d < 16; ++d)
                QCOMPARE_LE(std::abs(vectors.value()[i][static_cast<size_t>(d)] - expected[static_cast<int64_t>(i)][d].item<float>()), 1e-5f);
        }

        // …so the shipped model scores what the trainer reported for its best epoch.
        const Result<eval::RetrievalMetrics> shipped = RetrievalProbe::evaluate(*validation, [&](const models::DecodedImage &img, const std::vector<Box> &b) -> Result<FloatMatrix> {
            const Result<std::vector<std::vector<float>>> v = (*embedder)->embed(img, b);
            if (!v)
                return v.error();
            FloatMatrix m(static_cast<std::int64_t>(b.size()), 16);
            for (size_t i = 0; i < b.size(); ++i)
                std::copy(v.value()[i].begin(), v.value()[i].end(), m.row(static_cast<std::int64_t>(i)));
            return m;
        });
        QVERIFY(shipped);
        QCOMPARE(shipped->accuracy, report->epochs[static_cast<size_t>(report->bestEpoch - 1)].validation.accuracy);
    }

    void resumeContinuesAtTheNextEpoch()
    {
        const QString out = m_dir.filePath(QStringLiteral("resume"));
        EmbedderTrainer::Params params;
        params.config = config(1, out);
        params.stepsPerEpoch = 2;
        params.progress = nullptr;
        const Result<EmbedderTrainer::Report> first = EmbedderTrainer::run(params);
        QVERIFY2(first, first ? "" : qPrintable(first.error().message));
        QCOMPARE(first->epochs.size(), size_t{1});

        params.config.epochs = 2;
        params.resume = true;
        const Result<EmbedderTrainer::Report> second = EmbedderTrainer::run(params);
        QVERIFY2(second, second ? "" : qPrintable(second.error().message));
        QCOMPARE(second->firstEpoch, 2);
        QCOMPARE(second->epochs.size(), size_t{2});
        QCOMPARE(second->epochs[0].loss, first->epochs[0].loss);  // read back from the checkpoint
        QCOMPARE(second->epochs[1].epoch, 2);
        QVERIFY(QFile::exists(QDir(params.config.checkpointDir).filePath(QStringLiteral("epoch-002/state.json"))));
        QVERIFY(!QDir(QDir(params.config.checkpointDir).filePath(QStringLiteral("epoch-002.partial"))).exists());
        const QJsonObject state = QJsonDocument::fromJson(
            [&] { QFile f(QDir(params.config.checkpointDir).filePath(QStringLiteral("epoch-002/state.json"))); f.open(QIODevice::ReadOnly); return f.readAll(); }())
                                      .object();
        QCOMPARE(state.value(QStringLiteral("epoch")).toInt(), 2);

        // Nothing left to train: a resume of a finished run only re-exports.
        const Result<EmbedderTrainer::Report> third = EmbedderTrainer::run(params);
        QVERIFY(third);
        QCOMPARE(third->firstEpoch, 3);
    }

    void cancellationStops()
    {
        EmbedderTrainer::Params params;
        params.config = config(1, m_dir.filePath(QStringLiteral("cancel")));
        params.progress = nullptr;
        params.cancelled = [] { return true; };
        const Result<EmbedderTrainer::Report> report = EmbedderTrainer::run(params);
        QVERIFY(!report);
        QCOMPARE(report.error().code, ErrorCode::Cancelled);
    }

    // Training photos go through the app's image reader: a decompression bomb among them is named, with
    // the limit, before anything is decoded (OpenCV's own limit is five times larger).
    void aDamagedTrainingPhotoIsNamed()
    {
        const QString split = m_dir.filePath(QStringLiteral("bombs/train"));
        QVERIFY(QDir().mkpath(split + QStringLiteral("/annos")) && QDir().mkpath(split + QStringLiteral("/image")));
        const QDir source(m_data + QStringLiteral("/train/annos"));
        for (const QString &name : source.entryList({QStringLiteral("*.json")}, QDir::Files)) {
            QVERIFY(QFile::copy(source.filePath(name), split + QStringLiteral("/annos/") + name));
            lookbook::test::writeFile(split + QStringLiteral("/image/") + QFileInfo(name).completeBaseName() + QStringLiteral(".jpg"),
                                      lookbook::test::pngClaiming(20000, 20000));
        }
        EmbedderTrainer::Params params;
        params.config = config(1, m_dir.filePath(QStringLiteral("bombs/out")));
        params.config.trainRoots = {split};
        params.progress = nullptr;
        const Result<EmbedderTrainer::Report> report = EmbedderTrainer::run(params);
        QVERIFY(!report);
        QVERIFY2(report.error().message.startsWith(split + QStringLiteral("/image/"))
                     && report.error().message.contains(QStringLiteral("(400 megapixels), more than the limit of 200 megapixels")),
                 qPrintable(report.error().message));
    }

    void colourHistogramSeparatesColours()
    {
        const QString folder = m_dir.filePath(QStringLiteral("colours"));
        QDir().mkpath(folder);
        cv::Mat image(40, 80, CV_8UC3, cv::Scalar(0, 0, 255));
        image(cv::Rect(40, 0, 40, 40)).setTo(cv::Scalar(255, 0, 0));
        std::vector<uchar> png;
        cv::imencode(".png", image, png);
        const Result<models::DecodedImage> decoded = models::DecodedImage::decode(QByteArray(reinterpret_cast<const char *>(png.data()), static_cast<int>(png.size())), QStringLiteral("colours"));
        QVERIFY(decoded);
        const FloatMatrix h = ColourHistogramEmbedder().embed(*decoded, {{0, 0, 20, 40}, {20, 0, 40, 40}, {40, 0, 80, 40}});
        const auto dot = [&](int a, int b) { float s = 0; for (int c = 0; c < h.cols; ++c) s += h.row(a)[c] * h.row(b)[c]; return s; };
        QCOMPARE_LE(std::abs(dot(0, 0) - 1.0f), 1e-5f);
        QCOMPARE_LE(std::abs(dot(0, 1) - 1.0f), 1e-5f);  // both red
        QCOMPARE_LE(dot(0, 2), 1e-5f);                   // red vs blue
    }

    // ── the demo set: plan → trained models, their ensemble and demo.json → the demo catalog ──
    void demoSetBuildsAndRunsTheDemoCatalog()
    {
        const QDir root(m_dir.filePath(QStringLiteral("demo")));
        QVERIFY(QDir().mkpath(root.path()));
        test::writeFile(root.filePath(QStringLiteral("det.json")), R"({"name": "tiny-det", "backbone": {"width": 4, "depth": 1}, "input_size": 64,
            "training": {"epochs": 1, "batch_size": 4, "seed": 2}, "optimizer": {"type": "adam", "lr": 0.01, "warmup_steps": 0},
            "data": {"train": "unused", "validation": "unused"}, "output": {"folder": "unused"}})");
        for (const char *name : {"tiny-a", "tiny-b"}) {
            QByteArray json = configJson(1, QStringLiteral("unused"));
            json.replace("\"name\": \"tiny\"", QByteArray("\"name\": \"") + name + '"');
            test::writeFile(root.filePath(QLatin1String(name) + QStringLiteral(".json")), json);
        }
        const QString plan = test::writeFile(root.filePath(QStringLiteral("plan.json")), R"({
            "data": {"pairs": 8, "seed": 3, "validation_fraction": 0.4},
            "detectors": ["det.json"], "embedders": ["tiny-a.json", "tiny-b.json"], "ensemble": "tiny-ensemble",
            "ensemble_weights": [1, 0.25], "catalog": {"pairs": 3, "seed": 5}})");

        DemoSetBuilder::Params params;
        params.planPath = plan;
        params.dataDir = root.filePath(QStringLiteral("data"));
        params.outDir = root.filePath(QStringLiteral("models"));
        params.progress = nullptr;
        params.only = {QStringLiteral("tiny-a")};
        const Result<DemoSetReport> partial = DemoSetBuilder::build(params);
        QVERIFY(!partial.ok());  // the others were never trained into this folder
        QCOMPARE(partial.error().remedy, Remedy::BuildDemo);  // the CLI adds "train it with: lookbook-cli demo build --only tiny-det"
        QCOMPARE(partial.error().remedyArguments, QStringList{QStringLiteral("tiny-det")});

        params.only.clear();
        const Result<DemoSetReport> report = DemoSetBuilder::build(params);
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
        QCOMPARE(report->models.size(), std::size_t(3));
        QCOMPARE(report->models[0].kind, QStringLiteral("detector"));
        QVERIFY(report->models[1].metric.startsWith(QStringLiteral("Acc@10 ")));
        const Result<models::ModelManifest> ensemble = models::ModelManifest::load(report->ensembleManifest);
        QVERIFY2(ensemble.ok(), ensemble.ok() ? "" : qPrintable(ensemble.error().message));
        QCOMPARE(ensemble->ensembleDimension, 32);  // two 16-d members, concatenated
        QCOMPARE(ensemble->members.size(), std::size_t(2));
        QCOMPARE(ensemble->members[1].weight, 0.25);

        search::DemoCatalogParams demo;
        demo.modelsDir = params.outDir;
        demo.dataDir = root.filePath(QStringLiteral("catalog-data"));
        const Result<search::DemoSetup> setup = search::DemoCatalog::ensure(demo);
        QVERIFY2(setup.ok(), setup.ok() ? "" : qPrintable(setup.error().message));
        QCOMPARE(setup->embedderManifest, report->ensembleManifest);
        QCOMPARE(setup->detectorManifests, QStringList{QDir(params.outDir).filePath(QStringLiteral("tiny-det.json"))});
        QCOMPARE(setup->streetPhotos.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestTrain)
#include "tst_train.moc"
