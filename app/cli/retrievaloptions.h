#pragma once

#include "search/searchoptions.h"

#include <QString>

class QCommandLineParser;

namespace lookbook::cli {

// --top, --vector-set and the post-processing options, shared by `search` and `evaluate`.
void addRetrievalOptions(QCommandLineParser &parser);
bool readRetrievalOptions(const QCommandLineParser &parser, search::SearchOptions &options, QString &problem);
// --pca, --qe, --dba and --rerank alone (`experiment` has its own --top-k and no vector set).
void addPostprocessingOptions(QCommandLineParser &parser);
bool readPostprocessingOptions(const QCommandLineParser &parser, search::SearchOptions &options, QString &problem);

} // namespace lookbook::cli
