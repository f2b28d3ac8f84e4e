#include "common/filechecksum.h"

#include <QFile>

#include <xxhash.h>

#include <memory>
#include <vector>

namespace lookbook {

Result<std::uint64_t> FileChecksum::ofFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<std::uint64_t>::failure(ErrorCode::IoError, QStringLiteral("%1: cannot read: %2").arg(path, file.errorString()));
    const std::unique_ptr<XXH64_state_t, decltype(&XXH64_freeState)> state(XXH64_createState(), &XXH64_freeState);
    if (!state || XXH64_reset(state.get(), 0) != XXH_OK)
        return Result<std::uint64_t>::failure(ErrorCode::IoError, QStringLiteral("%1: not enough memory to check it").arg(path));
    std::vector<char> buffer(std::size_t(8) << 20);
    while (true) {
        const qint64 got = file.read(buffer.data(), static_cast<qint64>(buffer.size()));
        if (got < 0)
            return Result<std::uint64_t>::failure(ErrorCode::IoError, QStringLiteral("%1: cannot read: %2").arg(path, file.errorString()));
        if (got == 0)
            return static_cast<std::uint64_t>(XXH64_digest(state.get()));
        XXH64_update(state.get(), buffer.data(), static_cast<std::size_t>(got));
    }
}

std::uint64_t FileChecksum::ofBytes(const void *data, std::size_t bytes)
{
    return XXH64(data, bytes, 0);
}

QString FileChecksum::toText(std::uint64_t checksum)
{
    return QStringLiteral("xxh64:%1").arg(checksum, 16, 16, QLatin1Char('0'));
}

} // namespace lookbook
