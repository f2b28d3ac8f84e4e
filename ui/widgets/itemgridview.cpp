#include "widgets/itemgridview.h"

#include "widgets/resultdelegate.h"

namespace lookbook::ui {

ItemGridView::ItemGridView(QWidget *parent) : QListView(parent)
{
    setViewMode(QListView::IconMode);
    setFlow(QListView::LeftToRight);
    setWrapping(true);
    setResizeMode(QListView::Adjust);
    setMovement(QListView::Static);
    setUniformItemSizes(true);  // layout stays O(1) per item at 100k items
    setSpacing(4);
    setMouseTracking(true);  // the delegate's hover
    setItemDelegate(new ResultDelegate(this));
}

} // namespace lookbook::ui
