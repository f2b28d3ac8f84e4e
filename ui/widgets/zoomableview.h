#pragma once

#include <QGraphicsView>

class QGraphicsItem;

namespace lookbook::ui {

// What every photo view shares: the wheel zooms by steps around the cursor, within one pair of
// limits; the view follows the window's size until the user zooms; each change of scale is
// announced with zoomChanged. A subclass names the item to fit (its photo) with fitItem().
class ZoomableView : public QGraphicsView
{
    Q_OBJECT

public:
    // One place for the limits and the step, so that every canvas zooms alike.
    static constexpr double kMinZoom = 0.02;
    static constexpr double kMaxZoom = 40.0;
    static constexpr double kZoomStep = 1.25;  // one menu step or one wheel notch

    explicit ZoomableView(QWidget *parent = nullptr);

    double zoom() const;

public Q_SLOTS:
    void fitToWindow();
    void zoomIn();
    void zoomOut();
    void zoomToActualSize();

Q_SIGNALS:
    void zoomChanged(double zoom);

protected:
    // The item fitToWindow() fits and without which zooming does nothing (no photo yet).
    virtual const QGraphicsItem *fitItem() const = 0;

    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void scaleBy(double factor);

    bool m_fitOnResize = true;
};

} // namespace lookbook::ui
