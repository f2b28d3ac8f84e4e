#include "workspaces/reviewworkspace.h"

#include "catalog/annotationexporter.h"
#include "catalog/reviewlogexporter.h"
#include "common/logging.h"
#include "dataset/categories.h"
#include "models/categorylabel.h"
#include "models/decodedimage.h"
#include "models/errortext.h"
#include "models/jobrunner.h"
#include "models/reviewdocument.h"
#include "models/reviewimagemodel.h"
#include "review/datasetimporter.h"
#include "review/predictionjob.h"
#include "review/reviewstore.h"
#include "search/democatalog.h"
#include "search/itemreindexer.h"
#include "widgets/iteminspector.h"
#include "widgets/messagebar.h"
#include "widgets/reviewcanvas.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QToolButton>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace lookbook::ui {

ReviewWorkspace::ReviewWorkspace(QWidget *parent)
    : Workspace(parent), m_document(new ReviewDocument(this)), m_images(new ReviewImageModel(this)), m_job(new JobRunner(this))
{
    setObjectName(QStringLiteral("reviewWorkspace"));
    connect(m_job, &JobRunner::progressed, this, [this](const QString &stage, qint64 done, qint64 total) {
        m_jobLabel->setText(m_progressText(stage, done, total));
        m_jobProgress->setRange(0, static_cast<int>(std::max<qint64>(1, total)));
        m_jobProgress->setValue(static_cast<int>(done));
    });
    m_canvas = new ReviewCanvas(m_document, this);
    m_inspector = new ItemInspector(m_document, this);
    m_messageBar = new MessageBar(this);
    m_history = new QUndoView(m_document->undoStack(), this);
    m_history->setEmptyLabel(tr("<opened>"));
    createActions();

    setCentralView(m_messageBar, m_canvas);
    m_docks = {addDock(tr("Images"), QStringLiteral("imagesDock"), createBrowser(), Qt::LeftDockWidgetArea),
               addDock(tr("Inspector"), QStringLiteral("inspectorDock"), m_inspector, Qt::RightDockWidgetArea),
               addDock(tr("History"), QStringLiteral("historyDock"), m_history, Qt::RightDockWidgetArea)};
    // It shares the window with the other workspaces: no minimum size of its own may hold the window
    // large (its panels are clipped in a very small window).
    setMinimumSize(1, 1);

    connect(m_canvas, &ReviewCanvas::selectionChanged, m_inspector, &ItemInspector::setSelectedKey);
    connect(m_inspector, &ItemInspector::itemCreated, m_canvas, &ReviewCanvas::setSelectedKey);
    connect(m_document, &ReviewDocument::modifiedChanged, this, &Workspace::modifiedChanged);
    connect(m_document, &ReviewDocument::failed, this, &ReviewWorkspace::showError);
    connect(m_document, &ReviewDocument::currentImageChanged, this, [this](qint64 imageId) {
        // An undo on another image brings that image back into view. The photo comes last: when it
        // is read at once its continuation may run here, and whatever it shows next must win.
        selectRowOf(imageId);
        if (const review::ReviewImage *image = m_document->currentImage())
            loadPhoto(image->image.path);
    });
    connect(m_document, &ReviewDocument::saved, this, [this](const std::vector<qint64> &imageIds) {
        for (qint64 id : imageIds) {
            if (Result<review::ReviewImage> image = m_document->store()->image(id); image)
                m_images->updateImage(*image);
        }
    });
    connect(m_images, &ReviewImageModel::failed, this, &ReviewWorkspace::showError);
    connect(m_images, &ReviewImageModel::pageLoaded, this, [this] {
        if (m_pendingStep != 0) {
            const int step = m_pendingStep;
            m_pendingStep = 0;
            return step > 0 ? showNextImage() : showPreviousImage();
        }
        if (m_document->currentImageId() == 0 && m_images->rowCount() > 0)
            showImageAt(0);
        else
            selectRowOf(m_document->currentImageId());
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            showImageAt(current.row());
    });
    setActive(true);
}

ReviewWorkspace::~ReviewWorkspace()
{
    // The job is cancelled and waited for while the widgets it reports to still exist.
    delete m_job;
}

bool ReviewWorkspace::isBusy() const
{
    return m_job->isRunning();
}

