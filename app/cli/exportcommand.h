#pragma once

#include <QStringList>

namespace lookbook::cli {

// `lookbook-cli export DB --format deepfashion2|coco --out PATH …`
int runExportCommand(const QStringList &arguments);

} // namespace lookbook::cli
