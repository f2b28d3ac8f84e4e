#pragma once

// The edits reviewcrashhelper's --save-loop mode makes, for tst_reviewworkspace to check what a
// kill -9 left: edit k (1 … kSaveLoopEdits) adds box(k) to the image's ground truth, an odd one also
// sets the reviewed flag to reviewedAfter(k), and every even one is followed by a save. So the
// catalog must hold the boxes 1 … m and reviewedAfter(m) for an even m, and a journal those of some
// later edit.
#include "common/box.h"

namespace lookbook::test {

constexpr int kSaveLoopEdits = 160;
constexpr int kSaveLoopCategory = 9;

// 10 × 10 boxes on a 12-pixel grid inside a 200 × 160 photo, each edit its own.
inline Box saveLoopBox(int edit)
{
    const double x = 4 + (edit % 15) * 12;
    const double y = 4 + (edit / 15) * 12;
    return {x, y, x + 10, y + 10};
}

inline bool saveLoopReviewed(int edit)
{
    return (edit + 1) / 2 % 2 == 1;
}

} // namespace lookbook::test
