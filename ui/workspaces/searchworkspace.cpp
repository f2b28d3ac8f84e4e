#include "workspaces/searchworkspace.h"

#include "common/atomicfile.h"
#include "common/logging.h"
#include "dialogs/comparedialog.h"
#include "dialogs/importdialog.h"
#include "dialogs/opencatalogdialog.h"
#include "models/catalogmodel.h"
#include "models/decodedimage.h"
#include "models/errortext.h"
#include "models/indexrebuild.h"
#include "models/jobrunner.h"
#include "models/resultsmodel.h"
#include "models/searchsession.h"
#include "models/thumbnailcache.h"
#include "search/democatalog.h"
#include "widgets/catalogpanel.h"
#include "widgets/fusionpanel.h"
#include "widgets/indexstatus.h"
#include "widgets/layerspanel.h"
#include "widgets/messagebar.h"
#include "widgets/photocanvas.h"
#include "widgets/resultspanel.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QDropEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QImageReader>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMimeData>
#include <QProgressBar>
#include <QToolBar>
#include <QToolButton>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>

namespace lookbook::ui {

namespace {

// What the window shows (Qt's decoder, EXIF-rotated) and what the detectors read (the backend's).
struct DecodedPhoto final {
    QImage image;
    QString error;
    std::optional<models::DecodedImage> pixels;
    QString pixelsError;
};

DecodedPhoto decodePhoto(const QString &path)
{
    const Result<QImage> image = models::DecodedImage::readForDisplay(path);
    if (!image)
        return {{}, ErrorText::of(image.error()), std::nullopt, {}};
    Result<models::DecodedImage> pixels = models::DecodedImage::load(path);
    if (!pixels)
        return {*image, {}, std::nullopt, ErrorText::of(pixels.error())};
    return {*image, {}, pixels.value(), {}};
}

// A pasted or dropped image has no file: the detectors get it through a lossless PNG.
DecodedPhoto decodeImage(const QImage &image, const QString &source)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    Result<models::DecodedImage> pixels = models::DecodedImage::decode(png, source);
    if (!pixels)
        return {image, {}, std::nullopt, ErrorText::of(pixels.error())};
    return {image, {}, pixels.value(), {}};
}

QString imageFileFilter()
{
    QStringList patterns;
    for (const QByteArray &format : QImageReader::supportedImageFormats())
        patterns << QStringLiteral("*.") + QString::fromLatin1(format);
    return QObject::tr("Images (%1);;All files (*)").arg(patterns.join(QLatin1Char(' ')));
}

// Colours that stay apart from each other and from the fused boxes' amber on photos of any kind.
QColor detectorColour(int detector)
{
    static const QColor palette[] = {QColor(0x4f, 0xc3, 0xf7), QColor(0xf0, 0x62, 0x92), QColor(0x81, 0xc7, 0x84),
                                     QColor(0xba, 0x68, 0xc8), QColor(0xff, 0x8a, 0x65), QColor(0x4d, 0xd0, 0xe1)};
    return palette[detector % int(std::size(palette))];
}

const QColor kFusedColour(0xff, 0xd5, 0x4f);

} // namespace

SearchWorkspace::SearchWorkspace(QWidget *parent)
    : Workspace(parent)
    , m_canvas(new PhotoCanvas(this))
    , m_messageBar(new MessageBar(this))
    , m_session(new SearchSession(this))
    , m_demoJob(new JobRunner(this))
    , m_indexJob(new JobRunner(this))
{
    setObjectName(QStringLiteral("searchWorkspace"));
    m_demoJob->setObjectName(QStringLiteral("demoPreparation"));
    connect(m_demoJob, &JobRunner::progressed, this, [this](const QString &stage, qint64 done, qint64 total) {
        // An error stays until the user closes it; the next progress line must not replace it.
        if (!m_messageBar->isHidden() && m_messageBar->kind() == MessageBar::Kind::Error)
            return;
        m_messageBar->showMessage(tr("Preparing the demo catalog (first run only): %1, %L2 of %L3…").arg(stage).arg(done).arg(total),
                                  MessageBar::Kind::Information);
    });
    setCentralView(m_messageBar, m_canvas);
    setAcceptDrops(true);
    createDocks();
    createActions();
    createStatusWidget();
    connectSession();
    m_session->thumbnails()->setCapacity(m_settings.thumbnailCapacity());
}

