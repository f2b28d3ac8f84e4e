#include "fusion/weightedboxesfusion.h"

#include "fusion/boxprefilter_p.h"

#include <cmath>
#include <cstdint>
#include <numeric>

namespace lookbook::fusion {

namespace {

using detail::asFloat32;
using detail::PreparedBox;

// The clusters of one label. Matching every new box against every cluster is the hot spot
// (5 models × 2000 boxes must fuse in a few milliseconds), so clusters are also filed in a grid by
// the centre of their fused box, and a box is only compared with clusters whose centre can be
// close enough for IoU > iouThr (see searchRadius). One set is reused for every label.
class ClusterSet final
{
public:
    explicit ClusterSet(size_t modelCount) : m_modelCount(modelCount), m_cells(kGrid * kGrid) {}

    void reset(const std::vector<PreparedBox> &boxes)
    {
        m_maxWidth = m_maxHeight = 0.0;
        for (const PreparedBox &b : boxes) {
            m_maxWidth = std::max(m_maxWidth, b.box.width());
            m_maxHeight = std::max(m_maxHeight, b.box.height());
        }
        m_hot.clear();
        m_cold.clear();
        m_models.clear();
        m_hot.reserve(boxes.size());
        m_cold.reserve(boxes.size());
        m_models.reserve(boxes.size() * m_modelCount);
        for (std::vector<int> &cell : m_cells)
            cell.clear();  // keeps the capacity for the next label
    }

    size_t size() const { return m_hot.size(); }

    // The cluster whose fused box overlaps `box` most with IoU > iouThr (the first on ties), or -1:
    // the reference's argmax over all clusters, restricted to the ones that can qualify.
    long bestMatch(const Box &box, double iouThr) const
    {
        const double rx = searchRadius(box.width(), m_maxWidth, iouThr);
        const double ry = searchRadius(box.height(), m_maxHeight, iouThr);
        const double cx = 0.5 * (box.x1 + box.x2), cy = 0.5 * (box.y1 + box.y2);
        const int gx1 = gridIndex(cx - rx), gx2 = gridIndex(cx + rx);
        const int gy1 = gridIndex(cy - ry), gy2 = gridIndex(cy + ry);
        const double area = box.area();
        constexpr double kSlack = 1.0 - 1e-12;  // the division-free pre-test may pass extra clusters, never miss one
        long best = -1;
        double bestIou = iouThr;
        for (int gy = gy1; gy <= gy2; ++gy) {
            for (int gx = gx1; gx <= gx2; ++gx) {
                for (const int i : m_cells[static_cast<size_t>(gy * kGrid + gx)]) {
                    const Hot &c = m_hot[static_cast<size_t>(i)];
                    const double w = std::max(std::min(c.x2, box.x2) - std::max(c.x1, box.x1), 0.0);
                    const double h = std::max(std::min(c.y2, box.y2) - std::max(c.y1, box.y1), 0.0);
                    const double inter = w * h;
                    const double unionArea = c.area + area - inter;
                    // Rarely true: only a cluster that may beat the best so far pays for the division.
                    if ((inter > 0.0) & (inter >= bestIou * kSlack * unionArea)) {
                        const double iou = inter / unionArea;
                        if (iou > bestIou || (iou == bestIou && best >= 0 && i < best)) {
                            bestIou = iou;
                            best = i;
                        }
                    }
                }
            }
        }
        return best;
    }

    void create(const PreparedBox &b)
    {
        const Box &box = b.box;
        m_hot.push_back({box.x1, box.y1, box.x2, box.y2, box.area(), -1, -1});
        Cold cold;
        cold.acc.add(b);
        cold.score = b.score;
        cold.weight = b.weight;
        m_cold.push_back(cold);
        m_models.resize(m_models.size() + m_modelCount, 0);
        m_models[(size() - 1) * m_modelCount + b.model] = 1;
        file(size() - 1, cellOf(box));
    }

