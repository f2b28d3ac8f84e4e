#include "index/faissvectorindex.h"

#include "common/atomicfile.h"
#include "common/logging.h"

#include <QFile>
#include <QFileInfo>

#include <faiss/IndexFlat.h>
#include <faiss/IndexHNSW.h>
#include <faiss/IndexIDMap.h>
#include <faiss/IndexIVFPQ.h>
#include <faiss/IndexScalarQuantizer.h>
#include <faiss/impl/DistanceComputer.h>
#include <faiss/impl/FaissException.h>
#include <faiss/impl/IDSelector.h>
#include <faiss/impl/io.h>
#include <faiss/index_io.h>
#include <faiss/invlists/OnDiskInvertedLists.h>
#ifdef LOOKBOOK_FAISS_GPU
#include <faiss/gpu/GpuAutoTune.h>
#include <faiss/gpu/GpuCloner.h>
#include <faiss/gpu/StandardGpuResources.h>
#endif

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <new>
#include <numeric>
#include <stdexcept>
#include <type_traits>

// The BLAS faiss links (reference, OpenBLAS or MKL), as faiss itself declares it.
extern "C" int sgemv_(const char *trans, const int *m, const int *n, const float *alpha, const float *a, const int *lda, const float *x,
                      const int *incx, const float *beta, float *y, const int *incy);

namespace lookbook::index {

namespace {

// faiss::idx_t moved between releases (Index::idx_t in 1.7.3); the id map's element type is stable.
using FaissId = decltype(faiss::IndexIDMap::id_map)::value_type;

// faiss reads the metric from the file as a raw int, so a damaged file can leave a value that is no
// MetricType; compare the stored bits rather than load them as the enum (undefined behaviour).
bool ranksByInnerProduct(const faiss::Index &index)
{
    std::underlying_type_t<faiss::MetricType> metric;
    std::memcpy(&metric, &index.metric_type, sizeof metric);
    return metric == faiss::METRIC_INNER_PRODUCT;
}

// faiss reports caller mistakes and I/O failures by throwing; nothing may cross the API.
template<typename Function>
Status guarded(ErrorCode code, const QString &context, Function &&function)
{
    try {
        function();
        return success();
    } catch (const std::bad_alloc &) {
        return Error{ErrorCode::BackendError, QStringLiteral("%1: out of memory").arg(context)};
    } catch (const std::exception &e) {
        return Error{code, QStringLiteral("%1: %2").arg(context, QString::fromLocal8Bit(e.what()).trimmed())};
    }
}

// faiss's serialiser writing into a QSaveFile, so that save() gets Qt's temp-file-and-rename commit.
struct DeviceWriter final : faiss::IOWriter {
    explicit DeviceWriter(QIODevice *device, const QString &path) : m_device(device) { name = path.toStdString(); }

    size_t operator()(const void *ptr, size_t size, size_t nitems) override
    {
        const auto bytes = static_cast<qint64>(size * nitems);
        return bytes == 0 || m_device->write(static_cast<const char *>(ptr), bytes) == bytes ? nitems : 0;
    }

    QIODevice *m_device;
};

// After the IVF-PQ, a file may hold its re-ranking copy: this tag, the refine factor (a search
// setting faiss's format has no field for), then an IndexIDMap2 over an IndexScalarQuantizer.
constexpr std::uint32_t kRefineTag = 0x4652424c;  // "LBRF"

faiss::ScalarQuantizer::QuantizerType quantizerForBits(int bits)
{
    switch (bits) {
    case 4:
        return faiss::ScalarQuantizer::QT_4bit;
    case 6:
        return faiss::ScalarQuantizer::QT_6bit;
    case 16:
        return faiss::ScalarQuantizer::QT_fp16;
    default:
        return faiss::ScalarQuantizer::QT_8bit;
    }
}

int bitsOfQuantizer(faiss::ScalarQuantizer::QuantizerType type)
{
    for (int bits : {4, 6, 8, 16}) {
        if (quantizerForBits(bits) == type)
            return bits;
    }
    return 0;
}

std::vector<FaissId> toFaissIds(const std::vector<qint64> &ids)
{
    return {ids.begin(), ids.end()};
}

std::unique_ptr<faiss::Index> newIdMappedIndex(int dimension, const IndexParams &params)
{
    faiss::Index *inner = nullptr;
    if (params.type == IndexParams::Type::Hnsw) {
        auto *hnsw = new faiss::IndexHNSWFlat(dimension, params.m, faiss::METRIC_INNER_PRODUCT);
        hnsw->hnsw.efConstruction = params.efConstruction;
        hnsw->hnsw.efSearch = params.efSearch;
        inner = hnsw;
    } else {
        inner = new faiss::IndexFlatIP(dimension);
    }
    auto map = std::make_unique<faiss::IndexIDMap>(inner);
    map->own_fields = true;
    return map;
}

// Lists mapped from a truncated file would fault on first access instead of failing to load.
Status checkMappedLists(const faiss::OnDiskInvertedLists &lists, const QString &path)
{
    size_t end = 0;
    for (const faiss::OnDiskOneList &list : lists.lists)
        end = std::max(end, list.offset + list.capacity * (lists.code_size + sizeof(FaissId)));
    if (end > lists.totsize)
        return Error{ErrorCode::InvalidData, QStringLiteral("%1: truncated: the inverted lists need %2 bytes, the file has %3")
                                                 .arg(path)
                                                 .arg(end)
                                                 .arg(lists.totsize)};
    return success();
}

// Scores a query against 6-bit scalar-quantised codes without decoding them. faiss's generic
// build decodes one component at a time through a switch (4.4 µs per 1024-d vector, most of a
// re-ranked search); but the score is affine in the codes, q·x = Σ q_i (vmin_i + (b_i + ½) vdiff_i / 63)
// = offset + Σ w_i b_i, so a query is prepared once and a candidate costs one pass over its packed
// bits: 4 components in 3 bytes, low bits first (faiss's Codec6bit; tst_vectorindex compares the two).
class SixBitScorer final
{
public:
    explicit SixBitScorer(const faiss::IndexScalarQuantizer &codes) : m_codes(codes), m_weights(codes.d) {}