void SearchWorkspace::applyDefaultLayout()
{
    resizeDocks({m_layersDock, m_fusionDock}, {270, 320}, Qt::Horizontal);
    resizeDocks({m_resultsDock}, {300}, Qt::Vertical);
}

SearchWorkspace::~SearchWorkspace() = default;

QString SearchWorkspace::title() const
{
    return m_currentSource.isEmpty() ? tr("Lookbook") : tr("%1 — Lookbook").arg(QFileInfo(m_currentSource).fileName());
}

QList<QAction *> SearchWorkspace::menuActions(MenuSlot slot) const
{
    switch (slot) {
    case MenuSlot::File:
        return m_fileActions;
    case MenuSlot::Edit:
        return {};
    case MenuSlot::View:
        return m_viewActions;
    case MenuSlot::Tools:
        return m_toolsActions;
    }
    return {};
}

QList<QMenu *> SearchWorkspace::menus() const
{
    return {m_searchMenu};
}

void SearchWorkspace::createDocks()
{
    m_layersPanel = new LayersPanel(this);
    m_fusionPanel = new FusionPanel(this);
    m_resultsPanel = new ResultsPanel(this);
    m_resultsPanel->setModel(m_session->results());
    m_resultsPanel->setSearchOptions([this] {
        search::SearchOptions remembered;
        remembered.qeNeighbours = m_settings.queryExpansion() ? 1 : 0;
        remembered.dbaNeighbours = m_settings.databaseAugmentation() ? 1 : 0;
        if (m_settings.rerank())
            remembered.rerank = postprocess::KReciprocalReranker::Params{};
        return remembered;
    }());
    m_session->setSearchOptions(m_resultsPanel->searchOptions());

    // The panels' rows must stay whole (labels are longer in some languages): their minimum widths
    // hold the docks open.
    m_layersDock = addDock(tr("Layers"), QStringLiteral("layersDock"), m_layersPanel, Qt::LeftDockWidgetArea);
    m_fusionDock = addDock(tr("Fusion"), QStringLiteral("fusionDock"), m_fusionPanel, Qt::RightDockWidgetArea);
    m_resultsDock = addDock(tr("Results"), QStringLiteral("resultsDock"), m_resultsPanel, Qt::BottomDockWidgetArea);
    m_catalogPanel = new CatalogPanel(m_session->catalogItems(), this);
    m_catalogDock = addDock(tr("Catalog"), QStringLiteral("catalogDock"), m_catalogPanel, Qt::BottomDockWidgetArea);
    connect(m_catalogPanel->indexStatus(), &IndexStatus::rebuildRequested, this, &SearchWorkspace::rebuildIndex);
    tabifyDockWidget(m_resultsDock, m_catalogDock);
    m_resultsDock->raise();
}

