// VectorIndex on faiss: exact answers on hand-made vectors, recall of the approximate types on a
// small clustered set, ids, removal, save/load round trips and the errors a caller can run into.
#include "common/filechecksum.h"
#include "index/vectorindex.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <map>
#include <random>
#include <set>

using namespace lookbook;
using namespace lookbook::index;

Q_DECLARE_METATYPE(lookbook::index::IndexParams)
Q_DECLARE_METATYPE(lookbook::index::VectorIndex::LoadMode)

namespace {

constexpr int kDim = 32;

FloatMatrix matrix(int cols, const std::vector<std::vector<float>> &rows)
{
    FloatMatrix m(static_cast<std::int64_t>(rows.size()), cols);
    for (size_t r = 0; r < rows.size(); ++r)
        std::copy(rows[r].begin(), rows[r].end(), m.row(static_cast<std::int64_t>(r)));
    return m;
}

void normalise(float *v, int dim)
{
    const float norm = std::sqrt(std::inner_product(v, v + dim, v, 0.0f));
    std::transform(v, v + dim, v, [norm](float x) { return x / norm; });
}

// Unit vectors around `clusters` random centres: the neighbourhood structure embeddings have.
FloatMatrix clustered(int rows, int clusters, unsigned seed)
{
    std::mt19937 rng(42);  // the same centres for every seed, so queries fall into the base's clusters
    std::normal_distribution<float> gauss;
    FloatMatrix centres(clusters, kDim);
    std::generate(centres.values.begin(), centres.values.end(), [&] { return gauss(rng); });
    rng.seed(seed);
    FloatMatrix m(rows, kDim);
    for (int r = 0; r < rows; ++r) {
        const float *centre = centres.row(r % clusters);
        for (int c = 0; c < kDim; ++c)
            m.row(r)[c] = centre[c] / std::sqrt(float(kDim)) + 0.12f * gauss(rng);
        normalise(m.row(r), kDim);
    }
    return m;
}

// Ascending ids, far apart and above 2^32, as catalog ids may be.
std::vector<qint64> sparseIds(int count)
{
    std::vector<qint64> ids(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i)
        ids[static_cast<size_t>(i)] = (qint64(1) << 33) + qint64(i) * 1000003 + (i % 3) * 7;
    return ids;
}

std::vector<std::vector<qint64>> bruteForceTopK(const FloatMatrix &base, const std::vector<qint64> &ids, const FloatMatrix &queries, int k)
{
    std::vector<std::vector<qint64>> top;
    for (std::int64_t q = 0; q < queries.rows; ++q) {
        std::vector<std::pair<float, qint64>> scored;
        for (std::int64_t r = 0; r < base.rows; ++r)
            scored.push_back({std::inner_product(base.row(r), base.row(r) + kDim, queries.row(q), 0.0f), ids[static_cast<size_t>(r)]});
        std::partial_sort(scored.begin(), scored.begin() + k, scored.end(), std::greater<>());
        std::vector<qint64> best;
        for (int i = 0; i < k; ++i)
            best.push_back(scored[static_cast<size_t>(i)].second);
        top.push_back(best);
    }
    return top;
}

IndexParams paramsOf(IndexParams::Type type)
{
    IndexParams params;
    params.type = type;
    params.nlist = 16;  // small set: 16 lists of ~125 vectors, 1-d sub-vectors (2000 points train 256 centroids poorly in more)
    params.pqM = 32;
    params.nprobe = 16;  // every list: what is left to measure is the product quantiser
    params.refineBits = 0;  // the plain scan; refinedIvfPq() adds the re-ranking copy
    params.m = 16;  // a 2000-vector graph needs no more, and builds in a fraction of the time
    params.efConstruction = 64;
    return params;
}

// IVF-PQ with coarse 4-d sub-vectors, re-ranked on an 8-bit (or `bits`) copy of the vectors.
IndexParams refinedIvfPq(int bits = 8)
{
    IndexParams params = paramsOf(IndexParams::Type::IvfPq);
    params.pqM = 8;
    params.refineBits = bits;
    params.refineFactor = 10;
    return params;
}

void typesData()
{
    QTest::addColumn<IndexParams>("params");
    QTest::newRow("flat") << paramsOf(IndexParams::Type::Flat);
    QTest::newRow("hnsw") << paramsOf(IndexParams::Type::Hnsw);
    QTest::newRow("ivfpq") << paramsOf(IndexParams::Type::IvfPq);
    QTest::newRow("ivfpq refine") << refinedIvfPq();
}

std::unique_ptr<VectorIndex> build(const IndexParams &params, const FloatMatrix &base, const std::vector<qint64> &ids)
{
    auto created = VectorIndex::create(kDim, params);
    if (!created) {
        qWarning("%s", qPrintable(created.error().message));
        return {};
    }
    std::unique_ptr<VectorIndex> index = std::move(created).value();
    const Status trained = index->train(base);
    const Status added = trained ? index->add(base, ids) : trained;
    if (!added) {
        qWarning("%s", qPrintable(added.error().message));
        return {};
    }
    return index;
}

std::vector<std::vector<Neighbour>> searchOrEmpty(const VectorIndex &index, const FloatMatrix &queries, int k)
{
    auto result = index.search(queries, k);
    if (!result) {
        qWarning("%s", qPrintable(result.error().message));
        return {};
    }
    return result.value();
}

bool sameResults(const std::vector<std::vector<Neighbour>> &a, const std::vector<std::vector<Neighbour>> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const auto &x, const auto &y) {
        return std::equal(x.begin(), x.end(), y.begin(), y.end(),
                          [](const Neighbour &p, const Neighbour &q) { return p.id == q.id && p.score == q.score; });
    });
}