    static bool applies(const faiss::IndexScalarQuantizer &codes)
    {
        return codes.sq.qtype == faiss::ScalarQuantizer::QT_6bit && codes.d % 4 == 0 && codes.sq.trained.size() == 2 * static_cast<std::size_t>(codes.d);
    }

    void setQuery(const float *query)
    {
        const float *vmin = m_codes.sq.trained.data();
        const float *vdiff = vmin + m_codes.d;
        double offset = 0.0;
        for (std::size_t i = 0; i < m_weights.size(); ++i) {
            m_weights[i] = query[i] * vdiff[i] / 63.0f;
            offset += double(query[i]) * (vmin[i] + 0.5f * vdiff[i] / 63.0f);
        }
        m_offset = static_cast<float>(offset);
    }

    float score(std::size_t row) const
    {
        const std::uint8_t *code = m_codes.codes.data() + row * m_codes.code_size;
        const float *w = m_weights.data();
        float sum = 0.0f;
        for (std::size_t i = 0; i < m_weights.size(); i += 4, code += 3) {
            const std::uint32_t bits = code[0] | (std::uint32_t(code[1]) << 8) | (std::uint32_t(code[2]) << 16);
            sum += w[i] * float(bits & 63u) + w[i + 1] * float((bits >> 6) & 63u) + w[i + 2] * float((bits >> 12) & 63u) + w[i + 3] * float(bits >> 18);
        }
        return m_offset + sum;
    }

private:
    const faiss::IndexScalarQuantizer &m_codes;
    std::vector<float> m_weights;
    float m_offset = 0.0f;
};

} // namespace

struct FaissVectorIndex::Private final {
    int dimension = 0;
    IndexParams params;
    // IndexIDMap over IndexFlatIP/IndexHNSWFlat, or IndexIVFPQ with the ids in its lists (IndexIDMap's
    // remove_ids renumbers the rows, which would corrupt an IVF's stored row numbers). Null for IVF-PQ
    // until train(): nlist and pqM depend on the sample.
    std::unique_ptr<faiss::Index> index;
    // IVF-PQ's re-ranking copy (refineBits > 0): scalar-quantised vectors under the same ids, whose
    // reverse map finds a candidate's row. Searched on the CPU even when the IVF-PQ is on a GPU.
    std::unique_ptr<faiss::IndexIDMap2> refine;
    std::vector<qint64> ids;  // sorted: duplicate checks, contains() and ids() without asking faiss
    QString mappedFile;       // set while IVF-PQ lists are mapped from this file: the index is read-only
#ifdef LOOKBOOK_FAISS_GPU
    std::unique_ptr<faiss::gpu::StandardGpuResources> gpuResources;
    std::unique_ptr<faiss::Index> gpuIndex;  // a copy of index for searching; index stays the one saved
#endif

    faiss::IndexIDMap *idMap() const { return dynamic_cast<faiss::IndexIDMap *>(index.get()); }
    faiss::IndexHNSW *hnsw() const { return idMap() ? dynamic_cast<faiss::IndexHNSW *>(idMap()->index) : nullptr; }
    faiss::IndexIVFPQ *ivfPq() const { return dynamic_cast<faiss::IndexIVFPQ *>(index.get()); }
    bool trained() const { return index && index->is_trained; }
    const faiss::IndexScalarQuantizer *refineCodes() const
    {
        return refine ? static_cast<const faiss::IndexScalarQuantizer *>(refine->index) : nullptr;
    }

