#pragma once

#include <QList>
#include <QMainWindow>

class QAction;
class QDockWidget;
class QMenu;

namespace lookbook::ui {

// One of the window's workspaces (Search, Review, Evaluation). Each is a main window of its own
// inside the window's tabs, so its docks, tool bars and their layout come and go with it and need
// no bookkeeping. What it offers the shared menu bar and status bar, the window shows only while
// the workspace is shown: a hidden workspace's shortcuts never act on what nobody sees.
class Workspace : public QMainWindow
{
    Q_OBJECT

public:
    // The window's shared menus that take a workspace's actions.
    enum class MenuSlot { File, Edit, View, Tools };

    explicit Workspace(QWidget *parent = nullptr);

    // The window's title while this workspace is shown; "[*]" marks where unsaved edits show.
    virtual QString title() const = 0;
    virtual bool isModified() const;
    virtual QList<QAction *> menuActions(MenuSlot slot) const;
    // Menus of its own, put between View and Tools.
    virtual QList<QMenu *> menus() const;
    // Its part of the status bar (the window's own part sits beside it), or nullptr.
    virtual QWidget *statusWidget() const;
    // Called when the workspace is shown (true) or hidden behind another one.
    virtual void setActive(bool active);
    // Before the window closes; false: the user wants to stay (for example to save edits).
    virtual bool confirmClose();
    // The docks' layout the user left (saveState()); without one, the default layout is set up when
    // the workspace is first shown, at its real size.
    bool restoreLayout(const QByteArray &state);

Q_SIGNALS:
    void titleChanged();
    void modifiedChanged(bool modified);
    // A line for the window's status bar, gone after `timeoutMs` (0: until the next one).
    void statusMessage(const QString &text, int timeoutMs);

protected:
    // Dock sizes that read well at the window's default size.
    virtual void applyDefaultLayout();
    void showEvent(QShowEvent *event) override;

    // A movable, floatable, closable dock for `content`, put in `area`; `objectName` keys its place in
    // the saved layout.
    QDockWidget *addDock(const QString &title, const QString &objectName, QWidget *content, Qt::DockWidgetArea area);
    // The centre: the workspace's message bar (problems, offers) above its view of the photo.
    void setCentralView(QWidget *messageBar, QWidget *view);

private:
    bool m_layoutSettled = false;  // restored, or the default applied
};

} // namespace lookbook::ui
