#include "search/importlock.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace lookbook::search {

ImportLock::~ImportLock()
{
    ::close(m_fd);  // releases the lock
}

QString ImportLock::filePath(const QString &catalogPath)
{
    // Resolved, so that two spellings of one catalog (a link, a relative path) share the lock.
    const QFileInfo database(catalogPath);
    const QString canonical = database.canonicalFilePath();
    return (canonical.isEmpty() ? database.absoluteFilePath() : canonical) + QStringLiteral("-import.lock");
}

Result<std::unique_ptr<ImportLock>> ImportLock::acquire(const QString &catalogPath)
{
    using Failure = Result<std::unique_ptr<ImportLock>>;
    const QString path = filePath(catalogPath);
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0)
        return Failure::failure(ErrorCode::IoError, QStringLiteral("%1: cannot create the file that marks an import as running: %2")
                                                        .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int error = errno;
        ::close(fd);
        if (error == EWOULDBLOCK)
            return Failure::failure(ErrorCode::IoError,
                                    QStringLiteral("another Lookbook process is writing to %1 (an import); try again when it has finished").arg(catalogPath));
        return Failure::failure(ErrorCode::IoError, QStringLiteral("%1: cannot lock: %2").arg(path, QString::fromLocal8Bit(std::strerror(error))));
    }
    return std::unique_ptr<ImportLock>(new ImportLock(fd));
}

bool ImportLock::isHeld(const QString &catalogPath)
{
    const int fd = ::open(QFile::encodeName(filePath(catalogPath)).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;  // no import has ever run (or the folder cannot be read: then none can be told)
    const bool held = ::flock(fd, LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK;
    ::close(fd);
    return held;
}

} // namespace lookbook::search
