#pragma once

#include "catalog/catalogrecords.h"
#include "eval/qamatcher.h"

#include <QString>

#include <vector>

namespace lookbook::review {

// An image of a review catalog with its review state and stored QA counts.
struct ReviewImage final {
    catalog::CatalogImage image;
    QString split;                 // "validation", or the COCO file's name
    bool reviewed = false;
    bool predicted = false;        // the detectors have run on it
    eval::QaCounts counts;
    double suspicion = -1.0;       // -1 until predicted
};

enum class ReviewFilter { Any, Reviewed, Unreviewed };
enum class ErrorFilter { Any, AnyError, Missed, Spurious, WrongCategory, PoorIou };
enum class ImageOrder { ById, MostSuspicious };

// Which images a browser shows, in which order.
struct ImageQuery final {
    int categoryId = 0;            // 0: any; else images whose ground truth or predictions hold it
    QString split;                 // empty: any
    ReviewFilter review = ReviewFilter::Any;
    ErrorFilter error = ErrorFilter::Any;
    ImageOrder order = ImageOrder::ById;
};

// One item as the review workspace saves it: `acceptedFrom` names the prediction an accepted
// ground-truth box was copied from (for the review log).
struct ReviewItem final {
    catalog::CatalogItem item;
    qint64 acceptedFrom = 0;
};

// An image's state as a person left it, to be saved. Items with id 0 are new; the ids they get are
// written back. `removedIds` are items of the image that were deleted.
struct ImageChange final {
    qint64 imageId = 0;
    bool reviewed = false;
    int pairId = 0;
    std::vector<ReviewItem> items;
    std::vector<qint64> removedIds;
};

bool isGroundTruth(catalog::ItemOrigin origin);
bool isPrediction(catalog::ItemOrigin origin);

} // namespace lookbook::review
