#pragma once

#include "models/modelmanifest.h"

#include <QString>

class QCommandLineParser;

namespace lookbook::cli {

// --device cpu|cuda|auto, --half and --threads N, shared by `detect` and `embed`.
void addInferenceOptions(QCommandLineParser &parser);
// False with `problem` set on a bad value; applies --threads to LibTorch.
bool readInferenceOptions(const QCommandLineParser &parser, models::InferenceOptions &options, QString &problem);

} // namespace lookbook::cli
