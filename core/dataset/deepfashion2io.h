#pragma once

#include "common/result.h"
#include "dataset/imageannotation.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace lookbook::dataset {

// A split read from disk: what could be read, and one message per file that could not.
struct DeepFashion2Split final {
    QString root;                             // the split folder, holding image/ and annos/
    std::vector<ImageAnnotation> annotations; // sorted by image id
    QStringList errors;                       // "annos/000123.json: item2.bounding_box: …"

    QString imagePath(int imageId) const;     // root/image/NNNNNN.jpg
    QString annotationPath(int imageId) const;
};

// Reading and writing the DeepFashion2 layout (`<split>/image/NNNNNN.jpg`, `<split>/annos/NNNNNN.json`).
// Every field of the format is kept; unknown fields survive a round trip; numbers that are integers
// are written as integers, so that read → write gives back the file's content.
class DeepFashion2Io final
{
public:
    static Result<ImageAnnotation> parseAnnotation(const QByteArray &json, int imageId, const QString &source);
    // The image id comes from the file name (`000123.json` → 123).
    static Result<ImageAnnotation> readAnnotation(const QString &path);
    static QByteArray toJson(const ImageAnnotation &annotation);
    static Status writeAnnotation(const QString &path, const ImageAnnotation &annotation);

    // Reads every annos/*.json of a split; a bad file is reported in `errors` and the rest are read.
    static Result<DeepFashion2Split> readSplit(const QString &splitDir);
    // Writes annos/NNNNNN.json for each annotation (images are the caller's business).
    static Status writeSplit(const QString &splitDir, const std::vector<ImageAnnotation> &annotations);

    static int imageIdFromFileName(const QString &fileName);  // -1 when the name is not NNNNNN.ext
    static QString fileStem(int imageId);                     // 123 → "000123"
};

} // namespace lookbook::dataset
