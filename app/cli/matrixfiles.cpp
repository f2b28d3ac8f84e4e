#include "cli/matrixfiles.h"

#include "cli/clicommand.h"
#include "postprocess/npyarray.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace lookbook::cli {

std::optional<FloatMatrix> readMatrixFile(const QString &command, const QString &path, QTextStream &err)
{
    Result<FloatMatrix> matrix = postprocess::NpyArray::read(path);
    if (!matrix) {
        err << command << ": " << errorText(matrix.error()) << '\n';
        return std::nullopt;
    }
    return std::move(matrix).value();
}

bool checkSameDimension(const QString &command, const QString &firstPath, const FloatMatrix &first, const QString &secondPath,
                        const FloatMatrix &second, QTextStream &err)
{
    if (first.cols == second.cols)
        return true;
    err << command << ": " << firstPath << " holds " << first.cols << "-dimensional vectors but " << secondPath << " holds "
        << second.cols << "-dimensional ones\n";
    return false;
}

bool writeMatrixFile(const QString &command, const QString &path, const FloatMatrix &matrix, QTextStream &err)
{
    const Status written = postprocess::NpyArray::write(path, matrix);
    if (!written)
        err << command << ": " << errorText(written.error()) << '\n';
    return written.ok();
}

std::optional<int> intOption(const QCommandLineParser &parser, const QString &command, const QString &name, QTextStream &err)
{
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok) {
        err << command << ": --" << name << ": expected an integer, got '" << parser.value(name) << "'\n";
        return std::nullopt;
    }
    return value;
}

std::optional<double> doubleOption(const QCommandLineParser &parser, const QString &command, const QString &name, QTextStream &err)
{
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    if (!ok) {
        err << command << ": --" << name << ": expected a number, got '" << parser.value(name) << "'\n";
        return std::nullopt;
    }
    return value;
}

} // namespace lookbook::cli
