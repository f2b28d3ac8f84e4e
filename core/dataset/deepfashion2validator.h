#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QSize>
#include <QString>

#include <vector>

namespace lookbook::dataset {

struct ValidationProblem final {
    QString file;     // the annotation or image at fault
    QString field;    // "item2.bounding_box", "source", "image", …
    QString message;

    QString toString() const;  // "file: field: message"
};

struct ValidationReport final {
    int annotationFiles = 0;
    int items = 0;
    std::vector<ValidationProblem> problems;  // in file order, then field order

    bool ok() const { return problems.empty(); }
};

// Schema checks for any DeepFashion2 split, real or synthetic. Unlike the reader, which stops at a
// file's first error, this reports every problem of every file.
class DeepFashion2Validator final
{
public:
    struct Options final {
        bool decodeImages = true;  // decode every image, not just its header (slower, catches truncation)
        int threads = 0;           // 0: one per core
    };

    // A missing split folder or annos/ folder is an error; everything else is a problem in the report.
    static Result<ValidationReport> validateSplit(const QString &splitDir, const Options &options);
    // One annotation file's content against its image's size (an invalid size skips the bounds checks).
    static std::vector<ValidationProblem> validateAnnotation(const QByteArray &json, const QString &file, QSize imageSize);
};

} // namespace lookbook::dataset
