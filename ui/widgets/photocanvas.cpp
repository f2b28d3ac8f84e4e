#include "widgets/photocanvas.h"

#include "widgets/boxitem.h"

#include <QGraphicsPixmapItem>
#include <QGraphicsRectItem>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace lookbook::ui {

namespace {
constexpr int kClickSlop = 4;          // pixels a press may move and still count as a click
constexpr double kMinQueryBox = 4.0;   // photo pixels; a smaller drag is a slip, not a box
const QColor kQueryColour(0xff, 0xff, 0xff);
} // namespace

PhotoCanvas::PhotoCanvas(QWidget *parent)
    : ZoomableView(parent)
{
    setDragMode(QGraphicsView::ScrollHandDrag);
}

void PhotoCanvas::setPhoto(const QImage &image)
{
    clearBoxes();
    scene()->clear();
    m_queryItem = nullptr;
    m_image = image;
    m_photo = scene()->addPixmap(QPixmap::fromImage(image));
    m_photo->setTransformationMode(Qt::SmoothTransformation);
    scene()->setSceneRect(m_photo->boundingRect());
    fitToWindow();
}

bool PhotoCanvas::hasPhoto() const
{
    return m_photo != nullptr;
}

QSize PhotoCanvas::photoSize() const
{
    return m_photo ? m_photo->pixmap().size() : QSize();
}

const QGraphicsItem *PhotoCanvas::fitItem() const
{
    return m_photo;
}

void PhotoCanvas::clearBoxes()
{
    for (const std::vector<BoxItem *> &layer : m_layers) {
        for (BoxItem *item : layer)
            delete item;
    }
    m_layers.clear();
}

void PhotoCanvas::setLayers(const std::vector<BoxLayer> &layers)
{
    clearBoxes();
    m_layerVisible.resize(layers.size(), true);
    for (std::size_t l = 0; l < layers.size(); ++l) {
        const BoxLayer &layer = layers[l];
        m_layerVisible[l] = layer.visible;
        std::vector<BoxItem *> items;
        for (std::size_t i = 0; i < layer.boxes.size(); ++i) {
            auto *item = new BoxItem(layer.boxes[i], layer.name, layer.colour, layer.fused, static_cast<int>(i));
            item->setVisible(layer.visible);
            scene()->addItem(item);
            items.push_back(item);
        }
        m_layers.push_back(std::move(items));
    }
    viewport()->update();
}

void PhotoCanvas::setLayerVisible(int layer, bool visible)
{
    if (layer < 0 || layer >= static_cast<int>(m_layers.size()))
        return;
    m_layerVisible[static_cast<std::size_t>(layer)] = visible;
    for (BoxItem *item : m_layers[static_cast<std::size_t>(layer)])
        item->setVisible(visible);
    viewport()->update();
}

bool PhotoCanvas::isLayerVisible(int layer) const
{
    return layer >= 0 && layer < static_cast<int>(m_layerVisible.size()) && m_layerVisible[static_cast<std::size_t>(layer)];
}

void PhotoCanvas::setSelectedFusedBox(int index)
{
    for (const std::vector<BoxItem *> &layer : m_layers) {
        for (BoxItem *item : layer)
            item->setSelected(item->isFused() && item->index() == index);
    }
    viewport()->update();
}

void PhotoCanvas::setQueryBox(const std::optional<lookbook::Box> &box)
{
    if (!box) {
        delete m_queryItem;
        m_queryItem = nullptr;
        return;
    }
    if (!m_queryItem) {
        m_queryItem = scene()->addRect(QRectF());
        QPen pen(kQueryColour, 2.0, Qt::DashDotLine);
        pen.setCosmetic(true);
        m_queryItem->setPen(pen);
        m_queryItem->setBrush(QColor(255, 255, 255, 36));
        m_queryItem->setZValue(3.0);
    }
    m_queryItem->setRect(QRectF(box->x1, box->y1, box->width(), box->height()));
}

std::optional<lookbook::Box> PhotoCanvas::queryBox() const
{
    if (!m_queryItem)
        return std::nullopt;
    const QRectF r = m_queryItem->rect();
    return lookbook::Box{r.left(), r.top(), r.right(), r.bottom()};
}

std::vector<const BoxItem *> PhotoCanvas::boxItems(int layer) const
{
    if (layer < 0 || layer >= static_cast<int>(m_layers.size()))
        return {};
    const std::vector<BoxItem *> &items = m_layers[static_cast<std::size_t>(layer)];
    return {items.begin(), items.end()};
}

std::vector<const BoxItem *> PhotoCanvas::visibleBoxItems(int layer) const
{
    std::vector<const BoxItem *> items = boxItems(layer);
    items.erase(std::remove_if(items.begin(), items.end(), [](const BoxItem *item) { return !item->isVisible(); }), items.end());
    return items;
}

