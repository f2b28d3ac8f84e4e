#pragma once

#include <QStringList>

namespace lookbook::cli {

// `lookbook-cli demo build|catalog`: train the demo model set; make (or find) the demo catalog.
int runDemoCommand(const QStringList &arguments);

} // namespace lookbook::cli
