// Vector search on synthetic embeddings: per-query latency, recall@10 against exact search, build
// time and index size for HNSW and IVF-PQ. The target: 1M 1024-d vectors, <= 2 ms per query
// with recall@10 >= 0.95, and an IVF-PQ index for 1M items within 1 GB.
//
// Data (deterministic, seed 1): 200 "category" directions uniform on the unit sphere; 20000 cluster
// centres, each its category plus N(0, I/d) noise, normalised (cos to the category ~0.7, so
// neighbouring clusters are related the way garment styles are); point i belongs to cluster
// hash(i) % 20000 and is its centre plus N(0, s^2 I/d) with a per-cluster spread s in [0.8, 1.3],
// normalised (cos to its centre ~0.6-0.8). Queries are rows N .. N+999 of the same stream: held out.
// With LOOKBOOK_BENCH_INDEX_LATENT=L the noise lies along L shared directions instead (see fillRows):
// the embedding-like case; without it, isotropic noise in all 1024 dimensions (the hardest case).
// recall@10 = |top10 ∩ exact top10| / 10; 1-recall@10 = the exact nearest neighbour is in the top 10.
//
// Reproduce (2 cores):
//   build-idx/bench/bench_index                                  # N = 100k, defaults
//   LOOKBOOK_BENCH_INDEX_N=1000000 build-idx/bench/bench_index --benchmark_filter=IvfPq
//   build-idx/bench/bench_index --benchmark_filter=FileChecksum     # the index checksum's cost on open
// Environment: LOOKBOOK_BENCH_INDEX_N (base size, default 100000), LOOKBOOK_BENCH_INDEX_LATENT (0),
// LOOKBOOK_BENCH_INDEX_TRAIN
// (IVF-PQ training rows, default min(N, 100000)), LOOKBOOK_BENCH_HNSW / LOOKBOOK_BENCH_IVFPQ
// (IndexParams JSON overriding the defaults, e.g. '{"pqM":128}'), LOOKBOOK_BENCH_HNSW_EFFORTS /
// LOOKBOOK_BENCH_IVFPQ_EFFORTS (comma-separated efSearch / nprobe values to sweep),
// LOOKBOOK_BENCH_IVFPQ_REFINE (comma-separated refine factors to sweep with a re-ranking copy,
// e.g. LOOKBOOK_BENCH_IVFPQ='{"pqM":64,"refineBits":6}' LOOKBOOK_BENCH_IVFPQ_REFINE=5,10,20),
// LOOKBOOK_BENCH_INDEX_CACHE (a folder: each built index is saved there and loaded by later runs
// with the same N, latent size and parameters, which skips the minutes a 1M build takes).
#include "common/filechecksum.h"
#include "index/vectorindex.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <omp.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <memory>

using namespace lookbook;
using namespace lookbook::index;