    // Debian's generic faiss build scores a query against the coarse centroids one scalar dot product
    // at a time (its SIMD kernels need -mavx2) and only switches to BLAS for 20 queries or more; one
    // sgemv per query, which the BLAS dispatches to the CPU's vector units, is several times faster
    // (bench_index, 1M vectors: 1.2 → 0.7 ms per query). So IVF-PQ assigns its lists here.
    void searchIvfPq(const faiss::IndexIVFPQ &ivf, const FloatMatrix &queries, FaissId k, float *scores, FaissId *labels) const
    {
        const auto *centroids = dynamic_cast<const faiss::IndexFlat *>(ivf.quantizer);
        if (!centroids || !ranksByInnerProduct(*centroids)) {
            ivf.search(queries.rows, queries.values.data(), k, scores, labels);
            return;
        }
        const int lists = static_cast<int>(ivf.nlist);
        const int probes = static_cast<int>(std::min<size_t>(ivf.nprobe, ivf.nlist));
        std::vector<FaissId> assigned(static_cast<size_t>(queries.rows) * static_cast<size_t>(probes));
        std::vector<float> listScores(assigned.size());
#pragma omp parallel if (queries.rows > 1)
        {
            std::vector<float> all(static_cast<size_t>(lists));
            std::vector<int> order(static_cast<size_t>(lists));
            const int one = 1;
            const float alpha = 1.0f, beta = 0.0f;
#pragma omp for
            for (std::int64_t q = 0; q < queries.rows; ++q) {
                sgemv_("T", &dimension, &lists, &alpha, centroids->get_xb(), &dimension, queries.row(q), &one, &beta, all.data(), &one);
                std::iota(order.begin(), order.end(), 0);
                std::partial_sort(order.begin(), order.begin() + probes, order.end(), [&all](int a, int b) { return all[size_t(a)] > all[size_t(b)]; });
                for (int p = 0; p < probes; ++p) {
                    assigned[size_t(q) * size_t(probes) + size_t(p)] = order[size_t(p)];
                    listScores[size_t(q) * size_t(probes) + size_t(p)] = all[size_t(order[size_t(p)])];
                }
            }
        }
        ivf.search_preassigned(queries.rows, queries.values.data(), k, assigned.data(), listScores.data(), scores, labels, false);
    }

    // Replaces each candidate's PQ score with its score against the finer copy (the caller sorts).
    // The rows are looked up first, all of them, so that the hash map's cache misses overlap instead
    // of each waiting behind the previous candidate's decoding; each code is prefetched one ahead.
    void rescore(const FloatMatrix &queries, std::size_t perQuery, std::vector<float> &scores, const std::vector<FaissId> &labels) const
    {
        const faiss::IndexScalarQuantizer &codes = *refineCodes();
        const bool packed6 = SixBitScorer::applies(codes);
#pragma omp parallel if (queries.rows > 1)
        {
            const std::unique_ptr<faiss::FlatCodesDistanceComputer> distance(packed6 ? nullptr : codes.get_FlatCodesDistanceComputer());
            SixBitScorer sixBits(codes);
            std::vector<FaissId> rows(perQuery);
#pragma omp for
            for (std::int64_t q = 0; q < queries.rows; ++q) {
                const std::size_t first = static_cast<std::size_t>(q) * perQuery;
                std::size_t found = 0;
                while (found < perQuery && labels[first + found] >= 0) {  // -1 pads a short result list
                    rows[found] = refine->rev_map.at(labels[first + found]);
                    ++found;
                }
                if (packed6)
                    sixBits.setQuery(queries.row(q));
                else
                    distance->set_query(queries.row(q));
                for (std::size_t j = 0; j < found; ++j) {
                    if (j + 1 < found) {
                        const std::uint8_t *next = codes.codes.data() + static_cast<std::size_t>(rows[j + 1]) * codes.code_size;
                        for (std::size_t line = 0; line < codes.code_size; line += 64)
                            __builtin_prefetch(next + line);
                    }
                    scores[first + j] = packed6 ? sixBits.score(static_cast<std::size_t>(rows[j])) : (*distance)(rows[j]);
                }
            }
        }
    }

    Status checkDimension(const FloatMatrix &matrix) const
    {
        if (matrix.cols != dimension)
            return Error{ErrorCode::InvalidArgument,
                         QStringLiteral("index has dimension %1, vectors have %2").arg(dimension).arg(matrix.cols)};
        if (matrix.values.size() != static_cast<size_t>(matrix.rows) * static_cast<size_t>(matrix.cols))
            return Error{ErrorCode::InvalidArgument,
                         QStringLiteral("the matrix holds %1 values, not %2 rows x %3 columns")
                             .arg(matrix.values.size())
                             .arg(matrix.rows)
                             .arg(matrix.cols)};
        return success();
    }