void truncateToHalf(const QString &path)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.resize(file.size() / 2));
}

const FloatMatrix &baseSet()
{
    static const FloatMatrix base = clustered(2000, 40, 1);
    return base;
}

const std::vector<qint64> &baseIds()
{
    static const std::vector<qint64> ids = sparseIds(2000);
    return ids;
}

// Built once per configuration for the tests that only read it: building dominates the suite's time.
const VectorIndex *shared(const IndexParams &params)
{
    static std::map<QString, std::unique_ptr<VectorIndex>> cache;
    std::unique_ptr<VectorIndex> &entry = cache[params.describe()];
    if (!entry)
        entry = build(params, baseSet(), baseIds());
    return entry.get();
}

} // namespace

class TestVectorIndex final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void flatSearchesExactly()
    {
        // Query (0, .8, .6, 0): id 42 scores .8*.6 + .6*.8 = .96, id 7 scores .8, the rest 0.
        // Query (.6, 0, 0, .8): id 5e9 scores .36 + .64 = 1, id 1e12+1 scores .6.
        auto index = VectorIndex::create(4, IndexParams{}).value();
        const FloatMatrix base = matrix(4, {{1, 0, 0, 0}, {0, 1, 0, 0}, {0, 0.6f, 0.8f, 0}, {0.6f, 0, 0, 0.8f}});
        QVERIFY(index->add(base, {1000000000001, 7, 42, 5000000000}));
        const auto hits = searchOrEmpty(*index, matrix(4, {{0, 0.8f, 0.6f, 0}, {0.6f, 0, 0, 0.8f}}), 2);
        QCOMPARE(hits.size(), size_t(2));
        QCOMPARE(hits[0].size(), size_t(2));
        QCOMPARE(hits[0][0].id, 42);
        QCOMPARE(hits[0][0].score, 0.96f);
        QCOMPARE(hits[0][1].id, 7);
        QCOMPARE(hits[0][1].score, 0.8f);
        QCOMPARE(hits[1][0].id, 5000000000);
        QVERIFY(std::abs(hits[1][0].score - 1.0f) < 1e-6f);
        QCOMPARE(hits[1][1].id, 1000000000001);
        QCOMPARE(hits[1][1].score, 0.6f);

        // More neighbours asked for than stored: all four, best first.
        const auto all = searchOrEmpty(*index, matrix(4, {{0, 0.8f, 0.6f, 0}}), 10);
        QCOMPARE(all.at(0).size(), size_t(4));
        QVERIFY(std::is_sorted(all[0].begin(), all[0].end(), [](auto a, auto b) { return a.score > b.score; }));
        QCOMPARE(index->ids(), (std::vector<qint64>{7, 42, 5000000000, 1000000000001}));
    }

    void findsNearestNeighbours_data() { typesData(); }
    void findsNearestNeighbours()
    {
        QFETCH(IndexParams, params);
        const VectorIndex *index = shared(params);
        QVERIFY(index);
        QCOMPARE(index->size(), 2000);
        QCOMPARE(index->ids(), baseIds());  // already ascending
        const FloatMatrix queries = clustered(50, 40, 2);
        const auto expected = bruteForceTopK(baseSet(), baseIds(), queries, 10);
        const auto hits = searchOrEmpty(*index, queries, 10);
        QCOMPARE(hits.size(), size_t(50));
        int found = 0;
        for (size_t q = 0; q < hits.size(); ++q) {
            QCOMPARE(hits[q].size(), size_t(10));
            for (const Neighbour &n : hits[q])
                found += std::count(expected[q].begin(), expected[q].end(), n.id);
        }
        const double recall = found / 500.0;
        qInfo("%s recall@10 = %.3f", qPrintable(params.describe()), recall);
        QVERIFY2(recall >= (params.type == IndexParams::Type::Flat ? 1.0 : 0.9), qPrintable(QString::number(recall)));
    }

    void refinementRestoresTheOrderInsideClusters_data()
    {
        QTest::addColumn<int>("bits");
        QTest::addColumn<float>("tolerance");  // a few quantisation steps, summed over 32 dimensions
        QTest::addColumn<double>("minRecall");  // faiss's own decoding gives the same: 0.980, 0.952, 0.794
        QTest::newRow("8 bits") << 8 << 0.01f << 0.97;
        QTest::newRow("6 bits (scored without decoding)") << 6 << 0.03f << 0.94;
        QTest::newRow("4 bits") << 4 << 0.1f << 0.75;
    }
    void refinementRestoresTheOrderInsideClusters()
    {
        // 4-d sub-vectors quantise coarsely; the finer copy re-scores 10 × k candidates to near-exact.
        QFETCH(int, bits);
        QFETCH(float, tolerance);
        QFETCH(double, minRecall);
        IndexParams coarse = refinedIvfPq();
        coarse.refineBits = 0;
        const VectorIndex *plain = shared(coarse);
        const VectorIndex *refined = shared(refinedIvfPq(bits));
        QVERIFY(plain && refined);
        const FloatMatrix queries = clustered(50, 40, 2);
        const auto expected = bruteForceTopK(baseSet(), baseIds(), queries, 10);
        const auto recall = [&](const std::vector<std::vector<Neighbour>> &hits) {
            int found = 0;
            for (size_t q = 0; q < hits.size(); ++q) {
                for (const Neighbour &n : hits[q])
                    found += std::count(expected[q].begin(), expected[q].end(), n.id);
            }
            return found / 500.0;
        };
        const auto refinedHits = searchOrEmpty(*refined, queries, 10);
        const double plainRecall = recall(searchOrEmpty(*plain, queries, 10));
        const double refinedRecall = recall(refinedHits);
        qInfo("recall@10 without re-ranking %.3f, with %.3f", plainRecall, refinedRecall);
        QVERIFY2(refinedRecall >= minRecall && refinedRecall > plainRecall + 0.1,
                 qPrintable(QStringLiteral("%1 vs %2").arg(refinedRecall).arg(plainRecall)));

        // Scores are the copy's inner products: within a few quantisation steps of the exact ones.
        std::map<qint64, std::int64_t> rowOf;
        for (size_t r = 0; r < baseIds().size(); ++r)
            rowOf[baseIds()[r]] = static_cast<std::int64_t>(r);
        for (size_t q = 0; q < refinedHits.size(); ++q) {
            QCOMPARE(refinedHits[q].size(), size_t(10));
            for (const Neighbour &n : refinedHits[q]) {
                const float *v = baseSet().row(rowOf.at(n.id));
                const float exact = std::inner_product(v, v + kDim, queries.row(static_cast<std::int64_t>(q)), 0.0f);
                QVERIFY2(std::abs(n.score - exact) < tolerance, qPrintable(QStringLiteral("%1 vs %2").arg(n.score).arg(exact)));
            }
        }

        // A factor of 1 re-scores only the k PQ candidates: the recall of the plain scan.
        const auto single = build(refinedIvfPq(bits), baseSet(), baseIds());
        QVERIFY(single);
        single->setRefineFactor(1);
        QCOMPARE(single->params().refineFactor, 1);
        QVERIFY(recall(searchOrEmpty(*single, queries, 10)) < refinedRecall);
    }

    void bytesAfterAnIndexAreAnError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("items.faiss"));
        QVERIFY(shared(paramsOf(IndexParams::Type::IvfPq))->save(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write("not an index");
        file.close();
        for (auto mode : {VectorIndex::LoadMode::MemoryMapped, VectorIndex::LoadMode::InMemory}) {
            const auto loaded = VectorIndex::load(path, mode);
            QVERIFY(!loaded);
            QCOMPARE(loaded.error().code, ErrorCode::InvalidData);
            QVERIFY2(loaded.error().message.contains(path) && loaded.error().message.contains(QStringLiteral("unexpected bytes after the index")),
                     qPrintable(loaded.error().message));
        }
    }

    void removes_data() { typesData(); }
    void removes()
    {
        QFETCH(IndexParams, params);
        const auto index = build(params, baseSet(), baseIds());
        QVERIFY(index);
        std::vector<qint64> gone(baseIds().begin(), baseIds().begin() + 100);
        QVERIFY(index->remove(gone));
        QCOMPARE(index->size(), 1900);
        QVERIFY(!index->contains(gone.front()));
        QVERIFY(index->contains(baseIds().back()));
        QCOMPARE(index->ids(), std::vector<qint64>(baseIds().begin() + 100, baseIds().end()));
        // The removed vectors themselves as queries: their own ids must not come back.
        FloatMatrix queries(100, kDim);
        std::copy(baseSet().values.begin(), baseSet().values.begin() + 100 * kDim, queries.values.begin());
        const std::set<qint64> removed(gone.begin(), gone.end());
        for (const auto &hits : searchOrEmpty(*index, queries, 10)) {
            QCOMPARE(hits.size(), size_t(10));
            for (const Neighbour &n : hits)
                QVERIFY(!removed.count(n.id));
        }
        const Status unknown = index->remove({gone.front()});
        QVERIFY(!unknown);
        QVERIFY2(unknown.error().message.contains(QString::number(gone.front())), qPrintable(unknown.error().message));
    }

    void roundTrips_data()
    {
        QTest::addColumn<IndexParams>("params");
        QTest::addColumn<VectorIndex::LoadMode>("mode");
        for (const auto &[name, params] : {std::pair{"flat", paramsOf(IndexParams::Type::Flat)}, {"hnsw", paramsOf(IndexParams::Type::Hnsw)},
                                           {"ivfpq", paramsOf(IndexParams::Type::IvfPq)}, {"ivfpq refine", refinedIvfPq()}}) {
            QTest::addRow("%s mmap", name) << params << VectorIndex::LoadMode::MemoryMapped;
            QTest::addRow("%s memory", name) << params << VectorIndex::LoadMode::InMemory;
        }
    }
    void roundTrips()
    {
        QFETCH(IndexParams, params);
        QFETCH(VectorIndex::LoadMode, mode);
        const VectorIndex *index = shared(params);
        QVERIFY(index);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("items.faiss"));
        QVERIFY(index->save(path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("items.faiss")});  // no temp file left

        auto loaded = VectorIndex::load(path, mode);
        QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().message));
        const VectorIndex &copy = *loaded.value();
        QCOMPARE(copy.dimension(), kDim);
        QCOMPARE(copy.ids(), index->ids());
        QCOMPARE(copy.params().toJson(), index->params().toJson());
        const FloatMatrix queries = clustered(20, 40, 3);
        QVERIFY(sameResults(searchOrEmpty(copy, queries, 10), searchOrEmpty(*index, queries, 10)));

        // Saving the loaded index (for mapped IVF-PQ: a copy of the file) gives the same index again.
        const QString again = dir.filePath(QStringLiteral("again.faiss"));
        QVERIFY(copy.save(again));
        auto reloaded = VectorIndex::load(again, VectorIndex::LoadMode::InMemory);
        QVERIFY(reloaded);
        QVERIFY(sameResults(searchOrEmpty(*reloaded.value(), queries, 10), searchOrEmpty(*index, queries, 10)));
    }

    void mappedIvfPqIsReadOnly()
    {
        const auto index = build(paramsOf(IndexParams::Type::IvfPq), baseSet(), baseIds());
        QVERIFY(index);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("items.faiss"));
        QVERIFY(index->save(path));
        auto mapped = VectorIndex::load(path).value();
        const Status added = mapped->add(clustered(1, 40, 4), {1});
        QVERIFY(!added);
        QVERIFY2(added.error().message.contains(QStringLiteral("read-only")), qPrintable(added.error().message));
        auto inMemory = VectorIndex::load(path, VectorIndex::LoadMode::InMemory).value();
        QVERIFY(inMemory->add(clustered(1, 40, 4), {1}));
        QVERIFY(inMemory->remove({1, baseIds().front()}));
    }

    void badFilesAreClearErrors_data() { typesData(); }
    void badFilesAreClearErrors()
    {
        QFETCH(IndexParams, params);
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("missing.faiss"));
        auto result = VectorIndex::load(missing);
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::IoError);
        QVERIFY2(result.error().message.contains(missing), qPrintable(result.error().message));

        const QString garbage = dir.filePath(QStringLiteral("garbage.faiss"));
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        for (auto mode : {VectorIndex::LoadMode::MemoryMapped, VectorIndex::LoadMode::InMemory}) {
            result = VectorIndex::load(garbage, mode);
            QVERIFY(!result);
            QCOMPARE(result.error().code, ErrorCode::InvalidData);
            QVERIFY2(result.error().message.contains(garbage), qPrintable(result.error().message));
        }

        const VectorIndex *index = shared(params);
        QVERIFY(index);
        const QString truncated = dir.filePath(QStringLiteral("truncated.faiss"));
        QVERIFY(index->save(truncated));
        truncateToHalf(truncated);
        for (auto mode : {VectorIndex::LoadMode::MemoryMapped, VectorIndex::LoadMode::InMemory}) {
            result = VectorIndex::load(truncated, mode);
            QVERIFY(!result);
            QCOMPARE(result.error().code, ErrorCode::InvalidData);
            QVERIFY2(result.error().message.contains(truncated), qPrintable(result.error().message));
        }

        const Status unwritable = index->save(dir.filePath(QStringLiteral("no/such/dir/items.faiss")));
        QVERIFY(!unwritable);
        QCOMPARE(unwritable.error().code, ErrorCode::IoError);
    }

    void wrongDimensionIsAnError_data() { typesData(); }
    void wrongDimensionIsAnError()
    {
        QFETCH(IndexParams, params);
        auto index = VectorIndex::create(kDim, params).value();
        const FloatMatrix narrow(300, 16, 0.25f);
        const QString expected = QStringLiteral("index has dimension 32, vectors have 16");
        if (index->needsTraining()) {
            const Status trained = index->train(narrow);
            QVERIFY(!trained);
            QCOMPARE(trained.error().message, expected);
            QVERIFY(index->train(baseSet()));
        }
        const Status added = index->add(narrow, std::vector<qint64>(300, 1));
        QVERIFY(!added);
        QCOMPARE(added.error().message, expected);
        QVERIFY(index->add(baseSet(), baseIds()));
        const auto searched = index->search(narrow, 5);
        QVERIFY(!searched);
        QCOMPARE(searched.error().message, expected);
    }

    void duplicateIdsAreAnError()
    {
        auto index = VectorIndex::create(kDim, IndexParams{}).value();
        const FloatMatrix two = clustered(2, 40, 5);
        Status added = index->add(two, {9, 9});
        QVERIFY(!added);
        QVERIFY2(added.error().message.contains(QStringLiteral("id 9 appears twice")), qPrintable(added.error().message));
        QCOMPARE(index->size(), 0);
        QVERIFY(index->add(two, {9, 10}));
        added = index->add(two, {11, 10});
        QVERIFY(!added);
        QVERIFY2(added.error().message.contains(QStringLiteral("id 10 is already in the index")), qPrintable(added.error().message));
        QCOMPARE(index->size(), 2);
        QVERIFY(!index->add(two, {-1, 12}));
        QVERIFY(!index->add(two, {12}));
    }

    void untrainedIvfPqIsAnError()
    {
        auto index = VectorIndex::create(kDim, paramsOf(IndexParams::Type::IvfPq)).value();
        QVERIFY(index->needsTraining());
        QVERIFY(!index->isTrained());
        const auto searched = index->search(clustered(1, 40, 6), 5);
        QVERIFY(!searched);
        QVERIFY2(searched.error().message.contains(QStringLiteral("not trained")), qPrintable(searched.error().message));
        QVERIFY(!index->add(clustered(1, 40, 6), {1}));
        QVERIFY(!index->save(QDir::temp().filePath(QStringLiteral("never.faiss"))));
        const Status tooFew = index->train(clustered(100, 40, 6));  // 8-bit PQ needs 256 points
        QVERIFY(!tooFew);
        QVERIFY2(tooFew.error().message.contains(QStringLiteral("at least 256")), qPrintable(tooFew.error().message));
        QVERIFY(index->train(baseSet()));
        QVERIFY(index->isTrained());
        QVERIFY(!index->train(baseSet()));
    }

    void searchEffortAndMemory()
    {
        const auto hnsw = build(paramsOf(IndexParams::Type::Hnsw), baseSet(), baseIds());
        QVERIFY(hnsw);
        hnsw->setSearchEffort(300);
        QCOMPARE(hnsw->params().efSearch, 300);
        QVERIFY(hnsw->memoryBytes() > 2000 * kDim * 4);
        const auto ivf = build(paramsOf(IndexParams::Type::IvfPq), baseSet(), baseIds());
        QVERIFY(ivf);
        ivf->setSearchEffort(4);
        QCOMPARE(ivf->params().nprobe, 4);
        QVERIFY(ivf->memoryBytes() < hnsw->memoryBytes());
        // The 8-bit copy adds a byte per dimension and vector.
        QVERIFY(shared(refinedIvfPq())->memoryBytes() >= ivf->memoryBytes() + 2000 * kDim);
    }

    void autoIvfPqSizes()
    {
        IndexParams params;
        params.type = IndexParams::Type::IvfPq;
        QCOMPARE(params.resolvedNlist(2000), 51);       // 4·sqrt(2000) = 178, but 2000/39 = 51
        QCOMPARE(params.resolvedNlist(1000000), 4000);  // 4·sqrt(1e6)
        QCOMPARE(params.resolvedPqM(1024), 64);  // 16-d sub-vectors: the codes only shortlist for the 6-bit copy
        QCOMPARE(params.resolvedPqM(100), 5);
        params.refineBits = 0;
        QCOMPARE(params.resolvedPqM(1024), 256);
        QCOMPARE(params.resolvedPqM(100), 25);
        auto index = VectorIndex::create(kDim, params).value();
        QVERIFY(index->train(baseSet()));
        QCOMPARE(index->params().nlist, 51);
        QCOMPARE(index->params().pqM, 8);
    }

    void paramsJsonRoundTrip()
    {
        for (IndexParams params : {paramsOf(IndexParams::Type::Flat), paramsOf(IndexParams::Type::Hnsw), paramsOf(IndexParams::Type::IvfPq), refinedIvfPq()}) {
            const IndexParams::Type type = params.type;
            params.efSearch = 77;
            params.useGpu = true;
            const auto parsed = IndexParams::fromJson(params.toJson());
            QVERIFY(parsed);
            QCOMPARE(parsed->toJson(), params.toJson());
            QCOMPARE(IndexParams::typeFromName(IndexParams::typeName(type)), type);
        }
        const auto ivf = IndexParams::fromJson(QJsonDocument::fromJson(R"({"type": "ivfpq", "nlist": 1024, "pqM": 128, "nprobe": 64})").object());
        QVERIFY(ivf);
        QCOMPARE(ivf->describe(), QStringLiteral("ivfpq nlist=1024 pqM=128x8 nprobe=64 refine=sq6x20"));  // the default copy
        const auto refined = IndexParams::fromJson(QJsonDocument::fromJson(R"({"type": "ivfpq", "pqM": 64, "refineBits": 16, "refineFactor": 20})").object());
        QVERIFY(refined);
        QCOMPARE(refined->describe(), QStringLiteral("ivfpq nlist=auto pqM=64x8 nprobe=32 refine=fp16x20"));
    }

    void badParams_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("type") << QByteArray(R"({"type": "lsh"})") << QStringLiteral("cfg.json: 'type' must be \"flat\", \"hnsw\" or \"ivfpq\", got lsh");
        QTest::newRow("negative") << QByteArray(R"({"efSearch": -3})") << QStringLiteral("cfg.json: 'efSearch' must be an integer in [1, 2147483647], got -3");
        QTest::newRow("fraction") << QByteArray(R"({"nprobe": 1.5})") << QStringLiteral("cfg.json: 'nprobe' must be an integer in [1, 2147483647], got 1.5");
        QTest::newRow("string") << QByteArray(R"({"m": "32"})") << QStringLiteral("cfg.json: 'm' must be an integer in [2, 512], got a non-number");
        QTest::newRow("bits") << QByteArray(R"({"pqBits": 17})") << QStringLiteral("cfg.json: 'pqBits' must be an integer in [1, 16], got 17");
        QTest::newRow("refine bits") << QByteArray(R"({"refineBits": 5})") << QStringLiteral("cfg.json: 'refineBits' must be 0 (none), 4, 6, 8 or 16 (half floats), got 5");
        QTest::newRow("gpu") << QByteArray(R"({"useGpu": 1})") << QStringLiteral("cfg.json: 'useGpu' must be true or false");
        QTest::newRow("unknown") << QByteArray(R"({"efsearch": 10})") << QStringLiteral("cfg.json: unknown key 'efsearch'");
    }
    void badParams()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const auto parsed = IndexParams::fromJson(QJsonDocument::fromJson(json).object(), QStringLiteral("cfg.json"));
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().message, message);
    }

    void badCreateArguments()
    {
        IndexParams params;
        params.type = IndexParams::Type::IvfPq;
        params.pqM = 12;
        auto created = VectorIndex::create(kDim, params);
        QVERIFY(!created);
        QCOMPARE(created.error().message, QStringLiteral("index params: 'pqM' 12 does not divide the dimension 32"));
        QVERIFY(!VectorIndex::create(0, IndexParams{}));
        params.type = IndexParams::Type::Hnsw;
        params.m = 1;
        QVERIFY(!VectorIndex::create(kDim, params));
    }

    // The index file's checksum is xxHash's XXH64, seed 0: the published test values (empty input
    // 0xef46db3751d8e999), and a file read in 8 MiB pieces (here 3 of them) gives what one call gives.
    void fileChecksumIsXxh64()
    {
        QCOMPARE(FileChecksum::ofBytes("", 0), 0xef46db3751d8e999ULL);
        QCOMPARE(FileChecksum::ofBytes("a", 1), 0xd24ec4f1a98c6e5bULL);
        QCOMPARE(FileChecksum::ofBytes("abc", 3), 0x44bc2cf5ad770999ULL);
        QByteArray bytes;
        for (int i = 0; i < 4 * 256; ++i)
            bytes.append(static_cast<char>(i % 256));
        bytes.append("xyz");
        QCOMPARE(FileChecksum::ofBytes(bytes.constData(), static_cast<std::size_t>(bytes.size())), 0xe146cb31b65bc21aULL);
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("bytes")));
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size());
        file.close();
        QCOMPARE(FileChecksum::ofFile(file.fileName()).value(), 0xe146cb31b65bc21aULL);
        QByteArray large(20 << 20, '\0');
        for (qsizetype i = 0; i < large.size(); i += 4093)
            large[i] = static_cast<char>(i);
        QFile largeFile(dir.filePath(QStringLiteral("large")));
        QVERIFY(largeFile.open(QIODevice::WriteOnly) && largeFile.write(large) == large.size());
        largeFile.close();
        QCOMPARE(FileChecksum::ofFile(largeFile.fileName()).value(), FileChecksum::ofBytes(large.constData(), static_cast<std::size_t>(large.size())));
        QCOMPARE(FileChecksum::toText(0xe146cb31b65bc21aULL), QStringLiteral("xxh64:e146cb31b65bc21a"));
        QCOMPARE(FileChecksum::toText(0x1ULL), QStringLiteral("xxh64:0000000000000001"));
        const auto missing = FileChecksum::ofFile(dir.filePath(QStringLiteral("nonesuch")));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::IoError);
        QVERIFY(missing.error().message.startsWith(dir.filePath(QStringLiteral("nonesuch")) + QStringLiteral(": cannot read")));
    }
};

QTEST_GUILESS_MAIN(TestVectorIndex)
#include "tst_vectorindex.moc"
