#pragma once

#include <QStringList>

namespace lookbook::cli {

// `lookbook-cli detect IMAGE --models m1.json [m2.json …] [--fuse [fusion options]]`: each detector's
// boxes, in the `fuse` input format (pipe it to `lookbook-cli fuse -`), plus the fused boxes with --fuse.
int runDetectCommand(const QStringList &arguments);

} // namespace lookbook::cli
