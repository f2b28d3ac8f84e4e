#include "eval/retrievalevaluator.h"

#include <nlohmann/json.hpp>

#include <unordered_map>

namespace lookbook::eval {

QByteArray RetrievalMetrics::toJson() const
{
    nlohmann::ordered_json acc = nlohmann::ordered_json::object();
    for (const auto &[k, value] : accuracy)
        acc[std::to_string(k)] = value;
    const nlohmann::ordered_json report = {{"acc", acc}, {"queries", queries}, {"missed", missed}};
    return QByteArray::fromStdString(report.dump());
}

RetrievalMetrics RetrievalEvaluator::evaluate(const std::vector<QueryGroundTruth> &queries,
                                              const std::vector<GalleryGroundTruth> &gallery,
                                              const std::vector<RetrievalSubmissionRow> &submission,
                                              const std::vector<int> &ks)
{
    std::unordered_map<int, std::vector<size_t>> queriesOfImage;
    for (size_t q = 0; q < queries.size(); ++q)
        queriesOfImage[queries[q].queryImageId].push_back(q);
    std::unordered_map<int, std::vector<size_t>> galleryOfImage;
    for (size_t g = 0; g < gallery.size(); ++g)
        galleryOfImage[gallery[g].galleryImageId].push_back(g);

    // 1–2: assignment, then the best-scoring candidate of the right class per query item.
    constexpr long kNone = -1;
    std::vector<long> winner(queries.size(), kNone);
    for (size_t r = 0; r < submission.size(); ++r) {
        const RetrievalSubmissionRow &row = submission[r];
        const auto items = queriesOfImage.find(row.queryImageId);
        if (items == queriesOfImage.end())
            continue;
        size_t assigned = items->second.front();
        double bestIou = -1.0;
        for (const size_t q : items->second) {
            const double iou = Box::iou(row.queryBox, queries[q].bbox);
            if (iou > bestIou) {
                bestIou = iou;
                assigned = q;
            }
        }
        const QueryGroundTruth &truth = queries[assigned];
        if (truth.style <= 0 || row.queryCls != truth.cls)
            continue;
        long &current = winner[assigned];
        if (current == kNone || row.queryScore > submission[static_cast<size_t>(current)].queryScore)
            current = static_cast<long>(r);
    }

    // 3–4: the rank of the first correct gallery entry of each winning detection.
    RetrievalMetrics metrics;
    std::map<int, int> hits;
    for (const int k : ks)
        hits[k] = 0;
    for (size_t q = 0; q < queries.size(); ++q) {
        const QueryGroundTruth &truth = queries[q];
        if (truth.style <= 0)
            continue;
        ++metrics.queries;
        if (winner[q] == kNone) {
            ++metrics.missed;
            continue;
        }
        const RetrievalSubmissionRow &row = submission[static_cast<size_t>(winner[q])];
        const size_t entries = std::min(row.galleryImageIds.size(), row.galleryBoxes.size());
        for (size_t rank = 0; rank < entries; ++rank) {
            const auto items = galleryOfImage.find(row.galleryImageIds[rank]);
            if (items == galleryOfImage.end())
                continue;
            const bool correct = std::any_of(items->second.begin(), items->second.end(), [&](size_t g) {
                const GalleryGroundTruth &item = gallery[g];
                return item.pairId == truth.pairId && item.style == truth.style
                    && Box::iou(row.galleryBoxes[rank], item.bbox) >= 0.5;
            });
            if (correct) {
                for (auto &[k, count] : hits)
                    count += static_cast<int>(rank) < k ? 1 : 0;
                break;
            }
        }
    }
    for (const auto &[k, count] : hits)
        metrics.accuracy[k] = metrics.queries > 0 ? static_cast<double>(count) / metrics.queries : 0.0;
    return metrics;
}

} // namespace lookbook::eval