    Status checkWritable() const
    {
        if (!mappedFile.isEmpty())
            return Error{ErrorCode::InvalidArgument,
                         QStringLiteral("%1: the index was loaded memory-mapped and is read-only; load it InMemory to modify it")
                             .arg(mappedFile)};
        return success();
    }

    void applySearchEffort()
    {
        if (faiss::IndexHNSW *graph = hnsw())
            graph->hnsw.efSearch = params.efSearch;
        if (faiss::IndexIVFPQ *ivf = ivfPq())
            ivf->nprobe = std::min<size_t>(static_cast<size_t>(params.nprobe), ivf->nlist);
#ifdef LOOKBOOK_FAISS_GPU
        if (gpuIndex && ivfPq())
            faiss::gpu::GpuParameterSpace().set_index_parameter(gpuIndex.get(), "nprobe", static_cast<double>(ivfPq()->nprobe));
#endif
    }

    // The GPU copy is refreshed after every change, which keeps the CPU index the single truth.
    Status refreshGpu()
    {
        if (!params.useGpu || !trained())
            return success();
        if (params.type == IndexParams::Type::Hnsw) {
            qCInfo(lcIndex) << "faiss has no GPU HNSW; this index searches on the CPU";
            return success();
        }
#ifdef LOOKBOOK_FAISS_GPU
        return guarded(ErrorCode::BackendError, QStringLiteral("copying the index to the GPU"), [this] {
            if (!gpuResources)
                gpuResources = std::make_unique<faiss::gpu::StandardGpuResources>();
            gpuIndex.reset(faiss::gpu::index_cpu_to_gpu(gpuResources.get(), 0, index.get()));
        });
#else
        qCWarning(lcIndex) << "useGpu is set but faiss was built without GPU support; searching on the CPU";
        return success();
#endif
    }

    const faiss::Index &searchIndex() const
    {
#ifdef LOOKBOOK_FAISS_GPU
        if (gpuIndex)
            return *gpuIndex;
#endif
        return *index;
    }

