#pragma once

#include <QStringList>

namespace lookbook::cli {

// `lookbook-cli review-log DB --out FILE.csv [--from T] [--to T]`
int runReviewLogCommand(const QStringList &arguments);

} // namespace lookbook::cli
