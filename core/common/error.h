#pragma once

#include <QString>

namespace lookbook {

enum class ErrorCode {
    InvalidArgument,   // a parameter outside its documented range
    ParseError,        // input that is not well-formed (JSON, numbers, …)
    InvalidData,       // well-formed input whose content breaks the contract
    IoError,           // a file that cannot be read or written
    BackendError,      // an exception caught at a torch/faiss/OpenCV boundary
    Cancelled,
    OutOfDate,         // a derived file (an index) no longer matches its source; rebuilding fixes it
};

// What went wrong, for a person: the message names the file and the field at fault.
struct Error final {
    ErrorCode code = ErrorCode::InvalidArgument;
    QString message;

    QString codeName() const;
};

} // namespace lookbook
