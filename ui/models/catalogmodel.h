#pragma once

#include "catalog/catalogrecords.h"
#include "models/itemdata.h"

#include "models/pagedlistmodel.h"

#include <vector>

namespace lookbook::search {
class SearchService;
}

namespace lookbook::ui {

class ThumbnailCache;

// The open catalog's shop items in id order, a page at a time: the view asks for more as it
// scrolls (canFetchMore/fetchMore), each page is read on the search service's worker, and
// thumbnails come through the ThumbnailCache, so 100k items cost only what is looked at.
class CatalogModel final : public PagedListModel
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 120;

    CatalogModel(search::SearchService *service, ThumbnailCache *thumbnails, QObject *parent = nullptr);

    // Starts over on a newly opened catalog of `total` shop items (0: none open).
    void reset(qint64 total);
    qint64 total() const { return m_total; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void requestPage() override;
    void thumbnailArrived(qint64 itemId);

    search::SearchService *m_service = nullptr;
    ThumbnailCache *m_thumbnails = nullptr;
    std::vector<catalog::ItemDetails> m_rows;
    qint64 m_total = 0;
};

} // namespace lookbook::ui