void ReviewWorkspace::createActions()
{
    m_undoAction = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_saveAction = new QAction(tr("&Save Review Edits"), this);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setStatusTip(tr("Write the edits to the review catalog, with the review log"));
    connect(m_saveAction, &QAction::triggered, this, &ReviewWorkspace::save);
    m_openAction = new QAction(tr("&Open Review Catalog…"), this);
    m_openAction->setStatusTip(tr("Open a review catalog made by Import Dataset"));
    connect(m_openAction, &QAction::triggered, this, &ReviewWorkspace::chooseCatalog);
    m_importAction = new QAction(tr("&Import Dataset…"), this);
    m_importAction->setStatusTip(tr("Make a review catalog from a DeepFashion2 split or a COCO JSON file"));
    connect(m_importAction, &QAction::triggered, this, &ReviewWorkspace::chooseDataset);
    m_runAction = new QAction(tr("&Run Detectors"), this);
    m_runAction->setShortcut(Qt::CTRL | Qt::Key_R);
    m_runAction->setStatusTip(tr("Detect and fuse boxes on the images without predictions, and match them with the ground truth"));
    connect(m_runAction, &QAction::triggered, this, &ReviewWorkspace::runDetectors);
    m_cancelAction = new QAction(tr("&Cancel Dataset Job"), this);
    m_cancelAction->setEnabled(false);
    connect(m_cancelAction, &QAction::triggered, this, &ReviewWorkspace::cancelJob);
    m_nextAction = new QAction(tr("&Next Image"), this);
    m_nextAction->setShortcut(Qt::Key_N);
    connect(m_nextAction, &QAction::triggered, this, &ReviewWorkspace::showNextImage);
    m_previousAction = new QAction(tr("&Previous Image"), this);
    m_previousAction->setShortcut(Qt::Key_P);
    connect(m_previousAction, &QAction::triggered, this, &ReviewWorkspace::showPreviousImage);
    m_reviewedAction = new QAction(tr("&Mark Reviewed"), this);
    m_reviewedAction->setShortcut(Qt::Key_Space);
    m_reviewedAction->setStatusTip(tr("Mark the image reviewed (or not)"));
    connect(m_reviewedAction, &QAction::triggered, this, &ReviewWorkspace::toggleReviewed);
    m_exportDeepFashion2Action = new QAction(tr("Export as &DeepFashion2…"), this);
    m_exportDeepFashion2Action->setStatusTip(tr("Write the saved annotations as a DeepFashion2 split (annos/ and image/)"));
    connect(m_exportDeepFashion2Action, &QAction::triggered, this, [this] { chooseExport(false); });
    m_exportCocoAction = new QAction(tr("Export as &COCO…"), this);
    m_exportCocoAction->setStatusTip(tr("Write the saved annotations as one COCO JSON file"));
    connect(m_exportCocoAction, &QAction::triggered, this, [this] { chooseExport(true); });
    m_exportLogAction = new QAction(tr("Export Review &Log…"), this);
    m_exportLogAction->setStatusTip(tr("Write who changed what, and when, as CSV"));
    connect(m_exportLogAction, &QAction::triggered, this, &ReviewWorkspace::chooseReviewLogFile);
    m_reindexAction = new QAction(tr("Re-&index Corrected Shop Items"), this);
    m_reindexAction->setStatusTip(tr("Embed the shop items whose boxes changed and update the index in place"));
    connect(m_reindexAction, &QAction::triggered, this, &ReviewWorkspace::reindexCorrectedItems);
    m_acceptAction = new QAction(tr("&Accept Prediction as Ground Truth"), this);
    m_acceptAction->setShortcut(Qt::Key_A);
    connect(m_acceptAction, &QAction::triggered, this, &ReviewWorkspace::acceptSelected);
    m_deleteAction = new QAction(tr("&Delete Box"), this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    connect(m_deleteAction, &QAction::triggered, this, &ReviewWorkspace::deleteSelected);
    m_datasetMenu = new QMenu(tr("&Dataset"), this);
    m_datasetMenu->addActions({m_openAction, m_importAction, m_runAction, m_cancelAction, m_nextAction, m_previousAction, m_reviewedAction,
                               m_exportDeepFashion2Action, m_exportCocoAction, m_exportLogAction, m_reindexAction});
    for (QAction *action : menuActions(MenuSlot::Edit) + m_datasetMenu->actions() + QList<QAction *>{m_saveAction}) {
        addAction(action);  // the shortcuts work when the actions are in no menu (tests)
        action->setShortcutContext(Qt::WindowShortcut);
    }
}

void ReviewWorkspace::applyDefaultLayout()
{
    resizeDocks({m_docks[0], m_docks[1]}, {330, 330}, Qt::Horizontal);
    // The inspector whole (its wrapped lines need the height), the history in what is left.
    const int historyHeight = std::max(120, height() - m_inspector->sizeHint().height() - 120);
    resizeDocks({m_docks[1], m_docks[2]}, {height() - historyHeight, historyHeight}, Qt::Vertical);
}

QString ReviewWorkspace::title() const
{
    const QString name = catalogName();
    return name.isEmpty() ? tr("Review[*] — Lookbook") : tr("%1[*] — Review — Lookbook").arg(name);
}

bool ReviewWorkspace::isModified() const
{
    return m_document->isModified();
}

QList<QAction *> ReviewWorkspace::menuActions(MenuSlot slot) const
{
    switch (slot) {
    case MenuSlot::File:
        return {m_saveAction};
    case MenuSlot::Edit:
        return {m_undoAction, m_redoAction, m_acceptAction, m_deleteAction};
    case MenuSlot::View: {
        QList<QAction *> toggles;
        for (QDockWidget *dock : m_docks)
            toggles << dock->toggleViewAction();
        return toggles;
    }
    case MenuSlot::Tools:
        break;
    }
    return {};
}

QList<QMenu *> ReviewWorkspace::menus() const
{
    return {m_datasetMenu};
}

void ReviewWorkspace::setActive(bool active)
{
    m_active = active;
    // Shortcuts of a hidden workspace must not edit what nobody sees (Open and Import stay).
    for (QAction *action : {m_saveAction, m_nextAction, m_previousAction, m_reviewedAction, m_acceptAction, m_deleteAction})
        action->setEnabled(active && m_document->isOpen());
    for (QAction *job : {m_runAction, m_exportDeepFashion2Action, m_exportCocoAction, m_exportLogAction, m_reindexAction})
        job->setEnabled(active && m_document->isOpen() && !m_job->isRunning());
    m_undoAction->setEnabled(active && m_document->undoStack()->canUndo());
    m_redoAction->setEnabled(active && m_document->undoStack()->canRedo());
}

QWidget *ReviewWorkspace::createBrowser()
{
    auto *browser = new QWidget(this);
    auto *form = new QFormLayout();
    m_categoryFilter = new QComboBox(browser);
    m_categoryFilter->addItem(tr("Any"), 0);
    for (const dataset::Category &category : dataset::categories())
        m_categoryFilter->addItem(categoryLabel(category.id), category.id);
    m_splitFilter = new QComboBox(browser);
    m_splitFilter->addItem(tr("Any"), QString());
    m_reviewFilter = new QComboBox(browser);
    m_reviewFilter->addItem(tr("Any"), int(review::ReviewFilter::Any));
    m_reviewFilter->addItem(tr("Not reviewed"), int(review::ReviewFilter::Unreviewed));
    m_reviewFilter->addItem(tr("Reviewed"), int(review::ReviewFilter::Reviewed));
    m_errorFilter = new QComboBox(browser);
    m_errorFilter->addItem(tr("Any"), int(review::ErrorFilter::Any));
    m_errorFilter->addItem(tr("Any error"), int(review::ErrorFilter::AnyError));
    m_errorFilter->addItem(tr("Missed ground truth"), int(review::ErrorFilter::Missed));
    m_errorFilter->addItem(tr("Spurious prediction"), int(review::ErrorFilter::Spurious));
    m_errorFilter->addItem(tr("Wrong category"), int(review::ErrorFilter::WrongCategory));
    m_errorFilter->addItem(tr("Poor IoU"), int(review::ErrorFilter::PoorIou));
    m_order = new QComboBox(browser);
    m_order->addItem(tr("Most suspicious first"), int(review::ImageOrder::MostSuspicious));
    m_order->addItem(tr("Image id"), int(review::ImageOrder::ById));
    form->addRow(tr("Category"), m_categoryFilter);
    form->addRow(tr("Split"), m_splitFilter);
    form->addRow(tr("Review"), m_reviewFilter);
    form->addRow(tr("Error"), m_errorFilter);
    form->addRow(tr("Sort"), m_order);
    m_iouThreshold = new QDoubleSpinBox(browser);
    m_iouThreshold->setRange(0.05, 0.95);
    m_iouThreshold->setSingleStep(0.05);
    m_iouThreshold->setToolTip(tr("A prediction matches a ground-truth box at this IoU or more"));
    m_minScore = new QDoubleSpinBox(browser);
    m_minScore->setRange(0.0, 1.0);
    m_minScore->setSingleStep(0.05);
    m_minScore->setToolTip(tr("Predictions below this score are too unsure to judge a label by: not matched, not drawn"));
    auto *matchRow = new QHBoxLayout();
    matchRow->addWidget(new QLabel(tr("IoU ≥"), browser));
    matchRow->addWidget(m_iouThreshold);
    matchRow->addWidget(new QLabel(tr("score ≥"), browser));
    matchRow->addWidget(m_minScore);
    form->addRow(tr("Match"), matchRow);
    for (QDoubleSpinBox *box : {m_iouThreshold, m_minScore}) {
        box->setKeyboardTracking(false);  // one rematch per value typed, not per keystroke
        connect(box, &QDoubleSpinBox::valueChanged, this, &ReviewWorkspace::rematch);
    }
    for (QComboBox *box : {m_categoryFilter, m_splitFilter, m_reviewFilter, m_errorFilter, m_order})
        connect(box, &QComboBox::currentIndexChanged, this, &ReviewWorkspace::applyFilters);

    m_list = new QListView(browser);
    m_list->setModel(m_images);
    m_list->setIconSize(QSize(56, 56));
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_countLabel = new QLabel(browser);
    m_jobLabel = new QLabel(browser);
    m_jobLabel->setWordWrap(true);
    m_jobProgress = new QProgressBar(browser);
    m_jobProgress->setMaximumHeight(14);
    m_jobProgress->setTextVisible(false);
    m_jobCancel = new QToolButton(browser);
    m_jobCancel->setDefaultAction(m_cancelAction);
    auto *jobRow = new QHBoxLayout();
    jobRow->addWidget(m_jobProgress, 1);
    jobRow->addWidget(m_jobCancel);
    for (QWidget *w : {static_cast<QWidget *>(m_jobLabel), static_cast<QWidget *>(m_jobProgress), static_cast<QWidget *>(m_jobCancel)})
        w->setVisible(false);

    auto *layout = new QVBoxLayout(browser);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(form);
    layout->addWidget(m_countLabel);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_jobLabel);
    layout->addLayout(jobRow);
    m_order->setCurrentIndex(0);
    return browser;
}