namespace {

constexpr int kDim = 1024;
constexpr int kCategories = 200;
constexpr int kClusters = 20000;
constexpr int kQueries = 1000;
constexpr int kK = 10;

std::uint64_t splitmix(std::uint64_t x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// A counter-based normal stream: row r's values do not depend on how rows are split across threads.
class Gaussian final
{
public:
    explicit Gaussian(std::uint64_t seed) : m_state(splitmix(seed)) {}

    float next()
    {
        if (m_hasSpare) {
            m_hasSpare = false;
            return m_spare;
        }
        const double u1 = (static_cast<double>(nextBits() >> 11) + 1.0) * 0x1.0p-53;
        const double u2 = static_cast<double>(nextBits() >> 11) * 0x1.0p-53;
        const double radius = std::sqrt(-2.0 * std::log(u1));
        m_spare = static_cast<float>(radius * std::sin(2.0 * M_PI * u2));
        m_hasSpare = true;
        return static_cast<float>(radius * std::cos(2.0 * M_PI * u2));
    }

private:
    std::uint64_t nextBits() { return splitmix(m_state++); }

    std::uint64_t m_state;
    float m_spare = 0.0f;
    bool m_hasSpare = false;
};

void normalise(float *v)
{
    double norm = 0.0;
    for (int c = 0; c < kDim; ++c)
        norm += double(v[c]) * v[c];
    const auto inv = static_cast<float>(1.0 / std::sqrt(norm));
    for (int c = 0; c < kDim; ++c)
        v[c] *= inv;
}

// Row i of matrix m := normalise(base[i] + scale_i * noise), with row i's own random stream. The
// noise is N(0, I/d) (isotropic), or with a `latent` basis (d × L, columns ~ N(0, I/d)) it is
// basis · N(0, I) plus a tenth of the isotropic noise: variation along L directions only, as in
// the embeddings of a trained network, whose intrinsic dimension is far below d.
template<typename BaseOf, typename ScaleOf>
void fillRows(FloatMatrix &m, std::uint64_t stream, std::int64_t firstRow, BaseOf baseOf, ScaleOf scaleOf, const FloatMatrix *latent = nullptr)
{
    const float perDim = 1.0f / std::sqrt(float(kDim));
    const int latentDim = latent ? static_cast<int>(latent->rows) : 0;
    const float isotropic = latent ? 0.1f : 1.0f;
#pragma omp parallel for schedule(static)
    for (std::int64_t r = 0; r < m.rows; ++r) {
        Gaussian gauss(stream * 0x100000000ULL + std::uint64_t(firstRow + r));
        const float *base = baseOf(firstRow + r);
        const float scale = scaleOf(firstRow + r);
        float *out = m.row(r);
        for (int c = 0; c < kDim; ++c)
            out[c] = base[c] + isotropic * scale * perDim * gauss.next();
        for (int l = 0; l < latentDim; ++l) {
            const float z = scale * gauss.next() / std::sqrt(float(latentDim));
            const float *direction = latent->row(l);
            for (int c = 0; c < kDim; ++c)
                out[c] += z * direction[c];
        }
        normalise(out);
    }
}

struct Dataset final {
    FloatMatrix base;
    FloatMatrix queries;
    std::vector<qint64> ids;
    std::vector<std::vector<qint64>> exact;  // top-10 ids per query
    double exactMsPerQuery = 0.0;
};

std::int64_t envInt(const char *name, std::int64_t fallback)
{
    const QByteArray value = qgetenv(name);
    return value.isEmpty() ? fallback : value.toLongLong();
}

std::int64_t baseSize() { return envInt("LOOKBOOK_BENCH_INDEX_N", 100000); }

const Dataset &dataset()
{
    static const std::unique_ptr<Dataset> data = [] {
        auto d = std::make_unique<Dataset>();
        const std::int64_t n = baseSize();
        QElapsedTimer timer;
        timer.start();
        const std::vector<float> zeros(kDim, 0.0f);
        FloatMatrix categories(kCategories, kDim);
        fillRows(categories, 1, 0, [&](std::int64_t) { return zeros.data(); }, [](std::int64_t) { return 1.0f; });
        FloatMatrix centres(kClusters, kDim);
        fillRows(centres, 2, 0, [&](std::int64_t i) { return categories.row(i % kCategories); }, [](std::int64_t) { return 1.0f; });
        const auto clusterOf = [](std::int64_t i) { return static_cast<std::int64_t>(splitmix(std::uint64_t(i) ^ 0xc1u) % kClusters); };
        const auto pointBase = [&](std::int64_t i) { return centres.row(clusterOf(i)); };
        const auto spread = [&](std::int64_t i) { return 0.8f + 0.5f * float(splitmix(std::uint64_t(clusterOf(i))) % 1001) / 1000.0f; };
        // LOOKBOOK_BENCH_INDEX_LATENT=L: points vary along L shared directions (unit-norm rows).
        const auto latentDim = envInt("LOOKBOOK_BENCH_INDEX_LATENT", 0);
        FloatMatrix latent(latentDim, kDim);
        fillRows(latent, 4, 0, [&](std::int64_t) { return zeros.data(); }, [](std::int64_t) { return 1.0f; });
        const FloatMatrix *latentBasis = latentDim > 0 ? &latent : nullptr;
        d->base = FloatMatrix(n, kDim);
        fillRows(d->base, 3, 0, pointBase, spread, latentBasis);
        d->queries = FloatMatrix(kQueries, kDim);
        fillRows(d->queries, 3, n, pointBase, spread, latentBasis);
        // Catalog-like ids: ascending, gaps, above 2^32.
        d->ids.resize(static_cast<size_t>(n));
        for (std::int64_t i = 0; i < n; ++i)
            d->ids[static_cast<size_t>(i)] = (qint64(1) << 32) + 3 * i + qint64(splitmix(std::uint64_t(i)) % 3);
        std::fprintf(stderr, "generated %lld x %d vectors in %.1f s\n", static_cast<long long>(n), kDim, timer.elapsed() / 1000.0);

        timer.restart();
        auto flat = VectorIndex::create(kDim, IndexParams{}).value();
        if (Status added = flat->add(d->base, d->ids); !added)
            qFatal("%s", qPrintable(added.error().message));
        const auto exact = flat->search(d->queries, kK).value();
        d->exactMsPerQuery = double(timer.elapsed()) / kQueries;
        for (const auto &hits : exact) {
            std::vector<qint64> top;
            for (const Neighbour &hit : hits)
                top.push_back(hit.id);
            d->exact.push_back(top);
        }
        std::fprintf(stderr, "exact ground truth (flat, batch of %d, %d threads, incl. copying the base) in %.1f s\n", kQueries,
                     omp_get_max_threads(), timer.elapsed() / 1000.0);
        return d;
    }();
    return *data;
}

struct Built final {
    std::unique_ptr<VectorIndex> index;
    double buildSeconds = 0.0;
    double trainSeconds = 0.0;
    std::int64_t fileBytes = 0;
};

IndexParams paramsFor(IndexParams::Type type)
{
    IndexParams params;
    params.type = type;
    const QByteArray json = qgetenv(type == IndexParams::Type::Hnsw ? "LOOKBOOK_BENCH_HNSW" : "LOOKBOOK_BENCH_IVFPQ");
    if (!json.isEmpty()) {
        QJsonObject object = QJsonDocument::fromJson(json).object();
        object.insert(QStringLiteral("type"), IndexParams::typeName(type));
        auto parsed = IndexParams::fromJson(object, QStringLiteral("bench params"));
        if (!parsed)
            qFatal("%s", qPrintable(parsed.error().message));
        params = parsed.value();
    }
    return params;
}

Built &built(IndexParams::Type type)
{
    static std::map<IndexParams::Type, Built> cache;
    Built &entry = cache[type];
    if (entry.index)
        return entry;
    const Dataset &data = dataset();
    omp_set_num_threads(omp_get_num_procs());  // build with every core, whatever a search benchmark set
    const IndexParams params = paramsFor(type);
    const QByteArray cacheDir = qgetenv("LOOKBOOK_BENCH_INDEX_CACHE");
    const QString cached = cacheDir.isEmpty() ? QString()
                                              : QStringLiteral("%1/%2-n%3-l%4.faiss")
                                                    .arg(QString::fromLocal8Bit(cacheDir),
                                                         QString::fromLatin1(QCryptographicHash::hash(QJsonDocument(params.toJson()).toJson(QJsonDocument::Compact),
                                                                                                     QCryptographicHash::Sha1)
                                                                                 .toHex()))
                                                    .arg(baseSize())
                                                    .arg(envInt("LOOKBOOK_BENCH_INDEX_LATENT", 0));
    if (!cached.isEmpty() && QFileInfo::exists(cached)) {
        entry.index = VectorIndex::load(cached, VectorIndex::LoadMode::InMemory).value();
        entry.fileBytes = QFileInfo(cached).size();
        std::fprintf(stderr, "loaded %s from %s\n", qPrintable(entry.index->params().describe()), qPrintable(cached));
        return entry;
    }
    QElapsedTimer timer;
    timer.start();
    entry.index = VectorIndex::create(kDim, params).value();
    if (entry.index->needsTraining()) {
        FloatMatrix sample(std::min<std::int64_t>(data.base.rows, envInt("LOOKBOOK_BENCH_INDEX_TRAIN", 100000)), kDim);
        std::copy_n(data.base.values.begin(), sample.values.size(), sample.values.begin());
        if (Status trained = entry.index->train(sample); !trained)
            qFatal("%s", qPrintable(trained.error().message));
        entry.trainSeconds = timer.elapsed() / 1000.0;
    }
    if (Status added = entry.index->add(data.base, data.ids); !added)
        qFatal("%s", qPrintable(added.error().message));
    entry.buildSeconds = timer.elapsed() / 1000.0;
    QTemporaryDir dir;
    const QString path = cached.isEmpty() ? dir.filePath(QStringLiteral("bench.faiss")) : cached;
    if (Status saved = entry.index->save(path); !saved)
        qFatal("%s", qPrintable(saved.error().message));
    entry.fileBytes = QFileInfo(path).size();
    std::fprintf(stderr, "built %s over %lld vectors in %.1f s (training %.1f s), %lld bytes on disk\n",
                 qPrintable(entry.index->params().describe()), static_cast<long long>(data.base.rows), entry.buildSeconds,
                 entry.trainSeconds, static_cast<long long>(entry.fileBytes));
    return entry;
}

// One query at a time, as the pipeline searches; recall is measured on all queries first.
void searchBenchmark(benchmark::State &state, IndexParams::Type type)
{
    const Dataset &data = dataset();
    Built &entry = built(type);
    VectorIndex &index = *entry.index;
    index.setSearchEffort(static_cast<int>(state.range(0)));
    if (state.range(1) > 0)
        index.setRefineFactor(static_cast<int>(state.range(1)));
    const int threads = state.range(2) > 0 ? static_cast<int>(state.range(2)) : omp_get_num_procs();
    omp_set_num_threads(threads);

    const auto hits = index.search(data.queries, kK);
    if (!hits) {
        state.SkipWithError(hits.error().message.toStdString().c_str());
        return;
    }
    int overlap = 0;
    int firstFound = 0;
    for (int q = 0; q < kQueries; ++q) {
        const std::vector<qint64> &exact = data.exact[static_cast<size_t>(q)];
        for (const Neighbour &hit : hits.value()[static_cast<size_t>(q)]) {
            overlap += std::count(exact.begin(), exact.end(), hit.id);
            firstFound += hit.id == exact.front();
        }
    }

    FloatMatrix one(1, kDim);
    std::int64_t q = 0;
    for (auto _ : state) {
        std::copy_n(data.queries.row(q), kDim, one.values.begin());
        q = (q + 1) % kQueries;
        benchmark::DoNotOptimize(index.search(one, kK));
    }
    state.counters["recall@10"] = double(overlap) / (kQueries * kK);
    state.counters["1-recall@10"] = double(firstFound) / kQueries;
    state.counters["threads"] = threads;
    state.counters["build_s"] = entry.buildSeconds;
    state.counters["file_MB"] = double(entry.fileBytes) / 1e6;
    state.counters["mem_MB"] = double(index.memoryBytes()) / 1e6;
    state.counters["exact_ms/q"] = data.exactMsPerQuery;
    state.SetLabel(index.params().describe().toStdString());
}

std::vector<std::int64_t> efforts(const char *variable, std::vector<std::int64_t> fallback)
{
    const QByteArray value = qgetenv(variable);
    if (value.isEmpty())
        return fallback;
    std::vector<std::int64_t> list;
    for (const QByteArray &item : value.split(','))
        list.push_back(item.toLongLong());
    return list;
}

// refine 0: the factor the index was built with; threads 0: every core (omp_get_num_procs).
void registerSearch(const char *name, IndexParams::Type type, const std::vector<std::int64_t> &effortList,
                    const std::vector<std::int64_t> &refineList)
{
    auto *bench = benchmark::RegisterBenchmark(name, searchBenchmark, type);
    bench->ArgNames({"effort", "refine", "threads"})->Unit(benchmark::kMillisecond)->UseRealTime()->MinTime(1.0);
    for (std::int64_t effort : effortList) {
        for (std::int64_t refine : refineList) {
            bench->Args({effort, refine, 1});
            bench->Args({effort, refine, 0});
        }
    }
}

// What the index file's checksum costs when a catalog opens its index (FileChecksum::ofFile over
// the whole file, from the page cache): a file of LOOKBOOK_BENCH_CHECKSUM_MB (default 1024) MB,
// about an IVF-PQ index of 1M 1024-d vectors with its re-ranking copy. A 1M flat index is 4.1 GB:
// scale by size, the cost is linear.
void BM_FileChecksum(benchmark::State &state)
{
    const QByteArray requested = qgetenv("LOOKBOOK_BENCH_CHECKSUM_MB");
    const qint64 megabytes = requested.isEmpty() ? 1024 : requested.toLongLong();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("index.faiss"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        std::vector<std::uint64_t> block(std::size_t(1) << 17);  // 1 MB
        for (qint64 mb = 0; mb < megabytes; ++mb) {
            for (std::size_t i = 0; i < block.size(); ++i)
                block[i] = splitmix(std::uint64_t(mb) * block.size() + i);
            file.write(reinterpret_cast<const char *>(block.data()), qint64(block.size() * sizeof(block[0])));
        }
    }
    for (auto _ : state)
        benchmark::DoNotOptimize(FileChecksum::ofFile(path).value());
    state.SetBytesProcessed(state.iterations() * megabytes * (qint64(1) << 20));
    state.counters["file_MB"] = double(megabytes) * (1 << 20) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    benchmark::RegisterBenchmark("FileChecksum", BM_FileChecksum)->Unit(benchmark::kMillisecond)->UseRealTime();
    registerSearch("Hnsw", IndexParams::Type::Hnsw, efforts("LOOKBOOK_BENCH_HNSW_EFFORTS", {64, 128, 256}), {0});
    registerSearch("IvfPq", IndexParams::Type::IvfPq, efforts("LOOKBOOK_BENCH_IVFPQ_EFFORTS", {16, 32, 64, 128}),
                   efforts("LOOKBOOK_BENCH_IVFPQ_REFINE", {0}));
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
