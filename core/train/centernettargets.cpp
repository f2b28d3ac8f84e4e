#include "train/centernettargets_p.h"

#include <QtGlobal>

#include <algorithm>
#include <cmath>
#include <limits>

namespace lookbook::train {

double CenterNetTargets::gaussianRadius(double height, double width, double minOverlap)
{
    const double b1 = height + width;
    const double c1 = width * height * (1 - minOverlap) / (1 + minOverlap);
    const double r1 = (b1 + std::sqrt(b1 * b1 - 4 * c1)) / 2;
    const double a2 = 4, b2 = 2 * (height + width), c2 = (1 - minOverlap) * width * height;
    const double r2 = (b2 + std::sqrt(b2 * b2 - 4 * a2 * c2)) / 2;
    const double a3 = 4 * minOverlap, b3 = -2 * minOverlap * (height + width), c3 = (minOverlap - 1) * width * height;
    const double r3 = (b3 + std::sqrt(b3 * b3 - 4 * a3 * c3)) / 2;
    return std::min({r1, r2, r3});
}

CenterNetTargets CenterNetTargets::build(const std::vector<std::vector<TargetBox>> &boxes, int classes, int outputWidth, int outputHeight, int stride)
{
    const auto batch = static_cast<int64_t>(boxes.size());
    CenterNetTargets t{torch::zeros({batch, classes, outputHeight, outputWidth}), torch::zeros({batch, 2, outputHeight, outputWidth}),
                       torch::zeros({batch, 2, outputHeight, outputWidth}), torch::zeros({batch, 1, outputHeight, outputWidth})};
    auto heat = t.heatmap.accessor<float, 4>();
    auto size = t.size.accessor<float, 4>();
    auto offset = t.offset.accessor<float, 4>();
    auto mask = t.mask.accessor<float, 4>();
    for (int64_t b = 0; b < batch; ++b) {
        for (const TargetBox &target : boxes[static_cast<size_t>(b)]) {
            Q_ASSERT(target.classIndex >= 0 && target.classIndex < classes);
            // As CenterNet's ctdet: the box at output scale, clipped to the map.
            const double x1 = std::clamp(target.box.x1 / stride, 0.0, outputWidth - 1.0), x2 = std::clamp(target.box.x2 / stride, 0.0, outputWidth - 1.0);
            const double y1 = std::clamp(target.box.y1 / stride, 0.0, outputHeight - 1.0), y2 = std::clamp(target.box.y2 / stride, 0.0, outputHeight - 1.0);
            const double w = x2 - x1, h = y2 - y1;
            if (w <= 0 || h <= 0)
                continue;
            const int radius = std::max(0, static_cast<int>(gaussianRadius(std::ceil(h), std::ceil(w))));
            const double cx = (x1 + x2) / 2, cy = (y1 + y2) / 2;
            const int ix = static_cast<int>(cx), iy = static_cast<int>(cy);
            // draw_umich_gaussian: sigma = diameter / 6, values below eps × peak dropped, maximum with what is there.
            const double sigma = (2 * radius + 1) / 6.0;
            for (int y = std::max(0, iy - radius); y <= std::min(outputHeight - 1, iy + radius); ++y) {
                for (int x = std::max(0, ix - radius); x <= std::min(outputWidth - 1, ix + radius); ++x) {
                    const double d2 = (x - ix) * (x - ix) + (y - iy) * (y - iy);
                    double g = std::exp(-d2 / (2 * sigma * sigma));
                    if (g < std::numeric_limits<double>::epsilon())
                        g = 0;
                    float &cell = heat[b][target.classIndex][y][x];
                    cell = std::max(cell, static_cast<float>(g));
                }
            }
            size[b][0][iy][ix] = static_cast<float>(w);
            size[b][1][iy][ix] = static_cast<float>(h);
            offset[b][0][iy][ix] = static_cast<float>(cx - ix);
            offset[b][1][iy][ix] = static_cast<float>(cy - iy);
            mask[b][0][iy][ix] = 1.0f;
        }
    }
    return t;
}

} // namespace lookbook::train
