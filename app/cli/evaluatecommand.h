#pragma once

#include <QStringList>

namespace lookbook::cli {

// `lookbook-cli evaluate DB --split SPLIT --models … [--submission FILE]`
int runEvaluateCommand(const QStringList &arguments);

} // namespace lookbook::cli
