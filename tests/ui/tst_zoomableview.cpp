#include "models/reviewdocument.h"
#include "widgets/photocanvas.h"
#include "widgets/reviewcanvas.h"
#include "widgets/zoomableview.h"

#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

#include <algorithm>
#include <functional>

using lookbook::ui::PhotoCanvas;
using lookbook::ui::ReviewCanvas;
using lookbook::ui::ReviewDocument;
using lookbook::ui::ZoomableView;

namespace {

// One canvas of either kind, shown offscreen as the child of a larger window, so that resizing it
// is synchronous (a top-level resize goes through the platform).
class CanvasHost final
{
public:
    explicit CanvasHost(const QString &kind)
    {
        m_window.resize(1200, 900);
        if (kind == QLatin1String("photo")) {
            auto *canvas = new PhotoCanvas(&m_window);
            m_setPhoto = [canvas](const QImage &image) { canvas->setPhoto(image); };
            m_view = canvas;
        } else {
            auto *canvas = new ReviewCanvas(&m_document, &m_window);
            m_setPhoto = [canvas](const QImage &image) { canvas->setPhoto(image); };
            m_view = canvas;
        }
        m_view->resize(400, 300);
        m_window.show();
    }

    ZoomableView *view() const { return m_view; }
    void setPhoto(int width, int height)
    {
        QImage image(width, height, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        m_setPhoto(image);
    }
    // The scale at which the whole photo fits the viewport (fitInView keeps a 2 px margin).
    double fittedZoom(QSizeF photo) const
    {
        const QSizeF room = QSizeF(m_view->viewport()->size()) - QSizeF(4, 4);
        return std::min(room.width() / photo.width(), room.height() / photo.height());
    }

private:
    ReviewDocument m_document;  // outlives the review canvas, which the window owns
    QWidget m_window;
    ZoomableView *m_view = nullptr;
    std::function<void(const QImage &)> m_setPhoto;
};

void wheel(ZoomableView *view, int angle)
{
    const QPointF pos = QRectF(view->viewport()->rect()).center();
    QWheelEvent event(pos, view->viewport()->mapToGlobal(pos), QPoint(), QPoint(0, angle), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(view->viewport(), &event);
}

} // namespace

class TestZoomableView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every test runs once per canvas: both must zoom alike.
    void zoomLimitsAreTheSameAndEnforced_data() { canvases(); }
    void zoomLimitsAreTheSameAndEnforced()
    {
        QFETCH(QString, kind);
        CanvasHost host(kind);
        host.setPhoto(800, 600);
        for (int i = 0; i < 100; ++i)
            host.view()->zoomIn();
        QCOMPARE(host.view()->zoom(), 40.0);
        for (int i = 0; i < 100; ++i)
            host.view()->zoomOut();
        QCOMPARE(host.view()->zoom(), 0.02);
        // The wheel obeys the same limits.
        for (int i = 0; i < 40; ++i)
            wheel(host.view(), 120);
        QCOMPARE(host.view()->zoom(), 40.0);
    }

    void zoomStepsAreShared_data() { canvases(); }
    void zoomStepsAreShared()
    {
        QFETCH(QString, kind);
        CanvasHost host(kind);
        host.setPhoto(800, 600);
        const double fitted = host.view()->zoom();
        host.view()->zoomIn();
        QCOMPARE(host.view()->zoom(), fitted * 1.25);
        host.view()->zoomOut();
        QCOMPARE(host.view()->zoom(), fitted);
        wheel(host.view(), 240);  // two notches
        QCOMPARE(host.view()->zoom(), fitted * 1.25 * 1.25);
        host.view()->zoomToActualSize();
        QCOMPARE(host.view()->zoom(), 1.0);
    }

    void fitFollowsTheWindowUntilTheUserZooms_data() { canvases(); }
    void fitFollowsTheWindowUntilTheUserZooms()
    {
        QFETCH(QString, kind);
        CanvasHost host(kind);
        const QSizeF photo(800, 600);
        host.setPhoto(800, 600);
        QCOMPARE(host.view()->zoom(), host.fittedZoom(photo));
        host.view()->resize(1000, 500);
        QCOMPARE(host.view()->zoom(), host.fittedZoom(photo));
        QVERIFY(host.view()->zoom() > 0.8);  // the height (500 px) now bounds it, not the width

        host.view()->zoomIn();
        const double zoomed = host.view()->zoom();
        host.view()->resize(400, 300);
        QCOMPARE(host.view()->zoom(), zoomed);  // the user's zoom survives a resize

        host.view()->fitToWindow();
        QCOMPARE(host.view()->zoom(), host.fittedZoom(photo));
        host.view()->resize(600, 600);
        QCOMPARE(host.view()->zoom(), host.fittedZoom(photo));  // and the window is followed again
    }

    void zoomChangedCarriesTheNewValue_data() { canvases(); }
    void zoomChangedCarriesTheNewValue()
    {
        QFETCH(QString, kind);
        CanvasHost host(kind);
        QSignalSpy changed(host.view(), &ZoomableView::zoomChanged);
        host.setPhoto(800, 600);  // fits
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.takeFirst().at(0).toDouble(), host.fittedZoom(QSizeF(800, 600)));
        host.view()->zoomIn();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.takeFirst().at(0).toDouble(), host.view()->zoom());
        wheel(host.view(), -120);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.takeFirst().at(0).toDouble(), host.view()->zoom());
        host.view()->zoomToActualSize();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.takeFirst().at(0).toDouble(), 1.0);
        host.view()->resize(500, 500);  // zoomed by the user: no re-fit, no signal
        QCOMPARE(changed.count(), 0);
    }

    void withoutAPhotoNothingZooms_data() { canvases(); }
    void withoutAPhotoNothingZooms()
    {
        QFETCH(QString, kind);
        CanvasHost host(kind);
        QSignalSpy changed(host.view(), &ZoomableView::zoomChanged);
        host.view()->zoomIn();
        host.view()->zoomOut();
        wheel(host.view(), 120);
        host.view()->fitToWindow();
        host.view()->resize(700, 500);
        QCOMPARE(host.view()->zoom(), 1.0);
        QCOMPARE(changed.count(), 0);
        // The first photo is fitted, even after those calls.
        host.setPhoto(1600, 1200);
        QCOMPARE(host.view()->zoom(), host.fittedZoom(QSizeF(1600, 1200)));
    }

private:
    static void canvases()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("photo canvas") << QStringLiteral("photo");
        QTest::newRow("review canvas") << QStringLiteral("review");
    }
};

QTEST_MAIN(TestZoomableView)
#include "tst_zoomableview.moc"