QString ReviewWorkspace::catalogName() const { return m_document->isOpen() ? QFileInfo(m_document->path()).fileName() : QString(); }

void ReviewWorkspace::showError(const QString &message)
{
    qCWarning(lcUi).noquote() << message;
    m_messageBar->showMessage(message, MessageBar::Kind::Error);
    Q_EMIT errorShown(message);
}

bool ReviewWorkspace::openCatalog(const QString &path)
{
    if (m_document->isModified() && !save())
        return false;
    if (Status opened = m_document->open(path); !opened) {
        showError(ErrorText::of(opened.error()));
        return false;
    }
    m_messageBar->hide();
    m_canvas->clearPhoto(tr("No image matches the filters"));
    {
        // The split list comes from the catalog; the filters keep what they can.
        const QSignalBlocker block(m_splitFilter);
        m_splitFilter->clear();
        m_splitFilter->addItem(tr("Any"), QString());
        if (Result<QStringList> splits = m_document->store()->splits(); splits) {
            for (const QString &split : *splits)
                m_splitFilter->addItem(split, split);
        }
    }
    {
        const QSignalBlocker blockIou(m_iouThreshold);
        const QSignalBlocker blockScore(m_minScore);
        m_iouThreshold->setValue(m_document->qaParams().iouThreshold);
        m_minScore->setValue(m_document->qaParams().minScore);
    }
    m_images->setCatalog(m_document->path());
    applyFilters();
    setActive(m_active);
    if (m_document->hasJournal()) {
        m_messageBar->showMessage(tr("Edits that were not saved when Lookbook last stopped were found in %1. Restore them (they stay "
                                     "unsaved until you save), or close this bar and go on without them.")
                                      .arg(QFileInfo(m_document->journalPath()).fileName()),
                                  MessageBar::Kind::Information, tr("&Restore Edits"), [this] {
                                      if (Status restored = m_document->restoreJournal(); !restored)
                                          showError(ErrorText::of(restored.error()));
                                  });
    }
    Q_EMIT titleChanged();
    Q_EMIT catalogOpened(m_document->path());
    return true;
}

