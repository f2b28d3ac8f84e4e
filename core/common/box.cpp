#include "common/box.h"

#include <algorithm>

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

bool Box::operator==(const Box &other) const
{
    return x1 == other.x1 && y1 == other.y1 && x2 == other.x2 && y2 == other.y2;
}

} // namespace lookbook
