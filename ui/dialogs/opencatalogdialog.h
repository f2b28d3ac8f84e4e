#pragma once

#include "models/workspaceconfig.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace lookbook::ui {

class ManifestList;

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
    void validate();

    QLineEdit *m_catalog = nullptr;
    ManifestList *m_manifests = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    WorkspaceConfig m_initial;  // device, threads and embedder are kept: chosen in Preferences and in the results panel
};

} // namespace lookbook::ui
