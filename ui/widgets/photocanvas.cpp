#include "widgets/photocanvas.h"

#include <QGraphicsPixmapItem>
#include <QPainter>
#include <QWheelEvent>

#include <cmath>

namespace lookbook::ui {

namespace {
constexpr double kZoomStep = 1.25;
constexpr double kMinZoom = 0.02;
constexpr double kMaxZoom = 40.0;
} // namespace

PhotoCanvas::PhotoCanvas(QWidget *parent)
    : QGraphicsView(parent)
{
    setScene(new QGraphicsScene(this));
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
    setBackgroundBrush(QColor(0x2b, 0x2d, 0x31));
    setFrameShape(QFrame::NoFrame);
    setAcceptDrops(false);  // the main window handles dropped files
}

void PhotoCanvas::setPhoto(const QImage &image)
{
    scene()->clear();
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

double PhotoCanvas::zoom() const
{
    return transform().m11();
}

void PhotoCanvas::fitToWindow()
{
    m_fitOnResize = true;
    if (!m_photo)
        return;
    fitInView(m_photo, Qt::KeepAspectRatio);
    Q_EMIT zoomChanged(zoom());
}

void PhotoCanvas::zoomIn() { scaleBy(kZoomStep); }
void PhotoCanvas::zoomOut() { scaleBy(1.0 / kZoomStep); }

void PhotoCanvas::zoomToActualSize()
{
    m_fitOnResize = false;
    setTransform(QTransform());
    Q_EMIT zoomChanged(zoom());
}

void PhotoCanvas::scaleBy(double factor)
{
    if (!m_photo)
        return;
    const double target = std::clamp(zoom() * factor, kMinZoom, kMaxZoom);
    m_fitOnResize = false;
    scale(target / zoom(), target / zoom());
    Q_EMIT zoomChanged(zoom());
}

void PhotoCanvas::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0.0 || !m_photo)
        return QGraphicsView::wheelEvent(event);
    scaleBy(std::pow(kZoomStep, steps));
    event->accept();
}

void PhotoCanvas::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitOnResize)
        fitToWindow();
}

void PhotoCanvas::drawForeground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawForeground(painter, rect);
    if (m_photo)
        return;
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

} // namespace lookbook::ui
