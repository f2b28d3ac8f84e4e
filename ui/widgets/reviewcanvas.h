#pragma once

#include "common/box.h"
#include "widgets/zoomableview.h"

#include <optional>

class QGraphicsPixmapItem;

namespace lookbook::ui {

class ReviewDocument;

// The review workspace's photo: ground truth (solid) and predictions (dashed) drawn together in
// the colour of their QA outcome, with a legend and the image's counts. Click selects a box; a
// drag on a ground-truth box moves it, on one of its handles resizes it, on the photo draws a new
// box (each one undo step, pushed on release); middle-drag pans, the wheel zooms (ZoomableView).
// Keys: Del deletes, arrows nudge by 1 px (Shift: 10), 1–9 and 0 pick categories 1–10 (Alt+1–3:
// 11–13) for the selected box and the next one drawn, Tab selects the next box, F fits, Esc
// deselects.
class ReviewCanvas final : public ZoomableView
{
    Q_OBJECT

public:
    explicit ReviewCanvas(ReviewDocument *document, QWidget *parent = nullptr);

    void setPhoto(const QImage &image);
    void clearPhoto(const QString &message = {});
    bool hasPhoto() const { return m_photo != nullptr; }
    int selectedKey() const { return m_selected; }
    int drawCategory() const { return m_drawCategory; }
    // Where a photo point is on the widget (tests drive the mouse with it).
    QPoint viewPoint(double x, double y) const;

public Q_SLOTS:
    void setSelectedKey(int key);
    void setDrawCategory(int categoryId);

Q_SIGNALS:
    void selectionChanged(int key);
    void drawCategoryChanged(int categoryId);

protected:
    const QGraphicsItem *fitItem() const override;
    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    enum class Drag { None, Pending, Draw, Move, Resize, Pan };

    // The handle (0–7: corners then edges) of the selected box under `pos`, or -1.
    int handleAt(const QPoint &pos) const;
    // The smallest box under `pos`, or 0.
    int itemAt(const QPoint &pos) const;
    bool isEditable(int key) const;
    std::optional<lookbook::Box> selectedBox() const;
    lookbook::Box clamped(const lookbook::Box &box) const;
    lookbook::Box dragged(const QPointF &scenePos) const;
    int categoryForKey(const QKeyEvent *event) const;
    void updateCursor(const QPoint &pos);
    void drawLegend(QPainter *painter);

    ReviewDocument *m_document;
    QGraphicsPixmapItem *m_photo = nullptr;
    QString m_emptyMessage;
    int m_selected = 0;
    int m_drawCategory = 1;
    Drag m_drag = Drag::None;
    int m_handle = -1;
    QPoint m_pressPos;
    QPointF m_pressScene;
    lookbook::Box m_dragOrigin;            // the box as it was when the drag began
    std::optional<lookbook::Box> m_preview;  // what the drag makes of it, until release
};

} // namespace lookbook::ui
