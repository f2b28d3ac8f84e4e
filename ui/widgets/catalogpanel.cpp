#include "widgets/catalogpanel.h"

#include "models/catalogmodel.h"
#include "widgets/indexstatus.h"
#include "widgets/itemgridview.h"

#include <QLabel>
#include <QVBoxLayout>

namespace lookbook::ui {

CatalogPanel::CatalogPanel(CatalogModel *model, QWidget *parent) : QWidget(parent), m_model(model)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 6);
    m_indexStatus = new IndexStatus(this);
    layout->addWidget(m_indexStatus);
    m_heading = new QLabel(this);
    layout->addWidget(m_heading);
    m_view = new ItemGridView(this);
    m_view->setModel(m_model);
    layout->addWidget(m_view, 1);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CatalogPanel::updateHeading);
    connect(m_model, &CatalogModel::pageLoaded, this, &CatalogPanel::updateHeading);
    updateHeading();
}

void CatalogPanel::updateHeading()
{
    if (m_model->total() <= 0)
        m_heading->setText(tr("<i>No catalog open</i>"));
    else if (m_model->canFetchMore({}) || m_model->isFetching())
        m_heading->setText(tr("%Ln shop item(s) — %L1 listed, more as you scroll", nullptr, m_model->total()).arg(m_model->rowCount()));
    else
        m_heading->setText(tr("%Ln shop item(s)", nullptr, m_model->total()));
}

} // namespace lookbook::ui
