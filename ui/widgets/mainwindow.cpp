#include "widgets/mainwindow.h"

#include "common/logging.h"
#include "dialogs/aboutdialog.h"
#include "models/backendstatus.h"
#include "widgets/photocanvas.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QImageReader>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>
#include <QToolBar>
#include <QtConcurrent/QtConcurrentRun>

namespace lookbook::ui {

namespace {

struct DecodedPhoto final {
    QImage image;
    QString error;
};

DecodedPhoto decodePhoto(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);  // phone photos carry their orientation in EXIF
    QImage image = reader.read();
    if (image.isNull())
        return {{}, QObject::tr("%1: cannot open this image: %2").arg(path, reader.errorString())};
    return {image, {}};
}

QString imageFileFilter()
{
    QStringList patterns;
    for (const QByteArray &format : QImageReader::supportedImageFormats())
        patterns << QStringLiteral("*.") + QString::fromLatin1(format);
    return QObject::tr("Images (%1);;All files (*)").arg(patterns.join(QLatin1Char(' ')));
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_canvas(new PhotoCanvas(this))
{
    setWindowTitle(tr("Lookbook"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/lookbook.svg")));
    setCentralWidget(m_canvas);
    setAcceptDrops(true);
    createActions();
    createStatusBar();
    resize(1280, 800);
    restoreGeometry(m_settings.windowGeometry());
    restoreState(m_settings.windowState());
    checkBackends();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *openAction = fileMenu->addAction(QIcon(QStringLiteral(":/icons/open.svg")), tr("&Open Photo…"), this, &MainWindow::choosePhoto);
    openAction->setShortcut(QKeySequence::Open);
    openAction->setStatusTip(tr("Open a street photo"));
    m_recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    QAction *pasteAction = fileMenu->addAction(QIcon(QStringLiteral(":/icons/paste.svg")), tr("&Paste Photo"), this, &MainWindow::pastePhoto);
    pasteAction->setShortcut(QKeySequence::Paste);
    pasteAction->setStatusTip(tr("Use the image on the clipboard as the street photo"));
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setShortcut(QKeySequence::Quit);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *fitAction = viewMenu->addAction(QIcon(QStringLiteral(":/icons/zoom-fit.svg")), tr("&Fit to Window"), m_canvas, &PhotoCanvas::fitToWindow);
    fitAction->setShortcut(Qt::Key_F);
    QAction *zoomInAction = viewMenu->addAction(QIcon(QStringLiteral(":/icons/zoom-in.svg")), tr("Zoom &In"), m_canvas, &PhotoCanvas::zoomIn);
    zoomInAction->setShortcuts(QKeySequence::ZoomIn);
    QAction *zoomOutAction = viewMenu->addAction(QIcon(QStringLiteral(":/icons/zoom-out.svg")), tr("Zoom &Out"), m_canvas, &PhotoCanvas::zoomOut);
    zoomOutAction->setShortcuts(QKeySequence::ZoomOut);
    QAction *actualSizeAction = viewMenu->addAction(tr("&Actual Size"), m_canvas, &PhotoCanvas::zoomToActualSize);
    actualSizeAction->setShortcut(Qt::CTRL | Qt::Key_0);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Lookbook"), this, &MainWindow::showAboutDialog);
    helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setIconSize(QSize(22, 22));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(openAction);
    toolBar->addAction(pasteAction);
    toolBar->addSeparator();
    toolBar->addAction(fitAction);
    toolBar->addAction(zoomInAction);
    toolBar->addAction(zoomOutAction);
}

void MainWindow::createStatusBar()
{
    m_photoLabel = new QLabel(tr("No photo"), this);
    m_zoomLabel = new QLabel(this);
    m_deviceLabel = new QLabel(tr("Device: checking…"), this);
    statusBar()->addWidget(m_photoLabel, 1);
    statusBar()->addPermanentWidget(m_zoomLabel);
    statusBar()->addPermanentWidget(m_deviceLabel);
    connect(m_canvas, &PhotoCanvas::zoomChanged, this,
            [this](double zoom) { m_zoomLabel->setText(tr("%1 %").arg(qRound(zoom * 100))); });
}

void MainWindow::checkBackends()
{
    // Loading LibTorch and running the self-checks takes a moment: never on the GUI thread, and
    // only once per process. Queued even when the answer is known, so that the window reports
    // it like any other asynchronous result.
    BackendStatus *status = BackendStatus::instance();
    if (status->isReady())
        QMetaObject::invokeMethod(this, &MainWindow::showBackendStatus, Qt::QueuedConnection);
    else
        connect(status, &BackendStatus::ready, this, &MainWindow::showBackendStatus);
}

void MainWindow::showBackendStatus()
{
    m_backends = BackendStatus::instance()->report();
    QString device = tr("CPU");
    QStringList problems;
    for (const BackendInfo &info : m_backends) {
        if (info.name == "LibTorch" && info.gpuSupport)
            device = tr("CUDA (%1 GPU)").arg(info.devices.size() - 1);
        if (!info.checkError.empty())
            problems << QString::fromStdString(info.checkError);
    }
    m_deviceLabel->setText(tr("Device: %1").arg(device));
    if (!problems.isEmpty()) {
        qCWarning(lcUi) << "backend self-check failed:" << problems;
        m_deviceLabel->setToolTip(problems.join(QLatin1Char('\n')));
        statusBar()->showMessage(tr("A backend self-check failed: see Help ▸ About Lookbook"));
    }
    Q_EMIT backendsChecked();
}

void MainWindow::choosePhoto()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Street Photo"), m_settings.lastPhotoDirectory(), imageFileFilter());
    if (!path.isEmpty())
        openPhoto(path);
}

void MainWindow::openPhoto(const QString &path)
{
    const quint64 request = ++m_loadRequest;
    statusBar()->showMessage(tr("Opening %1…").arg(QFileInfo(path).fileName()));
    QtConcurrent::run(&decodePhoto, path).then(this, [this, request, path](const DecodedPhoto &decoded) {
        if (request != m_loadRequest)
            return;  // the user has opened something else meanwhile
        if (!decoded.error.isEmpty())
            return showError(decoded.error);
        m_settings.addRecentPhoto(path);
        m_settings.setLastPhotoDirectory(QFileInfo(path).absolutePath());
        rebuildRecentMenu();
        showPhoto(decoded.image, path);
    });
}

void MainWindow::pastePhoto()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    if (mime && mime->hasImage()) {
        ++m_loadRequest;
        return showPhoto(qvariant_cast<QImage>(mime->imageData()), tr("clipboard"));
    }
    if (mime && mime->hasUrls() && mime->urls().constFirst().isLocalFile())
        return openPhoto(mime->urls().constFirst().toLocalFile());
    showError(tr("The clipboard holds no image."));
}

void MainWindow::showPhoto(const QImage &image, const QString &source)
{
    m_currentSource = source;
    m_canvas->setPhoto(image);
    m_photoLabel->setText(tr("%1 — %2 × %3 px").arg(QFileInfo(source).fileName()).arg(image.width()).arg(image.height()));
    setWindowTitle(tr("%1 — Lookbook").arg(QFileInfo(source).fileName()));
    statusBar()->clearMessage();
    Q_EMIT photoShown(source);
}

void MainWindow::showError(const QString &message)
{
    qCWarning(lcUi).noquote() << message;
    statusBar()->showMessage(message, 10000);
    // Not exec(): the event loop, and any work in flight, keep running while the message is up.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Lookbook"), message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    Q_EMIT photoFailed(message);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_settings.recentPhotos();
    for (const QString &path : recent)
        m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openPhoto(path); })->setToolTip(path);
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear Menu"), this, [this] {
            m_settings.clearRecentPhotos();
            rebuildRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::showAboutDialog()
{
    auto *dialog = new AboutDialog(m_backends, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() || event->mimeData()->hasImage())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (mime->hasUrls() && mime->urls().constFirst().isLocalFile())
        openPhoto(mime->urls().constFirst().toLocalFile());
    else if (mime->hasImage())
        showPhoto(qvariant_cast<QImage>(mime->imageData()), tr("dropped image"));
    event->acceptProposedAction();
}

} // namespace lookbook::ui
