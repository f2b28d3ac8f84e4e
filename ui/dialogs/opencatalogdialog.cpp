#include "dialogs/opencatalogdialog.h"

#include "detection/modelmanifest.h"

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

namespace {

QString kindName(detection::ModelKind kind)
{
    switch (kind) {
    case detection::ModelKind::Detector:
        return OpenCatalogDialog::tr("detector");
    case detection::ModelKind::Embedder:
        return OpenCatalogDialog::tr("embedder");
    case detection::ModelKind::Ensemble:
        return OpenCatalogDialog::tr("ensemble");
    }
    return {};
}

} // namespace

OpenCatalogDialog::OpenCatalogDialog(const WorkspaceConfig &config, QWidget *parent)
    : QDialog(parent), m_device(config.device), m_embedder(config.embedder)
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
    m_manifests = new QListWidget(this);
    modelsLabel->setBuddy(m_manifests);
    m_manifests->setSelectionMode(QAbstractItemView::ExtendedSelection);
    layout->addWidget(m_manifests, 1);
    auto *buttonsRow = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add…"), this);
    m_remove = new QPushButton(tr("&Remove"), this);
    connect(add, &QPushButton::clicked, this, &OpenCatalogDialog::chooseManifests);
    connect(m_remove, &QPushButton::clicked, this, &OpenCatalogDialog::removeSelected);
    connect(m_manifests, &QListWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_manifests->selectedItems().isEmpty()); });
    connect(m_manifests, &QListWidget::itemChanged, this, &OpenCatalogDialog::validate);
    buttonsRow->addWidget(add);
    buttonsRow->addWidget(m_remove);
    buttonsRow->addStretch(1);
    layout->addLayout(buttonsRow);

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a4271b;"));
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    connect(m_catalog, &QLineEdit::textChanged, this, &OpenCatalogDialog::validate);

    addManifests(config.manifests);
    for (int i = 0; i < m_manifests->count(); ++i) {
        QListWidgetItem *item = m_manifests->item(i);
        item->setCheckState(config.disabledManifests.contains(item->data(Qt::UserRole).toString()) ? Qt::Unchecked : Qt::Checked);
    }
    m_remove->setEnabled(false);
    validate();
}

void OpenCatalogDialog::addManifests(const QStringList &paths)
{
    for (const QString &path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (!m_manifests->findItems(absolute, Qt::MatchEndsWith).isEmpty())
            continue;
        const Result<detection::ModelManifest> manifest = detection::ModelManifest::load(absolute);
        auto *item = new QListWidgetItem;
        item->setData(Qt::UserRole, absolute);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
        if (manifest) {
            item->setText(tr("%1 (%2) — %3").arg(manifest->name, kindName(manifest->kind), absolute));
        } else {
            item->setText(tr("unreadable — %1").arg(absolute));
            item->setToolTip(manifest.error().message);
            item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
        }
        m_manifests->addItem(item);
    }
    validate();
}

WorkspaceConfig OpenCatalogDialog::config() const
{
    WorkspaceConfig config;
    config.catalogPath = m_catalog->text().trimmed();
    config.device = m_device;
    config.embedder = m_embedder;
    for (int i = 0; i < m_manifests->count(); ++i) {
        const QListWidgetItem *item = m_manifests->item(i);
        const QString path = item->data(Qt::UserRole).toString();
        config.manifests << path;
        if (item->checkState() != Qt::Checked)
            config.disabledManifests << path;
    }
    return config;
}

void OpenCatalogDialog::chooseCatalog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Catalog"), QFileInfo(m_catalog->text()).absolutePath(),
                                                      tr("Lookbook catalogs (*.db);;All files (*)"));
    if (!path.isEmpty())
        m_catalog->setText(path);
}

void OpenCatalogDialog::chooseManifests()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Add Model Manifests"), QFileInfo(m_catalog->text()).absolutePath(),
                                                            tr("Model manifests (*.json);;All files (*)"));
    addManifests(paths);
}

void OpenCatalogDialog::removeSelected()
{
    qDeleteAll(m_manifests->selectedItems());
    validate();
}

void OpenCatalogDialog::validate()
{
    // The same check the window makes before opening, so that a mistake shows here, next to its cause.
    QString problem;
    const WorkspaceConfig chosen = config();
    if (chosen.catalogPath.isEmpty())
        problem = tr("Choose a catalog.");
    else if (!QFileInfo::exists(chosen.catalogPath))
        problem = tr("%1 does not exist.").arg(chosen.catalogPath);
    else if (const Result<pipeline::SearchPipelineParams> params = chosen.pipelineParams(); !params)
        problem = params.error().message;
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(problem.isEmpty());
}

} // namespace lookbook::ui
