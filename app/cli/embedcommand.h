#pragma once

#include <QStringList>

namespace lookbook::cli {

// `lookbook-cli embed IMAGE --model e.json --box x1,y1,x2,y2 [--box …]`: one vector per box.
int runEmbedCommand(const QStringList &arguments);

} // namespace lookbook::cli
