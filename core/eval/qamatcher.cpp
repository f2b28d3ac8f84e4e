#include "eval/qamatcher.h"

#include <algorithm>
#include <numeric>

namespace lookbook::eval {

int QaCounts::of(QaOutcome outcome) const
{
    switch (outcome) {
    case QaOutcome::TruePositive:
        return truePositives;
    case QaOutcome::Missed:
        return missed;
    case QaOutcome::Spurious:
        return spurious;
    case QaOutcome::WrongCategory:
        return wrongCategory;
    case QaOutcome::PoorIou:
        return poorIou;
    }
    return 0;
}

bool QaCounts::operator==(const QaCounts &other) const
{
    return truePositives == other.truePositives && missed == other.missed && spurious == other.spurious
        && wrongCategory == other.wrongCategory && poorIou == other.poorIou;
}

QaResult QaMatcher::match(const std::vector<QaBox> &groundTruth, const std::vector<QaBox> &predictions, const QaParams &params)
{
    const int gtCount = static_cast<int>(groundTruth.size());
    QaResult result;
    result.groundTruthOutcome.assign(groundTruth.size(), QaOutcome::Missed);
    result.predictionOutcome.assign(predictions.size(), QaOutcome::Spurious);
    result.groundTruthPartner.assign(groundTruth.size(), -1);
    result.predictionPartner.assign(predictions.size(), -1);

    std::vector<int> order(predictions.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return predictions[a].score > predictions[b].score; });

    // One pass: each unpaired prediction, surest first, takes the unpaired ground-truth box it
    // overlaps most among those `accepts` allows (the first such box on ties).
    auto pass = [&](QaOutcome outcome, auto accepts) {
        for (int p : order) {
            if (result.predictionPartner[p] >= 0)
                continue;
            int best = -1;
            double bestIou = 0.0;
            for (int g = 0; g < gtCount; ++g) {
                if (result.groundTruthPartner[g] >= 0)
                    continue;
                const double iou = Box::iou(predictions[p].box, groundTruth[g].box);
                if (accepts(predictions[p], groundTruth[g], iou) && (best < 0 || iou > bestIou)) {
                    best = g;
                    bestIou = iou;
                }
            }
            if (best < 0)
                continue;
            result.predictionPartner[p] = best;
            result.groundTruthPartner[best] = p;
            result.predictionOutcome[p] = outcome;
            result.groundTruthOutcome[best] = outcome;
            result.pairs.push_back({best, p, outcome, bestIou});
        }
    };
    pass(QaOutcome::TruePositive, [&](const QaBox &p, const QaBox &g, double iou) {
        return p.categoryId == g.categoryId && iou >= params.iouThreshold;
    });
    pass(QaOutcome::WrongCategory, [&](const QaBox &p, const QaBox &g, double iou) {
        return p.categoryId != g.categoryId && iou >= params.iouThreshold;
    });
    pass(QaOutcome::PoorIou, [&](const QaBox &p, const QaBox &g, double iou) {
        return p.categoryId == g.categoryId && iou >= params.poorIouFloor && iou < params.iouThreshold;
    });

    for (const QaPair &pair : result.pairs) {
        switch (pair.outcome) {
        case QaOutcome::TruePositive:
            ++result.counts.truePositives;
            break;
        case QaOutcome::WrongCategory:
            ++result.counts.wrongCategory;
            result.suspicion += predictions[pair.prediction].score;
            break;
        case QaOutcome::PoorIou:
            ++result.counts.poorIou;
            result.suspicion += kPoorIouWeight;
            break;
        default:
            break;
        }
    }
    for (int g = 0; g < gtCount; ++g) {
        if (result.groundTruthPartner[g] >= 0)
            continue;
        ++result.counts.missed;
        result.suspicion += kMissedWeight;
        result.pairs.push_back({g, -1, QaOutcome::Missed, 0.0});
    }
    for (int p : order) {
        if (result.predictionPartner[p] >= 0)
            continue;
        ++result.counts.spurious;
        if (predictions[p].score >= params.confidentScore)
            result.suspicion += predictions[p].score;
        result.pairs.push_back({-1, p, QaOutcome::Spurious, 0.0});
    }
    return result;
}

} // namespace lookbook::eval
