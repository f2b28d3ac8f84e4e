#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

#include <functional>

class QIODevice;

namespace lookbook {

// Every file Lookbook writes goes through here: it is written beside its final name and renamed over
// it only when complete, so that a crash, a full disk or a kill leaves the old file or the new one,
// never a torn one. Errors read "<file>: cannot write: <reason>".
class AtomicFile final
{
public:
    static Status write(const QString &path, const QByteArray &bytes);
    // For writers that stream: `fill` writes into the device. A failure it returns (a read error, a
    // cancellation) comes back as it is, and nothing is published; a write the device refused (a full
    // disk) is found on commit and reported with the system's reason.
    static Status write(const QString &path, const std::function<Status(QIODevice &device)> &fill);
};

} // namespace lookbook
