#pragma once

#include "common/floatmatrix.h"
#include "common/progress.h"
#include "common/result.h"
#include "common/scoredbox.h"
#include "eval/retrievalevaluator.h"
#include "eval/retrievalrows.h"
#include "fusion/fusionparams.h"
#include "search/searchoptions.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace lookbook::dataset {
struct ImageAnnotation;
}
namespace lookbook::models {
class DecodedImage;
}

namespace lookbook::search {
class SearchPipeline;
}

namespace lookbook::experiments {

struct SplitEvaluationParams final {
    // A user photo's query boxes, in pixels. The experiment passes boxes it has already detected and
    // fused, so that evaluating several embedders does not run the detectors again.
    using QueryBoxes = std::function<Result<std::vector<ScoredBox>>(const dataset::ImageAnnotation &photo, const models::DecodedImage &image)>;

    QString splitPath;                     // a DeepFashion2-layout split whose shop images are in the catalog
    bool groundTruthBoxes = false;         // query with the annotated boxes instead of detect + fuse
    QueryBoxes queryBoxes;                 // set: the boxes come from here (groundTruthBoxes is then ignored)
    fusion::FusionParams fusion;
    search::SearchOptions search;                  // topK is the submission's length (the challenge asks for 20)
    std::vector<int> ks = {1, 5, 10, 15, 20};
};

// A split's user photos with their query boxes embedded: searched once per set of options.
struct SplitQueries final {
    std::vector<eval::QueryGroundTruth> queryTruth;
    std::vector<eval::GalleryGroundTruth> galleryTruth;
    FloatMatrix vectors;                                   // one row per submission row
    std::vector<eval::RetrievalSubmissionRow> submission;  // gallery lists still empty
    qint64 queryImages = 0;
    QStringList problems;                                  // photos that could not be read
    double seconds = 0.0;
};

struct SplitEvaluationResult final {
    eval::RetrievalMetrics metrics;
    std::vector<eval::RetrievalSubmissionRow> submission;  // the challenge's submission rows
    qint64 queryImages = 0;
    qint64 queryBoxes = 0;
    QStringList problems;                  // photos that could not be read (they count as misses)
    double seconds = 0.0;
};

// The whole pipeline on a split's user photos against the catalog, scored with the official
// DeepFashion2 retrieval protocol (gallery image ids are the catalog images' DeepFashion2 ids).
// Queries are embedded photo by photo, then searched together, so re-ranking sees them all at once.
class SplitEvaluation final
{
public:
    // `progress` counts user photos; stopping it gives ErrorCode::Cancelled.
    static Result<SplitEvaluationResult> run(search::SearchPipeline &pipeline, const SplitEvaluationParams &params,
                                             const Progress &progress = {});

    // run() in its two halves, for callers that compare post-processing options on the same queries
    // (embedding is the expensive half). `params.search` and `params.ks` are not used by embed().
    static Result<SplitQueries> embed(search::SearchPipeline &pipeline, const SplitEvaluationParams &params,
                                      const Progress &progress = {});
    static Result<SplitEvaluationResult> score(search::SearchPipeline &pipeline, const SplitQueries &queries, const search::SearchOptions &search,
                                               const std::vector<int> &ks = {1, 5, 10, 15, 20});
};

} // namespace lookbook::experiments
