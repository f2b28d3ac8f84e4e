#include "workspaces/workspace.h"

#include <QDockWidget>
#include <QVBoxLayout>

namespace lookbook::ui {

Workspace::Workspace(QWidget *parent)
    : QMainWindow(parent)
{
    // A page of the window's tabs, not a top-level window.
    setWindowFlags(Qt::Widget);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);
}

QDockWidget *Workspace::addDock(const QString &title, const QString &objectName, QWidget *content, Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetFloatable);
    dock->setWidget(content);
    addDockWidget(area, dock);
    return dock;
}

void Workspace::setCentralView(QWidget *messageBar, QWidget *view)
{
    auto *centre = new QWidget(this);
    auto *layout = new QVBoxLayout(centre);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(messageBar);
    layout->addWidget(view, 1);
    setCentralWidget(centre);
}

bool Workspace::restoreLayout(const QByteArray &state)
{
    m_layoutSettled = restoreState(state);
    return m_layoutSettled;
}

void Workspace::applyDefaultLayout()
{
}

void Workspace::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_layoutSettled) {
        m_layoutSettled = true;
        applyDefaultLayout();
    }
}

bool Workspace::isModified() const
{
    return false;
}

QList<QAction *> Workspace::menuActions(MenuSlot) const
{
    return {};
}

QList<QMenu *> Workspace::menus() const
{
    return {};
}

QWidget *Workspace::statusWidget() const
{
    return nullptr;
}

void Workspace::setActive(bool)
{
}

bool Workspace::confirmClose()
{
    return true;
}

} // namespace lookbook::ui
