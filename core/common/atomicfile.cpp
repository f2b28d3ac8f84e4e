#include "common/atomicfile.h"

#include <QSaveFile>

namespace lookbook {

Status AtomicFile::write(const QString &path, const QByteArray &bytes)
{
    return write(path, [&](QIODevice &device) -> Status {
        if (device.write(bytes) != bytes.size())
            return Status::failure(ErrorCode::IoError, QStringLiteral("%1: cannot write: %2").arg(path, device.errorString()));
        return success();
    });
}

Status AtomicFile::write(const QString &path, const std::function<Status(QIODevice &device)> &fill)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(ErrorCode::IoError, QStringLiteral("%1: cannot write: %2").arg(path, file.errorString()));
    if (Status filled = fill(file); !filled) {
        file.cancelWriting();
        return filled;
    }
    if (!file.commit())
        return Status::failure(ErrorCode::IoError, QStringLiteral("%1: cannot write: %2").arg(path, file.errorString()));
    return success();
}

} // namespace lookbook
