#include "settings/appsettings.h"

#include "common/limits.h"
#include "models/thumbnailcache.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace lookbook::ui {

namespace {
const QString kRecentPhotos = QStringLiteral("photos/recent");
const QString kLastDirectory = QStringLiteral("photos/lastDirectory");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kLayoutGroup = QStringLiteral("window/layout/");
const QString kCatalog = QStringLiteral("workspace/catalog");
const QString kManifests = QStringLiteral("workspace/manifests");
const QString kDisabledManifests = QStringLiteral("workspace/disabledManifests");
const QString kDevice = QStringLiteral("workspace/device");
const QString kEmbedder = QStringLiteral("workspace/embedder");
const QString kThreads = QStringLiteral("workspace/threads");
const QString kIndexType = QStringLiteral("index/type");
const QString kQueryExpansion = QStringLiteral("search/queryExpansion");
const QString kDatabaseAugmentation = QStringLiteral("search/databaseAugmentation");
const QString kRerank = QStringLiteral("search/rerank");
const QString kThumbnailCapacity = QStringLiteral("thumbnails/capacity");
const QString kLanguage = QStringLiteral("interface/language");
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
QByteArray AppSettings::workspaceLayout(const QString &workspace) const { return m_settings.value(kLayoutGroup + workspace).toByteArray(); }
void AppSettings::setWorkspaceLayout(const QString &workspace, const QByteArray &state) { m_settings.setValue(kLayoutGroup + workspace, state); }

QString AppSettings::lastPhotoDirectory() const
{
    return m_settings.value(kLastDirectory, QDir::homePath()).toString();
}

void AppSettings::setLastPhotoDirectory(const QString &directory)
{
    m_settings.setValue(kLastDirectory, directory);
}

WorkspaceConfig AppSettings::workspace() const
{
    WorkspaceConfig config;
    config.catalogPath = m_settings.value(kCatalog).toString();
    config.manifests = m_settings.value(kManifests).toStringList();
    config.disabledManifests = m_settings.value(kDisabledManifests).toStringList();
    config.device = m_settings.value(kDevice, config.device).toString();
    config.embedder = m_settings.value(kEmbedder).toString();
    // A hand-edited or old value beyond the limit would start thousands of threads.
    config.threads = std::clamp(m_settings.value(kThreads, 0).toInt(), 0, limits::maxThreads());
    return config;
}

void AppSettings::setWorkspace(const WorkspaceConfig &config)
{
    m_settings.setValue(kCatalog, config.catalogPath);
    m_settings.setValue(kManifests, config.manifests);
    m_settings.setValue(kDisabledManifests, config.disabledManifests);
    m_settings.setValue(kDevice, config.device);
    m_settings.setValue(kEmbedder, config.embedder);
    m_settings.setValue(kThreads, config.threads);
}

bool AppSettings::queryExpansion() const { return m_settings.value(kQueryExpansion, false).toBool(); }
bool AppSettings::databaseAugmentation() const { return m_settings.value(kDatabaseAugmentation, false).toBool(); }
bool AppSettings::rerank() const { return m_settings.value(kRerank, false).toBool(); }

void AppSettings::setPostProcessing(const search::SearchOptions &options)
{
    m_settings.setValue(kQueryExpansion, options.qeNeighbours > 0);
    m_settings.setValue(kDatabaseAugmentation, options.dbaNeighbours > 0);
    m_settings.setValue(kRerank, options.rerank.has_value());
}

int AppSettings::thumbnailCapacity() const
{
    return m_settings.value(kThumbnailCapacity, ThumbnailCache::kDefaultCapacity).toInt();
}

void AppSettings::setThumbnailCapacity(int capacity)
{
    m_settings.setValue(kThumbnailCapacity, capacity);
}

QString AppSettings::language() const { return m_settings.value(kLanguage).toString(); }
void AppSettings::setLanguage(const QString &language) { m_settings.setValue(kLanguage, language); }

QString AppSettings::indexType() const { return m_settings.value(kIndexType).toString(); }
void AppSettings::setIndexType(const QString &type) { m_settings.setValue(kIndexType, type); }

} // namespace lookbook::ui
