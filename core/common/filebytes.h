#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

class QFile;

namespace lookbook {

// Reads a whole input file for a reader (JSON, .npy, images, manifests), with one set of plain
// messages for what can be wrong with it, so that every reader tells the same cases apart.
class FileBytes final
{
public:
    enum class Problem {
        Missing,       // no such file
        NotUtf8Name,   // a name Qt could not decode, so the file cannot be named to the system
        IsDirectory,
        NotReadable,   // permission denied
        Empty,
        TooLarge,
    };

    // The file's bytes, or an IoError "<file>: <problem>". Files larger than `maxBytes` are refused
    // before reading (also devices and pipes, which are read up to the limit only).
    static Result<QByteArray> read(const QString &path, qint64 maxBytes);
    // Opens `file` (named already) for reading, for readers that stream it; the same messages as read(),
    // and an empty regular file is an error too.
    static Status open(QFile &file);

    // "<file>: empty file (0 bytes)", "<file>: not readable (permission denied)", …; `size` for TooLarge.
    static QString message(const QString &path, Problem problem, qint64 size = 0, qint64 maxBytes = 0);

    // The path as a person can read it in a message: control characters escaped as \xNN.
    static QString displayName(const QString &path);
};

} // namespace lookbook
