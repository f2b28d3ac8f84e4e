#pragma once

#include "fusion/fusionparams.h"

#include <QString>

class QCommandLineParser;
class QTextStream;

namespace lookbook::cli {

// The fusion options `fuse` and `detect --fuse` share: --method, --iou-thr, --skip-box-thr,
// --conf-type, --allows-overflow, --sigma, --thresh, --soft-method.
void addFusionOptions(QCommandLineParser &parser);
// Fills `params` from the parsed options; false with `problem` set when a value is wrong. Notes
// options the chosen method ignores on `err` (the user probably meant another method).
bool readFusionOptions(const QCommandLineParser &parser, const QString &command, fusion::FusionParams &params, QString &problem,
                       QTextStream &err);

} // namespace lookbook::cli
