#pragma once

#include "common/scoredbox.h"

#include <QString>

#include <cmath>
#include <vector>

namespace lookbook::test {

// Empty when `actual` matches `expected` box for box (coordinates and scores within `tolerance`,
// labels exactly, same order); otherwise a description of the first difference.
inline QString compareBoxes(const std::vector<ScoredBox> &actual, const std::vector<ScoredBox> &expected,
                            double tolerance = 1e-5)
{
    const auto describe = [](const ScoredBox &b) {
        return QStringLiteral("[%1, %2, %3, %4] score %5 label %6")
            .arg(b.box.x1, 0, 'g', 9).arg(b.box.y1, 0, 'g', 9).arg(b.box.x2, 0, 'g', 9).arg(b.box.y2, 0, 'g', 9)
            .arg(b.score, 0, 'g', 9).arg(b.label);
    };
    if (actual.size() != expected.size()) {
        QString text = QStringLiteral("got %1 boxes, expected %2:").arg(actual.size()).arg(expected.size());
        for (const ScoredBox &b : actual)
            text += QStringLiteral("\n  ") + describe(b);
        return text;
    }
    for (size_t i = 0; i < actual.size(); ++i) {
        const ScoredBox &a = actual[i];
        const ScoredBox &e = expected[i];
        const bool same = a.label == e.label && std::abs(a.score - e.score) <= tolerance
            && std::abs(a.box.x1 - e.box.x1) <= tolerance && std::abs(a.box.y1 - e.box.y1) <= tolerance
            && std::abs(a.box.x2 - e.box.x2) <= tolerance && std::abs(a.box.y2 - e.box.y2) <= tolerance;
        if (!same)
            return QStringLiteral("box %1: got %2, expected %3").arg(i).arg(describe(a), describe(e));
    }
    return {};
}

} // namespace lookbook::test
