#pragma once

#include "common/result.h"

#include <QString>

#include <cstdint>

namespace lookbook {

// xxHash's XXH64 (seed 0, Debian's libxxhash): a checksum that finds damaged bytes in a multi-GB
// index file at the speed the file is read (several GB/s), where CRC-32 through zlib takes seconds.
class FileChecksum final
{
public:
    // The checksum of a whole file, read in pieces; an unreadable file is an IoError naming it.
    static Result<std::uint64_t> ofFile(const QString &path);
    static std::uint64_t ofBytes(const void *data, std::size_t bytes);
    // As stored in a sidecar: "xxh64:" and 16 lower-case hex digits.
    static QString toText(std::uint64_t checksum);
};

} // namespace lookbook