void SearchWorkspace::createActions()
{
    const auto separator = [this] {
        auto *action = new QAction(this);
        action->setSeparator(true);
        return action;
    };
    auto *openAction = new QAction(QIcon(QStringLiteral(":/icons/open.svg")), tr("&Open Photo…"), this);
    connect(openAction, &QAction::triggered, this, &SearchWorkspace::choosePhoto);
    openAction->setShortcut(QKeySequence::Open);
    openAction->setStatusTip(tr("Open a street photo"));
    m_recentMenu = new QMenu(tr("Open &Recent"), this);
    rebuildRecentMenu();
    auto *pasteAction = new QAction(QIcon(QStringLiteral(":/icons/paste.svg")), tr("&Paste Photo"), this);
    connect(pasteAction, &QAction::triggered, this, &SearchWorkspace::pastePhoto);
    pasteAction->setShortcut(QKeySequence::Paste);
    pasteAction->setStatusTip(tr("Use the image on the clipboard as the street photo"));
    auto *catalogAction = new QAction(QIcon(QStringLiteral(":/icons/catalog.svg")), tr("Open &Catalog…"), this);
    connect(catalogAction, &QAction::triggered, this, &SearchWorkspace::chooseWorkspace);
    catalogAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_O);
    catalogAction->setStatusTip(tr("Choose the shop catalog to search and the models to use"));
    auto *importAction = new QAction(tr("&Import into Catalog…"), this);
    connect(importAction, &QAction::triggered, this, &SearchWorkspace::importIntoCatalog);
    importAction->setShortcut(Qt::CTRL | Qt::Key_I);
    importAction->setStatusTip(tr("Add a folder of shop photos or a DeepFashion2 split to the catalog"));
    m_exportAction = new QAction(QIcon(QStringLiteral(":/icons/export.svg")), tr("&Export Results…"), this);
    connect(m_exportAction, &QAction::triggered, this, &SearchWorkspace::chooseExportFile);
    m_exportAction->setShortcut(Qt::CTRL | Qt::Key_E);
    m_exportAction->setToolTip(tr("Save these results as JSON or CSV"));
    m_exportAction->setEnabled(false);
    m_resultsPanel->setExportAction(m_exportAction);
    m_fileActions = {openAction, m_recentMenu->menuAction(), pasteAction, separator(), catalogAction, importAction, m_exportAction};

    auto *fitAction = new QAction(QIcon(QStringLiteral(":/icons/zoom-fit.svg")), tr("&Fit to Window"), this);
    connect(fitAction, &QAction::triggered, m_canvas, &PhotoCanvas::fitToWindow);
    fitAction->setShortcut(Qt::Key_F);
    auto *zoomInAction = new QAction(QIcon(QStringLiteral(":/icons/zoom-in.svg")), tr("Zoom &In"), this);
    connect(zoomInAction, &QAction::triggered, m_canvas, &PhotoCanvas::zoomIn);
    zoomInAction->setShortcuts(QKeySequence::ZoomIn);
    auto *zoomOutAction = new QAction(QIcon(QStringLiteral(":/icons/zoom-out.svg")), tr("Zoom &Out"), this);
    connect(zoomOutAction, &QAction::triggered, m_canvas, &PhotoCanvas::zoomOut);
    zoomOutAction->setShortcuts(QKeySequence::ZoomOut);
    auto *actualSizeAction = new QAction(tr("&Actual Size"), this);
    connect(actualSizeAction, &QAction::triggered, m_canvas, &PhotoCanvas::zoomToActualSize);
    actualSizeAction->setShortcut(Qt::CTRL | Qt::Key_0);
    m_viewActions = {fitAction, zoomInAction, zoomOutAction, actualSizeAction, separator()};
    for (QDockWidget *dock : {m_layersDock, m_fusionDock, m_resultsDock, m_catalogDock})
        m_viewActions << dock->toggleViewAction();
    m_layersDock->toggleViewAction()->setShortcut(Qt::CTRL | Qt::Key_1);
    m_fusionDock->toggleViewAction()->setShortcut(Qt::CTRL | Qt::Key_2);
    m_resultsDock->toggleViewAction()->setShortcut(Qt::CTRL | Qt::Key_3);
    m_catalogDock->toggleViewAction()->setShortcut(Qt::CTRL | Qt::Key_4);

    m_searchMenu = new QMenu(tr("&Search"), this);
    m_queryToolAction = m_searchMenu->addAction(QIcon(QStringLiteral(":/icons/query-box.svg")), tr("&Draw Query Box"));
    m_queryToolAction->setCheckable(true);
    m_queryToolAction->setShortcut(Qt::Key_Q);
    m_queryToolAction->setStatusTip(tr("Drag on the photo to search for what is inside your own box (Shift+drag does it at any time)"));
    connect(m_queryToolAction, &QAction::toggled, m_canvas, &PhotoCanvas::setQueryBoxToolActive);
    m_cancelAction = m_searchMenu->addAction(QIcon(QStringLiteral(":/icons/cancel.svg")), tr("&Cancel"), m_session, &SearchSession::cancel);
    m_cancelAction->setShortcut(Qt::Key_Escape);
    m_cancelAction->setEnabled(false);

    auto *rebuildAction = new QAction(tr("&Rebuild Index"), this);
    connect(rebuildAction, &QAction::triggered, this, &SearchWorkspace::rebuildIndex);
    rebuildAction->setStatusTip(tr("Build the catalog's vector index again from its vectors (as lookbook-cli index build)"));
    m_toolsActions = {rebuildAction};

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setIconSize(QSize(22, 22));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(openAction);
    toolBar->addAction(pasteAction);
    toolBar->addAction(catalogAction);
    toolBar->addSeparator();
    toolBar->addAction(fitAction);
    toolBar->addAction(zoomInAction);
    toolBar->addAction(zoomOutAction);
    toolBar->addSeparator();
    toolBar->addAction(m_queryToolAction);
    toolBar->addAction(m_cancelAction);
    toolBar->addAction(m_exportAction);
}

