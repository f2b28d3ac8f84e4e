#include "models/catalogmodel.h"

#include "models/errortext.h"
#include "models/thumbnailcache.h"
#include "search/searchservice.h"

#include <algorithm>

namespace lookbook::ui {

CatalogModel::CatalogModel(search::SearchService *service, ThumbnailCache *thumbnails, QObject *parent)
    : PagedListModel(kPageSize, parent), m_service(service), m_thumbnails(thumbnails)
{
    connect(m_thumbnails, &ThumbnailCache::thumbnailReady, this, &CatalogModel::thumbnailArrived);
}

void CatalogModel::reset(qint64 total)
{
    beginResetModel();
    startOver(total <= 0);
    m_rows.clear();
    m_total = total;
    endResetModel();
}

int CatalogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant CatalogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == RankRole || role == ScoreRole)
        return {};
    return itemDetailsData(m_rows[static_cast<std::size_t>(index.row())], role, *m_thumbnails);
}

QHash<int, QByteArray> CatalogModel::roleNames() const
{
    return itemRoleNames(QAbstractListModel::roleNames());
}

void CatalogModel::requestPage()
{
    const quint64 asked = generation();
    const qint64 after = m_rows.empty() ? 0 : m_rows.back().item.id;
    m_service->browse(after, kPageSize).then(this, [this, asked](const Result<std::vector<catalog::ItemDetails>> &page) {
        if (asked != generation())
            return;
        if (!page && page.error().code == ErrorCode::Cancelled)
            return pageDropped();  // superseded by another page request; the view asks again
        if (!page)
            return pageFailed(ErrorText::of(page.error()));
        takePage(page->size());
        if (!page->empty()) {
            const int first = static_cast<int>(m_rows.size());
            beginInsertRows({}, first, first + static_cast<int>(page->size()) - 1);
            m_rows.insert(m_rows.end(), page->begin(), page->end());
            endInsertRows();
        }
        Q_EMIT pageLoaded();
    });
}

void CatalogModel::thumbnailArrived(qint64 itemId)
{
    // Rows are in id order: a binary search keeps this cheap at 100k rows.
    const auto found = std::lower_bound(m_rows.begin(), m_rows.end(), itemId,
                                        [](const catalog::ItemDetails &row, qint64 id) { return row.item.id < id; });
    if (found == m_rows.end() || found->item.id != itemId)
        return;
    const QModelIndex changed = index(static_cast<int>(found - m_rows.begin()));
    Q_EMIT dataChanged(changed, changed, {Qt::DecorationRole});
}

} // namespace lookbook::ui