void ReviewWorkspace::applyFilters()
{
    review::ImageQuery query;
    query.categoryId = m_categoryFilter->currentData().toInt();
    query.split = m_splitFilter->currentData().toString();
    query.review = static_cast<review::ReviewFilter>(m_reviewFilter->currentData().toInt());
    query.error = static_cast<review::ErrorFilter>(m_errorFilter->currentData().toInt());
    query.order = static_cast<review::ImageOrder>(m_order->currentData().toInt());
    m_images->setQuery(query);
    if (m_images->canFetchMore({}))
        m_images->fetchMore({});
    refreshCount();
}

void ReviewWorkspace::rematch()
{
    if (!m_document->isOpen() || m_job->isRunning())
        return;
    eval::QaParams params = m_document->qaParams();
    params.iouThreshold = m_iouThreshold->value();
    params.minScore = m_minScore->value();
    if (Status stored = m_document->setQaParams(params); !stored)
        return showError(ErrorText::of(stored.error()));
    const QString path = m_document->path();
    startJob<Status>(
        tr("Matching again at IoU ≥ %1, score ≥ %2…").arg(params.iouThreshold, 0, 'f', 2).arg(params.minScore, 0, 'f', 2),
        [](const QString &, qint64 done, qint64 total) { return tr("Matching again: %1 of %2 images").arg(done).arg(total); },
        [path](const Progress &progress) -> Status {
            auto store = review::ReviewStore::open(path);
            if (!store)
                return store.error();
            return (*store)->refreshAllQa(progress);
        },
        [this](const Status &done) {
            m_jobLabel->setText(done ? tr("QA counts are up to date") : ErrorText::of(done.error()));
            applyFilters();  // the order by suspicion changed
            Q_EMIT jobFinished(m_jobLabel->text());
        });
}

