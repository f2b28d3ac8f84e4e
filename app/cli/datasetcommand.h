#pragma once

#include <QStringList>

namespace lookbook::cli {

// `lookbook-cli dataset to-coco SPLIT --out FILE` and
// `lookbook-cli dataset retrieval-gt SPLIT --query-out Q --gallery-out G`: conversions of a
// DeepFashion2 split. Bad files are all reported at the end; the rest is converted (exit 1 then).
int runDatasetCommand(const QStringList &arguments);

} // namespace lookbook::cli
