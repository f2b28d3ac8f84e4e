#include "eval/qamatcher.h"

#include <QTest>

using namespace lookbook;
using eval::QaBox;
using eval::QaMatcher;
using eval::QaOutcome;

// Every expected value below is worked by hand in the comments: boxes are [x1, y1, x2, y2] and
// IoU = intersection / (area a + area b − intersection).
class TestQaMatcher final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void perfectMatch()
    {
        // Same box, same category: IoU 1 → a true positive; nothing is suspicious.
        const auto r = QaMatcher::match({{{0, 0, 10, 10}, 1}}, {{{0, 0, 10, 10}, 1, 0.9}});
        QCOMPARE(r.counts, (eval::QaCounts{1, 0, 0, 0, 0}));
        QCOMPARE(r.groundTruthOutcome[0], QaOutcome::TruePositive);
        QCOMPARE(r.predictionPartner[0], 0);
        QCOMPARE(r.pairs.size(), std::size_t(1));
        QCOMPARE(r.pairs[0].iou, 1.0);
        QCOMPARE(r.suspicion, 0.0);
    }

    void greedyByScore()
    {
        // GT [0,0,10,10]. p0 [0,0,10,9] score 0.6: IoU 90/100 = 0.9; p1 [0,0,10,6] score 0.9: IoU 60/100 = 0.6.
        // COCO takes the surest prediction first: p1 gets the box (IoU 0.6 ≥ 0.5) although p0 overlaps
        // more; p0 is left spurious, and at 0.6 ≥ 0.5 (confident) it adds its score: suspicion 0.6.
        const auto r = QaMatcher::match({{{0, 0, 10, 10}, 1}}, {{{0, 0, 10, 9}, 1, 0.6}, {{0, 0, 10, 6}, 1, 0.9}});
        QCOMPARE(r.groundTruthPartner[0], 1);
        QCOMPARE(r.predictionOutcome[1], QaOutcome::TruePositive);
        QCOMPARE(r.predictionOutcome[0], QaOutcome::Spurious);
        QCOMPARE(r.counts, (eval::QaCounts{1, 0, 1, 0, 0}));
        QCOMPARE(r.pairs[0].iou, 0.6);
        QCOMPARE(r.suspicion, 0.6);
    }

    void tiesKeepInputOrder()
    {
        // Both predictions score 0.8: the first in the input (p0, IoU 0.6) is taken first and wins the
        // box; p1 (IoU 0.9) is spurious and confident: suspicion 0.8.
        const auto r = QaMatcher::match({{{0, 0, 10, 10}, 1}}, {{{0, 0, 10, 6}, 1, 0.8}, {{0, 0, 10, 9}, 1, 0.8}});
        QCOMPARE(r.groundTruthPartner[0], 0);
        QCOMPARE(r.predictionOutcome[1], QaOutcome::Spurious);
        QCOMPARE(r.suspicion, 0.8);
    }

    void wrongCategory()
    {
        // GT category 1 [0,0,10,10]; prediction category 2 [0,0,10,8] score 0.8: IoU 80/100 = 0.8 ≥ 0.5
        // but another class → wrong category; suspicion adds the prediction's score, 0.8.
        const auto r = QaMatcher::match({{{0, 0, 10, 10}, 1}}, {{{0, 0, 10, 8}, 2, 0.8}});
        QCOMPARE(r.counts, (eval::QaCounts{0, 0, 0, 1, 0}));
        QCOMPARE(r.groundTruthOutcome[0], QaOutcome::WrongCategory);
        QCOMPARE(r.predictionOutcome[0], QaOutcome::WrongCategory);
        QCOMPARE(r.pairs[0].iou, 0.8);
        QCOMPARE(r.suspicion, 0.8);
    }

    void poorIou()
    {
        // GT category 3 [0,0,10,10]; prediction category 3 [5,0,15,10] score 0.7: intersection 5×10 = 50,
        // union 100 + 100 − 50 = 150, IoU 1/3: between the floor 0.1 and 0.5 → poor IoU, suspicion 0.5.
        const auto r = QaMatcher::match({{{0, 0, 10, 10}, 3}}, {{{5, 0, 15, 10}, 3, 0.7}});
        QCOMPARE(r.counts, (eval::QaCounts{0, 0, 0, 0, 1}));
        QVERIFY(qAbs(r.pairs[0].iou - 1.0 / 3.0) < 1e-12);
        QCOMPARE(r.suspicion, 0.5);
        // Below the floor the two are unrelated: [9,0,19,10] overlaps 10 of 190, IoU 0.053 < 0.1 →
        // one missed (+1) and one spurious (0.7 ≥ 0.5: +0.7) = 1.7.
        const auto apart = QaMatcher::match({{{0, 0, 10, 10}, 3}}, {{{9, 0, 19, 10}, 3, 0.7}});
        QCOMPARE(apart.counts, (eval::QaCounts{0, 1, 1, 0, 0}));
        QVERIFY(qAbs(apart.suspicion - 1.7) < 1e-12);
    }

    void missedAndSpurious()
    {
        // GT [0,0,10,10] overlaps neither prediction → missed (+1). p0 [20,20,30,30] score 0.4 is
        // spurious but unsure (0.4 < 0.5: +0); p1 [40,40,50,50] score 0.95 is a likely missing label
        // (+0.95). Suspicion 1.95.
        const auto r = QaMatcher::match({{{0, 0, 10, 10}, 1}}, {{{20, 20, 30, 30}, 1, 0.4}, {{40, 40, 50, 50}, 5, 0.95}});
        QCOMPARE(r.counts, (eval::QaCounts{0, 1, 2, 0, 0}));
        QVERIFY(qAbs(r.suspicion - 1.95) < 1e-12);
        // Pairs: missed first, then spurious surest first.
        QCOMPARE(r.pairs.size(), std::size_t(3));
        QCOMPARE(r.pairs[0].outcome, QaOutcome::Missed);
        QCOMPARE(r.pairs[1].prediction, 1);
        QCOMPARE(r.pairs[2].prediction, 0);
    }

    void rightCategoryBeatsBetterOverlap()
    {
        // g0 category 1 [0,0,10,10], g1 category 2 [0,0,10,9]; the prediction is category 2
        // [0,0,10,10] score 0.9: IoU 1.0 with g0, 0.9 with g1. The same-class pass comes first, so it
        // pairs with g1 (true positive, IoU 0.9) and g0 is missed: suspicion 1.
        const auto r = QaMatcher::match({{{0, 0, 10, 10}, 1}, {{0, 0, 10, 9}, 2}}, {{{0, 0, 10, 10}, 2, 0.9}});
        QCOMPARE(r.groundTruthPartner[1], 0);
        QCOMPARE(r.groundTruthOutcome[0], QaOutcome::Missed);
        QCOMPARE(r.counts, (eval::QaCounts{1, 1, 0, 0, 0}));
        QCOMPARE(r.suspicion, 1.0);
    }

    void wrongCategoryBeatsPoorIou()
    {
        // One GT category 1 [0,0,10,10]. p0 category 2 [0,0,10,6] score 0.9 (IoU 0.6); p1 category 1
        // [6,0,16,10] score 0.8 (intersection 40, union 160, IoU 0.25). Pass 2 pairs p0 (wrong category,
        // +0.9) before pass 3 could pair p1 (poor IoU); p1 is then spurious (+0.8): suspicion 1.7.
        const auto r = QaMatcher::match({{{0, 0, 10, 10}, 1}}, {{{0, 0, 10, 6}, 2, 0.9}, {{6, 0, 16, 10}, 1, 0.8}});
        QCOMPARE(r.counts, (eval::QaCounts{0, 0, 1, 1, 0}));
        QCOMPARE(r.predictionOutcome[1], QaOutcome::Spurious);
        QVERIFY(qAbs(r.suspicion - 1.7) < 1e-12);
    }

    void thresholdIsInclusive()
    {
        // [0,0,10,5] against [0,0,10,10]: IoU 50/100 = 0.5 exactly: a true positive at 0.5 …
        const std::vector<QaBox> gt{{{0, 0, 10, 10}, 4}};
        const std::vector<QaBox> pred{{{0, 0, 10, 5}, 4, 0.6}};
        QCOMPARE(QaMatcher::match(gt, pred).counts.truePositives, 1);
        // … and a poor IoU when the user asks for 0.75 (0.1 ≤ 0.5 < 0.75): suspicion 0.5.
        eval::QaParams strict;
        strict.iouThreshold = 0.75;
        const auto r = QaMatcher::match(gt, pred, strict);
        QCOMPARE(r.counts, (eval::QaCounts{0, 0, 0, 0, 1}));
        QCOMPARE(r.suspicion, 0.5);
    }

    void poorIouFloorIsInclusive()
    {
        // [0,0,1,10] against [0,0,10,10]: intersection 10, union 100 + 10 − 10 = 100, IoU 0.1 exactly
        // (10/100 rounds to the same double as the literal 0.1): on the floor → poor IoU, suspicion 0.5.
        const std::vector<QaBox> gt{{{0, 0, 10, 10}, 2}};
        const auto onFloor = QaMatcher::match(gt, {{{0, 0, 1, 10}, 2, 0.7}});
        QCOMPARE(onFloor.pairs.front().iou, 0.1);
        QCOMPARE(onFloor.counts, (eval::QaCounts{0, 0, 0, 0, 1}));
        QCOMPARE(onFloor.suspicion, 0.5);
        // [0,0,0.99,10]: IoU 9.9/100 = 0.099, just under: missed (+1) and spurious (0.7 ≥ 0.5: +0.7).
        const auto under = QaMatcher::match(gt, {{{0, 0, 0.99, 10}, 2, 0.7}});
        QCOMPARE(under.counts, (eval::QaCounts{0, 1, 1, 0, 0}));
        QVERIFY(qAbs(under.suspicion - 1.7) < 1e-12);
    }

    void emptySides()
    {
        // No predictions: every GT box is missed, 1 each → 2.
        const auto noPredictions = QaMatcher::match({{{0, 0, 10, 10}, 1}, {{20, 0, 30, 10}, 2}}, {});
        QCOMPARE(noPredictions.counts, (eval::QaCounts{0, 2, 0, 0, 0}));
        QCOMPARE(noPredictions.suspicion, 2.0);
        // No ground truth: a prediction at exactly the confident score (0.5 ≥ 0.5) adds 0.5.
        const auto noTruth = QaMatcher::match({}, {{{0, 0, 10, 10}, 1, 0.5}});
        QCOMPARE(noTruth.counts, (eval::QaCounts{0, 0, 1, 0, 0}));
        QCOMPARE(noTruth.suspicion, 0.5);
        const auto nothing = QaMatcher::match({}, {});
        QCOMPARE(nothing.counts.errors(), 0);
        QCOMPARE(nothing.suspicion, 0.0);
    }
};

QTEST_APPLESS_MAIN(TestQaMatcher)
#include "tst_qamatcher.moc"
