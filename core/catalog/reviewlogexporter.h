#pragma once

#include "common/progress.h"
#include "common/result.h"

#include <QDateTime>
#include <QString>

#include <functional>

namespace lookbook::catalog {

struct ReviewLogExportParams final {
    QString catalogPath;
    QString outputPath;  // the .csv file
    QDateTime from;      // rows at or after it; invalid: from the first
    QDateTime to;        // rows before it; invalid: to the last
};

struct ReviewLogExportReport final {
    QString outputPath;
    qint64 rows = 0;
    bool cancelled = false;  // nothing was written
};

// Writes the catalog's review log (who changed what, when) as CSV: RFC 4180 (CRLF line ends,
// fields with a comma, quote or line break quoted, quotes doubled), UTF-8, a header row, then
// at,user,action,image,item,detail in time order. `image` is the image's origin key (else its
// path; the id once the image is gone), `item` the item id, `detail` the JSON the editor stored.
class ReviewLogExporter final
{
public:
    explicit ReviewLogExporter(ReviewLogExportParams params) : m_params(std::move(params)) {}

    // Runs on the calling thread with its own catalog connection. `progress` counts rows, every few
    // hundred; stopping it cancels, and the file is not written.
    Result<ReviewLogExportReport> run(const Progress &progress = {});

private:
    ReviewLogExportParams m_params;
};

} // namespace lookbook::catalog
