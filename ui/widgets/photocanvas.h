#pragma once

#include "common/box.h"
#include "widgets/boxlayer.h"
#include "widgets/zoomableview.h"

#include <QImage>

#include <optional>
#include <vector>

class QGraphicsPixmapItem;
class QGraphicsRectItem;

namespace lookbook::ui {

class BoxItem;

// The photo view: wheel zooms around the cursor (ZoomableView), drag pans, F fits. Detections are
// drawn as layers of boxes; a click on a fused box selects it, and Shift+drag (or any drag with the
// query-box tool) draws a query box of the user's own.
class PhotoCanvas final : public ZoomableView
{
    Q_OBJECT

public:
    explicit PhotoCanvas(QWidget *parent = nullptr);

    void setPhoto(const QImage &image);
    bool hasPhoto() const;
    QSize photoSize() const;
    QImage photo() const { return m_image; }

    // Replaces every box on the photo; the layers keep their order (later layers draw on top).
    void setLayers(const std::vector<BoxLayer> &layers);
    void setLayerVisible(int layer, bool visible);
    bool isLayerVisible(int layer) const;
    // The fused box with this index is drawn highlighted (-1: none).
    void setSelectedFusedBox(int index);
    void setQueryBox(const std::optional<lookbook::Box> &box);
    std::optional<lookbook::Box> queryBox() const;
    // The visible boxes of one layer (tests, and the label painter).
    std::vector<const BoxItem *> boxItems(int layer) const;
    std::vector<const BoxItem *> visibleBoxItems(int layer) const;

public Q_SLOTS:
    void setQueryBoxToolActive(bool active);

Q_SIGNALS:
    void fusedBoxClicked(int index);
    void queryBoxDrawn(const lookbook::Box &box);

protected:
    const QGraphicsItem *fitItem() const override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    void clearBoxes();
    void drawLabels(QPainter *painter);
    QRectF clampedToPhoto(const QRectF &rect) const;

    QGraphicsPixmapItem *m_photo = nullptr;
    QImage m_image;
    std::vector<std::vector<BoxItem *>> m_layers;
    std::vector<bool> m_layerVisible;
    QGraphicsRectItem *m_queryItem = nullptr;
    bool m_queryTool = false;
    bool m_drawing = false;
    QPointF m_dragOrigin;       // scene position where a query-box drag began
    QPoint m_pressPos;          // viewport position of the last left press, to tell a click from a pan
};

} // namespace lookbook::ui
