// Does the import pipeline keep up with the model? The same shop photos and boxes, two ways:
//   BM_ModelOnly  photos decoded beforehand, then the embedder alone (crop, preprocess, forward, head):
//                 the model's own throughput, items/s
//   BM_Ingest     lookbook's import: read + hash + decode on worker threads ahead of inference, embed,
//                 store photo, items and vectors in SQLite transactions, build the index. "items/s"
//                 is the whole job (model loading and the index included), "steady items/s" the
//                 rate between the first and the last photo
// The target is BM_Ingest's steady rate ≥ 90 % of BM_ModelOnly's items/s.
// Reproduce: build/bench/bench_ingest --benchmark_min_time=1
// The embedder is ResNet-50-sized at 128×128 (random weights); the photos come from the synthetic
// generator (LOOKBOOK_BENCH_INGEST_PAIRS pairs, default 40; the train split's shop photos are used).
#include "benchmodels.h"
#include "catalog/catalog.h"
#include "dataset/deepfashion2io.h"
#include "dataset/syntheticgenerator.h"
#include "embedding/embedder.h"
#include "models/decodedimage.h"
#include "models/modelmanifest.h"
#include "search/ingestjob.h"

#include <benchmark/benchmark.h>

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdlib>

using namespace lookbook;

namespace {

struct Fixture {
    QTemporaryDir dir;
    QString split;
    QString manifest;
    std::vector<models::DecodedImage> photos;
    std::vector<std::vector<Box>> boxes;
    qint64 items = 0;
};

Fixture &fixture()
{
    static Fixture f = [] {
        Fixture fx;
        dataset::SyntheticGenerator::Params params;
        params.outDir = fx.dir.filePath(QStringLiteral("synth"));
        params.pairs = std::getenv("LOOKBOOK_BENCH_INGEST_PAIRS") ? std::atoi(std::getenv("LOOKBOOK_BENCH_INGEST_PAIRS")) : 40;
        (void)dataset::SyntheticGenerator::generate(params);
        fx.split = params.outDir + QStringLiteral("/train");

        const QString model = fx.dir.filePath(QStringLiteral("resnet50.pt"));
        lookbook::bench::resnet50Like().save(model.toStdString());
        fx.manifest = fx.dir.filePath(QStringLiteral("resnet50.json"));
        QFile manifest(fx.manifest);
        manifest.open(QIODevice::WriteOnly);
        manifest.write(QStringLiteral(R"({"name": "resnet50-gem", "kind": "embedder", "file": "resnet50.pt", "sha256": "%1",
            "preprocess": {"input_size": [128, 128], "resize": "stretch", "mean": [0.485, 0.456, 0.406], "std": [0.229, 0.224, 0.225]},
            "embedder": {"output": "feature_map", "dimension": 2048, "head": [{"type": "gem", "p": 3}]}})")
                           .arg(models::ModelManifest::sha256Of(model).value())
                           .toUtf8());
        manifest.close();

        const dataset::DeepFashion2Split split = dataset::DeepFashion2Io::readSplit(fx.split).value();
        for (const dataset::ImageAnnotation &annotation : split.annotations) {
            if (annotation.source != dataset::ImageSource::Shop)
                continue;
            fx.photos.push_back(models::DecodedImage::load(split.imagePath(annotation.imageId)).value());
            std::vector<Box> boxes;
            for (const dataset::GarmentItem &item : annotation.items)
                boxes.push_back(item.box);
            fx.items += static_cast<qint64>(boxes.size());
            fx.boxes.push_back(std::move(boxes));
        }
        return fx;
    }();
    return f;
}

void BM_ModelOnly(benchmark::State &state)
{
    Fixture &f = fixture();
    const auto embedder = embedding::Embedder::load(f.manifest, {QStringLiteral("cpu"), false}).value();
    (void)embedder->warmUp();
    for (auto _ : state) {
        for (std::size_t p = 0; p < f.photos.size(); ++p)
            benchmark::DoNotOptimize(embedder->embed(f.photos[p], f.boxes[p]));
    }
    state.counters["items/s"] = benchmark::Counter(static_cast<double>(f.items * state.iterations()), benchmark::Counter::kIsRate);
    state.counters["photos"] = static_cast<double>(f.photos.size());
}

void BM_Ingest(benchmark::State &state)
{
    Fixture &f = fixture();
    static int run = 0;  // every repetition imports into a new catalog
    double steadyItems = 0.0;
    double steadySeconds = 0.0;
    for (auto _ : state) {
        state.PauseTiming();
        const QString db = f.dir.filePath(QStringLiteral("catalog%1.db").arg(run++));
        (void)catalog::Catalog::create(db);
        search::IngestParams params;
        params.catalogPath = db;
        params.sourcePath = f.split;
        params.embedderManifest = f.manifest;
        params.inference.device = QStringLiteral("cpu");
        state.ResumeTiming();
        // The steady rate, between the first and the last photo: what a long import sustains once
        // the models are loaded and warm (loading, hashing the model file and the index build are
        // fixed costs, counted in the whole-job rate).
        QElapsedTimer clock;
        qint64 firstItems = 0;
        qint64 lastItems = 0;
        double firstSeconds = 0.0;
        double lastSeconds = 0.0;
        const Result<search::IngestReport> report = search::IngestJob(params).run([&](const search::IngestProgress &p) {
            if (!clock.isValid()) {
                clock.start();
                firstItems = p.itemsDone;
            } else {
                lastSeconds = clock.nsecsElapsed() / 1e9;
                lastItems = p.itemsDone;
            }
            return true;
        });
        if (!report || report->vectorsAdded != f.items)
            state.SkipWithError("ingest failed");
        steadyItems += lastItems - firstItems;
        steadySeconds += lastSeconds - firstSeconds;
    }
    state.counters["items/s"] = benchmark::Counter(static_cast<double>(f.items * state.iterations()), benchmark::Counter::kIsRate);
    state.counters["steady items/s"] = steadySeconds > 0 ? steadyItems / steadySeconds : 0.0;
}

} // namespace

BENCHMARK(BM_ModelOnly)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_Ingest)->Unit(benchmark::kMillisecond)->UseRealTime();

BENCHMARK_MAIN();