void ReviewWorkspace::refreshCount()
{
    if (!m_document->isOpen())
        return m_countLabel->clear();
    Result<qint64> count = m_document->store()->countImages(m_images->query());
    m_countLabel->setText(count ? tr("%n image(s)", nullptr, static_cast<int>(*count)) : ErrorText::of(count.error()));
}

void ReviewWorkspace::showImageAt(int row)
{
    if (row < 0 || row >= m_images->rowCount())
        return;
    const qint64 imageId = m_images->image(row).image.id;
    if (imageId == m_document->currentImageId()) {
        selectRowOf(imageId);
        return;
    }
    if (Status shown = m_document->showImage(imageId); !shown)
        return showError(ErrorText::of(shown.error()));
}

bool ReviewWorkspace::showImageFile(const QString &path)
{
    if (!m_document->isOpen())
        return false;
    Result<std::optional<catalog::CatalogImage>> image = m_document->store()->catalog().imageByPath(QFileInfo(path).absoluteFilePath());
    if (!image || !*image) {
        showError(image ? tr("%1: not in the review catalog %2").arg(path, catalogName()) : ErrorText::of(image.error()));
        return false;
    }
    if (Status shown = m_document->showImage((*image)->id); !shown) {
        showError(ErrorText::of(shown.error()));
        return false;
    }
    return true;
}

void ReviewWorkspace::selectRowOf(qint64 imageId)
{
    const int row = m_images->rowOf(imageId);
    if (row < 0)
        return;
    const QModelIndex index = m_images->index(row);
    if (m_list->currentIndex() != index)
        m_list->setCurrentIndex(index);  // its currentRowChanged finds the image already shown
    m_list->scrollTo(index);
}

void ReviewWorkspace::loadPhoto(const QString &path)
{
    const quint64 request = ++m_photoRequest;
    const qint64 imageId = m_document->currentImageId();
    QtConcurrent::run([path] {
        const Result<QImage> image = models::DecodedImage::readForDisplay(path);
        return image ? std::make_pair(*image, QString()) : std::make_pair(QImage(), ErrorText::of(image.error()));
    }).then(this, [this, request, imageId](const std::pair<QImage, QString> &loaded) {
        if (request != m_photoRequest)
            return;  // another image was chosen meanwhile
        if (loaded.first.isNull()) {
            m_canvas->clearPhoto(loaded.second);
            showError(loaded.second);
            return;
        }
        m_canvas->setPhoto(loaded.first);
        Q_EMIT imageShown(imageId);
    });
}

