#include "widgets/manifestlist.h"

#include "models/errortext.h"
#include "models/modelmanifest.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace lookbook::ui {

namespace {

QString kindName(models::ModelKind kind)
{
    switch (kind) {
    case models::ModelKind::Detector:
        return ManifestList::tr("detector");
    case models::ModelKind::Embedder:
        return ManifestList::tr("embedder");
    case models::ModelKind::Ensemble:
        return ManifestList::tr("ensemble");
    }
    return {};
}

} // namespace

ManifestList::ManifestList(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list = new QListWidget(this);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    layout->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add…"), this);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setEnabled(false);
    connect(add, &QPushButton::clicked, this, &ManifestList::chooseManifests);
    connect(m_remove, &QPushButton::clicked, this, &ManifestList::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this, [this] { m_remove->setEnabled(!m_list->selectedItems().isEmpty()); });
    connect(m_list, &QListWidget::itemChanged, this, &ManifestList::changed);
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
}

void ManifestList::setManifests(const QStringList &manifests, const QStringList &disabled)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    addManifests(manifests);
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const bool off = disabled.contains(item->data(Qt::UserRole).toString());
        item->setCheckState(off ? Qt::Unchecked : Qt::Checked);
    }
    Q_EMIT changed();
}

void ManifestList::addManifests(const QStringList &paths)
{
    for (const QString &path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (manifests().contains(absolute))
            continue;
        const Result<models::ModelManifest> manifest = models::ModelManifest::load(absolute);
        auto *item = new QListWidgetItem;
        item->setData(Qt::UserRole, absolute);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
        item->setToolTip(absolute);
        if (manifest) {
            item->setText(tr("%1 (%2) — %3").arg(manifest->name, kindName(manifest->kind), QFileInfo(absolute).fileName()));
        } else {
            item->setText(tr("unreadable — %1").arg(absolute));
            item->setToolTip(ErrorText::of(manifest.error()));  // the path is in the message
            item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
        }
        m_list->addItem(item);
    }
    Q_EMIT changed();
}

QStringList ManifestList::manifests() const
{
    QStringList paths;
    for (int i = 0; i < m_list->count(); ++i)
        paths << m_list->item(i)->data(Qt::UserRole).toString();
    return paths;
}

QStringList ManifestList::disabledManifests() const
{
    QStringList paths;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() != Qt::Checked)
            paths << m_list->item(i)->data(Qt::UserRole).toString();
    }
    return paths;
}

void ManifestList::chooseManifests()
{
    addManifests(QFileDialog::getOpenFileNames(this, tr("Add Model Manifests"), m_browseDirectory, tr("Model manifests (*.json);;All files (*)")));
}

void ManifestList::removeSelected()
{
    qDeleteAll(m_list->selectedItems());
    Q_EMIT changed();
}

} // namespace lookbook::ui
