#include "widgets/mainwindow.h"

#include "common/logging.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/preferencesdialog.h"
#include "models/backendstatus.h"
#include "models/searchsession.h"
#include "models/thumbnailcache.h"
#include "workspaces/evaluationworkspace.h"
#include "workspaces/reviewworkspace.h"
#include "workspaces/searchworkspace.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>

namespace lookbook::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_workspaces(new QTabWidget(this))
{
    setWindowTitle(tr("Lookbook"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/lookbook.svg")));
    m_workspaces->setDocumentMode(true);
    setCentralWidget(m_workspaces);
    m_search = new SearchWorkspace(this);
    m_review = new ReviewWorkspace(this);
    m_evaluation = new EvaluationWorkspace(m_search, this);
    m_deviceLabel = new QLabel(tr("Device: checking…"), this);
    addWorkspace(m_search, tr("Search"));
    addWorkspace(m_review, tr("Review"));
    addWorkspace(m_evaluation, tr("Evaluation"));
    statusBar()->addPermanentWidget(m_deviceLabel);
    createMenus();
    connect(m_workspaces, &QTabWidget::currentChanged, this, &MainWindow::activateCurrentWorkspace);
    connect(m_review, &ReviewWorkspace::catalogOpened, this, [this] { showWorkspace(m_review); });
    activateCurrentWorkspace();
    resize(1440, 900);
    restoreGeometry(m_settings.windowGeometry());
    for (Workspace *workspace : m_all)
        workspace->restoreLayout(m_settings.workspaceLayout(workspace->objectName()));
}

MainWindow::~MainWindow() = default;

void MainWindow::addWorkspace(Workspace *workspace, const QString &label)
{
    m_all.push_back(workspace);
    m_workspaces->addTab(workspace, label);
    if (QWidget *status = workspace->statusWidget())
        statusBar()->addPermanentWidget(status);
    connect(workspace, &Workspace::titleChanged, this, [this, workspace] {
        if (workspace == currentWorkspace())
            showTitle();
    });
    connect(workspace, &Workspace::modifiedChanged, this, [this, workspace](bool modified) {
        if (workspace == currentWorkspace())
            setWindowModified(modified);
    });
    connect(workspace, &Workspace::statusMessage, this, [this](const QString &text, int timeoutMs) { statusBar()->showMessage(text, timeoutMs); });
}

Workspace *MainWindow::currentWorkspace() const
{
    return qobject_cast<Workspace *>(m_workspaces->currentWidget());
}

void MainWindow::createMenus()
{
    using Slot = Workspace::MenuSlot;
    const auto addWorkspaceActions = [this](QMenu *menu, Slot slot) {
        for (Workspace *workspace : m_all)
            menu->addActions(workspace->menuActions(slot));
    };
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    addWorkspaceActions(m_fileMenu, Slot::File);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    addWorkspaceActions(m_editMenu, Slot::Edit);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    auto *switching = new QActionGroup(this);
    for (int i = 0; i < m_workspaces->count(); ++i) {
        QAction *show = m_viewMenu->addAction(m_workspaces->tabText(i), this, [this, i] { m_workspaces->setCurrentIndex(i); });
        show->setCheckable(true);
        show->setShortcut(QKeySequence(Qt::ALT | static_cast<Qt::Key>(Qt::Key_1 + i)));
        switching->addAction(show);
    }
    connect(m_workspaces, &QTabWidget::currentChanged, switching, [switching](int index) { switching->actions().at(index)->setChecked(true); });
    switching->actions().at(m_workspaces->currentIndex())->setChecked(true);
    m_viewMenu->addSeparator();
    addWorkspaceActions(m_viewMenu, Slot::View);

    for (Workspace *workspace : m_all)
        for (QMenu *menu : workspace->menus())
            menuBar()->addMenu(menu);

    m_toolsMenu = menuBar()->addMenu(tr("&Tools"));
    m_toolsMenu->addAction(tr("&Evaluate on a Dataset…"), this, [this] {
        showWorkspace(m_evaluation);
        m_evaluation->askForDataset();
    })->setStatusTip(tr("Detection AP and retrieval Acc@k of the workspace's models and fusion setting on a DeepFashion2-layout dataset"));
    addWorkspaceActions(m_toolsMenu, Slot::Tools);
    m_toolsMenu->addSeparator();
    QAction *preferencesAction = m_toolsMenu->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferencesAction->setShortcut(Qt::CTRL | Qt::Key_Comma);
    preferencesAction->setMenuRole(QAction::PreferencesRole);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Lookbook"), this, &MainWindow::showAboutDialog);
    helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::showWorkspace(Workspace *workspace)
{
    m_workspaces->setCurrentWidget(workspace);
}

void MainWindow::activateCurrentWorkspace()
{
    Workspace *current = currentWorkspace();
    for (Workspace *workspace : m_all) {
        const bool active = workspace == current;
        for (Workspace::MenuSlot slot : {Workspace::MenuSlot::File, Workspace::MenuSlot::Edit, Workspace::MenuSlot::View, Workspace::MenuSlot::Tools})
            for (QAction *action : workspace->menuActions(slot))
                action->setVisible(active);
        for (QMenu *menu : workspace->menus())
            menu->menuAction()->setVisible(active);
        if (QWidget *status = workspace->statusWidget())
            status->setVisible(active);
        workspace->setActive(active);
    }
    // Only the Review workspace edits: elsewhere the Edit menu would be empty.
    m_editMenu->menuAction()->setVisible(!current->menuActions(Workspace::MenuSlot::Edit).isEmpty());
    showTitle();
}

void MainWindow::showTitle()
{
    Workspace *current = currentWorkspace();
    setWindowTitle(current->title());
    setWindowModified(current->isModified());
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // LibTorch is loaded for its report only once the window is up (README "Startup").
    if (!m_backendsRequested) {
        m_backendsRequested = true;
        qCInfo(lcUi) << "window shown";  // README "Startup" times this line against the backend's
        QTimer::singleShot(0, this, &MainWindow::checkBackends);
    }
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
            device = tr("CUDA (%n GPU(s))", nullptr, static_cast<int>(info.devices.size()) - 1);
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

void MainWindow::showPreferences()
{
    Preferences current;
    current.workspace = m_search->config().isEmpty() ? m_settings.workspace() : m_search->config();
    current.indexType = m_settings.indexType();
    current.thumbnailCapacity = m_settings.thumbnailCapacity();
    current.language = m_settings.language();
    auto *dialog = new PreferencesDialog(current, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, current] {
        const Preferences chosen = dialog->preferences();
        m_settings.setThumbnailCapacity(chosen.thumbnailCapacity);
        m_search->session()->thumbnails()->setCapacity(chosen.thumbnailCapacity);
        m_settings.setIndexType(chosen.indexType);
        m_settings.setLanguage(chosen.language);
        const WorkspaceConfig &before = current.workspace;
        const WorkspaceConfig &after = chosen.workspace;
        if (after.manifests == before.manifests && after.disabledManifests == before.disabledManifests && after.device == before.device
            && after.threads == before.threads)
            return;
        if (after.isEmpty())
            m_settings.setWorkspace(after);
        else
            m_search->openWorkspace(after);  // the models load again with the new choices
    });
    dialog->open();
}

void MainWindow::showAboutDialog()
{
    auto *dialog = new AboutDialog(m_backends, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::openReview(const QString &catalogPath)
{
    showWorkspace(m_review);
    m_review->openCatalog(catalogPath);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    for (Workspace *workspace : m_all) {
        if (!workspace->confirmClose()) {
            event->ignore();
            return;
        }
    }
    m_settings.setWindowGeometry(saveGeometry());
    for (Workspace *workspace : m_all)
        m_settings.setWorkspaceLayout(workspace->objectName(), workspace->saveState());
    event->accept();
}

} // namespace lookbook::ui
