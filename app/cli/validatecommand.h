#pragma once

#include <QStringList>

namespace lookbook::cli {

// `lookbook-cli validate SPLIT_DIR [--no-decode] [--threads N]`: prints every schema problem of a
// DeepFashion2 split, one per line; exits 1 when there is any.
int runValidateCommand(const QStringList &arguments);

} // namespace lookbook::cli