void SearchWorkspace::createStatusWidget()
{
    // One widget, so that the window shows and hides the workspace's part of the status bar whole
    // while the busy indicator inside comes and goes on its own.
    m_statusWidget = new QWidget(this);
    m_photoLabel = new QLabel(tr("No photo"), m_statusWidget);
    // The photo's name is in the title too: in a narrow window it gives way first (clipped).
    m_photoLabel->setMinimumWidth(40);
    m_busyLabel = new QLabel(m_statusWidget);
    m_busyBar = new QProgressBar(m_statusWidget);
    m_busyBar->setRange(0, 0);  // busy: the work reports no fraction
    m_busyBar->setMaximumWidth(110);
    m_busyBar->setMaximumHeight(14);
    m_busyBar->setTextVisible(false);
    m_cancelButton = new QToolButton(m_statusWidget);
    m_cancelButton->setDefaultAction(m_cancelAction);
    m_cancelButton->setAutoRaise(true);
    m_catalogLabel = new QLabel(tr("No catalog"), m_statusWidget);
    m_timingLabel = new QLabel(m_statusWidget);
    m_zoomLabel = new QLabel(m_statusWidget);
    auto *layout = new QHBoxLayout(m_statusWidget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_photoLabel, 1);
    for (QWidget *part : std::initializer_list<QWidget *>{m_busyLabel, m_busyBar, m_cancelButton, m_timingLabel, m_catalogLabel, m_zoomLabel})
        layout->addWidget(part);
    showBusy(0);
    connect(m_canvas, &PhotoCanvas::zoomChanged, this,
            [this](double zoom) { m_zoomLabel->setText(tr("%1 %").arg(qRound(zoom * 100))); });
}

void SearchWorkspace::connectSession()
{
    connect(m_session, &SearchSession::opened, this, [this] {
        showCatalog();
        showDetectors();
        if (m_messageBar->kind() == MessageBar::Kind::Information)
            m_messageBar->hide();
    });
    connect(m_session, &SearchSession::detectionsReady, this, &SearchWorkspace::showTimings);
    connect(m_session, &SearchSession::fusedBoxesChanged, this, &SearchWorkspace::refreshLayers);
    connect(m_session, &SearchSession::selectionChanged, this, &SearchWorkspace::showSelection);
    connect(m_session, &SearchSession::resultsReady, this, &SearchWorkspace::showResults);
    connect(m_session, &SearchSession::busyChanged, this, &SearchWorkspace::showBusy);
    connect(m_session, &SearchSession::failed, this, [this](const QString &message) {
        if (IndexStatus *status = m_catalogPanel->indexStatus(); status->state() == IndexStatus::State::Opening)
            status->showProblem(message, m_session->lastErrorCode() == ErrorCode::OutOfDate);
        if (m_session->queryBox() && m_session->results()->rowCount() == 0)
            m_resultsPanel->setHeading(tr("No results for <b>%1</b>: see the message above the photo")
                                           .arg(m_session->queryDescription().toHtmlEscaped()));
        if (m_session->lastErrorCode() != ErrorCode::OutOfDate)
            return showError(message);
        // The command in the message is what the button runs, without leaving the window.
        qCWarning(lcUi).noquote() << message;
        m_messageBar->showMessage(message, MessageBar::Kind::Error, tr("&Rebuild Index"), [this] { rebuildIndex(); });
        Q_EMIT errorShown(message);
    });
    connect(m_session->catalogItems(), &CatalogModel::failed, this, &SearchWorkspace::showError);

    connect(m_fusionPanel, &FusionPanel::changed, this, [this] { m_session->setFusion(m_fusionPanel->params(), m_fusionPanel->weights()); });
    connect(m_layersPanel, &LayersPanel::layerToggled, m_canvas, &PhotoCanvas::setLayerVisible);
    connect(m_layersPanel, &LayersPanel::scoreThresholdChanged, this,
            [this] { m_session->setScoreThresholds(m_layersPanel->scoreThresholds()); });
    connect(m_resultsPanel, &ResultsPanel::searchOptionsChanged, this, [this] {
        m_settings.setPostProcessing(m_resultsPanel->searchOptions());
        m_session->setSearchOptions(m_resultsPanel->searchOptions());
    });
    connect(m_resultsPanel, &ResultsPanel::resultActivated, this, &SearchWorkspace::compareResult);
    connect(m_resultsPanel, &ResultsPanel::embedderChosen, this, [this](const QString &manifest) {
        WorkspaceConfig config = m_config;
        config.embedder = manifest;
        openWorkspace(config);  // another vector set and model: reopen, then the photo is searched again
    });
    connect(m_canvas, &PhotoCanvas::fusedBoxClicked, m_session, &SearchSession::selectFusedBox);
    connect(m_canvas, &PhotoCanvas::queryBoxDrawn, m_session, &SearchSession::searchBox);
}

