// WBF against an oracle: a line-by-line transcription of ensemble_boxes 1.0.9's
// weighted_boxes_fusion (brute-force matching over every cluster, float32 fused boxes), run on
// random inputs built to hit ties: coordinates on a 1/16 grid, scores from a handful of values.
#include "boxcompare.h"
#include "fusion/boxfusion.h"

#include <QTest>

#include <algorithm>
#include <array>
#include <map>
#include <numeric>
#include <random>

using namespace lookbook;
using namespace lookbook::fusion;

namespace {

// [label, score, weight, model, x1, y1, x2, y2], as the reference's rows.
using Row = std::array<double, 8>;

std::vector<size_t> argsortReversed(const std::vector<double> &keys)
{
    std::vector<size_t> order(keys.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return keys[a] < keys[b]; });
    std::reverse(order.begin(), order.end());
    return order;
}

double rowIou(const Row &a, const Row &b)
{
    const double xA = std::max(a[4], b[4]), yA = std::max(a[5], b[5]);
    const double xB = std::min(a[6], b[6]), yB = std::min(a[7], b[7]);
    const double inter = std::max(xB - xA, 0.0) * std::max(yB - yA, 0.0);
    const double areaA = (a[6] - a[4]) * (a[7] - a[5]);
    const double areaB = (b[6] - b[4]) * (b[7] - b[5]);
    return inter / (areaA + areaB - inter);
}

Row weightedBox(const std::vector<Row> &members, ConfType confType)
{
    std::array<float, 8> box{};
    double conf = 0, maxConf = 0, w = 0;
    for (const Row &b : members) {
        for (int k = 4; k < 8; ++k)
            box[k] = static_cast<float>(box[k] + b[1] * b[k]);
        conf += b[1];
        maxConf = std::max(maxConf, b[1]);
        w += b[2];
    }
    Row out{};
    out[0] = members[0][0];
    out[1] = static_cast<float>(confType == ConfType::Max ? maxConf : conf / members.size());
    out[2] = static_cast<float>(w);
    out[3] = -1;
    for (int k = 4; k < 8; ++k)
        out[k] = static_cast<float>(box[k] / conf);
    return out;
}

std::vector<ScoredBox> oracleWbf(const std::vector<std::vector<ScoredBox>> &models, const std::vector<double> &weights,
                                 double iouThr, double skipThr, ConfType confType, bool allowsOverflow)
{
    std::vector<int> labelOrder;
    std::map<int, std::vector<Row>> byLabel;
    for (size_t t = 0; t < models.size(); ++t) {
        for (const ScoredBox &s : models[t]) {
            if (s.score < skipThr)
                continue;
            double x1 = s.box.x1, y1 = s.box.y1, x2 = s.box.x2, y2 = s.box.y2;
            if (x2 < x1) std::swap(x1, x2);
            if (y2 < y1) std::swap(y1, y2);
            x1 = std::clamp(x1, 0.0, 1.0); x2 = std::clamp(x2, 0.0, 1.0);
            y1 = std::clamp(y1, 0.0, 1.0); y2 = std::clamp(y2, 0.0, 1.0);
            if ((x2 - x1) * (y2 - y1) == 0.0)
                continue;
            if (!byLabel.count(s.label))
                labelOrder.push_back(s.label);
            byLabel[s.label].push_back({double(s.label), s.score * weights[t], weights[t], double(t), x1, y1, x2, y2});
        }
    }
    const double weightSum = std::accumulate(weights.begin(), weights.end(), 0.0);
    const double weightMax = *std::max_element(weights.begin(), weights.end());
    std::vector<Row> overall;
    for (int label : labelOrder) {
        std::vector<Row> rows = byLabel[label];
        std::vector<double> scores;
        for (const Row &r : rows)
            scores.push_back(r[1]);
        std::vector<Row> sorted;
        for (size_t i : argsortReversed(scores))
            sorted.push_back(rows[i]);

        std::vector<std::vector<Row>> clusters;
        std::vector<Row> fused;
        for (const Row &b : sorted) {
            long best = -1;
            double bestIou = -2;
            for (size_t i = 0; i < fused.size(); ++i) {  // np.argmax: the first maximum
                const double iou = rowIou(fused[i], b);
                if (iou > bestIou) {
                    bestIou = iou;
                    best = long(i);
                }
            }
            if (best < 0 || bestIou <= iouThr) {
                clusters.push_back({b});
                fused.push_back(b);
            } else {
                clusters[size_t(best)].push_back(b);
                fused[size_t(best)] = weightedBox(clusters[size_t(best)], confType);
            }
        }
        for (size_t i = 0; i < clusters.size(); ++i) {
            const double n = double(clusters[i].size());
            Row &f = fused[i];
            std::vector<bool> present(weights.size(), false);
            for (const Row &r : clusters[i])
                present[size_t(r[3])] = true;
            double presentWeight = 0, absentWeight = 0;
            for (size_t t = 0; t < weights.size(); ++t)
                (present[t] ? presentWeight : absentWeight) += weights[t];
            if (confType == ConfType::BoxAndModelAvg)
                f[1] = f[1] * n / f[2] * presentWeight / weightSum;
            else if (confType == ConfType::AbsentModelAwareAvg)
                f[1] = f[1] * n / (f[2] + absentWeight);
            else if (confType == ConfType::Max)
                f[1] = f[1] / weightMax;
            else if (!allowsOverflow)
                f[1] = f[1] * std::min(double(weights.size()), n) / weightSum;
            else
                f[1] = f[1] * n / weightSum;
            overall.push_back(f);
        }
    }
    std::vector<double> scores;
    for (const Row &r : overall)
        scores.push_back(r[1]);
    std::vector<ScoredBox> result;
    for (size_t i : argsortReversed(scores)) {
        const Row &r = overall[i];
        result.push_back({{r[4], r[5], r[6], r[7]}, r[1], int(r[0])});
    }
    return result;
}

} // namespace

