// Hand-derived cases for every fusion method; the arithmetic behind each expectation is in its comment.
#include "boxcompare.h"
#include "fusion/boxfusion.h"

#include <QTest>

#include <cmath>

using namespace lookbook;
using namespace lookbook::fusion;
using Models = std::vector<std::vector<ScoredBox>>;
using Boxes = std::vector<ScoredBox>;

Q_DECLARE_METATYPE(lookbook::fusion::ConfType)

namespace {

ScoredBox sb(double x1, double y1, double x2, double y2, double score, int label = 1)
{
    return {{x1, y1, x2, y2}, score, label};
}

Boxes run(const Models &models, const std::vector<double> &weights, const FusionParams &params)
{
    const Result<Boxes> result = fuseBoxes(models, weights, params);
    if (!result) {
        qWarning("%s", qPrintable(result.error().message));
        return {};
    }
    return result.value();
}

FusionParams params(Method method)
{
    FusionParams p;
    p.method = method;
    return p;
}

#define COMPARE_BOXES(actual, expected)                                          \
    do {                                                                         \
        const QString diff_ = lookbook::test::compareBoxes((actual), (expected)); \
        QVERIFY2(diff_.isEmpty(), qPrintable(diff_));                            \
    } while (false)

} // namespace

class TestFusion final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // --- Weighted Boxes Fusion ---------------------------------------------------------------

    void wbfOneBoxIsItsOwnCluster()
    {
        // One model, weight 1: score * min(1, 1) / 1 = score, box unchanged.
        COMPARE_BOXES(run({{sb(0.1, 0.1, 0.5, 0.5, 0.8)}}, {}, params(Method::Wbf)), Boxes{sb(0.1, 0.1, 0.5, 0.5, 0.8)});
    }

    void wbfTwoModelsAverage()
    {
        // IoU = 0.16 / 0.2 = 0.8 > 0.55: one cluster. y2 = (0.9·0.5 + 0.6·0.6) / 1.5 = 0.54.
        // score = (1.5 / 2) · min(2, 2) / 2 = 0.75.
        const Models models = {{sb(0.1, 0.1, 0.5, 0.5, 0.9)}, {sb(0.1, 0.1, 0.5, 0.6, 0.6)}};
        COMPARE_BOXES(run(models, {}, params(Method::Wbf)), Boxes{sb(0.1, 0.1, 0.5, 0.54, 0.75)});
        COMPARE_BOXES(run(models, {1.0, 1.0}, params(Method::Wbf)), Boxes{sb(0.1, 0.1, 0.5, 0.54, 0.75)});
    }

    void wbfModelWeights()
    {
        // Weights 2, 1: weighted scores 1.8 and 0.6. y2 = (1.8·0.5 + 0.6·0.6) / 2.4 = 0.525.
        // score = (2.4 / 2) · 2 / 3 = 0.8.
        const Models models = {{sb(0.1, 0.1, 0.5, 0.5, 0.9)}, {sb(0.1, 0.1, 0.5, 0.6, 0.6)}};
        COMPARE_BOXES(run(models, {2.0, 1.0}, params(Method::Wbf)), Boxes{sb(0.1, 0.1, 0.5, 0.525, 0.8)});
    }

    void wbfConfTypes_data()
    {
        // Weights 2, 1, 1; the third model found nothing. A (model 0, 0.9 → 1.8), B (model 1,
        // 0.6 → 0.6) and C (model 1, 0.3 → 0.3) form one cluster (IoU(C, fused A+B) = 0.17/0.18).
        // y2 = (1.8·0.5 + 0.6·0.6 + 0.3·0.55) / 2.7 = 0.52777…; mean weighted score 2.7 / 3 = 0.9,
        // cluster weight 4, Σw = 4, max w = 2, present models {0, 1} weigh 3, absent model 2 weighs 1.
        QTest::addColumn<ConfType>("confType");
        QTest::addColumn<double>("score");
        QTest::newRow("avg: 0.9·min(3,3)/4") << ConfType::Avg << 0.675;
        QTest::newRow("max: 1.8/2") << ConfType::Max << 0.9;
        QTest::newRow("box_and_model_avg: 0.9·3/4·3/4") << ConfType::BoxAndModelAvg << 0.50625;
        QTest::newRow("absent_model_aware_avg: 0.9·3/(4+1)") << ConfType::AbsentModelAwareAvg << 0.54;
    }

    void wbfConfTypes()
    {
        QFETCH(ConfType, confType);
        QFETCH(double, score);
        const Models models = {{sb(0.1, 0.1, 0.5, 0.5, 0.9)},
                               {sb(0.1, 0.1, 0.5, 0.6, 0.6), sb(0.1, 0.1, 0.5, 0.55, 0.3)},
                               {}};
        FusionParams p = params(Method::Wbf);
        p.confType = confType;
        COMPARE_BOXES(run(models, {2.0, 1.0, 1.0}, p), Boxes{sb(0.1, 0.1, 0.5, 1.425 / 2.7, score)});
    }

    void wbfOverflow()
    {
        // One model, two boxes in a cluster (IoU 0.16/0.176): mean score 0.7. Without overflow
        // 0.7·min(1, 2)/1 = 0.7; with it 0.7·2/1 = 1.4. y2 = (0.8·0.4 + 0.6·0.44) / 1.4.
        const Models models = {{sb(0.0, 0.0, 0.4, 0.4, 0.8), sb(0.0, 0.0, 0.4, 0.44, 0.6)}};
        FusionParams p = params(Method::Wbf);
        COMPARE_BOXES(run(models, {}, p), Boxes{sb(0.0, 0.0, 0.4, 0.584 / 1.4, 0.7)});
        p.allowsOverflow = true;
        COMPARE_BOXES(run(models, {}, p), Boxes{sb(0.0, 0.0, 0.4, 0.584 / 1.4, 1.4)});
    }

    void wbfIouExactlyAtThresholdDoesNotMatch()
    {
        // IoU([0,0,.5,.5], [0,0,.5,.25]) = 0.125 / 0.25 = 0.5 exactly: a match needs IoU > iou_thr.
        const Models models = {{sb(0.0, 0.0, 0.5, 0.5, 0.8)}, {sb(0.0, 0.0, 0.5, 0.25, 0.7)}};
        FusionParams p = params(Method::Wbf);
        p.iouThr = 0.5;
        // Two one-box clusters: 0.8·1/2 and 0.7·1/2.
        COMPARE_BOXES(run(models, {}, p), (Boxes{sb(0.0, 0.0, 0.5, 0.5, 0.4), sb(0.0, 0.0, 0.5, 0.25, 0.35)}));
        p.iouThr = 0.49;
        // One cluster: y2 = (0.8·0.5 + 0.7·0.25) / 1.5, score 0.75·2/2.
        COMPARE_BOXES(run(models, {}, p), Boxes{sb(0.0, 0.0, 0.5, 0.575 / 1.5, 0.75)});
    }

    void wbfSkipBoxThresholdKeepsEqualScores()
    {
        // score < skip_box_thr is dropped; score == skip_box_thr is kept.
        const Models models = {{sb(0.0, 0.0, 0.2, 0.2, 0.3), sb(0.5, 0.5, 0.7, 0.7, 0.29)}};
        FusionParams p = params(Method::Wbf);
        p.skipBoxThr = 0.3;
        COMPARE_BOXES(run(models, {}, p), Boxes{sb(0.0, 0.0, 0.2, 0.2, 0.3)});
    }

    void wbfEqualScoresFollowTheReferenceOrder()
    {
        // P and Q tie at 0.5 and overlap each other little (IoU 1/3); R overlaps both with IoU 0.6
        // exactly. The reference's argsort()[::-1] puts Q before P, so Q's cluster is the first and
        // R joins it: x1 = (0.5·0.25 + 0.4·0.125)/0.9, x2 = (0.5·0.75 + 0.4·0.625)/0.9, score 0.45.
        const Models models = {{sb(0.0, 0.0, 0.5, 0.5, 0.5), sb(0.25, 0.0, 0.75, 0.5, 0.5), sb(0.125, 0.0, 0.625, 0.5, 0.4)}};
        COMPARE_BOXES(run(models, {}, params(Method::Wbf)),
                      (Boxes{sb(0.0, 0.0, 0.5, 0.5, 0.5), sb(0.175 / 0.9, 0.0, 0.625 / 0.9, 0.5, 0.45)}));
    }

    void wbfFusesPerLabelAndSortsAcrossLabels()
    {
        // Same boxes, different labels: never fused. Output sorted by score across labels.
        const Models models = {{sb(0.1, 0.1, 0.5, 0.5, 0.4, 3), sb(0.1, 0.1, 0.5, 0.5, 0.6, 7)}};
        COMPARE_BOXES(run(models, {}, params(Method::Wbf)),
                      (Boxes{sb(0.1, 0.1, 0.5, 0.5, 0.6, 7), sb(0.1, 0.1, 0.5, 0.5, 0.4, 3)}));
    }

    void wbfRepairsInput()
    {
        // Swapped corners are reordered, coordinates clipped to [0, 1], zero-area boxes dropped.
        const Models models = {{sb(0.5, 0.5, 0.1, 0.1, 0.9), sb(-0.2, 0.6, 1.3, 0.9, 0.8), sb(0.3, 0.3, 0.3, 0.6, 0.7),
                                sb(1.2, 0.1, 1.5, 0.4, 0.6)}};
        COMPARE_BOXES(run(models, {}, params(Method::Wbf)),
                      (Boxes{sb(0.1, 0.1, 0.5, 0.5, 0.9), sb(0.0, 0.6, 1.0, 0.9, 0.8)}));
    }

    void emptyInputs_data()
    {
        QTest::addColumn<int>("method");
        QTest::newRow("wbf") << int(Method::Wbf);
        QTest::newRow("nms") << int(Method::Nms);
        QTest::newRow("soft-nms") << int(Method::SoftNms);
        QTest::newRow("nmw") << int(Method::Nmw);
    }

    void emptyInputs()
    {
        QFETCH(int, method);
        const FusionParams p = params(static_cast<Method>(method));
        QVERIFY(fuseBoxes({}, {}, p).value().empty());
        QVERIFY(fuseBoxes({{}, {}, {}}, {1.0, 2.0, 3.0}, p).value().empty());
        // Only a zero-area box: nothing survives the repair.
        QVERIFY(fuseBoxes({{sb(0.2, 0.2, 0.2, 0.4, 0.9)}, {}}, {}, p).value().empty());
    }

    void wbfAllZeroScoresGiveTheMeanBox()
    {
        // The reference divides by a zero score sum here (NaN); we give the plain mean.
        const Models models = {{sb(0.0, 0.0, 0.4, 0.4, 0.0)}, {sb(0.0, 0.0, 0.4, 0.5, 0.0)}};
        const Boxes fused = run(models, {}, params(Method::Wbf));
        COMPARE_BOXES(fused, Boxes{sb(0.0, 0.0, 0.4, 0.45, 0.0)});
    }

    // --- NMS ---------------------------------------------------------------------------------

    void nmsSuppressesAboveThresholdOnly()
    {
        // IoU(A, B) = 0.5 exactly, IoU(A, C) = 0: at iou_thr 0.5 B survives, at 0.49 it does not.
        const Models models = {{sb(0.0, 0.0, 0.5, 0.5, 0.9), sb(0.0, 0.0, 0.5, 0.25, 0.8), sb(0.6, 0.6, 0.9, 0.9, 0.7)}};
        COMPARE_BOXES(run(models, {}, params(Method::Nms)),
                      (Boxes{sb(0.0, 0.0, 0.5, 0.5, 0.9), sb(0.0, 0.0, 0.5, 0.25, 0.8), sb(0.6, 0.6, 0.9, 0.9, 0.7)}));
        FusionParams p = params(Method::Nms);
        p.iouThr = 0.49;
        COMPARE_BOXES(run(models, {}, p), (Boxes{sb(0.0, 0.0, 0.5, 0.5, 0.9), sb(0.6, 0.6, 0.9, 0.9, 0.7)}));
    }

    void nmsWeightsScaleScores()
    {
        // Weights 1, 3: A 0.9·1/4 = 0.225, B 0.8·3/4 = 0.6. B wins and suppresses A (IoU 0.5 > 0.4).
        const Models models = {{sb(0.0, 0.0, 0.5, 0.5, 0.9)}, {sb(0.0, 0.0, 0.5, 0.25, 0.8)}};
        FusionParams p = params(Method::Nms);
        p.iouThr = 0.4;
        COMPARE_BOXES(run(models, {1.0, 3.0}, p), Boxes{sb(0.0, 0.0, 0.5, 0.25, 0.6)});
    }

    void nmsOrdersByLabelThenScore()
    {
        const Models models = {{sb(0.1, 0.1, 0.2, 0.2, 0.9, 5), sb(0.5, 0.5, 0.6, 0.6, 0.1, 2), sb(0.3, 0.3, 0.4, 0.4, 0.95, 5)}};
        COMPARE_BOXES(run(models, {}, params(Method::Nms)),
                      (Boxes{sb(0.5, 0.5, 0.6, 0.6, 0.1, 2), sb(0.3, 0.3, 0.4, 0.4, 0.95, 5), sb(0.1, 0.1, 0.2, 0.2, 0.9, 5)}));
    }

    // --- soft-NMS ----------------------------------------------------------------------------

    void softNmsLinear()
    {
        // IoU(A,B) = 0.5, IoU(A,C) = 1/3, IoU(B,C) = 0.0625/0.3125 = 0.2; Nt = 0.3.
        // A selected: B 0.8·(1 − 0.5) = 0.4, C 0.7·(1 − 1/3) = 0.4667. C (0.4667 > 0.4) is swapped in
        // and selected next; IoU(C, B) = 0.2 ≤ 0.3 leaves B at 0.4. Kept in that order, with the
        // undecayed scores, as the reference returns them.
        const Models models = {{sb(0.0, 0.0, 0.5, 0.5, 0.9), sb(0.0, 0.0, 0.5, 0.25, 0.8), sb(0.25, 0.0, 0.75, 0.5, 0.7)}};
        FusionParams p = params(Method::SoftNms);
        p.softKernel = SoftNmsKernel::Linear;
        p.iouThr = 0.3;
        COMPARE_BOXES(run(models, {}, p),
                      (Boxes{sb(0.0, 0.0, 0.5, 0.5, 0.9), sb(0.25, 0.0, 0.75, 0.5, 0.7), sb(0.0, 0.0, 0.5, 0.25, 0.8)}));
        p.thresh = 0.45;  // decayed B = 0.4 is dropped, C = 0.4667 kept
        COMPARE_BOXES(run(models, {}, p), (Boxes{sb(0.0, 0.0, 0.5, 0.5, 0.9), sb(0.25, 0.0, 0.75, 0.5, 0.7)}));
    }

    void softNmsGaussian()
    {
        // σ = 0.5. A selected: B 0.8·e^(−0.25/0.5) = 0.48522, C 0.7·e^(−(1/9)/0.5) = 0.56052; C next,
        // B decays by e^(−0.04/0.5) to 0.44792. With thresh 0.45 B goes, although it was above 0.45
        // after the first step.
        const Models models = {{sb(0.0, 0.0, 0.5, 0.5, 0.9), sb(0.0, 0.0, 0.5, 0.25, 0.8), sb(0.25, 0.0, 0.75, 0.5, 0.7)}};
        FusionParams p = params(Method::SoftNms);
        COMPARE_BOXES(run(models, {}, p),
                      (Boxes{sb(0.0, 0.0, 0.5, 0.5, 0.9), sb(0.25, 0.0, 0.75, 0.5, 0.7), sb(0.0, 0.0, 0.5, 0.25, 0.8)}));
        p.thresh = 0.45;
        COMPARE_BOXES(run(models, {}, p), (Boxes{sb(0.0, 0.0, 0.5, 0.5, 0.9), sb(0.25, 0.0, 0.75, 0.5, 0.7)}));
        p.thresh = 0.4479;
        QCOMPARE(run(models, {}, p).size(), size_t(3));
        // σ = 0.1, thresh 0.1: B 0.8·e^(−2.5) = 0.0657 is gone, C 0.7·e^(−1.111) = 0.2306 stays.
        p.sigma = 0.1;
        p.thresh = 0.1;
        COMPARE_BOXES(run(models, {}, p), (Boxes{sb(0.0, 0.0, 0.5, 0.5, 0.9), sb(0.25, 0.0, 0.75, 0.5, 0.7)}));
    }

    // --- NMW ---------------------------------------------------------------------------------

    void nmwWeightsByScoreAndIou()
    {
        // IoU(A, B) = 0.2/0.25 = 0.8. Weights A: 0.9·1, B: 0.6·0.8 = 0.48.
        // y2 = (0.9·0.5 + 0.48·0.4) / 1.38 = 0.642 / 1.38; score = the top box's, 0.9.
        const Models models = {{sb(0.0, 0.0, 0.5, 0.5, 0.9), sb(0.0, 0.0, 0.5, 0.4, 0.6)}};
        COMPARE_BOXES(run(models, {}, params(Method::Nmw)), Boxes{sb(0.0, 0.0, 0.5, 0.642 / 1.38, 0.9)});
    }

    void nmwModelWeightsAndSkip()
    {
        // ensemble_boxes 1.0.9: weights 3, 1 are divided by their maximum (1, 1/3) and each score is
        // multiplied by its weight once: A 0.9, B 0.6/3 = 0.2. IoU(A, B) = 0.8, so B weighs 0.2·0.8 = 0.16:
        // y2 = (0.9·0.5 + 0.16·0.4) / (0.9 + 0.16) = 0.514 / 1.06; the score is the top box's, 0.9.
        const Models models = {{sb(0.0, 0.0, 0.5, 0.5, 0.9)}, {sb(0.0, 0.0, 0.5, 0.4, 0.6)}};
        FusionParams p = params(Method::Nmw);
        COMPARE_BOXES(run(models, {3.0, 1.0}, p), Boxes{sb(0.0, 0.0, 0.5, 0.514 / 1.06, 0.9)});
        // Weights 1, 2 → 0.5, 1: A 0.45, B 0.6, so B leads its cluster. A weighs 0.45·0.8 = 0.36:
        // y2 = (0.6·0.4 + 0.36·0.5) / 0.96 = 0.4375.
        COMPARE_BOXES(run(models, {1.0, 2.0}, p), Boxes{sb(0.0, 0.0, 0.5, 0.4375, 0.6)});
        // skip_box_thr applies to the input scores, before any weight: B's 0.6 is not below 0.6 …
        p.skipBoxThr = 0.6;
        COMPARE_BOXES(run(models, {3.0, 1.0}, p), Boxes{sb(0.0, 0.0, 0.5, 0.514 / 1.06, 0.9)});
        // … but is below 0.65, which leaves A alone.
        p.skipBoxThr = 0.65;
        COMPARE_BOXES(run(models, {3.0, 1.0}, p), Boxes{sb(0.0, 0.0, 0.5, 0.5, 0.9)});
    }

    void nmwSeparateClustersBelowThreshold()
    {
        // IoU 0.5 < 0.55: two clusters, each its own box. Equal weights divided by their maximum are 1,
        // so the scores stay as they came (the pre-1.0.9 code halved them).
        const Models models = {{sb(0.0, 0.0, 0.5, 0.5, 0.8)}, {sb(0.0, 0.0, 0.5, 0.25, 0.6)}};
        COMPARE_BOXES(run(models, {}, params(Method::Nmw)),
                      (Boxes{sb(0.0, 0.0, 0.5, 0.5, 0.8), sb(0.0, 0.0, 0.5, 0.25, 0.6)}));
    }

    // --- bad input ---------------------------------------------------------------------------

    void rejectsBadInput_data()
    {
        QTest::addColumn<QString>("expectedMessage");
        QTest::newRow("weights count") << QStringLiteral("3 weights given for 2 models");
        QTest::newRow("negative weight") << QStringLiteral("models[1].weight");
        QTest::newRow("all weights zero") << QStringLiteral("at least one model weight must be positive");
        QTest::newRow("nan coordinate") << QStringLiteral("models[0].boxes[1].box");
        QTest::newRow("infinite score") << QStringLiteral("models[1].boxes[0].score");
        // Fuzzing: a score of 6.7e54 made WBF's float32 sums infinite (and their grid cell undefined).
        QTest::newRow("huge score") << QStringLiteral("models[0].boxes[0].score is 6.7e+54, beyond ±1e+06");
        QTest::newRow("huge weight") << QStringLiteral("models[0].weight must be a number from 0 to 1e+06, got 1e+300");
        QTest::newRow("iou_thr above 1") << QStringLiteral("iou_thr must lie in [0, 1]");
        QTest::newRow("sigma zero") << QStringLiteral("sigma must be a positive number");
    }

    void rejectsBadInput()
    {
        QFETCH(QString, expectedMessage);
        Models models = {{sb(0.1, 0.1, 0.2, 0.2, 0.5), sb(0.3, 0.3, 0.4, 0.4, 0.5)}, {sb(0.1, 0.1, 0.2, 0.2, 0.5)}};
        std::vector<double> weights;
        FusionParams p;
        const QByteArray tag = QTest::currentDataTag();
        if (tag == "weights count")
            weights = {1, 2, 3};
        else if (tag == "negative weight")
            weights = {1, -2};
        else if (tag == "all weights zero")
            weights = {0, 0};
        else if (tag == "nan coordinate")
            models[0][1].box.x2 = std::nan("");
        else if (tag == "infinite score")
            models[1][0].score = INFINITY;
        else if (tag == "huge score")
            models[0][0].score = 6.7e54;
        else if (tag == "huge weight")
            weights = {1e300, 1};
        else if (tag == "iou_thr above 1")
            p.iouThr = 1.5;
        else if (tag == "sigma zero")
            p.sigma = 0.0;
        const Result<Boxes> result = fuseBoxes(models, weights, p);
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(result.error().message.contains(expectedMessage), qPrintable(result.error().message));
    }

    void zeroWeightModelDoesNotMoveTheBox()
    {
        // A weight-0 model's box joins the cluster (IoU 0.16/0.192) but weighs 0 in its coordinates.
        // score = (0.8 + 0) / 2 · min(2 models, 2 boxes) / Σw (= 1) = 0.8.
        const Models models = {{sb(0.0, 0.0, 0.4, 0.4, 0.8)}, {sb(0.0, 0.0, 0.4, 0.48, 0.9)}};
        COMPARE_BOXES(run(models, {1.0, 0.0}, params(Method::Wbf)), Boxes{sb(0.0, 0.0, 0.4, 0.4, 0.8)});
    }

    void namesRoundTrip()
    {
        for (Method m : {Method::Wbf, Method::Nms, Method::SoftNms, Method::Nmw})
            QCOMPARE(parseMethod(methodName(m)), std::optional<Method>(m));
        for (ConfType c : {ConfType::Avg, ConfType::Max, ConfType::BoxAndModelAvg, ConfType::AbsentModelAwareAvg})
            QCOMPARE(parseConfType(confTypeName(c)), std::optional<ConfType>(c));
        QVERIFY(!parseMethod("wbf2"));
        QCOMPARE(defaultIouThr(Method::Wbf), 0.55);
        QCOMPARE(defaultIouThr(Method::SoftNms), 0.5);
    }
};

QTEST_GUILESS_MAIN(TestFusion)
#include "tst_fusion.moc"
