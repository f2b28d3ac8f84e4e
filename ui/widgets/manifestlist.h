#pragma once

#include <QStringList>
#include <QWidget>

class QListWidget;
class QPushButton;

namespace lookbook::ui {

// The model manifests of a workspace: each with its name and kind, ticked when enabled, with Add…
// and Remove. Unreadable manifests stay listed with a warning, so the user sees what is wrong.
class ManifestList final : public QWidget
{
    Q_OBJECT

public:
    explicit ManifestList(QWidget *parent = nullptr);

    void setManifests(const QStringList &manifests, const QStringList &disabled);
    void addManifests(const QStringList &paths);
    QStringList manifests() const;
    QStringList disabledManifests() const;
    QListWidget *list() const { return m_list; }
    // Where Add… starts browsing.
    void setBrowseDirectory(const QString &directory) { m_browseDirectory = directory; }

Q_SIGNALS:
    void changed();

private:
    void chooseManifests();
    void removeSelected();

    QListWidget *m_list = nullptr;
    QPushButton *m_remove = nullptr;
    QString m_browseDirectory;
};

} // namespace lookbook::ui
