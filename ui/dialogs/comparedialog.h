#pragma once

#include "catalog/catalogrecords.h"
#include "common/result.h"

#include <QDialog>
#include <QImage>

class QLabel;

namespace lookbook::ui {

// The query crop beside the shop photo of a result with the item's box drawn on it, to judge a
// match by eye. The shop photo is read off the GUI thread.
class CompareDialog final : public QDialog
{
    Q_OBJECT

public:
    CompareDialog(const QImage &queryCrop, const QString &queryText, const catalog::ItemDetails &result, int rank, double score,
                  QWidget *parent = nullptr);

    bool isShopPhotoShown() const { return m_shopShown; }

Q_SIGNALS:
    void shopPhotoShown();

private:
    void showShopPhoto(const Result<QImage> &read);

    catalog::ItemDetails m_result;
    QLabel *m_shop = nullptr;
    bool m_shopShown = false;
};

} // namespace lookbook::ui
