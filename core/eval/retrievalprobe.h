#pragma once

#include "common/box.h"
#include "common/floatmatrix.h"
#include "common/result.h"
#include "eval/retrievalevaluator.h"
#include "models/decodedimage.h"

#include <functional>
#include <vector>

namespace lookbook::dataset {
struct DeepFashion2Split;
}

namespace lookbook::eval {

// Validation during training: Acc@k of an embedding function on a split's ground-truth boxes, scored
// by the official evaluator. Queries are the user items, the gallery the shop items (RetrievalRows'
// queriesFromSplit / galleryFromSplit); each query's submission row lists its 20 nearest gallery
// boxes by exact cosine similarity (the embeddings are L2-normalised).
class RetrievalProbe final
{
public:
    // One row per box, L2-normalised.
    using EmbedFunction = std::function<Result<FloatMatrix>(const models::DecodedImage &image, const std::vector<Box> &boxes)>;

    // `maxImages` > 0 keeps the first N images of the split (sorted by id).
    static Result<eval::RetrievalMetrics> evaluate(const dataset::DeepFashion2Split &split, const EmbedFunction &embed, int maxImages = 0);
};

} // namespace lookbook::eval
