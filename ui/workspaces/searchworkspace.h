#pragma once

#include "common/result.h"
#include "models/workspaceconfig.h"
#include "settings/appsettings.h"
#include "workspaces/workspace.h"

class QDockWidget;
class QLabel;
class QProgressBar;
class QToolButton;

namespace lookbook::models {
class DecodedImage;
}

namespace lookbook::search {
struct SearchPipelineParams;
}

namespace lookbook::ui {

class CatalogPanel;
class CompareDialog;
class FusionPanel;
class ImportDialog;
class JobRunner;
class LayersPanel;
class MessageBar;
class PhotoCanvas;
class ResultsPanel;
class SearchSession;

// The Search workspace: the street photo with each detector's boxes and the fused ones in the
// centre, the layer legend on the left, the fusion settings on the right, the ranked shop items and
// the catalog below. Photos open by menu, tool bar, recent files, paste and drop; the catalog and
// models by File ▸ Open Catalog or the command line, and the last ones are reopened on start.
class SearchWorkspace final : public Workspace
{
    Q_OBJECT

public:
    explicit SearchWorkspace(QWidget *parent = nullptr);
    ~SearchWorkspace() override;

    PhotoCanvas *canvas() const { return m_canvas; }
    SearchSession *session() const { return m_session; }
    LayersPanel *layersPanel() const { return m_layersPanel; }
    FusionPanel *fusionPanel() const { return m_fusionPanel; }
    ResultsPanel *resultsPanel() const { return m_resultsPanel; }
    MessageBar *messageBar() const { return m_messageBar; }
    QString currentPhotoSource() const { return m_currentSource; }
    // The catalog and models open (or being opened); empty before the first.
    const WorkspaceConfig &config() const { return m_config; }
    // The fused boxes' layer index on the canvas (the detectors' layers come first).
    int fusedLayer() const;

    QString title() const override;
    QList<QAction *> menuActions(MenuSlot slot) const override;
    QList<QMenu *> menus() const override;
    QWidget *statusWidget() const override { return m_statusWidget; }

public Q_SLOTS:
    // Decodes off the GUI thread; a newer request makes an older, slower one irrelevant.
    void openPhoto(const QString &path);
    void pastePhoto();
    // Opens the catalog and models in the background and remembers them for the next start.
    void openWorkspace(const lookbook::ui::WorkspaceConfig &config);
    // Reopens the catalog and models of the last session; on the first start, the demo.
    void restoreWorkspace();
    // Makes the demo catalog if it is not there yet (in the background, with progress in the message
    // bar), opens it with the demo models and searches one of its street photos.
    void openDemo();
    // JSON when the name ends in .json, CSV otherwise; false (and a message) if it cannot be written.
    bool exportResults(const QString &path);
    CompareDialog *compareResult(int row);
    // Imports photos into the workspace's catalog (which need not be searchable yet), then reopens it.
    ImportDialog *importIntoCatalog();
    // Rebuilds the catalog's index in the background (as `lookbook-cli index build`), then reopens it.
    void rebuildIndex();

Q_SIGNALS:
    void photoShown(const QString &source);
    void photoFailed(const QString &message);
    // Any problem shown in the message bar (a photo, the catalog, a model, a search).
    void errorShown(const QString &message);
    void demoOpened(const QString &streetPhoto);

protected:
    void applyDefaultLayout() override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createDocks();
    void createStatusWidget();
    void connectSession();
    void rebuildRecentMenu();
    void showPhoto(const QImage &image, const QString &source);
    void showImage(const QImage &image, const QString &source);
    void detectOn(const models::DecodedImage &pixels);
    void showError(const QString &message);
    void failPhoto(const QString &message);
    void choosePhoto();
    void chooseWorkspace();
    void chooseExportFile();
    void showCatalog();
    void showDetectors();
    void refreshLayers();
    void showSelection();
    void showResults();
    void showBusy(int work);
    void showTimings();
    // The open workspace's pipeline parameters, or why there are none.
    Result<search::SearchPipelineParams> workspaceParams() const;

    PhotoCanvas *m_canvas = nullptr;
    MessageBar *m_messageBar = nullptr;
    SearchSession *m_session = nullptr;
    LayersPanel *m_layersPanel = nullptr;
    FusionPanel *m_fusionPanel = nullptr;
    ResultsPanel *m_resultsPanel = nullptr;
    CatalogPanel *m_catalogPanel = nullptr;
    QDockWidget *m_layersDock = nullptr;
    QDockWidget *m_fusionDock = nullptr;
    QDockWidget *m_resultsDock = nullptr;
    QDockWidget *m_catalogDock = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_searchMenu = nullptr;
    QList<QAction *> m_fileActions;
    QList<QAction *> m_viewActions;
    QList<QAction *> m_toolsActions;
    QAction *m_queryToolAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_exportAction = nullptr;
    QWidget *m_statusWidget = nullptr;
    QLabel *m_photoLabel = nullptr;
    QProgressBar *m_busyBar = nullptr;
    QLabel *m_busyLabel = nullptr;
    QToolButton *m_cancelButton = nullptr;
    QLabel *m_catalogLabel = nullptr;
    QLabel *m_timingLabel = nullptr;
    QLabel *m_zoomLabel = nullptr;
    AppSettings m_settings;
    WorkspaceConfig m_config;
    QString m_currentSource;
    quint64 m_loadRequest = 0;
    JobRunner *m_demoJob = nullptr;   // prepares the demo catalog (a minute on first run)
    JobRunner *m_indexJob = nullptr;  // rebuilds the open catalog's index
};

} // namespace lookbook::ui
