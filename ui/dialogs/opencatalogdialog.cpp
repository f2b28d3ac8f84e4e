#include "dialogs/opencatalogdialog.h"

#include "widgets/manifestlist.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace lookbook::ui {

OpenCatalogDialog::OpenCatalogDialog(const WorkspaceConfig &config, QWidget *parent) : QDialog(parent), m_initial(config)
{
    setWindowTitle(tr("Open Catalog"));
    resize(640, 420);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    auto *catalogRow = new QHBoxLayout;
    m_catalog = new QLineEdit(config.catalogPath, this);
    m_catalog->setPlaceholderText(tr("a catalog made with lookbook-cli catalog create / import"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &OpenCatalogDialog::chooseCatalog);
    catalogRow->addWidget(m_catalog, 1);
    catalogRow->addWidget(browse);
    auto *catalogLabel = new QLabel(tr("&Catalog:"), this);
    catalogLabel->setBuddy(m_catalog);
    form->addRow(catalogLabel, catalogRow);
    layout->addLayout(form);

    auto *modelsLabel = new QLabel(tr("&Models (detectors, and the embedder that made the catalog's vectors); untick to leave one out:"), this);
    layout->addWidget(modelsLabel);
    m_manifests = new ManifestList(this);
    modelsLabel->setBuddy(m_manifests->list());
    layout->addWidget(m_manifests, 1);

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a4271b;"));
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    connect(m_catalog, &QLineEdit::textChanged, this, &OpenCatalogDialog::validate);
    connect(m_catalog, &QLineEdit::textChanged, this,
            [this](const QString &path) { m_manifests->setBrowseDirectory(QFileInfo(path).absolutePath()); });
    connect(m_manifests, &ManifestList::changed, this, &OpenCatalogDialog::validate);

    m_manifests->setBrowseDirectory(QFileInfo(config.catalogPath).absolutePath());
    m_manifests->setManifests(config.manifests, config.disabledManifests);
    validate();
}

void OpenCatalogDialog::addManifests(const QStringList &paths)
{
    m_manifests->addManifests(paths);
}

WorkspaceConfig OpenCatalogDialog::config() const
{
    WorkspaceConfig config = m_initial;
    config.catalogPath = m_catalog->text().trimmed();
    config.manifests = m_manifests->manifests();
    config.disabledManifests = m_manifests->disabledManifests();
    return config;
}

void OpenCatalogDialog::chooseCatalog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Catalog"), QFileInfo(m_catalog->text()).absolutePath(),
                                                      tr("Lookbook catalogs (*.db);;All files (*)"));
    if (!path.isEmpty())
        m_catalog->setText(path);
}

void OpenCatalogDialog::validate()
{
    // The same check the window makes before opening, so that a mistake shows here, next to its cause.
    const QString problem = config().problem();
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(problem.isEmpty());
}

} // namespace lookbook::ui
