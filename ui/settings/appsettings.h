#pragma once

#include <QByteArray>
#include <QSettings>
#include <QStringList>

namespace lookbook::ui {

// Typed access to what the application remembers between runs.
class AppSettings final
{
public:
    static constexpr int kMaxRecentPhotos = 10;

    QStringList recentPhotos() const;
    void addRecentPhoto(const QString &path);
    void clearRecentPhotos();

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    QString lastPhotoDirectory() const;
    void setLastPhotoDirectory(const QString &directory);

private:
    QSettings m_settings;
};

} // namespace lookbook::ui
