// Fusion speed on detector-like input. Reproduce: build/bench/bench_fusion
//   interactive: 5 models × 100 boxes, 13 labels (runs on every slider move in the GUI)
//   large:       5 models × 2000 boxes, 10 labels (the Python reference needs ~0.57 s)
#include "fusion/boxfusion.h"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <random>

using namespace lookbook;
using namespace lookbook::fusion;

namespace {

// Each model sees the same objects with its own jitter, duplicates and false positives, the way
// detectors without a tight score threshold do.
std::vector<std::vector<ScoredBox>> detectorLikeBoxes(int models, int boxesPerModel, int labels, unsigned seed)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::normal_distribution<double> jitter(0.0, 0.02);
    const int objectsPerLabel = std::max(2, boxesPerModel / labels / 4);
    std::vector<std::vector<Box>> objects(static_cast<size_t>(labels));
    for (auto &perLabel : objects) {
        for (int i = 0; i < objectsPerLabel; ++i) {
            const double w = 0.05 + 0.4 * unit(rng), h = 0.05 + 0.4 * unit(rng);
            const double x = unit(rng) * (1 - w), y = unit(rng) * (1 - h);
            perLabel.push_back({x, y, x + w, y + h});
        }
    }
    std::vector<std::vector<ScoredBox>> result(static_cast<size_t>(models));
    for (auto &model : result) {
        for (int j = 0; j < boxesPerModel; ++j) {
            const int label = static_cast<int>(unit(rng) * labels);
            const auto &perLabel = objects[static_cast<size_t>(label)];
            Box box;
            if (unit(rng) < 0.8) {
                const Box &o = perLabel[static_cast<size_t>(unit(rng) * perLabel.size())];
                box = {o.x1 + jitter(rng), o.y1 + jitter(rng), o.x2 + jitter(rng), o.y2 + jitter(rng)};
            } else {
                const double x = unit(rng) * 0.8, y = unit(rng) * 0.8;
                box = {x, y, x + 0.05 + 0.15 * unit(rng), y + 0.05 + 0.15 * unit(rng)};
            }
            model.push_back({box, 0.05 + 0.95 * unit(rng), label});
        }
    }
    return result;
}

void runFusion(benchmark::State &state, Method method, ConfType confType, int boxesPerModel, int labels)
{
    const auto models = detectorLikeBoxes(5, boxesPerModel, labels, 42);
    const std::vector<double> weights = {2.0, 1.5, 1.0, 1.0, 0.5};
    FusionParams params;
    params.method = method;
    params.confType = confType;
    size_t outputs = 0;
    for (auto _ : state) {
        auto fused = fuseBoxes(models, weights, params);
        outputs = fused.value().size();
        benchmark::DoNotOptimize(fused);
    }
    state.counters["boxes_in"] = 5.0 * boxesPerModel;
    state.counters["boxes_out"] = static_cast<double>(outputs);
    state.SetItemsProcessed(state.iterations() * 5 * boxesPerModel);
}

void BM_WbfInteractive(benchmark::State &state) { runFusion(state, Method::Wbf, ConfType::Avg, 100, 13); }
void BM_WbfLarge(benchmark::State &state) { runFusion(state, Method::Wbf, ConfType::Avg, 2000, 10); }
void BM_WbfLargeBoxAndModelAvg(benchmark::State &state) { runFusion(state, Method::Wbf, ConfType::BoxAndModelAvg, 2000, 10); }
void BM_NmsInteractive(benchmark::State &state) { runFusion(state, Method::Nms, ConfType::Avg, 100, 13); }
void BM_SoftNmsInteractive(benchmark::State &state) { runFusion(state, Method::SoftNms, ConfType::Avg, 100, 13); }
void BM_NmwInteractive(benchmark::State &state) { runFusion(state, Method::Nmw, ConfType::Avg, 100, 13); }
void BM_NmsLarge(benchmark::State &state) { runFusion(state, Method::Nms, ConfType::Avg, 2000, 10); }
void BM_NmwLarge(benchmark::State &state) { runFusion(state, Method::Nmw, ConfType::Avg, 2000, 10); }

} // namespace

BENCHMARK(BM_WbfInteractive)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_WbfLarge)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_WbfLargeBoxAndModelAvg)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_NmsInteractive)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_SoftNmsInteractive)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_NmwInteractive)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_NmsLarge)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_NmwLarge)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
