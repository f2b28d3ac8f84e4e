#include "postprocess/alphaweighting_p.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace lookbook::postprocess {

double AlphaWeighting::weight(double similarity, double alpha)
{
    return std::pow(std::max(similarity, 0.0), alpha);
}

FloatMatrix AlphaWeighting::blend(const FloatMatrix &rows, const FloatMatrix &base, const ExactSearch::Neighbours &neighbours,
                                  double alpha, SelfWeight self)
{
    FloatMatrix result(rows.rows, rows.cols);
#pragma omp parallel
    {
        std::vector<double> sum(static_cast<std::size_t>(rows.cols));
#pragma omp for schedule(static)
        for (std::int64_t r = 0; r < rows.rows; ++r) {
            const float *own = rows.row(r);
            double selfWeight = 1.0;
            if (self == SelfWeight::Similarity) {
                double norm = 0.0;
                for (int c = 0; c < rows.cols; ++c)
                    norm += double(own[c]) * own[c];
                selfWeight = weight(norm, alpha);
            }
            for (int c = 0; c < rows.cols; ++c)
                sum[static_cast<std::size_t>(c)] = selfWeight * own[c];
            for (int t = 0; t < neighbours.k; ++t) {
                const std::size_t at = static_cast<std::size_t>(r) * static_cast<std::size_t>(neighbours.k) + static_cast<std::size_t>(t);
                const double w = weight(neighbours.scores[at], alpha);
                const float *other = base.row(neighbours.indices[at]);
                for (int c = 0; c < rows.cols; ++c)
                    sum[static_cast<std::size_t>(c)] += w * other[c];
            }
            double length = 0.0;
            for (const double value : sum)
                length += value * value;
            length = std::sqrt(length);
            float *out = result.row(r);
            for (int c = 0; c < rows.cols; ++c)
                out[c] = length > 0.0 ? static_cast<float>(sum[static_cast<std::size_t>(c)] / length) : 0.0f;
        }
    }
    return result;
}

} // namespace lookbook::postprocess