    // Adds a box and recomputes the fused box as the reference's get_weighted_box does.
    void join(size_t i, const PreparedBox &b, ConfType confType)
    {
        Cold &cold = m_cold[i];
        cold.acc.add(b);
        m_models[i * m_modelCount + b.model] = 1;
        const Box fused = cold.acc.fusedBox();
        Hot &hot = m_hot[i];
        hot.x1 = fused.x1;
        hot.y1 = fused.y1;
        hot.x2 = fused.x2;
        hot.y2 = fused.y2;
        hot.area = fused.area();
        cold.score = asFloat32(confType == ConfType::Max ? cold.acc.maxScore : cold.acc.conf / cold.acc.count);
        cold.weight = asFloat32(cold.acc.weightSum);
        const int cell = cellOf(fused);
        if (cell != hot.cell) {
            unfile(i);
            file(i, cell);
        }
    }

    // The cluster's final score, rescaled for the number of models and boxes as the reference does.
    double rescaledScore(size_t i, const FusionParams &params, const std::vector<double> &weights,
                         double weightSum, double weightMax) const
    {
        const Cold &cold = m_cold[i];
        const double count = cold.acc.count;
        switch (params.confType) {
        case ConfType::BoxAndModelAvg: {
            double presentWeight = 0.0;
            for (size_t t = 0; t < m_modelCount; ++t)
                presentWeight += m_models[i * m_modelCount + t] ? weights[t] : 0.0;
            return cold.weight == 0.0 ? 0.0 : cold.score * count / cold.weight * presentWeight / weightSum;
        }
        case ConfType::AbsentModelAwareAvg: {
            double absentWeight = 0.0;
            for (size_t t = 0; t < m_modelCount; ++t)
                absentWeight += m_models[i * m_modelCount + t] ? 0.0 : weights[t];
            const double denominator = cold.weight + absentWeight;
            return denominator == 0.0 ? 0.0 : cold.score * count / denominator;
        }
        case ConfType::Max:
            return cold.score / weightMax;
        case ConfType::Avg:
            break;
        }
        const double boxes = params.allowsOverflow ? count : std::min(static_cast<double>(weights.size()), count);
        return cold.score * boxes / weightSum;
    }

    ScoredBox fusedBox(size_t i, double score, int label) const
    {
        const Hot &hot = m_hot[i];
        return {{hot.x1, hot.y1, hot.x2, hot.y2}, score, label};
    }

private:
    static constexpr int kGrid = 8;

    // How far apart two centres can be, along one axis, for IoU > t, given this box's extent `e` and
    // the largest extent `maxE` of any box of the label (fused boxes are means, never larger).
    // IoU > t needs the overlap along the axis to exceed t·max(eA, eB), and the overlap is at most
    // (eA + eB)/2 − |centre distance|: so |d| < e/2 + (1/2 − t)·eA, that is e/2 when t ≥ 1/2.
    static double searchRadius(double e, double maxE, double t)
    {
        return 0.5 * e + std::max(0.0, 0.5 - t) * maxE + 1e-9;
    }

    static int gridIndex(double v)
    {
        return std::clamp(static_cast<int>(v * kGrid), 0, kGrid - 1);  // v ≥ −1: truncation is floor enough
    }

    static int cellOf(const Box &box)
    {
        return gridIndex(0.5 * (box.y1 + box.y2)) * kGrid + gridIndex(0.5 * (box.x1 + box.x2));
    }

    // A cell lists its clusters' indices; a cluster knows its slot there, so that moving it to
    // another cell is a swap-remove and a push.
    void file(size_t i, int cell)
    {
        std::vector<int> &members = m_cells[static_cast<size_t>(cell)];
        m_hot[i].cell = cell;
        m_hot[i].slot = static_cast<int>(members.size());
        members.push_back(static_cast<int>(i));
    }

