#pragma once

#include <QWidget>

class QLabel;
class QListView;

namespace lookbook::ui {

class CatalogModel;
class IndexStatus;

// The open catalog: the state of its index, and its shop items as cards; pages load as the grid scrolls.
class CatalogPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit CatalogPanel(CatalogModel *model, QWidget *parent = nullptr);

    QListView *view() const { return m_view; }
    IndexStatus *indexStatus() const { return m_indexStatus; }

private:
    void updateHeading();

    CatalogModel *m_model = nullptr;
    IndexStatus *m_indexStatus = nullptr;
    QLabel *m_heading = nullptr;
    QListView *m_view = nullptr;
};

} // namespace lookbook::ui
