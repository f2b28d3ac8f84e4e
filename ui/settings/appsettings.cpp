#include "settings/appsettings.h"

#include <QDir>
#include <QFileInfo>

namespace lookbook::ui {

namespace {
const QString kRecentPhotos = QStringLiteral("photos/recent");
const QString kLastDirectory = QStringLiteral("photos/lastDirectory");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
} // namespace

QStringList AppSettings::recentPhotos() const
{
    return m_settings.value(kRecentPhotos).toStringList();
}

void AppSettings::addRecentPhoto(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = recentPhotos();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecentPhotos)
        recent.removeLast();
    m_settings.setValue(kRecentPhotos, recent);
}

void AppSettings::clearRecentPhotos()
{
    m_settings.remove(kRecentPhotos);
}

QByteArray AppSettings::windowGeometry() const { return m_settings.value(kGeometry).toByteArray(); }
void AppSettings::setWindowGeometry(const QByteArray &geometry) { m_settings.setValue(kGeometry, geometry); }
QByteArray AppSettings::windowState() const { return m_settings.value(kState).toByteArray(); }
void AppSettings::setWindowState(const QByteArray &state) { m_settings.setValue(kState, state); }

QString AppSettings::lastPhotoDirectory() const
{
    return m_settings.value(kLastDirectory, QDir::homePath()).toString();
}

void AppSettings::setLastPhotoDirectory(const QString &directory)
{
    m_settings.setValue(kLastDirectory, directory);
}

} // namespace lookbook::ui
