#pragma once

#include "models/workspaceconfig.h"
#include "search/searchoptions.h"

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
    // A workspace's docks and tool bars, by its object name.
    QByteArray workspaceLayout(const QString &workspace) const;
    void setWorkspaceLayout(const QString &workspace, const QByteArray &state);

    QString lastPhotoDirectory() const;
    void setLastPhotoDirectory(const QString &directory);

    // The catalog and models last opened, reopened on start.
    WorkspaceConfig workspace() const;
    void setWorkspace(const WorkspaceConfig &config);
    // Which post-processing steps the results use (QE, DBA, re-ranking).
    bool queryExpansion() const;
    bool databaseAugmentation() const;
    bool rerank() const;
    void setPostProcessing(const search::SearchOptions &options);
    int thumbnailCapacity() const;
    void setThumbnailCapacity(int capacity);
    // The interface language as a locale name ("ko", "zh_CN"); empty: the system's. Read on start.
    QString language() const;
    void setLanguage(const QString &language);
    // What Rebuild Index builds ("flat", "hnsw", "ivfpq"); empty: the type recorded for the catalog.
    QString indexType() const;
    void setIndexType(const QString &type);

private:
    QSettings m_settings;
};

} // namespace lookbook::ui
