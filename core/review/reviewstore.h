#pragma once

#include "catalog/catalog.h"
#include "common/progress.h"
#include "common/result.h"
#include "review/reviewrecords.h"

#include <QStringList>

#include <functional>

#include <memory>
#include <optional>
#include <vector>

namespace lookbook::review {

// A catalog seen as a dataset under review: its images with their review state and QA counts
// (table review_images), their ground-truth and predicted items, and the review log. Pages of
// images are read by keyset on an index (no OFFSET scans), so 100k images browse as fast as 100.
// Like the catalog it wraps, it belongs to the thread that opened it.
class ReviewStore final
{
public:
    static Result<std::unique_ptr<ReviewStore>> create(const QString &path);
    static Result<std::unique_ptr<ReviewStore>> open(const QString &path);

    catalog::Catalog &catalog() { return *m_catalog; }
    const QString &path() const { return m_catalog->path(); }
    // The matching that stored QA counts use, kept in the catalog (read on open).
    const eval::QaParams &qaParams() const { return m_qa; }
    // Stores the matching's IoU threshold and score floor; counts already stored are not redone
    // (refreshAllQa does that).
    Status setQaParams(const eval::QaParams &params);
    // Matches every image again with qaParams(), a batch of images per transaction; `progress` counts
    // images, and stopping it stops after the current batch (ErrorCode::Cancelled).
    Status refreshAllQa(const Progress &progress = {});

    // The page after `after` (nullopt: the first), at most `limit` images.
    Result<std::vector<ReviewImage>> images(const ImageQuery &query, const std::optional<ReviewImage> &after, int limit);
    Result<qint64> countImages(const ImageQuery &query);
    Result<ReviewImage> image(qint64 imageId);
    Result<QStringList> splits();

    // Adds a dataset image (its review row too) inside the caller's transaction.
    Result<qint64> addImage(const catalog::CatalogImage &image, const QString &split);
    // Replaces the image's predictions by `boxes` (label = category) and marks it predicted.
    Status replacePredictions(qint64 imageId, const std::vector<catalog::CatalogItem> &predictions);
    // Matches the image's ground truth against its predictions again and stores the counts.
    Result<eval::QaResult> refreshQa(qint64 imageId);

    // Saves people's edits in ONE transaction with a review_log row per change (user = $USER, or
    // "unknown"). An item whose box or category changed, or that was deleted, loses its vectors in
    // the same transaction (they no longer describe it); new items get none. New items' ids are
    // written back into `changes`.
    Status save(std::vector<ImageChange> &changes);

    // The id of the newest review_log row (0 when there is none). Every save writes rows past it, so
    // a recovery journal that records it can tell which of its images were saved after it.
    Result<qint64> lastLogId();
    // Whether a save changed the image after review_log row `logId`.
    Result<bool> savedSince(qint64 imageId, qint64 logId);

    static QString currentUser();

private:
    explicit ReviewStore(std::unique_ptr<catalog::Catalog> catalog);
    static Result<std::unique_ptr<ReviewStore>> withSettings(Result<std::unique_ptr<catalog::Catalog>> catalog);

    std::unique_ptr<catalog::Catalog> m_catalog;
    eval::QaParams m_qa;
};

} // namespace lookbook::review