    // HNSW cannot delete graph nodes, so removal rebuilds the graph from the vectors that stay.
    Status rebuildHnswWithout(const std::vector<qint64> &removed)
    {
        return guarded(ErrorCode::BackendError, QStringLiteral("rebuilding the HNSW graph"), [&] {
            const faiss::IndexIDMap &map = *idMap();
            std::vector<float> kept;
            std::vector<FaissId> keptIds;
            kept.reserve(static_cast<size_t>(map.ntotal - static_cast<FaissId>(removed.size())) * static_cast<size_t>(dimension));
            for (FaissId row = 0; row < map.ntotal; ++row) {
                if (std::binary_search(removed.begin(), removed.end(), static_cast<qint64>(map.id_map[static_cast<size_t>(row)])))
                    continue;
                kept.resize(kept.size() + static_cast<size_t>(dimension));
                map.index->reconstruct(row, kept.data() + kept.size() - static_cast<size_t>(dimension));
                keptIds.push_back(map.id_map[static_cast<size_t>(row)]);
            }
            std::unique_ptr<faiss::Index> rebuilt = newIdMappedIndex(dimension, params);
            rebuilt->add_with_ids(static_cast<FaissId>(keptIds.size()), kept.data(), keptIds.data());
            index = std::move(rebuilt);
            qCInfo(lcIndex) << "rebuilt the HNSW graph without" << removed.size() << "vectors," << keptIds.size() << "remain";
        });
    }
};

FaissVectorIndex::FaissVectorIndex(std::unique_ptr<Private> d) : m_d(std::move(d)) {}

FaissVectorIndex::~FaissVectorIndex() = default;

Result<std::unique_ptr<FaissVectorIndex>> FaissVectorIndex::create(int dimension, const IndexParams &params)
{
    if (Status valid = params.validate(dimension); !valid)
        return valid.error();
    auto d = std::make_unique<Private>();
    d->dimension = dimension;
    d->params = params;
    if (params.type != IndexParams::Type::IvfPq) {
        if (Status built = guarded(ErrorCode::BackendError, QStringLiteral("creating a %1 index").arg(params.describe()),
                                   [&] { d->index = newIdMappedIndex(dimension, params); });
            !built)
            return built.error();
        if (Status gpu = d->refreshGpu(); !gpu)
            return gpu.error();
    }
    return std::unique_ptr<FaissVectorIndex>(new FaissVectorIndex(std::move(d)));
}

Result<std::unique_ptr<FaissVectorIndex>> FaissVectorIndex::load(const QString &path, LoadMode mode)
{
    QFile probe(path);
    if (!QFileInfo(path).isFile())
        return Error{ErrorCode::IoError, QStringLiteral("%1: no such index file").arg(path)};
    if (!probe.open(QIODevice::ReadOnly))
        return Error{ErrorCode::IoError, QStringLiteral("%1: cannot read: %2").arg(path, probe.errorString())};
    probe.close();

    auto d = std::make_unique<Private>();
    const int flags = mode == LoadMode::MemoryMapped ? faiss::IO_FLAG_MMAP : 0;
    std::uint32_t tag = 0;
    std::int32_t refineFactor = 0;
    Status read = guarded(ErrorCode::InvalidData, QStringLiteral("%1: not a readable faiss index").arg(path), [&] {
        faiss::FileIOReader reader(QFile::encodeName(path).constData());
        d->index.reset(faiss::read_index(&reader, flags));
        if (reader(&tag, sizeof tag, 1) != 1)
            return;  // no re-ranking copy
        if (tag != kRefineTag || reader(&refineFactor, sizeof refineFactor, 1) != 1)
            throw std::runtime_error("unexpected bytes after the index");
        // Owned until it is known to be the id map a re-ranking copy must be (else freed here).
        std::unique_ptr<faiss::Index> copy(faiss::read_index(&reader, 0));
        if (auto *map = dynamic_cast<faiss::IndexIDMap2 *>(copy.get())) {
            copy.release();
            d->refine.reset(map);
        }
    });
    if (!read)
        return read.error();

    const auto unsupported = [&](const QString &what) {
        return Error{ErrorCode::InvalidData, QStringLiteral("%1: %2").arg(path, what)};
    };
    if (!ranksByInnerProduct(*d->index))
        return unsupported(QStringLiteral("the index does not rank by inner product"));
    d->dimension = static_cast<int>(d->index->d);

    if (faiss::IndexIDMap *map = d->idMap()) {
        if (const faiss::IndexHNSW *graph = d->hnsw()) {
            d->params.type = IndexParams::Type::Hnsw;
            d->params.m = graph->hnsw.nb_neighbors(1);
            d->params.efConstruction = graph->hnsw.efConstruction;
            d->params.efSearch = graph->hnsw.efSearch;
        } else if (dynamic_cast<const faiss::IndexFlat *>(map->index)) {
            d->params.type = IndexParams::Type::Flat;
        } else {
            return unsupported(QStringLiteral("unsupported faiss index type inside the id map"));
        }
        d->ids.assign(map->id_map.begin(), map->id_map.end());
    } else if (const faiss::IndexIVFPQ *ivf = d->ivfPq()) {
        d->params.type = IndexParams::Type::IvfPq;
        d->params.nlist = static_cast<int>(ivf->nlist);
        d->params.pqM = static_cast<int>(ivf->pq.M);
        d->params.pqBits = static_cast<int>(ivf->pq.nbits);
        d->params.nprobe = static_cast<int>(ivf->nprobe);
        d->params.refineBits = 0;  // files without a copy, older ones included, are searched as they are
        if (tag == kRefineTag) {
            const faiss::IndexScalarQuantizer *codes = d->refineCodes();
            if (!codes || !dynamic_cast<const faiss::IndexScalarQuantizer *>(d->refine->index) || codes->d != ivf->d
                || !ranksByInnerProduct(*codes) || d->refine->ntotal != ivf->ntotal || refineFactor < 1)
                return unsupported(QStringLiteral("the re-ranking copy after the IVF-PQ does not match it (type, dimension, metric or count)"));
            d->params.refineBits = bitsOfQuantizer(codes->sq.qtype);
            d->params.refineFactor = refineFactor;
        }
        if (const auto *mapped = dynamic_cast<const faiss::OnDiskInvertedLists *>(ivf->invlists)) {
            if (Status whole = checkMappedLists(*mapped, path); !whole)
                return whole.error();
            d->mappedFile = QFileInfo(path).absoluteFilePath();
        }
        Status listed = guarded(ErrorCode::InvalidData, QStringLiteral("%1: reading the inverted lists").arg(path), [&] {
            d->ids.reserve(static_cast<size_t>(ivf->ntotal));
            for (size_t list = 0; list < ivf->nlist; ++list) {
                faiss::InvertedLists::ScopedIds listIds(ivf->invlists, list);
                // Memory-mapped lists lie at any byte offset of the file, so their ids may be
                // misaligned: copy bytes rather than read them as 8-byte integers.
                static_assert(sizeof(FaissId) == sizeof(qint64));
                const std::size_t count = ivf->invlists->list_size(list);
                const std::size_t start = d->ids.size();
                d->ids.resize(start + count);
                if (count > 0)
                    std::memcpy(d->ids.data() + start, listIds.get(), count * sizeof(qint64));
            }
        });
        if (!listed)
            return listed.error();
    } else {
        return unsupported(QStringLiteral("unsupported faiss index type (expected flat, HNSW or IVF-PQ)"));
    }
    if (d->refine && d->params.type != IndexParams::Type::IvfPq)
        return unsupported(QStringLiteral("a re-ranking copy follows an index that is not IVF-PQ"));

    std::sort(d->ids.begin(), d->ids.end());
    if (std::adjacent_find(d->ids.begin(), d->ids.end()) != d->ids.end())
        return unsupported(QStringLiteral("the index stores an id twice"));
    if (d->refine) {
        std::vector<qint64> refineIds(d->refine->id_map.begin(), d->refine->id_map.end());
        std::sort(refineIds.begin(), refineIds.end());
        if (refineIds != d->ids)
            return unsupported(QStringLiteral("the re-ranking copy holds other ids than the IVF-PQ"));
    }
    qCInfo(lcIndex).noquote() << path << ":" << d->params.describe() << "," << d->ids.size() << "vectors"
                              << (d->mappedFile.isEmpty() ? "in memory" : "with memory-mapped inverted lists");
    return std::unique_ptr<FaissVectorIndex>(new FaissVectorIndex(std::move(d)));
}

int FaissVectorIndex::dimension() const { return m_d->dimension; }

std::int64_t FaissVectorIndex::size() const { return static_cast<std::int64_t>(m_d->ids.size()); }

IndexParams FaissVectorIndex::params() const { return m_d->params; }

bool FaissVectorIndex::needsTraining() const { return m_d->params.type == IndexParams::Type::IvfPq; }

bool FaissVectorIndex::isTrained() const { return m_d->trained(); }

Status FaissVectorIndex::train(const FloatMatrix &sample)
{
    if (!needsTraining())
        return success();
    if (Status writable = m_d->checkWritable(); !writable)
        return writable;
    if (m_d->trained())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("the IVF-PQ index is already trained")};
    if (Status dims = m_d->checkDimension(sample); !dims)
        return dims;

