#include "dialogs/aboutdialog.h"

#include "common/version.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lookbook::ui {

AboutDialog::AboutDialog(const std::vector<BackendInfo> &backends, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Lookbook"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("<h2>Lookbook %1</h2><p>Street-to-shop clothes retrieval: detect, fuse, embed, search.</p>"
                                "<p>Qt %2</p>")
                                 .arg(versionString(), QString::fromLatin1(qVersion())),
                             this);
    layout->addWidget(title);

    auto *table = new QTableWidget(static_cast<int>(backends.size()), 4, this);
    table->setHorizontalHeaderLabels({tr("Backend"), tr("Version"), tr("Devices"), tr("Self-check")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int row = 0; row < static_cast<int>(backends.size()); ++row) {
        const BackendInfo &info = backends[static_cast<size_t>(row)];
        QStringList devices;
        for (const std::string &device : info.devices)
            devices << QString::fromStdString(device);
        table->setItem(row, 0, new QTableWidgetItem(QString::fromStdString(info.name)));
        table->setItem(row, 1, new QTableWidgetItem(QString::fromStdString(info.version)));
        table->setItem(row, 2, new QTableWidgetItem(devices.join(QStringLiteral(", "))));
        table->setItem(row, 3, new QTableWidgetItem(info.checkError.empty() ? tr("passed") : QString::fromStdString(info.checkError)));
    }
    if (backends.empty())
        layout->addWidget(new QLabel(tr("The backend check is still running."), this));
    table->horizontalHeader()->setStretchLastSection(true);
    table->resizeColumnsToContents();
    layout->addWidget(table);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 300);
}

} // namespace lookbook::ui
