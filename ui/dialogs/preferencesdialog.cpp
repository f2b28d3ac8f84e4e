#include "dialogs/preferencesdialog.h"

#include "common/limits.h"
#include "settings/translations.h"
#include "widgets/manifestlist.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace lookbook::ui {

namespace {

QLabel *noteLabel(const QString &text, QWidget *parent)
{
    auto *note = new QLabel(text, parent);
    note->setWordWrap(true);
    note->setEnabled(false);
    return note;
}

} // namespace

PreferencesDialog::PreferencesDialog(const Preferences &preferences, QWidget *parent) : QDialog(parent), m_initial(preferences)
{
    setWindowTitle(tr("Preferences"));
    resize(620, 420);
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs, 1);

    auto *modelsPage = new QWidget(m_tabs);
    auto *modelsLayout = new QVBoxLayout(modelsPage);
    modelsLayout->addWidget(noteLabel(tr("Detectors, and the embedder (or ensemble) that made the catalog's vectors. Untick a model to "
                                         "leave it out without forgetting it."),
                                      modelsPage));
    m_manifests = new ManifestList(modelsPage);
    m_manifests->setBrowseDirectory(QFileInfo(preferences.workspace.catalogPath).absolutePath());
    m_manifests->setManifests(preferences.workspace.manifests, preferences.workspace.disabledManifests);
    modelsLayout->addWidget(m_manifests, 1);
    m_problem = new QLabel(modelsPage);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a4271b;"));
    modelsLayout->addWidget(m_problem);
    m_tabs->addTab(modelsPage, tr("&Models"));

    auto *performancePage = new QWidget(m_tabs);
    auto *performanceForm = new QFormLayout(performancePage);
    m_device = new QComboBox(performancePage);
    m_device->addItem(tr("Automatic (CUDA when there is a GPU)"), QStringLiteral("auto"));
    m_device->addItem(tr("CPU"), QStringLiteral("cpu"));
    m_device->addItem(tr("CUDA"), QStringLiteral("cuda"));
    m_device->setCurrentIndex(std::max(0, m_device->findData(preferences.workspace.device)));
    performanceForm->addRow(tr("&Run models on:"), m_device);
    m_threads = new QSpinBox(performancePage);
    m_threads->setObjectName(QStringLiteral("threads"));
    m_threads->setRange(0, limits::maxThreads());
    m_threads->setSpecialValueText(tr("Automatic (one per core)"));
    m_threads->setValue(preferences.workspace.threads);
    m_threads->setToolTip(tr("CPU threads each model uses; fewer leave room for other programs"));
    performanceForm->addRow(tr("CPU &threads:"), m_threads);
    performanceForm->addRow(noteLabel(tr("A change here reloads the catalog's models."), performancePage));
    m_tabs->addTab(performancePage, tr("&Performance"));

    auto *catalogPage = new QWidget(m_tabs);
    auto *catalogForm = new QFormLayout(catalogPage);
    m_indexType = new QComboBox(catalogPage);
    m_indexType->setObjectName(QStringLiteral("indexType"));
    m_indexType->addItem(tr("As recorded for the catalog"), QString());
    m_indexType->addItem(tr("Exact (flat, inner product)"), QStringLiteral("flat"));
    m_indexType->addItem(tr("HNSW graph (fast, approximate)"), QStringLiteral("hnsw"));
    m_indexType->addItem(tr("IVF-PQ (compact, for millions of items)"), QStringLiteral("ivfpq"));
    m_indexType->setCurrentIndex(std::max(0, m_indexType->findData(preferences.indexType)));
    catalogForm->addRow(tr("&Index type:"), m_indexType);
    catalogForm->addRow(noteLabel(tr("Used by Tools ▸ Rebuild Index. A type other than the catalog's builds it with that type's "
                                     "default parameters; lookbook-cli index build sets them all."),
                                  catalogPage));
    m_thumbnails = new QSpinBox(catalogPage);
    m_thumbnails->setRange(50, 20000);
    m_thumbnails->setSingleStep(100);
    m_thumbnails->setSuffix(tr(" thumbnails"));
    m_thumbnails->setValue(preferences.thumbnailCapacity);
    m_thumbnails->setToolTip(tr("About 100 KB each; the least recently shown go first"));
    catalogForm->addRow(tr("&Thumbnail cache:"), m_thumbnails);
    m_tabs->addTab(catalogPage, tr("&Catalog"));

    auto *interfacePage = new QWidget(m_tabs);
    auto *interfaceForm = new QFormLayout(interfacePage);
    m_language = new QComboBox(interfacePage);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System"), QString());
    for (const Translations::Language &language : Translations::available())
        m_language->addItem(language.nativeName, language.code);  // in its own language, so its speakers find it
    m_language->setCurrentIndex(std::max(0, m_language->findData(preferences.language)));
    interfaceForm->addRow(tr("&Language:"), m_language);
    interfaceForm->addRow(noteLabel(tr("Applies after Lookbook is restarted."), interfacePage));
    m_tabs->addTab(interfacePage, tr("&Interface"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    connect(m_manifests, &ManifestList::changed, this, &PreferencesDialog::validate);
    validate();
}

Preferences PreferencesDialog::preferences() const
{
    Preferences chosen = m_initial;
    chosen.workspace.manifests = m_manifests->manifests();
    chosen.workspace.disabledManifests = m_manifests->disabledManifests();
    chosen.workspace.device = m_device->currentData().toString();
    chosen.workspace.threads = m_threads->value();
    chosen.indexType = m_indexType->currentData().toString();
    chosen.thumbnailCapacity = m_thumbnails->value();
    chosen.language = m_language->currentData().toString();
    return chosen;
}

void PreferencesDialog::validate()
{
    // Without a catalog there is nothing to check the models against yet.
    const WorkspaceConfig workspace = preferences().workspace;
    const QString problem = workspace.isEmpty() ? QString() : workspace.problem();
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace lookbook::ui
