#pragma once

#include <QStringList>

namespace lookbook::cli {

// `lookbook-cli demo build`: trains the demo model set (run by lookbook-train, see trainerprogram.h).
int runDemoBuildCommand(const QStringList &arguments);

} // namespace lookbook::cli
