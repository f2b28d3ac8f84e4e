#include "widgets/zoomableview.h"

#include <QGraphicsItem>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace lookbook::ui {

ZoomableView::ZoomableView(QWidget *parent)
    : QGraphicsView(parent)
{
    setScene(new QGraphicsScene(this));
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);  // the wheel zooms around the cursor
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
    // Boxes and tags are painted in view coordinates, so a scroll must repaint all of them.
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    setBackgroundBrush(QColor(0x2b, 0x2d, 0x31));
    setFrameShape(QFrame::NoFrame);
    setMouseTracking(true);  // cursors follow what is under the mouse
    setAcceptDrops(false);   // the window holding the view handles dropped files
}

double ZoomableView::zoom() const
{
    return transform().m11();
}

void ZoomableView::fitToWindow()
{
    m_fitOnResize = true;
    const QGraphicsItem *item = fitItem();
    if (!item)
        return;
    fitInView(item, Qt::KeepAspectRatio);
    Q_EMIT zoomChanged(zoom());
}

void ZoomableView::zoomIn() { scaleBy(kZoomStep); }
void ZoomableView::zoomOut() { scaleBy(1.0 / kZoomStep); }

void ZoomableView::zoomToActualSize()
{
    m_fitOnResize = false;
    setTransform(QTransform());
    Q_EMIT zoomChanged(zoom());
}

void ZoomableView::scaleBy(double factor)
{
    if (!fitItem())
        return;
    const double target = std::clamp(zoom() * factor, kMinZoom, kMaxZoom);
    m_fitOnResize = false;
    scale(target / zoom(), target / zoom());
    Q_EMIT zoomChanged(zoom());
}

void ZoomableView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0.0 || !fitItem())
        return QGraphicsView::wheelEvent(event);
    scaleBy(std::pow(kZoomStep, steps));
    event->accept();
}

void ZoomableView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitOnResize)
        fitToWindow();
}

} // namespace lookbook::ui
