#include "search/searchpipeline.h"

#include "catalog/catalog.h"
#include "embedding/embedder.h"
#include "index/vectorindex.h"
#include "models/modelfingerprint.h"
#include "postprocess/databaseaugmentation.h"
#include "postprocess/pcawhitening.h"
#include "postprocess/queryexpansion.h"
#include "search/catalogindex.h"
#include "search/importlock.h"

#include <algorithm>
#include <numeric>
#include <optional>

namespace lookbook::search {

struct SearchPipeline::Gallery final {
    std::vector<qint64> ids;
    FloatMatrix raw;
    // What `vectors` was made with; a query with other transforms rebuilds it.
    bool pcaWhitening = false;
    int pcaDimension = 0;
    int dbaNeighbours = 0;
    double dbaAlpha = 0.0;
    std::optional<postprocess::PcaWhitening> whitening;
    FloatMatrix vectors;
    std::unique_ptr<index::VectorIndex> exact;  // over `vectors`, when they differ from the catalog's
    std::optional<postprocess::KReciprocalReranker::GalleryNeighbourhood> neighbourhood;
};

namespace {

// The set's index. While an import runs, the index lags behind the catalog by the photos added so
// far and is rebuilt when the import ends: until then the index as it was is searched (when it
// holds nothing the catalog lacks) and `notice` says so, rather than refusing the search.
Result<std::unique_ptr<CatalogIndex>> openIndex(catalog::Catalog &catalog, const QString &setName, QString &notice)
{
    Result<std::unique_ptr<CatalogIndex>> current = CatalogIndex::open(catalog, setName);
    if (current || current.error().code != ErrorCode::OutOfDate || !ImportLock::isHeld(catalog.path()))
        return current;
    const auto refused = [&](const QString &why) {
        return Error{ErrorCode::OutOfDate,
                     QStringLiteral("%1: an import is running and %2; search again when it has finished").arg(catalog.path(), why)};
    };
    Result<std::unique_ptr<CatalogIndex>> earlier = CatalogIndex::openForUpdate(catalog, setName);
    if (!earlier)
        return refused(QStringLiteral("there is no index to search until it ends (%1)").arg(current.error().message));
    Result<std::vector<qint64>> catalogIds = catalog.vectorIds((*earlier)->vectorSet().id);
    if (!catalogIds)
        return catalogIds.error();
    std::vector<qint64> indexIds = (*earlier)->index().ids();
    std::sort(indexIds.begin(), indexIds.end());
    if (!std::includes(catalogIds->begin(), catalogIds->end(), indexIds.begin(), indexIds.end()))
        return refused(QStringLiteral("the index holds items the catalog no longer has"));
    notice = QStringLiteral("%1: an import is running and the index is being updated; searching the index as it was before the import "
                            "(%2 of the catalog's %3 items; those added since are not found yet)")
                 .arg(catalog.path())
                 .arg(indexIds.size())
                 .arg(catalogIds->size());
    return earlier;
}

} // namespace

SearchPipeline::SearchPipeline(std::unique_ptr<catalog::Catalog> catalog, std::unique_ptr<CatalogIndex> index,
                               std::unique_ptr<embedding::Embedder> embedder, DetectionEnsemble detectors)
    : m_catalog(std::move(catalog)), m_index(std::move(index)), m_embedder(std::move(embedder)), m_detectors(std::move(detectors))
{
}

SearchPipeline::~SearchPipeline() = default;

Result<std::unique_ptr<SearchPipeline>> SearchPipeline::open(const SearchPipelineParams &params)
{
    using Failure = Result<std::unique_ptr<SearchPipeline>>;
    Result<std::unique_ptr<catalog::Catalog>> catalog = catalog::Catalog::open(params.catalogPath);
    if (!catalog)
        return catalog.error();
    const Result<catalog::VectorSetInfo> chosen = (*catalog)->chooseVectorSet(params.vectorSet);
    if (!chosen)
        return chosen.error();
    QString notice;
    Result<std::unique_ptr<CatalogIndex>> index = openIndex(**catalog, chosen->name, notice);
    if (!index)
        return index.error();
    const catalog::VectorSetInfo &set = (*index)->vectorSet();

    Result<std::unique_ptr<embedding::Embedder>> embedder = embedding::Embedder::load(params.embedderManifest, params.inference);
    if (!embedder)
        return embedder.error();
    if ((*embedder)->dimension() != set.dimension)
        return Failure::failure(ErrorCode::InvalidArgument,
                                QStringLiteral("%1: makes %2-dimensional vectors, but vector set '%3' of %4 has dimension %5 (model '%6')")
                                    .arg((*embedder)->manifest().path)
                                    .arg((*embedder)->dimension())
                                    .arg(set.name, (*catalog)->path())
                                    .arg(set.dimension)
                                    .arg(set.modelName));
    Result<QString> fingerprint = models::modelFingerprint((*embedder)->manifest());
    if (!fingerprint)
        return fingerprint.error();
    if (*fingerprint != set.modelFingerprint)
        return Failure::failure(ErrorCode::InvalidArgument,
                                QStringLiteral("%1: is not the model that made vector set '%2' of %3 (that was '%4'); its vectors would not be comparable")
                                    .arg((*embedder)->manifest().path, set.name, (*catalog)->path(), set.modelName));

    Result<DetectionEnsemble> detectors = DetectionEnsemble::load(params.detectorManifests, params.inference);
    if (!detectors)
        return detectors.error();
    std::unique_ptr<SearchPipeline> pipeline(
        new SearchPipeline(std::move(catalog.value()), std::move(index.value()), std::move(embedder.value()), std::move(detectors.value())));
    pipeline->m_notice = notice;
    return pipeline;
}

const catalog::VectorSetInfo &SearchPipeline::vectorSet() const { return m_index->vectorSet(); }

Result<Detections> SearchPipeline::detect(const models::DecodedImage &image, const std::function<bool()> &cancelled) const
{
    return m_detectors.detect(image, cancelled);
}

Result<FloatMatrix> SearchPipeline::embed(const models::DecodedImage &image, const std::vector<Box> &boxes) const
{
    FloatMatrix matrix(0, m_embedder->dimension());
    if (boxes.empty())
        return matrix;
    const Result<std::vector<Box>> clipped = clipToImage(boxes, image.width(), image.height(), QStringLiteral("box"));
    if (!clipped)
        return clipped.error();
    Result<std::vector<std::vector<float>>> vectors = m_embedder->embed(image, *clipped);
    if (!vectors)
        return vectors.error();
    matrix.rows = static_cast<std::int64_t>(vectors->size());
    for (const std::vector<float> &v : *vectors)
        matrix.values.insert(matrix.values.end(), v.begin(), v.end());
    return matrix;
}

Result<std::vector<Box>> SearchPipeline::clipToImage(const std::vector<Box> &boxes, int width, int height, const QString &source)
{
    std::vector<Box> clipped;
    clipped.reserve(boxes.size());
    for (size_t i = 0; i < boxes.size(); ++i) {
        const Box &b = boxes[i];
        const QString coordinates = QStringLiteral("[%1, %2, %3, %4]").arg(b.x1).arg(b.y1).arg(b.x2).arg(b.y2);
        if (!b.isFinite())
            return Error{ErrorCode::InvalidArgument, QStringLiteral("%1 %2 %3: a coordinate is not a finite number").arg(source).arg(i + 1).arg(coordinates)};
        const Box inside = b.clippedTo(width, height);
        if (!(inside.area() > 0.0))
            return Error{ErrorCode::InvalidArgument,
                         QStringLiteral("%1 %2 %3: no area inside the %4×%5 image").arg(source).arg(i + 1).arg(coordinates).arg(width).arg(height)};
        clipped.push_back(inside);
    }
    return clipped;
}

Result<const SearchPipeline::Gallery *> SearchPipeline::gallery(const SearchOptions &options)
{
    if (!m_gallery) {
        auto loaded = std::make_unique<Gallery>();
        Result<FloatMatrix> raw = m_catalog->vectors(vectorSet().id, loaded->ids);
        if (!raw)
            return raw.error();
        loaded->raw = std::move(raw.value());
        loaded->vectors = loaded->raw;
        m_gallery = std::move(loaded);
    }
    Gallery &g = *m_gallery;
    const bool same = g.pcaWhitening == options.pcaWhitening && g.pcaDimension == options.pcaDimension
                      && g.dbaNeighbours == options.dbaNeighbours && (options.dbaNeighbours == 0 || g.dbaAlpha == options.dbaAlpha);
    if (same)
        return &g;
    g.whitening.reset();
    g.exact.reset();
    g.neighbourhood.reset();
    g.vectors = g.raw;
    if (options.pcaWhitening) {
        Result<postprocess::PcaWhitening> whitening = postprocess::PcaWhitening::learn(g.raw, {options.pcaDimension});
        if (!whitening)
            return whitening.error();
        Result<FloatMatrix> whitened = whitening->apply(g.raw);
        if (!whitened)
            return whitened.error();
        g.whitening = std::move(whitening.value());
        g.vectors = std::move(whitened.value());
    }
    if (options.dbaNeighbours > 0) {
        Result<FloatMatrix> augmented = postprocess::DatabaseAugmentation::augment(g.vectors, {options.dbaNeighbours, options.dbaAlpha});
        if (!augmented)
            return augmented.error();
        g.vectors = std::move(augmented.value());
    }
    if (options.pcaWhitening || options.dbaNeighbours > 0) {
        index::IndexParams flat;
        Result<std::unique_ptr<index::VectorIndex>> exact = index::VectorIndex::create(g.vectors.cols, flat);
        if (!exact)
            return exact.error();
        if (Status added = (*exact)->add(g.vectors, g.ids); !added)
            return added.error();
        g.exact = std::move(exact.value());
    }
    g.pcaWhitening = options.pcaWhitening;
    g.pcaDimension = options.pcaDimension;
    g.dbaNeighbours = options.dbaNeighbours;
    g.dbaAlpha = options.dbaAlpha;
    return &g;
}

Result<std::vector<std::vector<SearchHit>>> SearchPipeline::query(const FloatMatrix &queries, const SearchOptions &options)
{
    using Hits = std::vector<std::vector<SearchHit>>;
    if (options.topK < 1)
        return Result<Hits>::failure(ErrorCode::InvalidArgument, QStringLiteral("top-k must be at least 1, got %1").arg(options.topK));
    if (queries.cols != vectorSet().dimension)
        return Result<Hits>::failure(ErrorCode::InvalidArgument, QStringLiteral("query vectors have dimension %1, vector set '%2' has %3")
                                                                     .arg(queries.cols)
                                                                     .arg(vectorSet().name)
                                                                     .arg(vectorSet().dimension));
    Hits hits(static_cast<std::size_t>(queries.rows));
    if (queries.rows == 0)
        return hits;
    const auto fromNeighbours = [&](const std::vector<std::vector<index::Neighbour>> &found) {
        for (std::size_t q = 0; q < found.size(); ++q) {
            for (const index::Neighbour &n : found[q])
                hits[q].push_back({n.id, n.score});
        }
        return hits;
    };
    if (!options.needsGallery()) {
        Result<std::vector<std::vector<index::Neighbour>>> found = m_index->index().search(queries, options.topK);
        if (!found)
            return found.error();
        return fromNeighbours(*found);
    }

    Result<const Gallery *> prepared = gallery(options);
    if (!prepared)
        return prepared.error();
    Gallery &g = *m_gallery;
    FloatMatrix q = queries;
    if (g.whitening) {
        Result<FloatMatrix> whitened = g.whitening->apply(q);
        if (!whitened)
            return whitened.error();
        q = std::move(whitened.value());
    }
    if (options.qeNeighbours > 0) {
        Result<FloatMatrix> expanded = postprocess::QueryExpansion::expand(q, g.vectors, {options.qeNeighbours, options.qeAlpha});
        if (!expanded)
            return expanded.error();
        q = std::move(expanded.value());
    }
    if (!options.rerank) {
        const index::VectorIndex &searched = g.exact ? *g.exact : m_index->index();
        Result<std::vector<std::vector<index::Neighbour>>> found = searched.search(q, options.topK);
        if (!found)
            return found.error();
        return fromNeighbours(*found);
    }

    const postprocess::KReciprocalReranker reranker(*options.rerank);
    const int depth = std::max(options.rerank->k1 + 1, options.rerank->k2);
    if (!g.neighbourhood || g.neighbourhood->depth < std::min<std::int64_t>(depth, g.vectors.rows)) {
        Result<postprocess::KReciprocalReranker::GalleryNeighbourhood> hood =
            postprocess::KReciprocalReranker::galleryNeighbourhood(g.vectors, *options.rerank);
        if (!hood)
            return hood.error();
        g.neighbourhood = std::move(hood.value());
    }
    Result<FloatMatrix> distances = reranker.rerank(q, g.vectors, *g.neighbourhood);
    if (!distances)
        return distances.error();
    const std::int64_t galleryRows = distances->cols;
    const int keep = static_cast<int>(std::min<std::int64_t>(options.topK, galleryRows));
    std::vector<std::int32_t> order(static_cast<std::size_t>(galleryRows));
    for (std::int64_t r = 0; r < distances->rows; ++r) {
        const float *row = distances->row(r);
        std::iota(order.begin(), order.end(), 0);
        std::partial_sort(order.begin(), order.begin() + keep, order.end(),
                          [row](std::int32_t a, std::int32_t b) { return row[a] < row[b] || (row[a] == row[b] && a < b); });
        for (int i = 0; i < keep; ++i)
            hits[static_cast<std::size_t>(r)].push_back({g.ids[static_cast<std::size_t>(order[static_cast<std::size_t>(i)])], 1.0f - row[order[static_cast<std::size_t>(i)]]});
    }
    return hits;
}

Result<PhotoSearch> SearchPipeline::search(const models::DecodedImage &image, const fusion::FusionParams &fusion, const SearchOptions &options)
{
    PhotoSearch result;
    Result<Detections> detections = detect(image);
    if (!detections)
        return detections.error();
    result.detections = std::move(detections.value());
    Result<std::vector<ScoredBox>> boxes = DetectionEnsemble::combine(result.detections.shown(), fusion);
    if (!boxes)
        return boxes.error();
    result.boxes = std::move(boxes.value());
    std::vector<Box> regions;
    for (const ScoredBox &b : result.boxes)
        regions.push_back(b.box);
    Result<FloatMatrix> vectors = embed(image, regions);
    if (!vectors)
        return vectors.error();
    Result<std::vector<std::vector<SearchHit>>> hits = query(*vectors, options);
    if (!hits)
        return hits.error();
    result.hits = std::move(hits.value());
    return result;
}

Result<std::vector<catalog::ItemDetails>> SearchPipeline::details(const std::vector<SearchHit> &hits)
{
    std::vector<qint64> ids;
    ids.reserve(hits.size());
    for (const SearchHit &hit : hits)
        ids.push_back(hit.itemId);
    return m_catalog->itemDetails(ids);
}

} // namespace lookbook::search
