#pragma once

#include <QStringList>

namespace lookbook::cli {

// `lookbook-cli rerank --query Q.npy --gallery G.npy [--k1 20 --k2 6 --lambda 0.3] --out D.npy`:
// k-reciprocal re-ranking; writes the q × g final distances (float32 .npy, smaller = better).
int runRerankCommand(const QStringList &arguments);

} // namespace lookbook::cli
