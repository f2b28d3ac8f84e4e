#pragma once

#include "catalog/catalogrecords.h"

#include <QVariant>

namespace lookbook::ui {

class ThumbnailCache;

// The roles every list of catalog items answers (search results, the catalog browser), so that one
// delegate draws them all and exports read them alike.
enum ItemRole {
    RankRole = Qt::UserRole + 1,  // 1-based; results only
    ScoreRole,                    // similarity, higher is better; results only
    ItemIdRole,
    CategoryRole,                 // category name
    TitleRole,                    // product title, empty when the catalog has none
    PriceRole,                    // "12.99 EUR", empty when unknown
    ImagePathRole,
    BoxRole,                      // QRectF, the item's box on its photo
    PairIdRole,
};

// What an item shows for `role`: display text (title, else category), its thumbnail (started
// loading when not cached yet), a tooltip, and the ItemRole values other than rank and score.
QVariant itemDetailsData(const catalog::ItemDetails &details, int role, ThumbnailCache &thumbnails);
QHash<int, QByteArray> itemRoleNames(QHash<int, QByteArray> names);

} // namespace lookbook::ui
