#pragma once

#include "models/workspaceconfig.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QSpinBox;
class QTabWidget;

namespace lookbook::ui {

class ManifestList;

// What the Preferences dialog edits.
struct Preferences final {
    WorkspaceConfig workspace;  // its models, device and threads (the catalog is chosen in Open Catalog)
    QString indexType;          // what Rebuild Index builds: "flat", "hnsw", "ivfpq"; empty: the type recorded for the catalog
    int thumbnailCapacity = 0;
    QString language;           // the interface's, as a locale name ("ko"); empty: the system's. Applies on the next start
};

// The workspace's models (add, remove, switch on and off), where and on how many threads they run,
// the index type rebuilds use, how many thumbnails are kept, and the interface language.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(const Preferences &preferences, QWidget *parent = nullptr);

    Preferences preferences() const;
    QTabWidget *tabs() const { return m_tabs; }
    ManifestList *manifestList() const { return m_manifests; }

private:
    void validate();

    Preferences m_initial;
    QTabWidget *m_tabs = nullptr;
    ManifestList *m_manifests = nullptr;
    QLabel *m_problem = nullptr;
    QComboBox *m_device = nullptr;
    QSpinBox *m_threads = nullptr;
    QComboBox *m_indexType = nullptr;
    QSpinBox *m_thumbnails = nullptr;
    QComboBox *m_language = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace lookbook::ui
