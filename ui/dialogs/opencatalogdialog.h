#pragma once

#include "models/workspaceconfig.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace lookbook::ui {

// Chooses the catalog to search and the models to use with it: detector manifests and the
// embedder (or ensemble) that made the catalog's vectors; each manifest can be switched off.
class OpenCatalogDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit OpenCatalogDialog(const WorkspaceConfig &config, QWidget *parent = nullptr);

    WorkspaceConfig config() const;
    void addManifests(const QStringList &paths);

private:
    void chooseCatalog();
    void chooseManifests();
    void removeSelected();
    void validate();

    QLineEdit *m_catalog = nullptr;
    QListWidget *m_manifests = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_device;    // kept as they were: chosen in Preferences and in the results panel
    QString m_embedder;
};

} // namespace lookbook::ui
