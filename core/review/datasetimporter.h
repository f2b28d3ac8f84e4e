#pragma once

#include "common/progress.h"
#include "common/result.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace lookbook::review {

struct DatasetImportParams final {
    QString catalogPath;   // created when missing
    // A DeepFashion2-layout split (image/ + annos/) or a COCO ground-truth JSON file.
    QString source;
    QString cocoImagesDir; // COCO: where file_name is relative to; empty: the JSON's folder
    int batchSize = 256;   // images per transaction
};

struct DatasetImportReport final {
    qint64 imagesAdded = 0;
    qint64 imagesSkipped = 0;  // already imported by an earlier (interrupted) run
    qint64 itemsAdded = 0;
    QStringList problems;      // one line per file that could not be imported
    QStringList categoriesAdded;  // the source's categories the catalog did not have yet
    bool cancelled = false;
    double seconds = 0.0;
};

// Imports a dataset's ground truth into a review catalog: each image (path, sha256, size, split,
// pair_id) with its ground-truth items and a review row, no embeddings. Images go in batches of
// one transaction each, so an interrupted import keeps what it stored and a rerun skips it.
// Annotation files are read one at a time: memory does not grow with the dataset.
class DatasetImporter final
{
public:
    explicit DatasetImporter(DatasetImportParams params) : m_params(std::move(params)) {}

    // Runs on the calling thread. `progress` counts images (those already in the catalog too) and names
    // the last one; stopping it cancels after the current batch.
    Result<DatasetImportReport> run(const Progress &progress = {});

private:
    DatasetImportParams m_params;
};

} // namespace lookbook::review
