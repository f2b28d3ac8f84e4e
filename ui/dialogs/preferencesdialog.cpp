#include "dialogs/preferencesdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace lookbook::ui {

PreferencesDialog::PreferencesDialog(const QString &device, int thumbnailCapacity, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_device = new QComboBox(this);
    m_device->addItem(tr("Automatic (CUDA when there is a GPU)"), QStringLiteral("auto"));
    m_device->addItem(tr("CPU"), QStringLiteral("cpu"));
    m_device->addItem(tr("CUDA"), QStringLiteral("cuda"));
    m_device->setCurrentIndex(std::max(0, m_device->findData(device)));
    form->addRow(tr("&Run models on:"), m_device);
    m_thumbnails = new QSpinBox(this);
    m_thumbnails->setRange(50, 20000);
    m_thumbnails->setSingleStep(100);
    m_thumbnails->setSuffix(tr(" thumbnails"));
    m_thumbnails->setValue(thumbnailCapacity);
    m_thumbnails->setToolTip(tr("About 100 KB each; the least recently shown go first"));
    form->addRow(tr("&Thumbnail cache:"), m_thumbnails);
    layout->addLayout(form);
    auto *note = new QLabel(tr("A change of device reloads the catalog's models."), this);
    note->setEnabled(false);
    layout->addWidget(note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString PreferencesDialog::device() const
{
    return m_device->currentData().toString();
}

int PreferencesDialog::thumbnailCapacity() const
{
    return m_thumbnails->value();
}

} // namespace lookbook::ui
