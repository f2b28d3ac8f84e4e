#pragma once

#include <QGraphicsView>
#include <QImage>

class QGraphicsPixmapItem;

namespace lookbook::ui {

// The photo view: wheel zooms around the cursor, drag pans, F fits.
class PhotoCanvas final : public QGraphicsView
{
    Q_OBJECT

public:
    explicit PhotoCanvas(QWidget *parent = nullptr);

    void setPhoto(const QImage &image);
    bool hasPhoto() const;
    QSize photoSize() const;
    double zoom() const;

public Q_SLOTS:
    void fitToWindow();
    void zoomIn();
    void zoomOut();
    void zoomToActualSize();

Q_SIGNALS:
    void zoomChanged(double zoom);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    void scaleBy(double factor);

    QGraphicsPixmapItem *m_photo = nullptr;
    bool m_fitOnResize = true;  // stays fitted until the user zooms
};

} // namespace lookbook::ui
