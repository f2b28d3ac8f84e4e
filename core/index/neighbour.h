#pragma once

#include <QtGlobal>

namespace lookbook::index {

// One search hit: a catalog item id and its inner-product similarity to the query.
struct Neighbour final {
    qint64 id = -1;
    float score = 0.0f;
};

} // namespace lookbook::index