void SearchWorkspace::choosePhoto()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Street Photo"), m_settings.lastPhotoDirectory(), imageFileFilter());
    if (!path.isEmpty())
        openPhoto(path);
}

void SearchWorkspace::openPhoto(const QString &path)
{
    const quint64 request = ++m_loadRequest;
    Q_EMIT statusMessage(tr("Opening %1…").arg(QFileInfo(path).fileName()), 0);
    QtConcurrent::run(&decodePhoto, path).then(this, [this, request, path](const DecodedPhoto &decoded) {
        if (request != m_loadRequest)
            return;  // the user has opened something else meanwhile
        if (!decoded.error.isEmpty())
            return failPhoto(decoded.error);
        m_settings.addRecentPhoto(path);
        m_settings.setLastPhotoDirectory(QFileInfo(path).absolutePath());
        rebuildRecentMenu();
        showPhoto(decoded.image, path);
        if (decoded.pixels)
            detectOn(*decoded.pixels);
        else
            failPhoto(decoded.pixelsError);
    });
}

void SearchWorkspace::pastePhoto()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    if (mime && mime->hasImage())
        return showImage(qvariant_cast<QImage>(mime->imageData()), tr("clipboard"));
    if (mime && mime->hasUrls() && mime->urls().constFirst().isLocalFile())
        return openPhoto(mime->urls().constFirst().toLocalFile());
    failPhoto(tr("The clipboard holds no image."));
}

void SearchWorkspace::showImage(const QImage &image, const QString &source)
{
    const quint64 request = ++m_loadRequest;
    showPhoto(image, source);
    QtConcurrent::run(&decodeImage, image, source).then(this, [this, request](const DecodedPhoto &decoded) {
        if (request != m_loadRequest)
            return;
        if (decoded.pixels)
            detectOn(*decoded.pixels);
        else
            failPhoto(decoded.pixelsError);
    });
}

void SearchWorkspace::showPhoto(const QImage &image, const QString &source)
{
    m_currentSource = source;
    m_canvas->setPhoto(image);
    m_photoLabel->setText(tr("%1 — %2 × %3 px").arg(QFileInfo(source).fileName()).arg(image.width()).arg(image.height()));
    Q_EMIT titleChanged();
    Q_EMIT statusMessage({}, 0);
    if (m_messageBar->kind() == MessageBar::Kind::Error)
        m_messageBar->hide();  // it was about the previous photo
    Q_EMIT photoShown(source);
}

void SearchWorkspace::detectOn(const models::DecodedImage &pixels)
{
    m_session->setPhoto(pixels);
    if (!m_session->isOpen() && !(m_session->busyWork() & SearchSession::Opening))
        m_messageBar->showMessage(tr("No catalog is open: choose one with File ▸ Open Catalog… (Ctrl+Shift+O) to find this photo's "
                                     "garments in the shop."),
                                  MessageBar::Kind::Information);
}

