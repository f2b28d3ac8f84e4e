#pragma once

#include "models/pagedlistmodel.h"
#include "review/reviewrecords.h"

#include <QThreadPool>

#include <memory>
#include <vector>

namespace lookbook::review {
class ReviewStore;
}

namespace lookbook::ui {

class ThumbnailCache;

// The images of a review catalog that match a query, in its order, a page at a time: the view asks
// for more as it scrolls (canFetchMore/fetchMore) and each page is read by keyset on a worker
// thread with a connection of its own, so 100k images cost what is looked at. Thumbnails of whole
// photos come through a ThumbnailCache, read off the GUI thread.
class ReviewImageModel final : public PagedListModel
{
    Q_OBJECT

public:
    enum Role {
        ImageIdRole = Qt::UserRole + 1,
        PathRole,
        SuspicionRole,
        ReviewedRole,
        PredictedRole,
        ErrorCountRole,
    };
    static constexpr int kPageSize = 100;

    explicit ReviewImageModel(QObject *parent = nullptr);
    ~ReviewImageModel() override;  // waits for the page being read

    // Starts over on `catalogPath` (empty: none) with `query`.
    void setCatalog(const QString &catalogPath);
    void setQuery(const review::ImageQuery &query);
    const review::ImageQuery &query() const { return m_query; }
    const review::ReviewImage &image(int row) const { return m_rows[static_cast<std::size_t>(row)]; }
    int rowOf(qint64 imageId) const;
    // A saved image's new counts and flags (it keeps its row until the next query).
    void updateImage(const review::ReviewImage &image);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void restart();
    void requestPage() override;
    void thumbnailArrived(qint64 imageId);

    QString m_catalogPath;
    review::ImageQuery m_query;
    std::vector<review::ReviewImage> m_rows;
    QHash<qint64, int> m_rowById;
    ThumbnailCache *m_thumbnails = nullptr;
    QThreadPool m_worker;
    // The worker's own connection, opened, used and closed on the worker thread only.
    std::shared_ptr<std::unique_ptr<review::ReviewStore>> m_workerStore;
};

} // namespace lookbook::ui
