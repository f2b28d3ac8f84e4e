#pragma once

#include "common/backendinfo.h"
#include "settings/appsettings.h"

#include <QMainWindow>

#include <vector>

class QLabel;
class QMenu;

namespace lookbook::ui {

class PhotoCanvas;

// The application window. For now it opens photos (menu, toolbar, recent files, paste, drop) and
// shows which backends and devices this build runs on; the search workspace grows inside it.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    PhotoCanvas *canvas() const { return m_canvas; }
    QString currentPhotoSource() const { return m_currentSource; }
    const std::vector<BackendInfo> &backends() const { return m_backends; }

public Q_SLOTS:
    // Decodes off the GUI thread; a newer request makes an older, slower one irrelevant.
    void openPhoto(const QString &path);
    void pastePhoto();
    void showAboutDialog();

Q_SIGNALS:
    void photoShown(const QString &source);
    void photoFailed(const QString &message);
    void backendsChecked();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createStatusBar();
    void checkBackends();
    void showBackendStatus();
    void rebuildRecentMenu();
    void showPhoto(const QImage &image, const QString &source);
    void showError(const QString &message);
    void choosePhoto();

    PhotoCanvas *m_canvas = nullptr;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_photoLabel = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QLabel *m_deviceLabel = nullptr;
    AppSettings m_settings;
    QString m_currentSource;
    quint64 m_loadRequest = 0;
    std::vector<BackendInfo> m_backends;
};

} // namespace lookbook::ui
