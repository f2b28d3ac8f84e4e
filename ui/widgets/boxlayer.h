#pragma once

#include "common/scoredbox.h"

#include <QColor>
#include <QString>

#include <vector>

namespace lookbook::ui {

// One set of boxes the canvas draws together: a detector's raw boxes (thin) or the fused ones
// (thick, labelled with category and score).
struct BoxLayer final {
    QString name;
    QColor colour;
    bool fused = false;
    bool visible = true;
    std::vector<ScoredBox> boxes;
};

} // namespace lookbook::ui
