#include "dialogs/importdialog.h"

#include "models/errortext.h"
#include "models/jobrunner.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace lookbook::ui {

namespace {

using ImportResult = Result<search::IngestReport>;

// On the worker: the import's progress, in the words the dialog shows.
ImportResult runImport(const search::IngestParams &params, const Progress &progress)
{
    return search::IngestJob(params).run([&progress](const search::IngestProgress &p) {
        const QString eta = p.etaSeconds < 0 ? QString() : ImportDialog::tr(", %1 s left").arg(qRound(p.etaSeconds));
        const QString text = ImportDialog::tr("%1 of %n photo(s) · %2 items/s%3 · %4", nullptr, static_cast<int>(p.imagesTotal))
                                 .arg(p.imagesDone)
                                 .arg(p.itemsPerSecond, 0, 'f', 1)
                                 .arg(eta, QFileInfo(p.current).fileName());
        return progress(text, p.imagesDone, p.imagesTotal);
    });
}

} // namespace

ImportDialog::ImportDialog(const search::SearchPipelineParams &workspace, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_job(new JobRunner(this))
{
    setWindowTitle(tr("Import into %1").arg(QFileInfo(workspace.catalogPath).fileName()));
    resize(620, 360);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    auto *sourceRow = new QHBoxLayout;
    m_source = new QLineEdit(this);
    m_source->setPlaceholderText(tr("a folder of shop photos, or a DeepFashion2 split (image/ + annos/)"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &ImportDialog::chooseSource);
    sourceRow->addWidget(m_source, 1);
    sourceRow->addWidget(browse);
    auto *sourceLabel = new QLabel(tr("&Source:"), this);
    sourceLabel->setBuddy(m_source);
    form->addRow(sourceLabel, sourceRow);
    m_images = new QComboBox(this);
    m_images->addItem(tr("Shop photos"), int(search::IngestParams::Images::Shop));
    m_images->addItem(tr("Street photos"), int(search::IngestParams::Images::User));
    m_images->addItem(tr("All photos"), int(search::IngestParams::Images::All));
    m_images->setToolTip(tr("Which photos of a DeepFashion2 split to import; a folder is always shop photos"));
    form->addRow(tr("&Images:"), m_images);
    auto *models = new QLabel(tr("Boxes: the split's annotations, or for a folder the workspace's detectors (%1); vectors: %2.")
                                  .arg(workspace.detectorManifests.size())
                                  .arg(QFileInfo(workspace.embedderManifest).fileName()),
                              this);
    models->setWordWrap(true);
    models->setEnabled(false);
    form->addRow(QString(), models);
    layout->addLayout(form);
    m_progress = new QProgressBar(this);
    m_progress->setValue(0);
    layout->addWidget(m_progress);
    m_status = new QLabel(tr("Choose what to import."), this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_problems = new QPlainTextEdit(this);
    m_problems->setReadOnly(true);
    m_problems->setPlaceholderText(tr("Photos that cannot be imported are listed here."));
    layout->addWidget(m_problems, 1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_start = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    connect(m_start, &QPushButton::clicked, this, [this] { start(m_source->text().trimmed()); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        // Close doubles as Cancel while the import runs: the photo in hand is finished first.
        if (isRunning())
            m_job->cancel();
        else
            reject();
    });
    layout->addWidget(m_buttons);
    connect(m_job, &JobRunner::progressed, this, [this](const QString &text, qint64 done, qint64 total) {
        m_progress->setRange(0, static_cast<int>(std::max<qint64>(1, total)));
        m_progress->setValue(static_cast<int>(done));
        m_status->setText(text);
    });
}

ImportDialog::~ImportDialog() = default;

bool ImportDialog::isRunning() const
{
    return m_job->isRunning();
}

QString ImportDialog::statusText() const
{
    return m_status->text();
}

void ImportDialog::chooseSource()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import Photos From"), m_source->text());
    if (!folder.isEmpty())
        m_source->setText(folder);
}

void ImportDialog::start(const QString &source)
{
    if (isRunning())
        return;
    if (!QFileInfo(source).isDir()) {
        m_status->setText(tr("%1 is not a folder.").arg(source));
        return;
    }
    search::IngestParams params;
    params.catalogPath = m_workspace.catalogPath;
    params.sourcePath = source;
    params.images = static_cast<search::IngestParams::Images>(m_images->currentData().toInt());
    params.detectorManifests = m_workspace.detectorManifests;
    params.embedderManifest = m_workspace.embedderManifest;
    params.vectorSet = m_workspace.vectorSet;
    params.inference = m_workspace.inference;
    m_problems->clear();
    m_progress->setRange(0, 0);
    m_status->setText(tr("Starting…"));
    m_start->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("&Cancel"));
    m_job->start([params](const Progress &progress) { return runImport(params, progress); }, [this](const ImportResult &result) { showReport(result); });
}

void ImportDialog::showReport(const ImportResult &result)
{
    m_start->setEnabled(true);
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    if (!result) {
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        m_status->setText(ErrorText::of(result.error()));
        Q_EMIT importFinished(false);
        return;
    }
    const search::IngestReport &r = *result;
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    QString summary = tr("Photos added: %1, already there: %2, failed: %3; vectors: %4 in %5 s.")
                          .arg(r.imagesAdded)
                          .arg(r.imagesSkipped)
                          .arg(r.imagesFailed)
                          .arg(r.vectorsAdded)
                          .arg(r.seconds, 0, 'f', 1);
    if (r.cancelled)
        summary += QLatin1Char(' ') + tr("Cancelled: importing the same source again continues where this stopped.");
    else if (r.indexBuilt)
        summary += QLatin1Char(' ') + tr("The index was rebuilt.");
    else if (r.indexError)
        summary += QLatin1Char(' ') + tr("The index was not rebuilt: %1").arg(r.indexError->message);
    m_status->setText(summary);
    m_problems->setPlainText(r.problems.join(QLatin1Char('\n')));
    Q_EMIT importFinished(r.imagesAdded > 0 || r.imagesCompleted > 0 || r.indexBuilt);
}

} // namespace lookbook::ui
