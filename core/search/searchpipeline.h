#pragma once

#include "catalog/catalogrecords.h"
#include "common/floatmatrix.h"
#include "common/result.h"
#include "common/scoredbox.h"
#include "fusion/fusionparams.h"
#include "models/decodedimage.h"
#include "models/modelmanifest.h"
#include "search/detectionensemble.h"
#include "search/searchoptions.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace lookbook::catalog {
class Catalog;
}
namespace lookbook::embedding {
class Embedder;
}

namespace lookbook::search {

class CatalogIndex;

// One ranked catalog item. `score` is higher for better matches: the inner product, or
// 1 − the re-ranked distance when re-ranking is on.
struct SearchHit final {
    qint64 itemId = 0;
    float score = 0.0f;
};

struct PhotoSearch final {
    Detections detections;
    std::vector<ScoredBox> boxes;              // fused (or the single detector's), in pixels
    std::vector<std::vector<SearchHit>> hits;  // per box, best first
};

struct SearchPipelineParams final {
    QString catalogPath;
    QString vectorSet;                          // empty: the catalog's only set
    QString embedderManifest;                   // must be the model that made the vector set
    QStringList detectorManifests;
    models::InferenceOptions inference;
};

// Photo → detect → fuse → embed each box → ranked shop items, with the optional post-processing.
// It owns its catalog connection, so it belongs to one thread (the GUI runs it on a worker).
// Opening checks that the index matches the catalog and that the embedder is the model that made
// the vectors; anything stale is an ErrorCode::OutOfDate error naming the command that fixes it.
class SearchPipeline final
{
public:
    ~SearchPipeline();

    static Result<std::unique_ptr<SearchPipeline>> open(const SearchPipelineParams &params);

    const catalog::VectorSetInfo &vectorSet() const;
    const DetectionEnsemble &detectors() const { return m_detectors; }
    const embedding::Embedder &embedder() const { return *m_embedder; }
    catalog::Catalog &catalog() { return *m_catalog; }
    // Set when the search runs on an index that an import is bringing up to date; empty otherwise.
    const QString &notice() const { return m_notice; }

    Result<Detections> detect(const models::DecodedImage &image, const std::function<bool()> &cancelled = {}) const;
    // Embeds each box after clipToImage(); an error names the box at fault.
    Result<FloatMatrix> embed(const models::DecodedImage &image, const std::vector<Box> &boxes) const;
    // Query boxes for a width × height image, clipped to it. A box with a NaN or infinite coordinate,
    // or with no area inside the image, is an error naming `source` and the box ("--box 2: …").
    static Result<std::vector<Box>> clipToImage(const std::vector<Box> &boxes, int width, int height, const QString &source);
    // Ranked hits for each row of `queries` (vectors from this pipeline's embedder).
    Result<std::vector<std::vector<SearchHit>>> query(const FloatMatrix &queries, const SearchOptions &options);
    // All of it: detect, fuse (a single detector's boxes are used as they are), embed, query.
    Result<PhotoSearch> search(const models::DecodedImage &image, const fusion::FusionParams &fusion, const SearchOptions &options);

    Result<std::vector<catalog::ItemDetails>> details(const std::vector<SearchHit> &hits);

private:
    struct Gallery;
    SearchPipeline(std::unique_ptr<catalog::Catalog> catalog, std::unique_ptr<CatalogIndex> index,
                   std::unique_ptr<embedding::Embedder> embedder, DetectionEnsemble detectors);
    // The gallery as the options transform it (cached between calls with the same transforms).
    Result<const Gallery *> gallery(const SearchOptions &options);

    std::unique_ptr<catalog::Catalog> m_catalog;
    std::unique_ptr<CatalogIndex> m_index;
    std::unique_ptr<embedding::Embedder> m_embedder;
    DetectionEnsemble m_detectors;
    std::unique_ptr<Gallery> m_gallery;
    QString m_notice;
};

} // namespace lookbook::search
