#pragma once

#include <QStringList>

namespace lookbook::cli {

// `lookbook-cli catalog create|import|info DB …`
int runCatalogCommand(const QStringList &arguments);

} // namespace lookbook::cli
