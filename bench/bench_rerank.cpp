// Post-processing speed on two cores: k-reciprocal re-ranking, alpha-QE and alpha-DBA.
// Default run (quick): re-ranking q = 200, g = 5000, d = 128 random unit vectors; compare with the
// dense NumPy reference on the same sizes: /usr/bin/python3 tools/rerank_reference.py --bench 200 5000 128
// (the target: at least 20× faster than the reference).
// Large run (opt-in): LOOKBOOK_BENCH_LARGE=1 or --benchmark_filter=Large: q = 1000, g = 126000 (the
// DeepFashion2 gallery); targets < 60 s and < 4 GB peak resident memory (counter peak_MiB, VmHWM).
// CPU is the whole process's (both threads): on a shared machine it shows the work when the wall time
// shows the neighbours.
// Reproduce: build/bench/bench_rerank; build/bench/bench_rerank --benchmark_filter=RerankLarge
#include "postprocess/databaseaugmentation.h"
#include "postprocess/kreciprocalreranker.h"
#include "postprocess/queryexpansion.h"

#include <QFile>
#include <QtGlobal>

#include <benchmark/benchmark.h>

#include <cmath>
#include <cstring>
#include <random>

using namespace lookbook;
using namespace lookbook::postprocess;

namespace {

FloatMatrix unitVectors(std::int64_t rows, int dimension, unsigned seed)
{
    std::mt19937 generator(seed);
    std::normal_distribution<float> normal;
    FloatMatrix m(rows, dimension);
    for (std::int64_t r = 0; r < rows; ++r) {
        float *row = m.row(r);
        double length = 0.0;
        for (int c = 0; c < dimension; ++c) {
            row[c] = normal(generator);
            length += double(row[c]) * row[c];
        }
        for (int c = 0; c < dimension; ++c)
            row[c] = float(row[c] / std::sqrt(length));
    }
    return m;
}

// The process's peak resident memory so far (VmHWM), in MiB; run one large benchmark per process for
// a figure that belongs to it alone.
double peakResidentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1.0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1.0;
}

void BM_Rerank(benchmark::State &state)
{
    const FloatMatrix queries = unitVectors(state.range(0), 128, 1), gallery = unitVectors(state.range(1), 128, 2);
    const KReciprocalReranker reranker;
    for (auto _ : state) {
        const Result<FloatMatrix> distances = reranker.rerank(queries, gallery);
        if (!distances) {
            state.SkipWithError(distances.error().message.toStdString().c_str());
            return;
        }
        benchmark::DoNotOptimize(distances->values.data());
    }
    state.counters["peak_MiB"] = peakResidentMiB();
}

// The pipeline's case: the gallery neighbourhood is computed once, each query batch pays only this.
void BM_RerankPrecomputedGallery(benchmark::State &state)
{
    const FloatMatrix queries = unitVectors(state.range(0), 128, 1), gallery = unitVectors(state.range(1), 128, 2);
    const KReciprocalReranker reranker;
    const auto hood = KReciprocalReranker::galleryNeighbourhood(gallery, reranker.params());
    for (auto _ : state) {
        const Result<FloatMatrix> distances = reranker.rerank(queries, gallery, *hood);
        benchmark::DoNotOptimize(distances->values.data());
    }
    state.counters["peak_MiB"] = peakResidentMiB();
}

void BM_QueryExpansion(benchmark::State &state)
{
    const FloatMatrix queries = unitVectors(state.range(0), 128, 1), gallery = unitVectors(state.range(1), 128, 2);
    for (auto _ : state)
        benchmark::DoNotOptimize(QueryExpansion::expand(queries, gallery, {2, 3.0})->values.data());
}

void BM_DatabaseAugmentation(benchmark::State &state)
{
    const FloatMatrix gallery = unitVectors(state.range(0), 128, 2);
    for (auto _ : state)
        benchmark::DoNotOptimize(DatabaseAugmentation::augment(gallery, {2, 3.0})->values.data());
    state.counters["peak_MiB"] = peakResidentMiB();
}

} // namespace

int main(int argc, char **argv)
{
    bool large = qEnvironmentVariableIsSet("LOOKBOOK_BENCH_LARGE");
    for (int i = 1; i < argc; ++i)
        large = large || (std::strncmp(argv[i], "--benchmark_filter=", 19) == 0 && std::strstr(argv[i], "Large"));

    benchmark::RegisterBenchmark("BM_RerankSmall", BM_Rerank)->Args({200, 5000})->Unit(benchmark::kMillisecond)->UseRealTime()->MeasureProcessCPUTime();
    benchmark::RegisterBenchmark("BM_RerankSmallPrecomputedGallery", BM_RerankPrecomputedGallery)
        ->Args({200, 5000})->Unit(benchmark::kMillisecond)->UseRealTime()->MeasureProcessCPUTime();
    benchmark::RegisterBenchmark("BM_QueryExpansionSmall", BM_QueryExpansion)->Args({200, 5000})->Unit(benchmark::kMillisecond)->UseRealTime()->MeasureProcessCPUTime();
    benchmark::RegisterBenchmark("BM_DatabaseAugmentationSmall", BM_DatabaseAugmentation)->Arg(5000)->Unit(benchmark::kMillisecond)->UseRealTime()->MeasureProcessCPUTime();
    if (large) {
        benchmark::RegisterBenchmark("BM_RerankLarge", BM_Rerank)->Args({1000, 126000})->Iterations(1)->Unit(benchmark::kSecond)->UseRealTime()->MeasureProcessCPUTime();
        benchmark::RegisterBenchmark("BM_RerankLargePrecomputedGallery", BM_RerankPrecomputedGallery)
            ->Args({1000, 126000})->Iterations(1)->Unit(benchmark::kSecond)->UseRealTime()->MeasureProcessCPUTime();
        benchmark::RegisterBenchmark("BM_QueryExpansionLarge", BM_QueryExpansion)->Args({1000, 126000})->Iterations(1)->Unit(benchmark::kSecond)->UseRealTime()->MeasureProcessCPUTime();
        benchmark::RegisterBenchmark("BM_DatabaseAugmentationLarge", BM_DatabaseAugmentation)->Arg(126000)->Iterations(1)->Unit(benchmark::kSecond)->UseRealTime()->MeasureProcessCPUTime();
    }
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
