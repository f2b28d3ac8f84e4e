#pragma once

#include "common/result.h"

#include <QString>

#include <memory>

namespace lookbook::search {

// Marks a catalog as being imported into, for the whole of an import: a second import of the same
// catalog is refused at once instead of embedding the same photos twice, and a reader can tell an
// index that is behind because an import is under way from one that was never rebuilt. It is an
// flock() on "<db>-import.lock" beside the database, so the system releases it when the process
// ends, even by kill -9 (the empty file stays, like SQLite's -shm).
class ImportLock final
{
public:
    ~ImportLock();
    ImportLock(const ImportLock &) = delete;
    ImportLock &operator=(const ImportLock &) = delete;

    // The lock, or an error that says another import is running (or that the file cannot be made).
    static Result<std::unique_ptr<ImportLock>> acquire(const QString &catalogPath);
    // Whether an import of the catalog is running now, in any process.
    static bool isHeld(const QString &catalogPath);
    static QString filePath(const QString &catalogPath);

private:
    explicit ImportLock(int fd) : m_fd(fd) {}

    int m_fd = -1;
};

} // namespace lookbook::search
