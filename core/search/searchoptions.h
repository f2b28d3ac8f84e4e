#pragma once

#include "postprocess/kreciprocalreranker.h"

#include <optional>

namespace lookbook::search {

// The paper's retrieval post-processing (its Table 7), each off unless set. Applied in this order:
// PCA whitening (learned on the catalog), DBA on the gallery, alpha-QE on the queries, then either
// nearest neighbours by inner product or k-reciprocal re-ranking.
struct SearchOptions final {
    int topK = 20;
    bool pcaWhitening = false;
    int pcaDimension = 0;        // 0 keeps the embedder's dimension
    int qeNeighbours = 0;        // alpha-QE over this many neighbours; 0 = off
    double qeAlpha = 3.0;
    int dbaNeighbours = 0;       // DBA over this many neighbours (itself included); 0 = off
    double dbaAlpha = 3.0;
    std::optional<postprocess::KReciprocalReranker::Params> rerank;

    bool needsGallery() const { return pcaWhitening || qeNeighbours > 0 || dbaNeighbours > 0 || rerank.has_value(); }
};

} // namespace lookbook::search