void ReviewWorkspace::showNextImage()
{
    const int row = m_images->rowOf(m_document->currentImageId());
    if (row + 1 < m_images->rowCount())
        return showImageAt(row + 1);
    if (m_images->canFetchMore({})) {
        m_pendingStep = 1;
        m_images->fetchMore({});
    }
}

void ReviewWorkspace::showPreviousImage()
{
    const int row = m_images->rowOf(m_document->currentImageId());
    if (row > 0)
        showImageAt(row - 1);
}

void ReviewWorkspace::toggleReviewed()
{
    if (const ImageState *state = m_document->currentState())
        m_document->setReviewed(!state->reviewed);
}

void ReviewWorkspace::acceptSelected()
{
    if (const int key = m_document->acceptPrediction(m_canvas->selectedKey()))
        m_canvas->setSelectedKey(key);
}

void ReviewWorkspace::deleteSelected()
{
    m_document->deleteItem(m_canvas->selectedKey());
}

bool ReviewWorkspace::save()
{
    if (Status saved = m_document->save(); !saved) {
        showError(ErrorText::of(saved.error()));
        return false;
    }
    refreshCount();
    return true;
}

bool ReviewWorkspace::confirmClose()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::question(this, tr("Unsaved Review Edits"),
                                              tr("The review catalog %1 has edits that are not saved. Save them?").arg(catalogName()),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return save();
    m_document->discardJournal();
    return true;
}

void ReviewWorkspace::chooseCatalog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Review Catalog"), QString(), tr("Catalogs (*.db);;All files (*)"));
    if (!path.isEmpty())
        openCatalog(path);
}

