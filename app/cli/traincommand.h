#pragma once

#include <QStringList>

namespace lookbook::cli {

// `lookbook-cli train embedder --config FILE [--resume]`: one sub-command per trainable model.
int runTrainCommand(const QStringList &arguments);

} // namespace lookbook::cli
