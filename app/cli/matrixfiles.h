#pragma once

#include "common/error.h"
#include "common/floatmatrix.h"

#include <QString>

#include <optional>

class QCommandLineParser;
class QTextStream;

namespace lookbook::cli {

// What `rerank` and `expand` share: .npy matrices in and out, numeric options, exit codes.
// Each prints "<command>: <problem>" on `err` when it fails.

// Reads a float32 (or float64) .npy matrix; the message names the file.
std::optional<FloatMatrix> readMatrixFile(const QString &command, const QString &path, QTextStream &err);
// False, naming both files, when their vectors differ in dimension.
bool checkSameDimension(const QString &command, const QString &firstPath, const FloatMatrix &first, const QString &secondPath,
                        const FloatMatrix &second, QTextStream &err);
bool writeMatrixFile(const QString &command, const QString &path, const FloatMatrix &matrix, QTextStream &err);
// The option's value (or its default); nullopt when it is not a number of that kind.
std::optional<int> intOption(const QCommandLineParser &parser, const QString &command, const QString &name, QTextStream &err);
std::optional<double> doubleOption(const QCommandLineParser &parser, const QString &command, const QString &name, QTextStream &err);

} // namespace lookbook::cli
