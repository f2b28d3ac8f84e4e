#include "models/thumbnailcache.h"

#include "common/logging.h"
#include "models/decodedimage.h"
#include "models/errortext.h"

#include <QtConcurrent/QtConcurrentRun>

namespace lookbook::ui {

namespace {

constexpr double kMargin = 0.08;  // context around the box, as a fraction of its size

QImage readThumbnail(const QString &path, const Box &box, const QSize &size)
{
    // The checks and limits of every photo the app opens: a damaged or oversized shop photo is a plain
    // warning and an empty thumbnail.
    const Result<QImage> read = models::DecodedImage::readForDisplay(path);
    if (!read) {
        qCWarning(lcUi).noquote() << "cannot show a thumbnail:" << ErrorText::of(read.error());
        return {};
    }
    const QImage &photo = *read;
    QRectF crop(box.x1, box.y1, box.width(), box.height());
    if (crop.isEmpty())
        crop = photo.rect();
    crop.adjust(-crop.width() * kMargin, -crop.height() * kMargin, crop.width() * kMargin, crop.height() * kMargin);
    const QRect pixels = crop.toAlignedRect().intersected(photo.rect());
    return photo.copy(pixels).scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

} // namespace

ThumbnailCache::ThumbnailCache(int capacity, QObject *parent) : QObject(parent)
{
    m_cache.setMaxCost(capacity);
    // Two readers: enough to keep up with scrolling, few enough to leave the CPUs to inference.
    m_pool.setMaxThreadCount(2);
}

ThumbnailCache::~ThumbnailCache()
{
    m_pool.clear();
    m_pool.waitForDone();
}

void ThumbnailCache::setCapacity(int capacity)
{
    m_cache.setMaxCost(capacity);
}

QImage ThumbnailCache::thumbnail(qint64 itemId, const QString &imagePath, const Box &box)
{
    if (const QImage *cached = m_cache.object(itemId))
        return *cached;
    if (m_pending.contains(itemId) || m_failed.contains(itemId))
        return {};
    m_pending.insert(itemId);
    QtConcurrent::run(&m_pool, &readThumbnail, imagePath, box, thumbnailSize()).then(this, [this, itemId](const QImage &image) {
        m_pending.remove(itemId);
        if (image.isNull())
            m_failed.insert(itemId);
        else
            m_cache.insert(itemId, new QImage(image));
        Q_EMIT thumbnailReady(itemId);
    });
    return {};
}

} // namespace lookbook::ui
