#pragma once

#include "search/ingestjob.h"
#include "search/searchpipeline.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace lookbook::ui {

class JobRunner;

// Imports a folder of shop photos or a DeepFashion2 split into the open catalog with the
// workspace's models, on a worker thread: progress with items/s and ETA, cancel after the photo in
// hand (what is stored stays stored, and a later import continues), and the report at the end.
class ImportDialog final : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(const search::SearchPipelineParams &workspace, QWidget *parent = nullptr);
    ~ImportDialog() override;

    void start(const QString &source);
    bool isRunning() const;
    QString statusText() const;

Q_SIGNALS:
    // The import has ended; `changed` when the catalog or its index changed (reopen it).
    void importFinished(bool changed);

private:
    void chooseSource();
    void showReport(const Result<search::IngestReport> &result);

    search::SearchPipelineParams m_workspace;
    QLineEdit *m_source = nullptr;
    QComboBox *m_images = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPlainTextEdit *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_start = nullptr;
    JobRunner *m_job = nullptr;  // the import; closing the dialog cancels it and waits for the photo in hand
};

} // namespace lookbook::ui
