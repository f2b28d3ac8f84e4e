#include "models/reviewimagemodel.h"

#include "models/errortext.h"
#include "models/thumbnailcache.h"
#include "review/reviewstore.h"

#include <QFileInfo>
#include <QIcon>
#include <QPixmap>
#include <QtConcurrent/QtConcurrentRun>

namespace lookbook::ui {

namespace {

struct Page final {
    std::vector<review::ReviewImage> rows;
    QString error;
};

Page readPage(const std::shared_ptr<std::unique_ptr<review::ReviewStore>> &store, const QString &path, const review::ImageQuery &query,
              const std::optional<review::ReviewImage> &after, int limit)
{
    if (!*store || (*store)->path() != QFileInfo(path).absoluteFilePath()) {
        store->reset();
        auto opened = review::ReviewStore::open(path);
        if (!opened)
            return {{}, ErrorText::of(opened.error())};
        *store = std::move(opened.value());
    }
    Result<std::vector<review::ReviewImage>> rows = (*store)->images(query, after, limit);
    if (!rows)
        return {{}, ErrorText::of(rows.error())};
    return {std::move(rows.value()), {}};
}

} // namespace

ReviewImageModel::ReviewImageModel(QObject *parent)
    : PagedListModel(kPageSize, parent)
    , m_thumbnails(new ThumbnailCache(ThumbnailCache::kDefaultCapacity, this))
    , m_workerStore(std::make_shared<std::unique_ptr<review::ReviewStore>>())
{
    m_worker.setMaxThreadCount(1);
    m_worker.setExpiryTimeout(-1);  // one thread for the connection's whole life
    connect(m_thumbnails, &ThumbnailCache::thumbnailReady, this, &ReviewImageModel::thumbnailArrived);
}

ReviewImageModel::~ReviewImageModel()
{
    // The connection is closed on the thread that opened it.
    m_worker.start([store = m_workerStore] { store->reset(); });
    m_worker.waitForDone();
}

void ReviewImageModel::setCatalog(const QString &catalogPath)
{
    m_catalogPath = catalogPath;
    restart();
}

void ReviewImageModel::setQuery(const review::ImageQuery &query)
{
    m_query = query;
    restart();
}

void ReviewImageModel::restart()
{
    beginResetModel();
    startOver(m_catalogPath.isEmpty());
    m_rows.clear();
    m_rowById.clear();
    endResetModel();
}

int ReviewImageModel::rowOf(qint64 imageId) const
{
    return m_rowById.value(imageId, -1);
}

void ReviewImageModel::updateImage(const review::ReviewImage &image)
{
    const int row = rowOf(image.image.id);
    if (row < 0)
        return;
    m_rows[static_cast<std::size_t>(row)] = image;
    Q_EMIT dataChanged(index(row), index(row));
}

int ReviewImageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant ReviewImageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const review::ReviewImage &row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole: {
        const QString name = QFileInfo(row.image.path).fileName();
        if (!row.predicted)
            return tr("%1\n%2 · not checked yet").arg(name, row.split);
        return tr("%1%2 · suspicion %3\n%4 TP · %5 missed · %6 spurious\n%7 wrong class · %8 poor IoU")
            .arg(name, row.reviewed ? tr(" ✓") : QString())
            .arg(row.suspicion, 0, 'f', 2)
            .arg(row.counts.truePositives)
            .arg(row.counts.missed)
            .arg(row.counts.spurious)
            .arg(row.counts.wrongCategory)
            .arg(row.counts.poorIou);
    }
    case Qt::ToolTipRole:
        return row.image.path;
    case Qt::DecorationRole:
        // Keyed by image id: this model has a cache of its own, and a null box means the whole photo.
        if (const QImage thumbnail = const_cast<ThumbnailCache *>(m_thumbnails)->thumbnail(row.image.id, row.image.path, Box{}); !thumbnail.isNull())
            return QIcon(QPixmap::fromImage(thumbnail));  // an icon: the view scales it to its icon size
        // Until it is read, a grey square of the same size: rows keep their height as thumbnails arrive.
        static const QIcon placeholder = [] {
            QPixmap grey(ThumbnailCache::thumbnailSize());
            grey.fill(QColor(0x3c, 0x3f, 0x44));
            return QIcon(grey);
        }();
        return placeholder;
    case ImageIdRole:
        return row.image.id;
    case PathRole:
        return row.image.path;
    case SuspicionRole:
        return row.suspicion;
    case ReviewedRole:
        return row.reviewed;
    case PredictedRole:
        return row.predicted;
    case ErrorCountRole:
        return row.counts.errors();
    default:
        return {};
    }
}

QHash<int, QByteArray> ReviewImageModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ImageIdRole, "imageId");
    names.insert(PathRole, "path");
    names.insert(SuspicionRole, "suspicion");
    names.insert(ReviewedRole, "reviewed");
    names.insert(PredictedRole, "predicted");
    names.insert(ErrorCountRole, "errorCount");
    return names;
}

void ReviewImageModel::requestPage()
{
    const quint64 asked = generation();
    std::optional<review::ReviewImage> after;
    if (!m_rows.empty())
        after = m_rows.back();
    QtConcurrent::run(&m_worker, &readPage, m_workerStore, m_catalogPath, m_query, after, kPageSize).then(this, [this, asked](const Page &page) {
        if (asked != generation())
            return;
        if (!page.error.isEmpty())
            return pageFailed(page.error);
        takePage(page.rows.size());
        if (!page.rows.empty()) {
            const int first = static_cast<int>(m_rows.size());
            beginInsertRows({}, first, first + static_cast<int>(page.rows.size()) - 1);
            m_rows.insert(m_rows.end(), page.rows.begin(), page.rows.end());
            for (int row = first; row < static_cast<int>(m_rows.size()); ++row)
                m_rowById.insert(m_rows[static_cast<std::size_t>(row)].image.id, row);
            endInsertRows();
        }
        Q_EMIT pageLoaded();
    });
}

void ReviewImageModel::thumbnailArrived(qint64 imageId)
{
    const int row = rowOf(imageId);
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row), {Qt::DecorationRole});
}

} // namespace lookbook::ui
