#include "widgets/boxitem.h"

#include "models/categorylabel.h"

#include <QPainter>
#include <QPen>

namespace lookbook::ui {

namespace {
constexpr double kDetectorWidth = 1.5;
constexpr double kFusedWidth = 3.0;
constexpr double kSelectedWidth = 4.5;
} // namespace

BoxItem::BoxItem(const ScoredBox &box, const QString &layerName, const QColor &colour, bool fused, int index)
    : m_box(box), m_colour(colour), m_fused(fused), m_index(index)
{
    setAcceptHoverEvents(true);
    // Fused boxes above the detectors' so that clicks and hovers find them first.
    setZValue(fused ? 2.0 : 1.0);
    setToolTip(tr("<b>%1</b><br>%2 — score %3<br>box %4, %5 – %6, %7 (%8 × %9 px)")
                   .arg(layerName.toHtmlEscaped(), categoryLabel(box.label).toHtmlEscaped())
                   .arg(box.score, 0, 'f', 3)
                   .arg(box.box.x1, 0, 'f', 0)
                   .arg(box.box.y1, 0, 'f', 0)
                   .arg(box.box.x2, 0, 'f', 0)
                   .arg(box.box.y2, 0, 'f', 0)
                   .arg(box.box.width(), 0, 'f', 0)
                   .arg(box.box.height(), 0, 'f', 0));
}

QRectF BoxItem::boundingRect() const
{
    // The cosmetic pen's width is in device pixels; a small scene margin keeps repaints clean at
    // ordinary zoom levels.
    return QRectF(m_box.box.x1, m_box.box.y1, m_box.box.width(), m_box.box.height()).adjusted(-3, -3, 3, 3);
}

void BoxItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    double width = m_fused ? kFusedWidth : kDetectorWidth;
    if (m_selected)
        width = kSelectedWidth;
    if (m_hovered)
        width += 1.5;
    QPen pen(m_colour, width);
    pen.setCosmetic(true);
    pen.setJoinStyle(Qt::MiterJoin);
    if (!m_fused)
        pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    QColor fill = m_colour;
    fill.setAlpha(m_selected ? 48 : (m_hovered ? 28 : 0));
    painter->setBrush(fill);
    painter->drawRect(QRectF(m_box.box.x1, m_box.box.y1, m_box.box.width(), m_box.box.height()));
}

void BoxItem::setSelected(bool selected)
{
    if (m_selected == selected)
        return;
    m_selected = selected;
    update();
}

QString BoxItem::labelText() const
{
    return tr("%1 %2").arg(categoryLabel(m_box.label)).arg(m_box.score, 0, 'f', 2);
}

void BoxItem::hoverEnterEvent(QGraphicsSceneHoverEvent *)
{
    m_hovered = true;
    update();
}

void BoxItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *)
{
    m_hovered = false;
    update();
}

} // namespace lookbook::ui
