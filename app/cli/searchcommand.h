#pragma once

#include <QStringList>

namespace lookbook::cli {

// `lookbook-cli search DB IMAGE --models … [--top K] [--qe …] [--dba …] [--rerank …] [--json]`
int runSearchCommand(const QStringList &arguments);

} // namespace lookbook::cli