class TestWbfOracle final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesTheReferenceOnRandomInputs_data()
    {
        QTest::addColumn<int>("rounds");
        QTest::addColumn<int>("maxBoxesPerModel");
        QTest::addColumn<int>("labels");
        QTest::newRow("small inputs, many cases") << 300 << 25 << 3;
        QTest::newRow("large label groups (radix-sorted)") << 12 << 400 << 2;
    }

    void matchesTheReferenceOnRandomInputs()
    {
        QFETCH(int, rounds);
        QFETCH(int, maxBoxesPerModel);
        QFETCH(int, labels);
        std::mt19937 rng(20201127);
        std::uniform_int_distribution<int> grid(-2, 18);  // a little outside [0, 1] to exercise clipping
        std::uniform_int_distribution<int> scoreStep(1, 5);
        const std::array<ConfType, 4> confTypes = {ConfType::Avg, ConfType::Max, ConfType::BoxAndModelAvg,
                                                   ConfType::AbsentModelAwareAvg};
        const std::array<double, 5> thresholds = {0.0, 0.3, 0.5, 0.55, 0.8};
        int compared = 0;
        for (int round = 0; round < rounds; ++round) {
            const int modelCount = 1 + round % 4;
            std::vector<std::vector<ScoredBox>> models(static_cast<size_t>(modelCount));
            std::vector<double> weights;
            for (auto &model : models) {
                weights.push_back(0.5 * scoreStep(rng));
                const int boxes = int(rng() % unsigned(maxBoxesPerModel));
                for (int j = 0; j < boxes; ++j) {
                    const double x1 = grid(rng) / 16.0, y1 = grid(rng) / 16.0;
                    const double x2 = x1 + (1 + rng() % 6) / 16.0, y2 = y1 + (1 + rng() % 6) / 16.0;
                    model.push_back({{x1, y1, x2, y2}, 0.2 * scoreStep(rng), int(rng() % unsigned(labels))});
                }
            }
            FusionParams params;
            params.confType = confTypes[size_t(round) % confTypes.size()];
            params.iouThr = thresholds[size_t(round / 4) % thresholds.size()];
            params.skipBoxThr = (round % 7 == 0) ? 0.4 : 0.0;
            params.allowsOverflow = round % 3 == 0;
            const auto ours = fuseBoxes(models, weights, params);
            QVERIFY(ours.ok());
            const auto expected = oracleWbf(models, weights, *params.iouThr, params.skipBoxThr, params.confType, params.allowsOverflow);
            const QString diff = lookbook::test::compareBoxes(ours.value(), expected, 1e-9);
            QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("round %1: %2").arg(round).arg(diff)));
            compared += int(expected.size());
        }
        QVERIFY(compared > 1000);  // enough clusters were compared for the test to mean something
    }
};

QTEST_GUILESS_MAIN(TestWbfOracle)
#include "tst_wbforacle.moc"
