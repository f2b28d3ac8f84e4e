#include "widgets/resultdelegate.h"

#include "models/itemdata.h"
#include "models/thumbnailcache.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace lookbook::ui {

namespace {
constexpr int kPadding = 6;

void drawBadge(QPainter *painter, const QPoint &corner, bool right, const QString &text, const QColor &background)
{
    const QFontMetrics metrics(painter->font());
    QRect badge(0, 0, metrics.horizontalAdvance(text) + 10, metrics.height() + 2);
    if (right)
        badge.moveTopRight(corner);
    else
        badge.moveTopLeft(corner);
    QPainterPath path;
    path.addRoundedRect(badge, 4, 4);
    painter->fillPath(path, background);
    painter->setPen(Qt::white);
    painter->drawText(badge, Qt::AlignCenter, text);
}

} // namespace

QSize ResultDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QSize thumb = ThumbnailCache::thumbnailSize();
    return {thumb.width() + 2 * kPadding, thumb.height() + 2 * option.fontMetrics.height() + 3 * kPadding};
}

void ResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect card = option.rect.adjusted(2, 2, -2, -2);
    const QPalette &palette = option.palette;
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const bool hovered = option.state.testFlag(QStyle::State_MouseOver);
    QPainterPath outline;
    outline.addRoundedRect(card, 6, 6);
    painter->fillPath(outline, selected ? palette.highlight().color().lighter(170) : palette.base().color());
    painter->setPen(QPen(selected ? palette.highlight().color() : (hovered ? palette.mid().color() : palette.midlight().color()), selected ? 2 : 1));
    painter->drawPath(outline);

    const QSize thumbSize = ThumbnailCache::thumbnailSize();
    const QRect thumbArea(card.left() + (card.width() - thumbSize.width()) / 2, card.top() + kPadding - 2, thumbSize.width(), thumbSize.height());
    const QImage thumbnail = index.data(Qt::DecorationRole).value<QImage>();
    if (thumbnail.isNull()) {
        painter->fillRect(thumbArea, palette.window());
        painter->setPen(palette.placeholderText().color());
        painter->drawText(thumbArea, Qt::AlignCenter, tr("loading…"));
    } else {
        QRect target(QPoint(), thumbnail.size());
        target.moveCenter(thumbArea.center());
        painter->drawImage(target, thumbnail);
    }

    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    // Search results carry a rank and a similarity; a catalog page shows neither.
    if (const QVariant rank = index.data(RankRole); rank.isValid())
        drawBadge(painter, thumbArea.topLeft() + QPoint(3, 3), false, tr("#%1").arg(rank.toInt()), QColor(0x2f, 0x3b, 0x4c, 220));
    if (const QVariant score = index.data(ScoreRole); score.isValid())
        drawBadge(painter, thumbArea.topRight() + QPoint(-3, 3), true, QString::number(score.toDouble(), 'f', 3), QColor(0x1f, 0x7a, 0x4d, 220));

    const int lineHeight = option.fontMetrics.height();
    QRect line(card.left() + kPadding, thumbArea.bottom() + kPadding, card.width() - 2 * kPadding, lineHeight);
    painter->setPen(palette.text().color());
    const QString title = index.data(Qt::DisplayRole).toString();
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter, QFontMetrics(bold).elidedText(title, Qt::ElideRight, line.width()));
    painter->setFont(option.font);
    line.translate(0, lineHeight);
    painter->setPen(palette.placeholderText().color());
    QString second = index.data(CategoryRole).toString();
    if (second == title)
        second = tr("pair %1").arg(index.data(PairIdRole).toInt());
    const QString price = index.data(PriceRole).toString();
    if (!price.isEmpty())
        second = tr("%1 · %2").arg(second, price);
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter, option.fontMetrics.elidedText(second, Qt::ElideRight, line.width()));
    painter->restore();
}

} // namespace lookbook::ui