    void unfile(size_t i)
    {
        std::vector<int> &members = m_cells[static_cast<size_t>(m_hot[i].cell)];
        const int moved = members.back();
        members[static_cast<size_t>(m_hot[i].slot)] = moved;
        m_hot[static_cast<size_t>(moved)].slot = m_hot[i].slot;
        members.pop_back();
    }

    struct Accumulator final {
        // float, like the reference's np.zeros(8, dtype=np.float32): each sum is rounded per step
        float sx1 = 0, sy1 = 0, sx2 = 0, sy2 = 0;
        double px1 = 0, py1 = 0, px2 = 0, py2 = 0;  // plain sums, for the all-zero-score fallback
        double conf = 0.0;
        double maxScore = 0.0;
        double weightSum = 0.0;
        int count = 0;

        void add(const PreparedBox &b)
        {
            sx1 = static_cast<float>(sx1 + b.score * b.box.x1);
            sy1 = static_cast<float>(sy1 + b.score * b.box.y1);
            sx2 = static_cast<float>(sx2 + b.score * b.box.x2);
            sy2 = static_cast<float>(sy2 + b.score * b.box.y2);
            px1 += b.box.x1;
            py1 += b.box.y1;
            px2 += b.box.x2;
            py2 += b.box.y2;
            maxScore = count == 0 ? b.score : std::max(maxScore, b.score);
            conf += b.score;
            weightSum += b.weight;
            ++count;
        }

        Box fusedBox() const
        {
            if (conf == 0.0)
                return {px1 / count, py1 / count, px2 / count, py2 / count};
            return {asFloat32(sx1 / conf), asFloat32(sy1 / conf), asFloat32(sx2 / conf), asFloat32(sy2 / conf)};
        }
    };

    // What the matching loop reads, packed together; the rest of a cluster lives in Cold.
    struct Hot final {
        double x1, y1, x2, y2, area;
        int cell, slot;
    };

    struct Cold final {
        Accumulator acc;
        double score = 0.0;   // the reference's weighted_boxes[i, 1] before rescaling
        double weight = 0.0;  // the reference's weighted_boxes[i, 2]: the members' weights summed
    };

    size_t m_modelCount;
    double m_maxWidth = 0.0;
    double m_maxHeight = 0.0;
    std::vector<std::vector<int>> m_cells;  // kGrid × kGrid cells of cluster indices, by fused-box centre
    std::vector<Hot> m_hot;
    std::vector<Cold> m_cold;
    std::vector<char> m_models;  // cluster × model: which models have a box in the cluster
};

} // namespace

std::vector<ScoredBox> weightedBoxesFusion(const std::vector<std::vector<ScoredBox>> &models,
                                           const std::vector<double> &weights, const FusionParams &params)
{
    const std::vector<double> w = detail::effectiveWeights(models.size(), weights);
    const double weightSum = std::accumulate(w.begin(), w.end(), 0.0);
    const double weightMax = w.empty() ? 1.0 : *std::max_element(w.begin(), w.end());
    const double iouThr = params.effectiveIouThr();

    std::vector<ScoredBox> fused;
    fused.reserve(std::accumulate(models.begin(), models.end(), size_t(0), [](size_t n, const auto &m) { return n + m.size(); }));
    const auto groups = detail::prefilterByLabel(models, w, params.skipBoxThr);
    ClusterSet clusters(models.size());
    for (const detail::LabelGroup &group : groups) {
        clusters.reset(group.boxes);
        for (const PreparedBox &b : group.boxes) {
            const long match = clusters.bestMatch(b.box, iouThr);
            if (match < 0)
                clusters.create(b);
            else
                clusters.join(static_cast<size_t>(match), b, params.confType);
        }
        for (size_t i = 0; i < clusters.size(); ++i)
            fused.push_back(clusters.fusedBox(i, clusters.rescaledScore(i, params, w, weightSum, weightMax), group.label));
    }
    detail::sortDescendingLikeNumpy(fused, [](const ScoredBox &b) { return b.score; });
    return fused;
}

} // namespace lookbook::fusion
