#include "common/box.h"

#include <algorithm>
#include <cmath>

namespace lookbook {

double Box::iou(const Box &a, const Box &b)
{
    const double w = std::max(0.0, std::min(a.x2, b.x2) - std::max(a.x1, b.x1));
    const double h = std::max(0.0, std::min(a.y2, b.y2) - std::max(a.y1, b.y1));
    const double inter = w * h;
    if (inter == 0.0)
        return 0.0;
    return inter / (a.area() + b.area() - inter);
}

bool Box::isFinite() const
{
    return std::isfinite(x1) && std::isfinite(y1) && std::isfinite(x2) && std::isfinite(y2);
}

Box Box::clippedTo(double width, double height) const
{
    const double cx1 = std::clamp(x1, 0.0, width), cy1 = std::clamp(y1, 0.0, height);
    return {cx1, cy1, std::clamp(x2, cx1, width), std::clamp(y2, cy1, height)};
}

bool Box::operator==(const Box &other) const
{
    return x1 == other.x1 && y1 == other.y1 && x2 == other.x2 && y2 == other.y2;
}

} // namespace lookbook
