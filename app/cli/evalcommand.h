#pragma once

#include <QStringList>

namespace lookbook::cli {

// `lookbook-cli eval retrieval --query-gt Q --gallery-gt G --results R` (DeepFashion2 Acc@k) and
// `lookbook-cli eval detection --gt GT --dets DETS` (COCO box AP): one JSON object on stdout.
int runEvalCommand(const QStringList &arguments);

} // namespace lookbook::cli