    IndexParams resolved = m_d->params;
    resolved.nlist = resolved.resolvedNlist(sample.rows);
    resolved.pqM = resolved.resolvedPqM(m_d->dimension);
    const std::int64_t needed = std::max<std::int64_t>(resolved.nlist, std::int64_t(1) << resolved.pqBits);
    if (sample.rows < needed)
        return Error{ErrorCode::InvalidArgument, QStringLiteral("training %1 needs at least %2 sample vectors, got %3")
                                                     .arg(resolved.describe())
                                                     .arg(needed)
                                                     .arg(sample.rows)};

    std::unique_ptr<faiss::IndexIVFPQ> ivf;
    std::unique_ptr<faiss::IndexIDMap2> refine;
    Status trained = guarded(ErrorCode::BackendError, QStringLiteral("training %1").arg(resolved.describe()), [&] {
        if (resolved.refineBits > 0) {
            auto codes = std::make_unique<faiss::IndexScalarQuantizer>(m_d->dimension, quantizerForBits(resolved.refineBits),
                                                                       faiss::METRIC_INNER_PRODUCT);
            codes->train(sample.rows, sample.values.data());
            refine = std::make_unique<faiss::IndexIDMap2>(codes.get());
            codes.release();
            refine->own_fields = true;
        }
        auto quantizer = std::make_unique<faiss::IndexFlatIP>(m_d->dimension);
        ivf = std::make_unique<faiss::IndexIVFPQ>(quantizer.get(), m_d->dimension, resolved.nlist, resolved.pqM,
                                                  resolved.pqBits, faiss::METRIC_INNER_PRODUCT);
        quantizer.release();
        ivf->own_fields = true;
        ivf->train(sample.rows, sample.values.data());
    });
    if (!trained)
        return trained;
    m_d->index = std::move(ivf);
    m_d->refine = std::move(refine);
    m_d->params = resolved;
    m_d->applySearchEffort();
    qCInfo(lcIndex).noquote() << "trained" << resolved.describe() << "on" << sample.rows << "vectors";
    return m_d->refreshGpu();
}

