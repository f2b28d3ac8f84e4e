#pragma once

#include "common/scoredbox.h"

#include <QColor>
#include <QGraphicsObject>

namespace lookbook::ui {

// A detection drawn on the photo. The pen is cosmetic, so a box keeps its line width at any zoom;
// hovering thickens it and shows its details as a tooltip.
class BoxItem final : public QGraphicsObject
{
    Q_OBJECT

public:
    enum { Type = UserType + 1 };

    BoxItem(const ScoredBox &box, const QString &layerName, const QColor &colour, bool fused, int index);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    const ScoredBox &box() const { return m_box; }
    QColor colour() const { return m_colour; }
    bool isFused() const { return m_fused; }
    int index() const { return m_index; }
    bool isSelected() const { return m_selected; }
    void setSelected(bool selected);
    // "long sleeve top 0.91": what the label tag on a fused box says.
    QString labelText() const;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    ScoredBox m_box;
    QColor m_colour;
    bool m_fused = false;
    int m_index = 0;
    bool m_selected = false;
    bool m_hovered = false;
};

} // namespace lookbook::ui
