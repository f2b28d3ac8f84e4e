#include "eval/cocoevaluator.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <set>
#include <unordered_map>

namespace lookbook::eval {

namespace {

using dataset::CocoAnnotation;
using dataset::CocoDetection;

constexpr int kIouCount = 10;
constexpr int kRecallCount = 101;
constexpr std::array<int, 3> kMaxDets = {1, 10, 100};
constexpr std::array<std::array<double, 2>, 4> kAreaRanges = {{{0.0, 1e10}, {0.0, 1024.0}, {1024.0, 9216.0}, {9216.0, 1e10}}};

// numpy.linspace(start, stop, num): i·step + start, the last one set to stop.
std::vector<double> linspace(double start, double stop, int num)
{
    const double step = (stop - start) / (num - 1);
    std::vector<double> values(static_cast<size_t>(num));
    for (int i = 0; i < num; ++i)
        values[static_cast<size_t>(i)] = i * step + start;
    values.back() = stop;
    return values;
}

struct Gt final {
    qint64 id;
    double x, y, w, h, area;
    bool crowd;
};

struct Dt final {
    qint64 id;  // 1-based position in the result list, as COCO.loadRes numbers them
    double x, y, w, h, area, score;
};

// maskApi.c's bbIou: crowd regions divide by the detection's area only.
double boxIou(const Dt &d, const Gt &g)
{
    const double w = std::fmin(d.w + d.x, g.w + g.x) - std::fmax(d.x, g.x);
    if (w <= 0)
        return 0.0;
    const double h = std::fmin(d.h + d.y, g.h + g.y) - std::fmax(d.y, g.y);
    if (h <= 0)
        return 0.0;
    const double inter = w * h;
    const double da = d.w * d.h;
    return inter / (g.crowd ? da : da + g.w * g.h - inter);
}

// evaluateImg's result for one image, category and area range (maxDet = 100).
struct ImageEval final {
    std::vector<std::vector<qint64>> dtMatches;  // [iou][det]: matched gt id, 0 = none
    std::vector<std::vector<char>> dtIgnore;     // [iou][det]
    std::vector<double> dtScores;
    std::vector<char> gtIgnore;
};

template<typename T, typename Key>
std::vector<size_t> stableOrder(const std::vector<T> &items, Key key)
{
    std::vector<size_t> order(items.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return key(items[a]) < key(items[b]); });
    return order;
}

ImageEval evaluateImage(const std::vector<Gt> &gtIn, const std::vector<Dt> &dtSorted, const std::array<double, 2> &range,
                        const std::vector<double> &iouThrs)
{
    std::vector<char> ignore(gtIn.size());
    for (size_t g = 0; g < gtIn.size(); ++g)
        ignore[g] = gtIn[g].crowd || gtIn[g].area < range[0] || gtIn[g].area > range[1];
    const std::vector<size_t> gtOrder = stableOrder(ignore, [](char v) { return v; });

    ImageEval e;
    const size_t G = gtIn.size(), D = dtSorted.size();
    e.gtIgnore.resize(G);
    for (size_t g = 0; g < G; ++g)
        e.gtIgnore[g] = ignore[gtOrder[g]];
    e.dtMatches.assign(kIouCount, std::vector<qint64>(D, 0));
    e.dtIgnore.assign(kIouCount, std::vector<char>(D, 0));
    for (const Dt &d : dtSorted)
        e.dtScores.push_back(d.score);

    std::vector<std::vector<double>> ious(D, std::vector<double>(G));
    for (size_t d = 0; d < D; ++d) {
        for (size_t g = 0; g < G; ++g)
            ious[d][g] = boxIou(dtSorted[d], gtIn[gtOrder[g]]);
    }
    for (int t = 0; t < kIouCount; ++t) {
        std::vector<qint64> gtMatched(G, 0);
        for (size_t d = 0; d < D; ++d) {
            double iou = std::min(iouThrs[static_cast<size_t>(t)], 1 - 1e-10);
            long m = -1;
            for (size_t g = 0; g < G; ++g) {
                const Gt &gt = gtIn[gtOrder[g]];
                if (gtMatched[g] > 0 && !gt.crowd)
                    continue;  // already taken, and not a crowd region
                if (m > -1 && !e.gtIgnore[static_cast<size_t>(m)] && e.gtIgnore[g])
                    break;  // a real match beats anything among the ignored ones, which come last
                if (ious[d][g] < iou)
                    continue;
                iou = ious[d][g];
                m = static_cast<long>(g);
            }
            if (m == -1)
                continue;
            e.dtIgnore[t][d] = e.gtIgnore[static_cast<size_t>(m)];
            e.dtMatches[t][d] = gtIn[gtOrder[static_cast<size_t>(m)]].id;
            gtMatched[static_cast<size_t>(m)] = dtSorted[d].id;
        }
        for (size_t d = 0; d < D; ++d) {
            const bool outside = dtSorted[d].area < range[0] || dtSorted[d].area > range[1];
            e.dtIgnore[t][d] = e.dtIgnore[t][d] || (e.dtMatches[t][d] == 0 && outside);
        }
    }
    return e;
}

double meanOfDefined(const std::vector<double> &values)
{
    double sum = 0;
    int count = 0;
    for (double v : values) {
        if (v > -1) {
            sum += v;
            ++count;
        }
    }
    return count == 0 ? -1.0 : sum / count;
}

} // namespace

