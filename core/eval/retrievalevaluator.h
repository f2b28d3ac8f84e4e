#pragma once

#include "eval/retrievalrows.h"

#include <map>

namespace lookbook::eval {

struct RetrievalMetrics final {
    std::map<int, double> accuracy;  // k → Acc@k
    int queries = 0;                 // ground-truth query items with style > 0: the denominator
    int missed = 0;                  // of those, the ones no detection was kept for

    // {"acc": {"1": …, "5": …, …}, "queries": N, "missed": M}, k in increasing order.
    QByteArray toJson() const;
};

// DeepFashion2 retrieval Acc@k, following the official protocol to the letter:
//  1. each submitted detection is assigned to the ground-truth item of its image that it overlaps
//     most (style-0 items included; no IoU threshold; the first item on ties, even at IoU 0);
//  2. for each ground-truth item with style > 0, the detections assigned to it whose query_cls equals
//     its cls are candidates; the highest score wins, the first in file order on ties; none = a miss;
//  3. a retrieved entry is correct when its gallery image holds a ground-truth item with the same
//     pair_id and style (category not checked) that the retrieved box overlaps with IoU ≥ 0.5;
//  4. Acc@k = queries with a correct entry among the first k / queries.
class RetrievalEvaluator final
{
public:
    static RetrievalMetrics evaluate(const std::vector<QueryGroundTruth> &queries,
                                     const std::vector<GalleryGroundTruth> &gallery,
                                     const std::vector<RetrievalSubmissionRow> &submission,
                                     const std::vector<int> &ks = {1, 5, 10, 15, 20});
};

} // namespace lookbook::eval
