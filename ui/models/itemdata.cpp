#include "models/itemdata.h"

#include "models/categorylabel.h"
#include "models/thumbnailcache.h"

#include <QCoreApplication>
#include <QImage>
#include <QLocale>
#include <QRectF>

namespace lookbook::ui {

namespace {

QString priceText(const catalog::ItemDetails &d)
{
    if (!d.product || !d.product->price)
        return {};
    const QString amount = QLocale().toString(*d.product->price, 'f', 2);
    return d.product->currency.isEmpty() ? amount : QCoreApplication::translate("ItemData", "%1 %2").arg(amount, d.product->currency);
}

} // namespace

QVariant itemDetailsData(const catalog::ItemDetails &d, int role, ThumbnailCache &thumbnails)
{
    const QString title = d.product ? d.product->title : QString();
    switch (role) {
    case Qt::DisplayRole:
        return title.isEmpty() ? categoryLabel(d.item.categoryId) : title;
    case Qt::DecorationRole: {
        const QImage thumbnail = thumbnails.thumbnail(d.item.id, d.image.path, d.item.box);
        return thumbnail.isNull() ? QVariant() : QVariant(thumbnail);
    }
    case Qt::ToolTipRole:
        return QCoreApplication::translate("ItemData", "<b>%1</b>%2<br>pair %3 · item %4<br><small>%5</small>")
            .arg(categoryLabel(d.item.categoryId).toHtmlEscaped(), title.isEmpty() ? QString() : QStringLiteral(" — ") + title.toHtmlEscaped())
            .arg(d.image.pairId)
            .arg(d.item.id)
            .arg(d.image.path.toHtmlEscaped());
    case ItemIdRole:
        return d.item.id;
    case CategoryRole:
        return categoryLabel(d.item.categoryId);
    case TitleRole:
        return title;
    case PriceRole:
        return priceText(d);
    case ImagePathRole:
        return d.image.path;
    case BoxRole:
        return QRectF(d.item.box.x1, d.item.box.y1, d.item.box.width(), d.item.box.height());
    case PairIdRole:
        return d.image.pairId;
    default:
        return {};
    }
}

QHash<int, QByteArray> itemRoleNames(QHash<int, QByteArray> names)
{
    names.insert({{RankRole, "rank"}, {ScoreRole, "score"}, {ItemIdRole, "itemId"}, {CategoryRole, "category"}, {TitleRole, "title"},
                  {PriceRole, "price"}, {ImagePathRole, "imagePath"}, {BoxRole, "box"}, {PairIdRole, "pairId"}});
    return names;
}

} // namespace lookbook::ui