void ReviewWorkspace::chooseDataset()
{
    QString source = QFileDialog::getExistingDirectory(this, tr("Import a DeepFashion2 Split (a folder with image/ and annos/)"));
    if (source.isEmpty()) {
        source = QFileDialog::getOpenFileName(this, tr("Or Import a COCO Ground-Truth File"), QString(), tr("COCO JSON (*.json)"));
        if (source.isEmpty())
            return;
    }
    const QString catalog = QFileDialog::getSaveFileName(this, tr("Review Catalog to Create or Extend"),
                                                         QFileInfo(source).absolutePath() + QLatin1Char('/') + QFileInfo(source).completeBaseName()
                                                             + QStringLiteral("-review.db"),
                                                         tr("Catalogs (*.db)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (!catalog.isEmpty())
        importDataset(source, catalog);
}

template<typename Output>
void ReviewWorkspace::startJob(const QString &title, const ProgressText &progressText, const std::function<Output(const Progress &)> &work,
                               const std::function<void(const Output &)> &finished)
{
    m_progressText = progressText;
    if (!m_job->start(work, [this, finished](const Output &output) {
            hideJobBar();
            finished(output);
        }))
        return;
    showJobBar(title);
}

void ReviewWorkspace::showJobBar(const QString &title)
{
    m_jobLabel->setText(title);
    m_jobProgress->setRange(0, 0);
    for (QWidget *w : {static_cast<QWidget *>(m_jobLabel), static_cast<QWidget *>(m_jobProgress), static_cast<QWidget *>(m_jobCancel)})
        w->setVisible(true);
    m_cancelAction->setEnabled(true);
    for (QAction *job : {m_importAction, m_runAction, m_exportDeepFashion2Action, m_exportCocoAction, m_exportLogAction, m_reindexAction})
        job->setEnabled(false);
    m_iouThreshold->setEnabled(false);
    m_minScore->setEnabled(false);
}

void ReviewWorkspace::hideJobBar()
{
    m_jobProgress->setVisible(false);
    m_jobCancel->setVisible(false);
    m_cancelAction->setEnabled(false);
    m_importAction->setEnabled(true);
    m_iouThreshold->setEnabled(true);
    m_minScore->setEnabled(true);
    setActive(m_active);
}

void ReviewWorkspace::cancelJob()
{
    if (m_job->isRunning()) {
        m_job->cancel();
        m_jobLabel->setText(tr("Cancelling…"));
    }
}

void ReviewWorkspace::showJobFailure(const Error &error)
{
    m_jobLabel->setText(ErrorText::of(error));
    showError(ErrorText::of(error));
}

void ReviewWorkspace::importDataset(const QString &source, const QString &catalogPath)
{
    review::DatasetImportParams params;
    params.source = source;
    params.catalogPath = catalogPath;
    using Import = Result<review::DatasetImportReport>;
    startJob<Import>(
        tr("Importing %1…").arg(QFileInfo(source).fileName()),
        [](const QString &, qint64 done, qint64 total) { return tr("Importing: %1 of %2 images").arg(done).arg(total); },
        [params](const Progress &progress) { return review::DatasetImporter(params).run(progress); },
        [this, catalogPath](const Import &report) {
            if (!report)
                return showJobFailure(report.error());
            const QString summary = tr("%1 images imported (%2 items), %3 already there%4, in %5 s")
                                        .arg(report->imagesAdded)
                                        .arg(report->itemsAdded)
                                        .arg(report->imagesSkipped)
                                        .arg(report->cancelled ? tr("; cancelled: import again to go on") : QString())
                                        .arg(report->seconds, 0, 'f', 1);
            m_jobLabel->setText(summary);
            openCatalog(catalogPath);
            if (!report->problems.isEmpty())
                showError(tr("%n file(s) could not be imported: %1", nullptr, static_cast<int>(report->problems.size()))
                              .arg(report->problems.mid(0, 5).join(QStringLiteral("; "))));
            Q_EMIT jobFinished(summary);
        });
}

void ReviewWorkspace::runDetectors()
{
    if (m_job->isRunning() || !m_document->isOpen())
        return;
    if (m_detectors.isEmpty()) {
        m_detectors = QFileDialog::getOpenFileNames(this, tr("Detector Manifests"), search::DemoCatalog::defaultModelsDir(),
                                                    tr("Model manifests (*.json)"));
        if (m_detectors.isEmpty())
            return;
    }
    // The job replaces predictions in the catalog: edits are saved first so that nothing is lost
    // and the document can be reread afterwards.
    if (m_document->isModified() && !save())
        return;
    review::PredictionParams params;
    params.catalogPath = m_document->path();
    params.detectorManifests = m_detectors;
    using Prediction = Result<review::PredictionReport>;
    startJob<Prediction>(
        tr("Running %n detector(s)…", nullptr, static_cast<int>(m_detectors.size())),
        [this](const QString &, qint64 done, qint64 total) {
            const double rate = static_cast<double>(done) / std::max(0.001, m_job->elapsedSeconds());
            return tr("Detecting: %1 of %2 images, %3 images/s").arg(done).arg(total).arg(rate, 0, 'f', 1);
        },
        [params](const Progress &progress) { return review::PredictionJob(params).run(progress); },
        [this](const Prediction &report) {
            if (!report)
                return showJobFailure(report.error());
            const QString summary = tr("%1 images checked, %2 boxes stored, %3 failed%4, in %5 s")
                                        .arg(report->imagesDone)
                                        .arg(report->boxesStored)
                                        .arg(report->imagesFailed)
                                        .arg(report->cancelled ? tr("; cancelled: run again to go on") : QString())
                                        .arg(report->seconds, 0, 'f', 1);
            m_jobLabel->setText(summary);
            // Reread everything (predictions and counts changed under the document) and start from the
            // top of the list again: with the suspicion known, the most suspicious image first.
            if (!m_document->isModified())
                openCatalog(m_document->path());
            if (!report->problems.isEmpty())
                showError(report->problems.mid(0, 5).join(QStringLiteral("; ")));
            Q_EMIT jobFinished(summary);
        });
}

template<typename Report>
void ReviewWorkspace::runJob(const QString &title, const ProgressText &progressText, const std::function<Result<Report>(const Progress &)> &work,
                             const std::function<QString(const Report &)> &summarise)
{
    if (m_job->isRunning() || !m_document->isOpen())
        return;
    // Jobs read the catalog from their own connection: they see what is saved.
    if (m_document->isModified() && !save())
        return;
    startJob<Result<Report>>(title, progressText, work, [this, summarise](const Result<Report> &report) {
        if (!report)
            return showJobFailure(report.error());
        const QString summary = summarise(*report);
        m_jobLabel->setText(summary);
        Q_EMIT jobFinished(summary);
    });
}

void ReviewWorkspace::chooseExport(bool coco)
{
    const QString base = QFileInfo(m_document->path()).absolutePath();
    const QString path = coco ? QFileDialog::getSaveFileName(this, tr("Export as COCO"), base + QStringLiteral("/annotations.json"),
                                                             tr("COCO annotations (*.json)"))
                              : QFileDialog::getSaveFileName(this, tr("Export as DeepFashion2 (a new split folder)"),
                                                             base + QStringLiteral("/reviewed"), QString(), nullptr,
                                                             QFileDialog::ShowDirsOnly);
    if (!path.isEmpty())
        exportAnnotations(path, coco);
}

void ReviewWorkspace::chooseReviewLogFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Review Log"),
                                                      QFileInfo(m_document->path()).absolutePath() + QStringLiteral("/review-log.csv"),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportReviewLog(path);
}

void ReviewWorkspace::exportAnnotations(const QString &outputPath, bool coco)
{
    catalog::AnnotationExportParams params;
    params.catalogPath = m_document->path();
    params.format = coco ? catalog::AnnotationExportParams::Format::Coco : catalog::AnnotationExportParams::Format::DeepFashion2;
    params.outputPath = outputPath;
    params.overwrite = coco;  // the save dialog has asked about an existing file; a folder is never replaced from here
    runJob<catalog::AnnotationExportReport>(
        tr("Exporting annotations…"),
        [](const QString &, qint64 done, qint64 total) { return tr("Exporting: %1 of %2 images").arg(done).arg(total); },
        [params](const Progress &progress) { return catalog::AnnotationExporter(params).run(progress); },
        [this](const catalog::AnnotationExportReport &report) {
            if (report.cancelled)
                return tr("Export cancelled: nothing was written");
            if (!report.problems.isEmpty())
                showError(report.problems.mid(0, 5).join(QStringLiteral("; ")));
            return tr("Exported %n image(s) with %1 boxes to %2", nullptr, static_cast<int>(report.images))
                .arg(report.items)
                .arg(QDir::toNativeSeparators(report.outputPath));
        });
}

void ReviewWorkspace::exportReviewLog(const QString &csvPath)
{
    catalog::ReviewLogExportParams params;
    params.catalogPath = m_document->path();
    params.outputPath = csvPath;
    runJob<catalog::ReviewLogExportReport>(
        tr("Exporting the review log…"),
        [](const QString &, qint64 done, qint64 total) { return tr("Exporting the review log: %1 of %2 rows").arg(done).arg(total); },
        [params](const Progress &progress) { return catalog::ReviewLogExporter(params).run(progress); },
        [](const catalog::ReviewLogExportReport &report) {
            return report.cancelled ? tr("Export cancelled: nothing was written")
                                    : tr("Exported %n review log row(s) to %1", nullptr, static_cast<int>(report.rows))
                                          .arg(QDir::toNativeSeparators(report.outputPath));
        });
}

void ReviewWorkspace::reindexCorrectedItems()
{
    search::ItemReindexParams params;
    params.catalogPath = m_document->path();
    // The embedder is found by its fingerprint beside the catalog, beside the detectors, or among the demo models.
    params.modelDirs << QFileInfo(m_document->path()).absolutePath();
    for (const QString &detector : std::as_const(m_detectors))
        params.modelDirs << QFileInfo(detector).absolutePath();
    params.modelDirs << search::DemoCatalog::defaultModelsDir();
    params.modelDirs.removeDuplicates();
    runJob<search::ItemReindexReport>(
        tr("Re-indexing corrected shop items…"),
        [](const QString &, qint64 done, qint64 total) { return tr("Embedding: %1 of %2 items").arg(done).arg(total); },
        [params](const Progress &progress) { return search::ItemReindexer(params).run(progress); },
        [](const search::ItemReindexReport &report) {
            const QString index = report.index == search::ItemReindexReport::IndexUpdate::Unchanged     ? tr("the index was up to date")
                                  : report.index == search::ItemReindexReport::IndexUpdate::Incremental ? tr("the index was updated in place")
                                                                                                          : tr("the index was rebuilt (%1)").arg(report.indexNote);
            return tr("Vector set %1: %2 item(s) embedded, %3 removed from and %4 added to the index; %5%6")
                .arg(report.vectorSet)
                .arg(report.itemsEmbedded)
                .arg(report.removedFromIndex)
                .arg(report.addedToIndex)
                .arg(index, report.cancelled ? tr("; cancelled: run again to go on") : QString());
        });
}

} // namespace lookbook::ui