void SearchWorkspace::showError(const QString &message)
{
    qCWarning(lcUi).noquote() << message;
    // In the window, not in a modal box: the event loop, and any work in flight, keep running.
    m_messageBar->showMessage(message, MessageBar::Kind::Error);
    Q_EMIT errorShown(message);
}

void SearchWorkspace::failPhoto(const QString &message)
{
    Q_EMIT statusMessage({}, 0);  // "Opening …" is over
    showError(message);
    Q_EMIT photoFailed(message);
}

void SearchWorkspace::chooseWorkspace()
{
    auto *dialog = new OpenCatalogDialog(m_config.isEmpty() ? m_settings.workspace() : m_config, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { openWorkspace(dialog->config()); });
    dialog->open();
}

void SearchWorkspace::openWorkspace(const WorkspaceConfig &config)
{
    m_config = config;
    m_settings.setWorkspace(config);
    const Result<search::SearchPipelineParams> params = config.pipelineParams();
    if (!params) {
        m_catalogPanel->indexStatus()->showProblem(ErrorText::of(params.error()), false);
        return showError(ErrorText::of(params.error()));
    }
    m_resultsPanel->setEmbedders(config.embedders(), params->embedderManifest);
    m_catalogPanel->indexStatus()->showOpening(config.catalogPath);
    m_catalogLabel->setText(tr("Catalog: %1 (opening…)").arg(QFileInfo(config.catalogPath).fileName()));
    m_catalogLabel->setToolTip(config.catalogPath);
    m_layersPanel->setLayers({}, {}, kFusedColour);
    m_fusionPanel->setDetectors({}, {});
    m_session->open(*params);
}

void SearchWorkspace::restoreWorkspace()
{
    const WorkspaceConfig remembered = m_settings.workspace();
    if (!remembered.isEmpty())
        openWorkspace(remembered);
    else if (QFileInfo::exists(QDir(search::DemoCatalog::defaultModelsDir()).filePath(QStringLiteral("demo.json"))))
        openDemo();
}

void SearchWorkspace::openDemo()
{
    search::DemoCatalogParams params;
    params.modelsDir = search::DemoCatalog::defaultModelsDir();
    params.dataDir = search::DemoCatalog::defaultDataDir();
    const auto prepare = [params](const Progress &progress) {
        search::DemoCatalogParams reporting = params;
        reporting.progress = progress;
        return search::DemoCatalog::ensure(reporting);
    };
    m_demoJob->start(prepare, [this](const Result<search::DemoSetup> &setup) {
        if (!setup) {
            showError(tr("The demo could not be prepared: %1").arg(ErrorText::of(setup.error())));
            return;
        }
        if (m_messageBar->kind() == MessageBar::Kind::Information)
            m_messageBar->hide();
        WorkspaceConfig config;
        config.catalogPath = setup->catalogPath;
        config.manifests = setup->detectorManifests;
        config.manifests << setup->embedderManifest;
        openWorkspace(config);
        const QString photo = setup->streetPhotos.isEmpty() ? QString() : setup->streetPhotos.front();
        if (!photo.isEmpty())
            openPhoto(photo);
        Q_EMIT demoOpened(photo);
    });
}

void SearchWorkspace::showCatalog()
{
    const catalog::VectorSetInfo &set = *m_session->vectorSet();
    m_catalogPanel->indexStatus()->showReady(set);
    m_catalogLabel->setText(tr("Catalog: %1 — %Ln item(s) · %2", nullptr, static_cast<int>(set.vectorCount))
                                .arg(QFileInfo(m_config.catalogPath).fileName(), set.modelName));
    m_catalogLabel->setToolTip(tr("%1\nvector set %2, %3 dimensions, index %4")
                                   .arg(m_config.catalogPath, set.name)
                                   .arg(set.dimension)
                                   .arg(set.indexType.isEmpty() ? tr("none") : set.indexType));
}

