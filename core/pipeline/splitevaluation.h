#pragma once

#include "common/result.h"
#include "eval/retrievalevaluator.h"
#include "eval/retrievalrows.h"
#include "fusion/fusionparams.h"
#include "pipeline/searchoptions.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace lookbook::pipeline {

class SearchPipeline;

struct SplitEvaluationParams final {
    QString splitPath;                     // a DeepFashion2-layout split whose shop images are in the catalog
    bool groundTruthBoxes = false;         // query with the annotated boxes instead of detect + fuse
    fusion::FusionParams fusion;
    SearchOptions search;                  // topK is the submission's length (the challenge asks for 20)
    std::vector<int> ks = {1, 5, 10, 15, 20};
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
    // `progress(done, total)` returns false to cancel (ErrorCode::Cancelled).
    static Result<SplitEvaluationResult> run(SearchPipeline &pipeline, const SplitEvaluationParams &params,
                                             const std::function<bool(qint64, qint64)> &progress = {});
};

} // namespace lookbook::pipeline
