#pragma once

#include "common/result.h"

#include <QString>

namespace lookbook::ui {

// Rebuilds a catalog's vector index as `lookbook-cli index build` does, with the index type and
// parameters recorded for it (exact search when none were), or as `indexType` ("flat", "hnsw",
// "ivfpq") with that type's defaults when it names another. Blocks: run it on a worker thread; it
// opens its own catalog connection there. `vectorSet` empty: the catalog's only set. Returns the
// set's name.
Result<QString> rebuildIndex(const QString &catalogPath, const QString &vectorSet, const QString &indexType = {});

} // namespace lookbook::ui
