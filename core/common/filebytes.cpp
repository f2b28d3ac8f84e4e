#include "common/filebytes.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace lookbook {

namespace {

// Qt decodes a file name that is not UTF-8 with U+FFFD in place of the bad bytes: such a name can no
// longer be given back to the system, which then says "no such file".
bool lostInDecoding(const QString &path)
{
    return path.contains(QChar::ReplacementCharacter);
}

} // namespace

Status FileBytes::open(QFile &file)
{
    const QString path = file.fileName();
    const QFileInfo info(path);
    const auto fail = [&](Problem problem) { return Status::failure(ErrorCode::IoError, message(path, problem)); };
    if (!info.exists())
        return fail(lostInDecoding(path) ? Problem::NotUtf8Name : Problem::Missing);
    if (info.isDir())
        return fail(Problem::IsDirectory);
    if (!file.open(QIODevice::ReadOnly)) {
        if (file.error() == QFileDevice::PermissionsError || !info.isReadable())
            return fail(Problem::NotReadable);
        return Status::failure(ErrorCode::IoError, QStringLiteral("%1: cannot read: %2").arg(displayName(path), file.errorString()));
    }
    if (!file.isSequential() && file.size() == 0 && info.isFile())
        return fail(Problem::Empty);
    return success();
}

Result<QByteArray> FileBytes::read(const QString &path, qint64 maxBytes)
{
    const auto fail = [&](Problem problem, qint64 size = 0) {
        return Error{ErrorCode::IoError, message(path, problem, size, maxBytes)};
    };
    QFile file(path);
    if (Status opened = open(file); !opened)
        return opened.error();
    if (!file.isSequential() && file.size() > maxBytes)
        return fail(Problem::TooLarge, file.size());
    QByteArray bytes;
    if (!file.isSequential()) {
        bytes = file.readAll();
    } else {
        // A pipe or device has no size: read it in chunks, up to one byte more than the limit.
        constexpr qint64 kChunk = qint64(1) << 20;
        for (QByteArray chunk; !(chunk = file.read(std::min(kChunk, maxBytes + 1 - bytes.size()))).isEmpty();) {
            bytes += chunk;
            if (bytes.size() > maxBytes)
                return fail(Problem::TooLarge);
        }
    }
    if (file.error() != QFileDevice::NoError)
        return Error{ErrorCode::IoError, QStringLiteral("%1: cannot read: %2").arg(displayName(path), file.errorString())};
    if (bytes.isEmpty())
        return fail(Problem::Empty);
    return bytes;
}

QString FileBytes::message(const QString &path, Problem problem, qint64 size, qint64 maxBytes)
{
    const QString name = displayName(path);
    switch (problem) {
    case Problem::Missing:
        return QStringLiteral("%1: no such file").arg(name);
    case Problem::NotUtf8Name:
        return QStringLiteral("%1: the file name is not valid UTF-8 (bad bytes shown as \uFFFD), so it cannot be opened: rename the file")
            .arg(name);
    case Problem::IsDirectory:
        return QStringLiteral("%1: is a folder, not a file").arg(name);
    case Problem::NotReadable:
        return QStringLiteral("%1: not readable (permission denied)").arg(name);
    case Problem::Empty:
        return QStringLiteral("%1: empty file (0 bytes)").arg(name);
    case Problem::TooLarge:
        if (size <= 0)  // a pipe or device: only known to be longer
            return QStringLiteral("%1: more than the limit of %2 bytes for this kind of file").arg(name).arg(maxBytes);
        return QStringLiteral("%1: %2 bytes, more than the limit of %3 bytes for this kind of file").arg(name).arg(size).arg(maxBytes);
    }
    return name;
}

QString FileBytes::displayName(const QString &path)
{
    QString shown;
    shown.reserve(path.size());
    for (const QChar c : path) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            shown += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            shown += c;
    }
    return shown;
}

} // namespace lookbook
