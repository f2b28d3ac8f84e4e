#pragma once

#include <QStringList>

namespace lookbook::cli {

// `lookbook-cli expand --method qe|dba|pca ... --out OUT.npy`: alpha-query expansion (expanded
// queries), alpha-database augmentation (augmented gallery) or PCA whitening (learned on the gallery,
// applied to the queries).
int runExpandCommand(const QStringList &arguments);

} // namespace lookbook::cli