void PhotoCanvas::setQueryBoxToolActive(bool active)
{
    m_queryTool = active;
    setDragMode(active ? QGraphicsView::NoDrag : QGraphicsView::ScrollHandDrag);
    viewport()->setCursor(active ? Qt::CrossCursor : Qt::OpenHandCursor);
}

QRectF PhotoCanvas::clampedToPhoto(const QRectF &rect) const
{
    return m_photo ? rect.normalized().intersected(m_photo->boundingRect()) : QRectF();
}

void PhotoCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        m_pressPos = event->position().toPoint();
    const bool drawQuery = m_queryTool || event->modifiers().testFlag(Qt::ShiftModifier);
    if (m_photo && event->button() == Qt::LeftButton && drawQuery) {
        m_drawing = true;
        m_dragOrigin = mapToScene(event->position().toPoint());
        setQueryBox(lookbook::Box{m_dragOrigin.x(), m_dragOrigin.y(), m_dragOrigin.x(), m_dragOrigin.y()});
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void PhotoCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (m_drawing) {
        const QRectF rect = clampedToPhoto(QRectF(m_dragOrigin, mapToScene(event->position().toPoint())));
        setQueryBox(lookbook::Box{rect.left(), rect.top(), rect.right(), rect.bottom()});
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void PhotoCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_drawing && event->button() == Qt::LeftButton) {
        m_drawing = false;
        const QRectF rect = clampedToPhoto(QRectF(m_dragOrigin, mapToScene(event->position().toPoint())));
        if (rect.width() >= kMinQueryBox && rect.height() >= kMinQueryBox) {
            const lookbook::Box box{rect.left(), rect.top(), rect.right(), rect.bottom()};
            setQueryBox(box);
            Q_EMIT queryBoxDrawn(box);
        } else {
            setQueryBox(std::nullopt);
        }
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
    const QPoint pos = event->position().toPoint();
    if (event->button() != Qt::LeftButton || (pos - m_pressPos).manhattanLength() > kClickSlop)
        return;  // a pan, not a click
    // The smallest fused box under the cursor: nested garments stay reachable.
    const BoxItem *hit = nullptr;
    for (QGraphicsItem *item : items(pos)) {
        const auto *box = qgraphicsitem_cast<const BoxItem *>(item);
        if (box && box->isFused() && box->isVisible() && (!hit || box->box().box.area() < hit->box().box.area()))
            hit = box;
    }
    if (hit)
        Q_EMIT fusedBoxClicked(hit->index());
}

void PhotoCanvas::drawForeground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawForeground(painter, rect);
    if (m_photo) {
        drawLabels(painter);
        return;
    }
    // An empty canvas says how to fill it.
    painter->save();
    painter->resetTransform();
    painter->setPen(QColor(0xc8, 0xcc, 0xd2));
    QFont font = painter->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    painter->setFont(font);
    painter->drawText(viewport()->rect(), Qt::AlignCenter,
                      tr("Open a street photo to find its garments in the shop\n\n"
                         "Ctrl+O to open  ·  Ctrl+V to paste  ·  or drop an image here"));
    painter->restore();
}

void PhotoCanvas::drawLabels(QPainter *painter)
{
    // Tags are drawn in view pixels so that they stay legible at any zoom; each sits on its box's
    // top edge (inside the box when the edge is at the top of the view).
    painter->save();
    painter->resetTransform();
    QFont font = painter->font();
    font.setBold(true);
    painter->setFont(font);
    const QFontMetrics metrics(font);
    for (std::size_t l = 0; l < m_layers.size(); ++l) {
        if (!m_layerVisible[l])
            continue;
        for (const BoxItem *item : m_layers[l]) {
            if (!item->isFused())
                continue;
            const QRect box = mapFromScene(QRectF(item->box().box.x1, item->box().box.y1, item->box().box.width(), item->box().box.height()))
                                  .boundingRect();
            const QString text = item->labelText();
            QRect tag(0, 0, metrics.horizontalAdvance(text) + 10, metrics.height() + 4);
            tag.moveBottomLeft(QPoint(box.left() - 1, box.top() - 1));
            if (tag.top() < 0)
                tag.moveTopLeft(QPoint(box.left() + 2, box.top() + 2));
            tag.moveLeft(std::clamp(tag.left(), 0, std::max(0, viewport()->width() - tag.width())));
            painter->fillRect(tag, item->colour());
            painter->setPen(QColor(0x1e, 0x1f, 0x22));
            painter->drawText(tag, Qt::AlignCenter, text);
        }
    }
    painter->restore();
}

} // namespace lookbook::ui
