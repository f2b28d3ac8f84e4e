#pragma once

#include "pipeline/searchoptions.h"

#include <QString>

class QCommandLineParser;

namespace lookbook::cli {

// --top, --pca, --qe, --dba and --rerank, shared by `search` and `evaluate`.
void addRetrievalOptions(QCommandLineParser &parser);
bool readRetrievalOptions(const QCommandLineParser &parser, pipeline::SearchOptions &options, QString &problem);

} // namespace lookbook::cli
