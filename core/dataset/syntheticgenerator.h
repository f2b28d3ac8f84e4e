#pragma once

#include "common/progress.h"
#include "common/result.h"
#include "dataset/garmentlook.h"
#include "dataset/imageannotation.h"

#include <QByteArray>
#include <QSize>
#include <QString>

#include <functional>
#include <vector>

namespace lookbook::dataset {

// What one pair_id holds: the outfit of its street image and the shop images of its styled items.
struct PairPlan final {
    int pairIndex = 0;               // 0-based; pair_id = pairIndex + 1
    bool validation = false;
    std::vector<StyledLook> outfit;  // worn in the street image; style 0 items have no shop image
    std::vector<int> shopStyles;     // the style shown by each shop image, in image order
    int hardNegativeOf = -1;         // the pair whose anchor garment this pair's anchor copies, but for the pattern

    int imageCount() const { return 1 + static_cast<int>(shopStyles.size()); }
};

// One rendered image: its annotation (imageId 0; the generator numbers images within a split) and JPEG bytes.
struct SyntheticImage final {
    ImageAnnotation annotation;
    QByteArray jpeg;
};

struct SyntheticReport final {
    int pairs = 0;
    int trainImages = 0;
    int validationImages = 0;
    int streetImages = 0;
    int shopImages = 0;
    int items = 0;
    int styleZeroItems = 0;
    int hardNegativePairs = 0;
    double seconds = 0;
};

// The synthetic street-to-shop dataset: DeepFashion2 layout (`train/` and `validation/`, each with
// `image/NNNNNN.jpg` and `annos/NNNNNN.json`), street images with source "user", shop images with
// source "shop", a pair_id grouping a street image with the shop images of its garments.
// Every image is drawn from its own generator seeded with (seed, pair, image), so the output is the
// same for a seed whatever the thread count, and images stream to disk as they are made.
class SyntheticGenerator final
{
public:
    struct Params final {
        QString outDir;
        int pairs = 100;
        quint64 seed = 1;
        double validationFraction = 0.2;
        QSize streetSize{480, 640};
        QSize shopSize{352, 352};
        int threads = 0;  // 0: one per core
    };

    static Status checkParams(const Params &params);
    static PairPlan planPair(quint64 seed, int pairIndex, double validationFraction);
    // The street image first, then the shop images in plan.shopStyles order.
    static std::vector<SyntheticImage> renderPair(const Params &params, const PairPlan &plan);
    // Writes the dataset. `progress` counts written images; it is called from worker threads, one call
    // at a time. Stopping it stops the work before the next pair, with ErrorCode::Cancelled.
    static Result<SyntheticReport> generate(const Params &params, const Progress &progress = {});
};

} // namespace lookbook::dataset
