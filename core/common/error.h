#pragma once

#include <QString>
#include <QStringList>

namespace lookbook {

enum class ErrorCode {
    InvalidArgument,   // a parameter outside its documented range
    ParseError,        // input that is not well-formed (JSON, numbers, …)
    InvalidData,       // well-formed input whose content breaks the contract
    IoError,           // a file that cannot be read or written
    BackendError,      // an exception caught at a torch/faiss/OpenCV boundary
    BackendUnavailable,  // the backend itself (the LibTorch module) cannot load: the installation's fault, not the input's
    Cancelled,
    OutOfDate,         // a derived file (an index) no longer matches its source; rebuilding fixes it
};

// What the person can do about an error, for the front end to say in its own terms: the CLI names
// its flags and commands, the GUI its menus. Core's messages name files and fields, never either.
enum class Remedy {
    None,
    ReplaceOutput,    // replace the existing output (the CLI's --force)
    ChooseVectorSet,  // name one of the catalog's vector sets
    NameDetectors,    // give detectors to find garments in unannotated photos
    NameEmbedder,     // name the embedder's manifest; arguments: the vector set
    ImportPhotos,     // import photos into the catalog first
    RebuildIndex,     // rebuild the index; arguments: the catalog, the vector set
    CheckCatalog,     // run the integrity check; arguments: the catalog
    BuildDemo,        // build the demo model set; arguments: the model to train, if only one
};

// What went wrong, for a person: the message names the file and the field at fault.
struct Error final {
    Error() = default;
    Error(ErrorCode code, QString message, Remedy remedy = Remedy::None, QStringList remedyArguments = {})
        : code(code), message(std::move(message)), remedy(remedy), remedyArguments(std::move(remedyArguments))
    {
    }

    ErrorCode code = ErrorCode::InvalidArgument;
    QString message;
    Remedy remedy = Remedy::None;
    QStringList remedyArguments;

    QString codeName() const;
};

} // namespace lookbook
