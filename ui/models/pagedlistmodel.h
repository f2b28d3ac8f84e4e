#pragma once

#include <QAbstractListModel>

#include <cstddef>

namespace lookbook::ui {

// A list model that reads its rows a page at a time as views scroll (canFetchMore/fetchMore), the
// reading done off the GUI thread by the subclass. Each start over is a new generation: a page of an
// older one (another catalog or query) that arrives late is dropped.
class PagedListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    bool isFetching() const { return m_fetching; }
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void pageLoaded();
    void failed(const QString &message);

protected:
    PagedListModel(int pageSize, QObject *parent);

    // Asks for the page after the last row. Its answer is dropped if generation() has changed since;
    // otherwise it goes through takePage() (then the subclass inserts the rows and emits
    // pageLoaded()), pageFailed() or pageDropped().
    virtual void requestPage() = 0;
    // Call between beginResetModel() and endResetModel(): pages still in flight are dropped.
    void startOver(bool nothingToRead);
    quint64 generation() const { return m_generation; }
    // A page of `rows` rows has arrived; a short page is the last.
    void takePage(std::size_t rows);
    // Reading failed: no more pages are asked for until the next start over.
    void pageFailed(const QString &message);
    // A request that was superseded (another will come): the view may ask again.
    void pageDropped() { m_fetching = false; }

private:
    int m_pageSize = 0;
    quint64 m_generation = 0;
    bool m_fetching = false;
    bool m_exhausted = true;
};

} // namespace lookbook::ui
