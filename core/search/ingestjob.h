#pragma once

#include "common/result.h"
#include "fusion/fusionparams.h"
#include "index/indexparams.h"
#include "models/modelmanifest.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace lookbook::search {

struct IngestParams final {
    enum class Images { Shop, User, All };

    QString catalogPath;
    // A folder of shop photos (searched recursively; an optional products.json maps file names to
    // {title, price, currency, url, …}) or a DeepFashion2-layout split (image/ + annos/), whose
    // ground-truth boxes are used as they are.
    QString sourcePath;
    Images images = Images::Shop;          // which images of a split to import; a folder is shop photos
    QStringList detectorManifests;         // boxes for photos without annotations: detect, then fuse
    fusion::FusionParams fusion;
    QString embedderManifest;              // an embedder or an ensemble
    QString vectorSet;                     // empty: the embedder's name
    models::InferenceOptions inference;
    int decodeThreads = 2;                 // photos are read, hashed and decoded on these threads…
    int prefetch = 6;                      // …this many ahead of inference
    std::optional<index::IndexParams> index = index::IndexParams{};  // rebuilt at the end; nullopt: leave it
};

struct IngestProgress final {
    qint64 imagesDone = 0;                 // including those skipped because they were already stored
    qint64 imagesTotal = 0;
    qint64 itemsDone = 0;                  // embedded in this run
    double itemsPerSecond = 0.0;
    double etaSeconds = -1.0;              // unknown until a few images are done
    QString current;                       // the photo being processed, or the index phase
};

struct IngestReport final {
    QString vectorSet;
    qint64 imagesAdded = 0;
    qint64 imagesCompleted = 0;            // stored by an interrupted run, their missing vectors added now
    qint64 imagesSkipped = 0;              // already complete
    qint64 imagesFailed = 0;
    qint64 itemsAdded = 0;
    qint64 vectorsAdded = 0;
    QStringList problems;                  // one line per photo or annotation that could not be imported
    bool cancelled = false;
    bool indexBuilt = false;
    // The index build at the end failed: what was imported stays imported, and this says why the
    // index was not rebuilt (the import's own problems are still reported above it).
    std::optional<Error> indexError;
    double seconds = 0.0;
    double itemsPerSecond = 0.0;
};

// Imports photos into a catalog: boxes (ground truth, or detect + fuse), crops, embeddings, then the
// index. Each photo is stored in one transaction with its items and vectors, so a run killed at any
// moment leaves a consistent catalog, and running it again continues where it stopped without
// duplicates. A photo that fails to read or decode, or whose annotation the catalog cannot hold, is
// reported and the rest go on. One import of a catalog runs at a time (ImportLock); a second is
// refused with a plain message.
class IngestJob final
{
public:
    explicit IngestJob(IngestParams params) : m_params(std::move(params)) {}

    // Runs on the calling thread (it opens its own catalog connection there). `progress` is called
    // after each photo; returning false cancels after that photo (what is stored stays stored).
    Result<IngestReport> run(const std::function<bool(const IngestProgress &)> &progress = {});

private:
    IngestParams m_params;
};

} // namespace lookbook::search