void SearchWorkspace::showDetectors()
{
    const QStringList names = m_session->detectorNames();
    std::vector<QColor> colours;
    for (int i = 0; i < names.size(); ++i)
        colours.push_back(detectorColour(i));
    m_layersPanel->setLayers(names, colours, kFusedColour);
    const std::vector<double> thresholds = m_session->displayThresholds();
    for (std::size_t i = 0; i < thresholds.size(); ++i)
        m_layersPanel->setScoreThreshold(static_cast<int>(i), thresholds[i]);
    m_fusionPanel->setDetectors(names, m_session->manifestWeights());
    m_session->setScoreThresholds(m_layersPanel->scoreThresholds());
    m_session->setFusion(m_fusionPanel->params(), m_fusionPanel->weights());
}

int SearchWorkspace::fusedLayer() const
{
    return static_cast<int>(m_session->detectorNames().size());
}

void SearchWorkspace::refreshLayers()
{
    std::vector<BoxLayer> layers;
    const QStringList names = m_session->detectorNames();
    const std::vector<std::vector<ScoredBox>> detections = m_session->thresholdedDetections();
    for (int i = 0; i < names.size(); ++i) {
        BoxLayer layer{names[i], detectorColour(i), false, m_layersPanel->isLayerVisible(i), {}};
        if (static_cast<std::size_t>(i) < detections.size())
            layer.boxes = detections[static_cast<std::size_t>(i)];
        layers.push_back(std::move(layer));
    }
    layers.push_back({tr("Fused"), kFusedColour, true, m_layersPanel->isLayerVisible(fusedLayer()), m_session->fusedBoxes()});
    m_canvas->setLayers(layers);
    std::vector<int> counts;
    for (const BoxLayer &layer : layers)
        counts.push_back(static_cast<int>(layer.boxes.size()));
    m_layersPanel->setBoxCounts(counts);
    m_canvas->setSelectedFusedBox(m_session->selectedFusedBox());
    showTimings();
}

void SearchWorkspace::showSelection()
{
    m_canvas->setSelectedFusedBox(m_session->selectedFusedBox());
    // A fused box is highlighted in place; a box of the user's own stays drawn as drawn.
    m_canvas->setQueryBox(m_session->selectedFusedBox() < 0 ? m_session->queryBox() : std::nullopt);
    // The same garment kept after a re-fusion keeps its results, and its heading.
    if (!m_session->queryBox())
        m_resultsPanel->setHeading({});
    else if (m_session->busyWork() & SearchSession::Searching)
        m_resultsPanel->setHeading(tr("Searching for <b>%1</b>…").arg(m_session->queryDescription().toHtmlEscaped()));
    m_exportAction->setEnabled(m_session->queryBox().has_value() && m_session->results()->rowCount() > 0);
}

void SearchWorkspace::showResults()
{
    const int count = m_session->results()->rowCount();
    m_resultsPanel->setHeading(tr("Results for <b>%1</b> — the %n nearest shop item(s), %2 ms", nullptr, count)
                                   .arg(m_session->queryDescription().toHtmlEscaped())
                                   .arg(m_session->lastSearchMs()));
    m_exportAction->setEnabled(count > 0);
    if (count > 0)
        m_resultsPanel->view()->setCurrentIndex(m_session->results()->index(0));
    showTimings();
}

void SearchWorkspace::showBusy(int work)
{
    QString text;
    if (work & SearchSession::Opening)
        text = tr("Loading catalog and models…");
    else if (work & SearchSession::Detecting)
        text = tr("Detecting…");
    else if (work & SearchSession::Searching)
        text = tr("Searching…");
    m_busyLabel->setText(text);
    m_busyLabel->setVisible(work != 0);
    m_busyBar->setVisible(work != 0);
    m_cancelAction->setEnabled((work & (SearchSession::Detecting | SearchSession::Searching)) != 0);
    m_cancelButton->setVisible(work != 0);
}

void SearchWorkspace::showTimings()
{
    QStringList parts;
    if (m_session->lastDetectMs() >= 0)
        parts << tr("detected in %1 ms").arg(m_session->lastDetectMs());
    if (m_session->hasDetections())
        parts << tr("fused in %1 ms (fused boxes: %2)").arg(m_session->lastFuseMs(), 0, 'f', 2).arg(m_session->fusedBoxes().size());
    if (m_session->lastSearchMs() >= 0)
        parts << tr("searched in %1 ms").arg(m_session->lastSearchMs());
    m_timingLabel->setText(parts.join(QStringLiteral(" · ")));
}

