#pragma once

#include "common/backendinfo.h"
#include "settings/appsettings.h"

#include <QMainWindow>

#include <vector>

class QLabel;
class QMenu;
class QTabWidget;

namespace lookbook::ui {

class EvaluationWorkspace;
class ReviewWorkspace;
class SearchWorkspace;
class Workspace;

// The application window: its workspaces (Search, Review, Evaluation) as tabs, each with its own
// docks and tool bar, and the menu bar and status bar they share. The window shows a workspace's
// menus, actions, status and title only while that workspace is shown; it keeps each workspace's
// layout between runs, and reports the compute backends once it is up.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    SearchWorkspace *searchWorkspace() const { return m_search; }
    ReviewWorkspace *reviewWorkspace() const { return m_review; }
    EvaluationWorkspace *evaluationWorkspace() const { return m_evaluation; }
    QTabWidget *workspaceTabs() const { return m_workspaces; }
    Workspace *currentWorkspace() const;
    const std::vector<BackendInfo> &backends() const { return m_backends; }

public Q_SLOTS:
    void showWorkspace(lookbook::ui::Workspace *workspace);
    // Switches to the Review workspace and opens a review catalog there.
    void openReview(const QString &catalogPath);
    void showAboutDialog();
    void showPreferences();

Q_SIGNALS:
    void backendsChecked();

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void addWorkspace(Workspace *workspace, const QString &label);
    void createMenus();
    void checkBackends();
    void showBackendStatus();
    // Puts the shown workspace's menus, actions and status in place and hides the others'.
    void activateCurrentWorkspace();
    void showTitle();

    AppSettings m_settings;
    QTabWidget *m_workspaces = nullptr;
    SearchWorkspace *m_search = nullptr;
    ReviewWorkspace *m_review = nullptr;
    EvaluationWorkspace *m_evaluation = nullptr;
    std::vector<Workspace *> m_all;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QLabel *m_deviceLabel = nullptr;
    bool m_backendsRequested = false;  // once, after the window first shows
    std::vector<BackendInfo> m_backends;
};

} // namespace lookbook::ui
