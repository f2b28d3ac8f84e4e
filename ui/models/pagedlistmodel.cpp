#include "models/pagedlistmodel.h"

namespace lookbook::ui {

PagedListModel::PagedListModel(int pageSize, QObject *parent) : QAbstractListModel(parent), m_pageSize(pageSize) {}

bool PagedListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted && !m_fetching;
}

void PagedListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    // Views call fetchMore from inside their modelReset handlers; a page that arrives at once must
    // not be inserted while the reset is still being reported, so the request starts afterwards.
    const quint64 asked = m_generation;
    QMetaObject::invokeMethod(
        this, [this, asked] {
            if (asked == m_generation)
                requestPage();
        },
        Qt::QueuedConnection);
}

void PagedListModel::startOver(bool nothingToRead)
{
    ++m_generation;
    m_fetching = false;
    m_exhausted = nothingToRead;
}

void PagedListModel::takePage(std::size_t rows)
{
    m_fetching = false;
    m_exhausted = rows < static_cast<std::size_t>(m_pageSize);
}

void PagedListModel::pageFailed(const QString &message)
{
    m_fetching = false;
    m_exhausted = true;
    Q_EMIT failed(message);
}

} // namespace lookbook::ui