const char *CocoMetrics::statName(int stat)
{
    static const char *names[] = {"AP", "AP50", "AP75", "APs", "APm", "APl", "AR1", "AR10", "AR100", "ARs", "ARm", "ARl"};
    return stat >= 0 && stat < 12 ? names[stat] : "";
}

QByteArray CocoMetrics::toJson() const
{
    nlohmann::ordered_json report = nlohmann::ordered_json::object();
    for (int stat = 0; stat < 12; ++stat)
        report[statName(stat)] = stats[static_cast<size_t>(stat)];
    nlohmann::ordered_json perCategory = nlohmann::ordered_json::object();
    for (const auto &[category, ap] : perCategoryAp)
        perCategory[std::to_string(category)] = ap;
    report["per_category_AP"] = perCategory;
    return QByteArray::fromStdString(report.dump());
}

Result<CocoMetrics> CocoEvaluator::evaluate(const dataset::CocoDataset &groundTruth, const std::vector<CocoDetection> &detections)
{
    std::set<qint64> imageSet;
    for (const auto &image : groundTruth.images)
        imageSet.insert(image.id);
    std::set<int> categorySet;
    for (const auto &category : groundTruth.categories)
        categorySet.insert(category.id);
    for (size_t i = 0; i < detections.size(); ++i) {
        if (!imageSet.count(detections[i].imageId))
            return Error{ErrorCode::InvalidData,
                         QStringLiteral("detection [%1]: image_id %2 is not in the ground truth").arg(i).arg(detections[i].imageId)};
    }
    const std::vector<qint64> imageIds(imageSet.begin(), imageSet.end());
    const std::vector<int> categoryIds(categorySet.begin(), categorySet.end());
    const std::vector<double> iouThrs = linspace(0.5, 0.95, kIouCount);
    const std::vector<double> recThrs = linspace(0.0, 1.0, kRecallCount);

    // Per (image, category): gts in file order, dts sorted by score (stable) and cut to 100.
    const auto key = [](qint64 image, int category) { return (static_cast<quint64>(image) << 20) ^ static_cast<quint64>(category); };
    std::unordered_map<quint64, std::vector<Gt>> gts;
    std::unordered_map<quint64, std::vector<Dt>> dts;
    for (const CocoAnnotation &a : groundTruth.annotations) {
        if (imageSet.count(a.imageId) && categorySet.count(a.categoryId))
            gts[key(a.imageId, a.categoryId)].push_back({a.id, a.x, a.y, a.w, a.h, a.area, a.iscrowd});
    }
    for (size_t i = 0; i < detections.size(); ++i) {
        const CocoDetection &d = detections[i];
        if (categorySet.count(d.categoryId))
            dts[key(d.imageId, d.categoryId)].push_back({static_cast<qint64>(i + 1), d.x, d.y, d.w, d.h, d.w * d.h, d.score});
    }
    for (auto &[k, list] : dts) {
        const std::vector<size_t> order = stableOrder(list, [](const Dt &d) { return -d.score; });
        std::vector<Dt> sorted;
        for (size_t i = 0; i < order.size() && i < static_cast<size_t>(kMaxDets.back()); ++i)
            sorted.push_back(list[order[i]]);
        list = std::move(sorted);
    }

    const size_t K = categoryIds.size(), A = kAreaRanges.size(), M = kMaxDets.size();
    // precision[t][r][k][a][m] and recall[t][k][a][m], −1 where undefined.
    std::vector<double> precision(kIouCount * kRecallCount * K * A * M, -1.0);
    std::vector<double> recall(kIouCount * K * A * M, -1.0);
    const auto pIndex = [&](size_t t, size_t r, size_t k, size_t a, size_t m) { return (((t * kRecallCount + r) * K + k) * A + a) * M + m; };
    const auto rIndex = [&](size_t t, size_t k, size_t a, size_t m) { return ((t * K + k) * A + a) * M + m; };

    static const std::vector<Gt> noGt;
    static const std::vector<Dt> noDt;
    for (size_t k = 0; k < K; ++k) {
        for (size_t a = 0; a < A; ++a) {
            std::vector<ImageEval> evals;
            for (const qint64 image : imageIds) {
                const auto g = gts.find(key(image, categoryIds[k]));
                const auto d = dts.find(key(image, categoryIds[k]));
                const std::vector<Gt> &gtList = g == gts.end() ? noGt : g->second;
                const std::vector<Dt> &dtList = d == dts.end() ? noDt : d->second;
                if (gtList.empty() && dtList.empty())
                    continue;  // evaluateImg returns None
                evals.push_back(evaluateImage(gtList, dtList, kAreaRanges[a], iouThrs));
            }
            if (evals.empty())
                continue;
            size_t npig = 0;
            for (const ImageEval &e : evals)
                npig += static_cast<size_t>(std::count(e.gtIgnore.begin(), e.gtIgnore.end(), 0));
            if (npig == 0)
                continue;
            for (size_t m = 0; m < M; ++m) {
                const size_t maxDet = static_cast<size_t>(kMaxDets[m]);
                // Concatenate each image's first maxDet detections, then sort by score, stably.
                std::vector<double> scores;
                std::vector<std::pair<size_t, size_t>> origin;  // (eval, detection)
                for (size_t e = 0; e < evals.size(); ++e) {
                    for (size_t d = 0; d < std::min(maxDet, evals[e].dtScores.size()); ++d) {
                        scores.push_back(evals[e].dtScores[d]);
                        origin.emplace_back(e, d);
                    }
                }
                const std::vector<size_t> order = stableOrder(scores, [](double s) { return -s; });
                for (int t = 0; t < kIouCount; ++t) {
                    const size_t nd = order.size();
                    std::vector<double> rc(nd), pr(nd);
                    double tp = 0, fp = 0;
                    for (size_t i = 0; i < nd; ++i) {
                        const auto [e, d] = origin[order[i]];
                        const bool matched = evals[e].dtMatches[static_cast<size_t>(t)][d] != 0;
                        const bool ignored = evals[e].dtIgnore[static_cast<size_t>(t)][d];
                        tp += (matched && !ignored) ? 1 : 0;
                        fp += (!matched && !ignored) ? 1 : 0;
                        rc[i] = tp / static_cast<double>(npig);
                        pr[i] = tp / (fp + tp + std::numeric_limits<double>::epsilon());
                    }
                    recall[rIndex(static_cast<size_t>(t), k, a, m)] = nd ? rc.back() : 0.0;
                    for (size_t i = nd; i-- > 1;) {
                        if (pr[i] > pr[i - 1])
                            pr[i - 1] = pr[i];
                    }
                    // np.searchsorted(rc, recThrs, side='left'); thresholds past the last recall keep 0.
                    for (size_t r = 0; r < static_cast<size_t>(kRecallCount); ++r) {
                        const size_t at = static_cast<size_t>(std::lower_bound(rc.begin(), rc.end(), recThrs[r]) - rc.begin());
                        precision[pIndex(static_cast<size_t>(t), r, k, a, m)] = at < nd ? pr[at] : 0.0;
                    }
                }
            }
        }
    }

    const auto summarizeAp = [&](long t, size_t a, size_t m) {
        std::vector<double> values;
        for (size_t ti = 0; ti < static_cast<size_t>(kIouCount); ++ti) {
            if (t >= 0 && ti != static_cast<size_t>(t))
                continue;
            for (size_t r = 0; r < static_cast<size_t>(kRecallCount); ++r)
                for (size_t k = 0; k < K; ++k)
                    values.push_back(precision[pIndex(ti, r, k, a, m)]);
        }
        return meanOfDefined(values);
    };
    const auto summarizeAr = [&](size_t a, size_t m) {
        std::vector<double> values;
        for (size_t t = 0; t < static_cast<size_t>(kIouCount); ++t)
            for (size_t k = 0; k < K; ++k)
                values.push_back(recall[rIndex(t, k, a, m)]);
        return meanOfDefined(values);
    };

    CocoMetrics metrics;
    metrics.stats = {summarizeAp(-1, 0, 2), summarizeAp(0, 0, 2), summarizeAp(5, 0, 2), summarizeAp(-1, 1, 2),
                     summarizeAp(-1, 2, 2), summarizeAp(-1, 3, 2), summarizeAr(0, 0), summarizeAr(0, 1),
                     summarizeAr(0, 2), summarizeAr(1, 2), summarizeAr(2, 2), summarizeAr(3, 2)};
    for (size_t k = 0; k < K; ++k) {
        std::vector<double> values;
        for (size_t t = 0; t < static_cast<size_t>(kIouCount); ++t)
            for (size_t r = 0; r < static_cast<size_t>(kRecallCount); ++r)
                values.push_back(precision[pIndex(t, r, k, 0, 2)]);
        metrics.perCategoryAp[categoryIds[k]] = meanOfDefined(values);
    }
    return metrics;
}

} // namespace lookbook::eval
