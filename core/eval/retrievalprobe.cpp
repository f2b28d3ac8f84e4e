#include "eval/retrievalprobe.h"

#include "dataset/deepfashion2io.h"
#include "eval/retrievalrows.h"

#include <algorithm>
#include <numeric>

namespace lookbook::eval {

namespace {

constexpr int kSubmissionLength = 20;  // what the challenge asks for

struct EmbeddedItem final {
    int imageId = 0;
    int category = 0;
    Box box;
};

} // namespace

Result<eval::RetrievalMetrics> RetrievalProbe::evaluate(const dataset::DeepFashion2Split &split, const EmbedFunction &embed, int maxImages)
{
    dataset::DeepFashion2Split subset = split;
    if (maxImages > 0 && static_cast<int>(subset.annotations.size()) > maxImages)
        subset.annotations.resize(static_cast<size_t>(maxImages));

    std::vector<EmbeddedItem> queries, gallery;
    std::vector<float> queryVectors, galleryVectors;
    int dimension = 0;
    for (const dataset::ImageAnnotation &annotation : subset.annotations) {
        if (annotation.items.empty())
            continue;
        const Result<models::DecodedImage> image = models::DecodedImage::load(subset.imagePath(annotation.imageId));
        if (!image)
            return image.error();
        std::vector<Box> boxes;
        for (const dataset::GarmentItem &item : annotation.items)
            boxes.push_back(item.box);
        Result<FloatMatrix> vectors = embed(*image, boxes);
        if (!vectors)
            return vectors.error();
        dimension = vectors->cols;
        const bool user = annotation.source == dataset::ImageSource::User;
        for (size_t i = 0; i < boxes.size(); ++i) {
            (user ? queries : gallery).push_back({annotation.imageId, annotation.items[i].categoryId, boxes[i]});
            const float *row = vectors->row(static_cast<std::int64_t>(i));
            std::vector<float> &target = user ? queryVectors : galleryVectors;
            target.insert(target.end(), row, row + vectors->cols);
        }
    }

    std::vector<eval::RetrievalSubmissionRow> submission;
    std::vector<float> scores(gallery.size());
    std::vector<size_t> order(gallery.size());
    const size_t keep = std::min<size_t>(kSubmissionLength, gallery.size());
    for (size_t q = 0; q < queries.size(); ++q) {
        const float *query = queryVectors.data() + q * static_cast<size_t>(dimension);
        for (size_t g = 0; g < gallery.size(); ++g)
            scores[g] = std::inner_product(query, query + dimension, galleryVectors.data() + g * static_cast<size_t>(dimension), 0.0f);
        std::iota(order.begin(), order.end(), size_t{0});
        // Ties keep the gallery's order, so that the ranking does not depend on the sort's implementation.
        std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(keep), order.end(),
                          [&scores](size_t a, size_t b) { return scores[a] > scores[b] || (scores[a] == scores[b] && a < b); });
        eval::RetrievalSubmissionRow row;
        row.queryImageId = queries[q].imageId;
        row.queryBox = queries[q].box;
        row.queryCls = queries[q].category;
        row.queryScore = 1.0;
        for (size_t i = 0; i < keep; ++i) {
            row.galleryImageIds.push_back(gallery[order[i]].imageId);
            row.galleryBoxes.push_back(gallery[order[i]].box);
        }
        submission.push_back(std::move(row));
    }
    return eval::RetrievalEvaluator::evaluate(eval::RetrievalRows::queriesFromSplit(subset), eval::RetrievalRows::galleryFromSplit(subset), submission,
                                              {1, 5, 10, 20});
}

} // namespace lookbook::eval