void SearchWorkspace::chooseExportFile()
{
    const QString jsonFilter = tr("JSON (*.json)");
    const QString csvFilter = tr("CSV (*.csv)");
    QString filter = jsonFilter;
    QString path = QFileDialog::getSaveFileName(this, tr("Export Results"), m_settings.lastPhotoDirectory() + QStringLiteral("/results.json"),
                                                jsonFilter + QStringLiteral(";;") + csvFilter, &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter == csvFilter ? QStringLiteral(".csv") : QStringLiteral(".json");
    if (exportResults(path))
        Q_EMIT statusMessage(tr("Saved the results to %1").arg(path), 5000);
}

bool SearchWorkspace::exportResults(const QString &path)
{
    const bool json = path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive);
    if (Status saved = AtomicFile::write(path, json ? m_session->results()->toJson() : m_session->results()->toCsv()); !saved) {
        showError(ErrorText::of(saved.error()));
        return false;
    }
    return true;
}

CompareDialog *SearchWorkspace::compareResult(int row)
{
    const std::optional<Box> query = m_session->queryBox();
    if (!query || row < 0 || row >= m_session->results()->rowCount())
        return nullptr;
    const QRect crop = QRectF(query->x1, query->y1, query->width(), query->height()).toAlignedRect();
    const QModelIndex index = m_session->results()->index(row);
    auto *dialog = new CompareDialog(m_canvas->photo().copy(crop), m_session->queryDescription(), m_session->results()->details(row), row + 1,
                                     index.data(ScoreRole).toDouble(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

Result<search::SearchPipelineParams> SearchWorkspace::workspaceParams() const
{
    if (m_config.isEmpty())
        return Result<search::SearchPipelineParams>::failure(ErrorCode::InvalidArgument,
                                                               tr("Open a catalog first (File ▸ Open Catalog…): this uses it and its models."));
    return m_config.pipelineParams();
}

void SearchWorkspace::rebuildIndex()
{
    if (m_indexJob->isRunning())
        return;
    const Result<search::SearchPipelineParams> params = workspaceParams();
    if (!params)
        return showError(ErrorText::of(params.error()));
    m_catalogLabel->setText(tr("Catalog: %1 (rebuilding the index…)").arg(QFileInfo(params->catalogPath).fileName()));
    m_catalogPanel->indexStatus()->showRebuilding();
    const QString catalogPath = params->catalogPath;
    const QString vectorSet = params->vectorSet;
    const QString indexType = m_settings.indexType();
    const auto rebuild = [catalogPath, vectorSet, indexType](const Progress &) { return ui::rebuildIndex(catalogPath, vectorSet, indexType); };
    m_indexJob->start(rebuild, [this, catalogPath](const Result<QString> &rebuilt) {
        if (catalogPath != m_config.catalogPath)
            return;  // another catalog was opened meanwhile
        if (!rebuilt) {
            m_catalogPanel->indexStatus()->showProblem(ErrorText::of(rebuilt.error()), false);
            return showError(ErrorText::of(rebuilt.error()));
        }
        Q_EMIT statusMessage(tr("Rebuilt the index of vector set %1").arg(*rebuilt), 5000);
        openWorkspace(m_config);
    });
}

ImportDialog *SearchWorkspace::importIntoCatalog()
{
    const Result<search::SearchPipelineParams> params = workspaceParams();
    if (!params) {
        showError(ErrorText::of(params.error()));
        return nullptr;
    }
    auto *dialog = new ImportDialog(*params, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::importFinished, this, [this](bool changed) {
        if (changed)
            openWorkspace(m_config);  // the index was rebuilt: search the new one
    });
    dialog->open();
    return dialog;
}

void SearchWorkspace::rebuildRecentMenu()
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

void SearchWorkspace::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() || event->mimeData()->hasImage())
        event->acceptProposedAction();
}

void SearchWorkspace::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (mime->hasUrls() && mime->urls().constFirst().isLocalFile())
        openPhoto(mime->urls().constFirst().toLocalFile());
    else if (mime->hasImage())
        showImage(qvariant_cast<QImage>(mime->imageData()), tr("dropped image"));
    event->acceptProposedAction();
}

} // namespace lookbook::ui
