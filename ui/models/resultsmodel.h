#pragma once

#include "catalog/catalogrecords.h"
#include "models/itemdata.h"
#include "search/searchpipeline.h"

#include <QAbstractListModel>

#include <vector>

namespace lookbook::ui {

class ThumbnailCache;

// The ranked shop items of one query, best first, with what the catalog knows about each (the
// ItemRole values). The decoration is a thumbnail of the item, loaded lazily through the ThumbnailCache.
class ResultsModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit ResultsModel(ThumbnailCache *thumbnails, QObject *parent = nullptr);

    // `details` belong to `hits`, in the same order.
    void setResults(const std::vector<search::SearchHit> &hits, const std::vector<catalog::ItemDetails> &details);
    void clear();
    const catalog::ItemDetails &details(int row) const { return m_rows.at(static_cast<std::size_t>(row)).details; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // What the export writes: one record per result, in rank order.
    QByteArray toJson() const;
    QByteArray toCsv() const;

private:
    struct Row final {
        search::SearchHit hit;
        catalog::ItemDetails details;
    };
    void thumbnailArrived(qint64 itemId);

    ThumbnailCache *m_thumbnails = nullptr;
    std::vector<Row> m_rows;
};

} // namespace lookbook::ui
