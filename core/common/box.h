#pragma once

namespace lookbook {

// An axis-aligned box, x1 < x2 and y1 < y2 when valid; pixels or normalised [0, 1] by context.
struct Box final {
    double x1 = 0.0;
    double y1 = 0.0;
    double x2 = 0.0;
    double y2 = 0.0;

    double width() const { return x2 - x1; }
    double height() const { return y2 - y1; }
    double area() const { return (x2 - x1) * (y2 - y1); }

    // Intersection over union, written as ensemble_boxes writes it so results agree bit for bit.
    static double iou(const Box &a, const Box &b);

    Box scaled(double sx, double sy) const { return {x1 * sx, y1 * sy, x2 * sx, y2 * sy}; }
    // All four coordinates finite: a NaN compares false with everything and would pass every check.
    bool isFinite() const;
    // The part of the box inside [0, width] × [0, height] (possibly of zero area).
    Box clippedTo(double width, double height) const;
    bool operator==(const Box &other) const;
};

} // namespace lookbook
