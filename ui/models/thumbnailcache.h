#pragma once

#include "common/box.h"

#include <QCache>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QThreadPool>

namespace lookbook::ui {

// Crops of shop photos around an item's box, read and scaled on worker threads and kept in a
// small cache (least recently used go first), so that a results grid or a catalog page never
// reads a file on the GUI thread and scrolling back costs nothing.
class ThumbnailCache final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultCapacity = 400;  // thumbnails, about 100 KB each

    explicit ThumbnailCache(int capacity = kDefaultCapacity, QObject *parent = nullptr);
    ~ThumbnailCache() override;

    static QSize thumbnailSize() { return {144, 144}; }

    // The thumbnail of item `itemId` if it is ready; otherwise a null image, and the item's photo is
    // read in the background (once) and thumbnailReady reports it.
    QImage thumbnail(qint64 itemId, const QString &imagePath, const Box &box);
    int pendingCount() const { return static_cast<int>(m_pending.size()); }
    void setCapacity(int capacity);

Q_SIGNALS:
    void thumbnailReady(qint64 itemId);

private:
    QCache<qint64, QImage> m_cache;
    QSet<qint64> m_pending;
    QSet<qint64> m_failed;   // unreadable photos are not read again and again
    QThreadPool m_pool;
};

} // namespace lookbook::ui
