#pragma once

#include <QStringList>

namespace lookbook::cli {

// `lookbook-cli fuse FILE|- [--method …]`: reads the fuse JSON format, writes the fused detections.
int runFuseCommand(const QStringList &arguments);

} // namespace lookbook::cli
