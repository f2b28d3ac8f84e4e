#pragma once

#include "catalog/catalogrecords.h"
#include "models/itemdata.h"

#include <QAbstractListModel>

#include <vector>

namespace lookbook::pipeline {
class SearchService;
}

namespace lookbook::ui {

class ThumbnailCache;

// The open catalog's shop items in id order, a page at a time: the view asks for more as it
// scrolls (canFetchMore/fetchMore), each page is read on the search service's worker, and
// thumbnails come through the ThumbnailCache, so 100k items cost only what is looked at.
class CatalogModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 120;

    CatalogModel(pipeline::SearchService *service, ThumbnailCache *thumbnails, QObject *parent = nullptr);

    // Starts over on a newly opened catalog of `total` shop items (0: none open).
    void reset(qint64 total);
    qint64 total() const { return m_total; }
    bool isFetching() const { return m_fetching; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void pageLoaded();
    void failed(const QString &message);

private:
    void requestPage();
    void thumbnailArrived(qint64 itemId);

    pipeline::SearchService *m_service = nullptr;
    ThumbnailCache *m_thumbnails = nullptr;
    std::vector<catalog::ItemDetails> m_rows;
    qint64 m_total = 0;
    quint64 m_generation = 0;  // pages of a catalog opened before are dropped
    bool m_fetching = false;
    bool m_exhausted = true;
};

} // namespace lookbook::ui
