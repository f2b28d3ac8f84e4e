#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace lookbook::ui {

// Where models run and how many thumbnails are kept. The models themselves are chosen with the
// catalog (File ▸ Open Catalog), since the embedder must be the one that made the catalog.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    PreferencesDialog(const QString &device, int thumbnailCapacity, QWidget *parent = nullptr);

    QString device() const;          // "auto", "cpu" or "cuda"
    int thumbnailCapacity() const;

private:
    QComboBox *m_device = nullptr;
    QSpinBox *m_thumbnails = nullptr;
};

} // namespace lookbook::ui
