// Synthetic dataset speed: images written per second (street + shop, JPEG + JSON) with two worker
// threads, the target being at least 50 images/s on two cores.
// Reproduce: build/bench/bench_synth --benchmark_min_time=5
#include "dataset/syntheticgenerator.h"

#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace lookbook::dataset;

namespace {

void BM_SynthTwoThreads(benchmark::State &state)
{
    QTemporaryDir dir;
    SyntheticGenerator::Params params;
    params.pairs = static_cast<int>(state.range(0));
    params.threads = 2;
    int images = 0;
    quint64 seed = 1;
    for (auto _ : state) {
        params.outDir = dir.filePath(QString::number(seed));
        params.seed = seed++;  // fresh scenes every round, so no run is luckier than another
        const auto report = SyntheticGenerator::generate(params);
        if (!report) {
            state.SkipWithError(report.error().message.toStdString().c_str());
            return;
        }
        images += report->trainImages + report->validationImages;
    }
    state.counters["images/s"] = benchmark::Counter(images, benchmark::Counter::kIsRate);
}

} // namespace

BENCHMARK(BM_SynthTwoThreads)->Arg(200)->Unit(benchmark::kMillisecond)->UseRealTime();

BENCHMARK_MAIN();
