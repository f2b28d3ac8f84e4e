#pragma once

#include <QStringList>

namespace lookbook::cli {

// `lookbook-cli experiment --dataset DIR --models … --out REPORT_DIR`: the paper's tables as Markdown,
// CSV and PNG charts.
int runExperimentCommand(const QStringList &arguments);

} // namespace lookbook::cli