Status FaissVectorIndex::add(const FloatMatrix &vectors, const std::vector<qint64> &ids)
{
    if (Status writable = m_d->checkWritable(); !writable)
        return writable;
    if (!m_d->trained())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("the IVF-PQ index is not trained: call train() before add()")};
    if (Status dims = m_d->checkDimension(vectors); !dims)
        return dims;
    if (static_cast<std::int64_t>(ids.size()) != vectors.rows)
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("%1 vectors but %2 ids").arg(vectors.rows).arg(ids.size())};

    std::vector<qint64> sorted = ids;
    std::sort(sorted.begin(), sorted.end());
    if (!sorted.empty() && sorted.front() < 0)
        return Error{ErrorCode::InvalidArgument, QStringLiteral("id %1 is negative; ids must be >= 0").arg(sorted.front())};
    if (const auto repeated = std::adjacent_find(sorted.begin(), sorted.end()); repeated != sorted.end())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("id %1 appears twice in the vectors to add").arg(*repeated)};
    for (qint64 id : sorted) {
        if (std::binary_search(m_d->ids.begin(), m_d->ids.end(), id))
            return Error{ErrorCode::InvalidArgument, QStringLiteral("id %1 is already in the index").arg(id)};
    }

    const std::vector<FaissId> faissIds = toFaissIds(ids);
    Status added = guarded(ErrorCode::BackendError, QStringLiteral("adding %1 vectors").arg(vectors.rows), [&] {
        if (m_d->refine)
            m_d->refine->add_with_ids(vectors.rows, vectors.values.data(), faissIds.data());
        try {
            m_d->index->add_with_ids(vectors.rows, vectors.values.data(), faissIds.data());
        } catch (...) {
            if (m_d->refine) {  // keep the two in step: the copy drops what the index did not take
                const faiss::IDSelectorBatch added(faissIds.size(), faissIds.data());
                m_d->refine->remove_ids(added);
            }
            throw;
        }
    });
    if (!added)
        return added;
    const auto middle = static_cast<std::ptrdiff_t>(m_d->ids.size());
    m_d->ids.insert(m_d->ids.end(), sorted.begin(), sorted.end());
    std::inplace_merge(m_d->ids.begin(), m_d->ids.begin() + middle, m_d->ids.end());
    return m_d->refreshGpu();
}

Status FaissVectorIndex::remove(const std::vector<qint64> &ids)
{
    if (Status writable = m_d->checkWritable(); !writable)
        return writable;
    std::vector<qint64> sorted = ids;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    for (qint64 id : sorted) {
        if (!std::binary_search(m_d->ids.begin(), m_d->ids.end(), id))
            return Error{ErrorCode::InvalidArgument, QStringLiteral("id %1 is not in the index").arg(id)};
    }
    if (sorted.empty())
        return success();

    Status removed = success();
    if (m_d->hnsw()) {
        removed = m_d->rebuildHnswWithout(sorted);
    } else {
        removed = guarded(ErrorCode::BackendError, QStringLiteral("removing %1 vectors").arg(sorted.size()), [&] {
            const std::vector<FaissId> faissIds = toFaissIds(sorted);
            const faiss::IDSelectorBatch selector(static_cast<size_t>(faissIds.size()), faissIds.data());
            m_d->index->remove_ids(selector);
            if (m_d->refine)
                m_d->refine->remove_ids(selector);
        });
    }
    if (!removed)
        return removed;
    std::vector<qint64> remaining;
    remaining.reserve(m_d->ids.size() - sorted.size());
    std::set_difference(m_d->ids.begin(), m_d->ids.end(), sorted.begin(), sorted.end(), std::back_inserter(remaining));
    m_d->ids = std::move(remaining);
    return m_d->refreshGpu();
}

bool FaissVectorIndex::contains(qint64 id) const
{
    return std::binary_search(m_d->ids.begin(), m_d->ids.end(), id);
}

std::vector<qint64> FaissVectorIndex::ids() const { return m_d->ids; }

Result<std::vector<std::vector<Neighbour>>> FaissVectorIndex::search(const FloatMatrix &queries, int k) const
{
    if (k < 1)
        return Error{ErrorCode::InvalidArgument, QStringLiteral("k must be at least 1, got %1").arg(k)};
    if (!m_d->trained())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("the IVF-PQ index is not trained: nothing to search")};
    if (Status dims = m_d->checkDimension(queries); !dims)
        return dims.error();

    std::vector<std::vector<Neighbour>> results(static_cast<size_t>(queries.rows));
    const std::int64_t candidates = m_d->refine ? std::int64_t(k) * m_d->params.refineFactor : k;
    const auto kk = static_cast<FaissId>(std::min<std::int64_t>(candidates, size()));
    if (kk == 0 || queries.rows == 0)
        return results;
    std::vector<float> scores(static_cast<size_t>(queries.rows * kk));
    std::vector<FaissId> labels(scores.size());
    Status searched = guarded(ErrorCode::BackendError, QStringLiteral("searching %1").arg(m_d->params.describe()), [&] {
        const faiss::Index &searched = m_d->searchIndex();
        if (const auto *ivf = dynamic_cast<const faiss::IndexIVFPQ *>(&searched))
            m_d->searchIvfPq(*ivf, queries, kk, scores.data(), labels.data());
        else
            searched.search(queries.rows, queries.values.data(), kk, scores.data(), labels.data());
        if (m_d->refine)
            m_d->rescore(queries, static_cast<std::size_t>(kk), scores, labels);
    });
    if (!searched)
        return searched.error();

    for (size_t q = 0; q < results.size(); ++q) {
        std::vector<Neighbour> &hits = results[q];
        for (size_t j = q * static_cast<size_t>(kk); j < (q + 1) * static_cast<size_t>(kk); ++j) {
            if (labels[j] >= 0)  // -1: a probed region held fewer than k vectors
                hits.push_back({static_cast<qint64>(labels[j]), scores[j]});
        }
        std::stable_sort(hits.begin(), hits.end(), [](const Neighbour &a, const Neighbour &b) { return a.score > b.score; });
        if (hits.size() > static_cast<size_t>(k))
            hits.resize(static_cast<size_t>(k));
    }
    return results;
}

