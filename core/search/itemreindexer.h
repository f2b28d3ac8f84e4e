#pragma once

#include "common/progress.h"
#include "common/result.h"
#include "index/indexparams.h"
#include "models/modelmanifest.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace lookbook::search {

struct ItemReindexParams final {
    QString catalogPath;
    QString vectorSet;                 // empty: the catalog's only set
    // The embedder or ensemble that made the set. Empty: the manifest with the set's model name and
    // fingerprint is looked for in `modelDirs`. Only loaded when there is something to embed.
    QString embedderManifest;
    QStringList modelDirs;             // empty: DemoCatalog::defaultModelsDir()
    models::InferenceOptions inference;
    index::IndexParams newIndex;       // for a set without an index yet (an existing one keeps its parameters)
};

struct ItemReindexReport final {
    enum class IndexUpdate {
        Unchanged,                     // it already held exactly the catalog's vectors
        Incremental,                   // ids removed and added in place
        Rebuilt,                       // built again from all of the set's vectors (see indexNote)
    };

    QString vectorSet;
    qint64 itemsEmbedded = 0;
    qint64 itemsSkipped = 0;           // rejected items, and items changed again while they were embedded
    qint64 imagesFailed = 0;
    qint64 removedFromIndex = 0;
    qint64 addedToIndex = 0;
    IndexUpdate index = IndexUpdate::Unchanged;
    QString indexNote;                 // why the index was rebuilt (HNSW removal, no or stale index file)
    QStringList problems;              // photos that could not be read
    bool cancelled = false;            // stopped while embedding: what was embedded is stored and indexed, a rerun does the rest
    double seconds = 0.0;
};

// Brings a vector set up to date after review edits without a full re-import: embeds the shop
// items that have no vector (new items, and those whose box or category was changed, since the
// review workspace deletes their vectors), and updates the saved index in place: ids of items
// that are gone or lost their vector are removed first (and saved, so that a killed run never
// leaves an old vector under a re-embedded id), the new vectors are added at the end, and the index
// is recorded so that it passes CatalogIndex's open-time check. Flat and IVF-PQ remove ids in
// place; HNSW cannot delete graph nodes, so a removal rebuilds that graph from the vectors that
// stay (adding alone is incremental). A missing or stale index file (other model or dimension,
// damaged) is rebuilt whole.
class ItemReindexer final
{
public:
    explicit ItemReindexer(ItemReindexParams params) : m_params(std::move(params)) {}

    // Runs on the calling thread with its own catalog connection. `progress` counts items after each
    // photo (named as the stage) and before the index is saved (stage "index"); stopping it stops
    // embedding (see `cancelled`).
    Result<ItemReindexReport> run(const Progress &progress = {});

private:
    ItemReindexParams m_params;
};

} // namespace lookbook::search
