#pragma once

#include <QListView>

namespace lookbook::ui {

// Shop items as a wrapping grid of thumbnails with their labels (ResultDelegate): the ranked results
// and the catalog browser look and scroll alike.
class ItemGridView final : public QListView
{
    Q_OBJECT

public:
    explicit ItemGridView(QWidget *parent = nullptr);
};

} // namespace lookbook::ui
