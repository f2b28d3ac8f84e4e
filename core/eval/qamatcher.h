#pragma once

#include "common/box.h"

#include <vector>

namespace lookbook::eval {

// How one ground-truth box or prediction fares when an image's annotation is checked against the
// detectors' fused boxes.
enum class QaOutcome {
    TruePositive,   // a prediction of the right category at IoU ≥ the threshold
    Missed,         // ground truth no prediction explains: the detectors disagree with the label
    Spurious,       // a prediction no ground truth explains: a missing label, or a false alarm
    WrongCategory,  // IoU ≥ the threshold, but the categories differ
    PoorIou,        // the right category, but the boxes overlap only between the floor and the threshold
};
inline constexpr int kQaOutcomeCount = 5;

struct QaBox final {
    Box box;
    int categoryId = 0;
    double score = 1.0;  // predictions: the fused confidence; ground truth: unused
};

struct QaParams final {
    double iouThreshold = 0.5;     // a match, as COCO's AP50 counts one
    double poorIouFloor = 0.1;     // below it two boxes are unrelated
    double confidentScore = 0.5;   // a spurious prediction at least this sure suggests a missing label
    double minScore = 0.3;         // callers leave weaker predictions out: too unsure to judge a label by
};

// One ground-truth box and the prediction it was paired with; -1 where there is none.
struct QaPair final {
    int groundTruth = -1;
    int prediction = -1;
    QaOutcome outcome = QaOutcome::Missed;
    double iou = 0.0;
};

struct QaCounts final {
    int truePositives = 0;
    int missed = 0;
    int spurious = 0;
    int wrongCategory = 0;
    int poorIou = 0;

    int of(QaOutcome outcome) const;
    int errors() const { return missed + spurious + wrongCategory + poorIou; }
    bool operator==(const QaCounts &other) const;
};

struct QaResult final {
    std::vector<QaPair> pairs;                  // every box once: pairs, then missed, then spurious
    std::vector<QaOutcome> groundTruthOutcome;  // per ground-truth box, in input order
    std::vector<QaOutcome> predictionOutcome;   // per prediction, in input order
    std::vector<int> groundTruthPartner;        // the prediction paired with each ground-truth box, or -1
    std::vector<int> predictionPartner;         // the ground-truth box paired with each prediction, or -1
    QaCounts counts;
    double suspicion = 0.0;
};

// Matches an image's ground truth against predictions. Predictions are taken by descending score
// (ties in input order) and each takes the unmatched ground-truth box it overlaps most, as COCO's
// evaluation does, in three passes so that a good explanation always wins over a worse one:
//   1. same category, IoU ≥ threshold                  → true positive
//   2. other category, IoU ≥ threshold                 → wrong category
//   3. same category, floor ≤ IoU < threshold          → poor IoU
// What is left is a missed ground-truth box or a spurious prediction.
//
// Suspicion orders images for review, most likely wrong first:
//   Σ over spurious predictions with score ≥ confidentScore of their score  (likely missing labels)
//   + 1 per missed ground-truth box                                          (no detector agrees)
//   + Σ over wrong-category pairs of the prediction's score
//   + 0.5 per poor-IoU pair                                                  (a sloppy box)
class QaMatcher final
{
public:
    static QaResult match(const std::vector<QaBox> &groundTruth, const std::vector<QaBox> &predictions, const QaParams &params = {});

    static constexpr double kMissedWeight = 1.0;
    static constexpr double kPoorIouWeight = 0.5;
};

} // namespace lookbook::eval
