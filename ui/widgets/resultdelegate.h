#pragma once

#include <QStyledItemDelegate>

namespace lookbook::ui {

// A catalog item as a card: its thumbnail (with rank and similarity for a search result), then its title,
// category and price.
class ResultDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace lookbook::ui
