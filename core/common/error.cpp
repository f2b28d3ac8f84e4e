#include "common/error.h"

namespace lookbook {

QString Error::codeName() const
{
    switch (code) {
    case ErrorCode::InvalidArgument: return QStringLiteral("invalid-argument");
    case ErrorCode::ParseError: return QStringLiteral("parse-error");
    case ErrorCode::InvalidData: return QStringLiteral("invalid-data");
    case ErrorCode::IoError: return QStringLiteral("io-error");
    case ErrorCode::BackendError: return QStringLiteral("backend-error");
    case ErrorCode::BackendUnavailable: return QStringLiteral("backend-unavailable");
    case ErrorCode::Cancelled: return QStringLiteral("cancelled");
    case ErrorCode::OutOfDate: return QStringLiteral("out-of-date");
    }
    return QStringLiteral("unknown");
}

} // namespace lookbook
