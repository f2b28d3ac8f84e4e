#pragma once

#include <QStringList>

namespace lookbook::cli {

// `lookbook-cli index build|check DB …`
int runIndexCommand(const QStringList &arguments);

} // namespace lookbook::cli
