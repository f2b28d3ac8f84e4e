#pragma once

#include "common/progress.h"
#include "common/result.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace lookbook::catalog {

class Catalog;

struct AnnotationExportParams final {
    enum class Format { DeepFashion2, Coco };

    QString catalogPath;
    Format format = Format::DeepFashion2;
    // DeepFashion2: the split folder to create (annos/NNNNNN.json, image/NNNNNN.jpg); COCO: the .json file.
    QString outputPath;
    // Only images marked reviewed; an error for a catalog whose schema has no such mark.
    bool reviewedImagesOnly = false;
    // DeepFashion2: hard-link the photos into image/ (copied across file systems, re-encoded when
    // not JPEG). Off: annotations only.
    bool withImages = true;
    // Replace an existing output that is an earlier export of the same kind; otherwise an existing
    // file or non-empty folder is an error. Nothing of the catalog is ever replaced (ExportOutput).
    bool overwrite = false;
};

struct AnnotationExportReport final {
    QString outputPath;
    qint64 images = 0;
    qint64 items = 0;
    // Items whose landmarks, segmentation, scale, occlusion, zoom_in and viewpoint were taken over
    // from the split the photo came from (same category, same box); the others leave them empty.
    qint64 itemsWithSourceFields = 0;
    // Images whose origin key or file name gave no free image id, so they got a new number.
    qint64 renumbered = 0;
    // Photos that could not be put into image/ (their annotations are written all the same).
    QStringList problems;
    bool cancelled = false;  // nothing was written
};

// Writes a catalog's annotations — items of origin ground_truth or hand_corrected whose review
// state is not rejected — as a DeepFashion2 split or one COCO file, through the dataset writers
// (DeepFashion2Io, DeepFashion2ToCoco). Image ids come from the origin key ("validation/000123")
// or the photo's file name. The output appears whole or not at all (see ExportOutput).
class AnnotationExporter final
{
public:
    explicit AnnotationExporter(AnnotationExportParams params) : m_params(std::move(params)) {}

    // Runs on the calling thread with its own catalog connection. `progress` counts images; stopping
    // it cancels, and nothing is left behind.
    Result<AnnotationExportReport> run(const Progress &progress = {});

private:
    AnnotationExportParams m_params;
};

} // namespace lookbook::catalog