void FaissVectorIndex::setSearchEffort(int effort)
{
    effort = std::max(1, effort);
    if (m_d->params.type == IndexParams::Type::Hnsw)
        m_d->params.efSearch = effort;
    else if (m_d->params.type == IndexParams::Type::IvfPq)
        m_d->params.nprobe = effort;
    m_d->applySearchEffort();
}

void FaissVectorIndex::setRefineFactor(int factor)
{
    if (m_d->params.type == IndexParams::Type::IvfPq)
        m_d->params.refineFactor = std::clamp(factor, 1, 1000);
}

Status FaissVectorIndex::save(const QString &path) const
{
    if (!m_d->trained())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("%1: cannot save an untrained IVF-PQ index").arg(path)};
    return AtomicFile::write(path, [&](QIODevice &file) -> Status {
        if (!m_d->mappedFile.isEmpty()) {
            // faiss would write mapped lists as a reference to another file; the mapped file is
            // unchanged since load (the index is read-only), so its bytes are the index.
            QFile source(m_d->mappedFile);
            if (!source.open(QIODevice::ReadOnly))
                return Error{ErrorCode::IoError, QStringLiteral("%1: cannot read: %2").arg(m_d->mappedFile, source.errorString())};
            while (!source.atEnd()) {
                const QByteArray chunk = source.read(qint64(1) << 24);
                if (chunk.isEmpty() || file.write(chunk) != chunk.size())
                    return Error{ErrorCode::IoError, QStringLiteral("%1: cannot write: %2").arg(path, file.errorString())};
            }
            return success();
        }
        DeviceWriter writer(&file, path);
        return guarded(ErrorCode::IoError, path, [&] {
            faiss::write_index(m_d->index.get(), &writer);
            if (m_d->refine) {
                const std::int32_t factor = m_d->params.refineFactor;
                if (writer(&kRefineTag, sizeof kRefineTag, 1) != 1 || writer(&factor, sizeof factor, 1) != 1)
                    throw std::runtime_error("write error");
                faiss::write_index(m_d->refine.get(), &writer);
            }
        });
    });
}

std::int64_t FaissVectorIndex::memoryBytes() const
{
    const auto n = static_cast<std::int64_t>(m_d->ids.size());
    const std::int64_t idBytes = n * static_cast<std::int64_t>(sizeof(qint64));
    if (const faiss::IndexIVFPQ *ivf = m_d->ivfPq()) {
        const auto centroids = static_cast<std::int64_t>(ivf->nlist) * m_d->dimension + static_cast<std::int64_t>(ivf->pq.centroids.size());
        std::int64_t bytes = n * (static_cast<std::int64_t>(ivf->code_size) + static_cast<std::int64_t>(sizeof(FaissId))) + centroids * 4 + idBytes;
        if (const faiss::IndexScalarQuantizer *codes = m_d->refineCodes())  // codes, id map, reverse map (~4 words a node)
            bytes += n * (static_cast<std::int64_t>(codes->code_size) + 5 * static_cast<std::int64_t>(sizeof(FaissId)));
        return bytes;
    }
    std::int64_t bytes = n * m_d->dimension * 4 + 2 * idBytes;  // vectors, the id map and our sorted copy
    if (const faiss::IndexHNSW *graph = m_d->hnsw()) {
        const faiss::HNSW &h = graph->hnsw;
        bytes += static_cast<std::int64_t>(h.neighbors.size() * sizeof(h.neighbors[0]) + h.offsets.size() * sizeof(h.offsets[0]) +
                                           h.levels.size() * sizeof(h.levels[0]));
    }
    return bytes;
}

} // namespace lookbook::index
