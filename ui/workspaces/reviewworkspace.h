#pragma once

#include "common/progress.h"
#include "common/result.h"

#include "workspaces/workspace.h"

#include <QStringList>

#include <functional>
#include <memory>

class QAction;
class QComboBox;
class QDockWidget;
class QDoubleSpinBox;
class QLabel;
class QListView;
class QMenu;
class QProgressBar;
class QToolButton;
class QUndoView;

namespace lookbook::ui {

class ItemInspector;
class JobRunner;
class MessageBar;
class ReviewCanvas;
class ReviewDocument;
class ReviewImageModel;

// The Review workspace (annotation and dataset QA): the catalog's images on the left, filtered
// and sorted by suspicion; the photo with ground truth and predictions matched in the centre; the
// image and the selected box, and the undo history, on the right. Importing a dataset and running
// the detectors happen in the background with progress and cancel. Its actions (undo, save, next
// image, …) are enabled only while the workspace is shown.
class ReviewWorkspace final : public Workspace
{
    Q_OBJECT

public:
    explicit ReviewWorkspace(QWidget *parent = nullptr);
    ~ReviewWorkspace() override;

    ReviewDocument *document() const { return m_document; }
    ReviewImageModel *images() const { return m_images; }
    ReviewCanvas *canvas() const { return m_canvas; }
    ItemInspector *inspector() const { return m_inspector; }
    MessageBar *messageBar() const { return m_messageBar; }
    QListView *imageList() const { return m_list; }

    QAction *saveAction() const { return m_saveAction; }

    // "review.db[*] — Review — Lookbook"
    QString title() const override;
    bool isModified() const override;
    QList<QAction *> menuActions(MenuSlot slot) const override;
    QList<QMenu *> menus() const override;  // Dataset
    void setActive(bool active) override;

    void setDetectorManifests(const QStringList &manifests) { m_detectors = manifests; }
    const QStringList &detectorManifests() const { return m_detectors; }
    bool isBusy() const;
    // "shop.db", or empty when no catalog is open.
    QString catalogName() const;
    // Asks whether to save unsaved edits; false: the user wants to stay.
    bool confirmClose() override;

public Q_SLOTS:
    bool openCatalog(const QString &path);
    // Imports a DeepFashion2 split or COCO JSON into `catalogPath` (created if new), then opens it.
    void importDataset(const QString &source, const QString &catalogPath);
    // Runs the detectors over the images without predictions (unsaved edits are saved first).
    void runDetectors();
    void cancelJob();
    bool save();
    void showImageAt(int row);
    // Shows the catalog's image of that file, whether the filters list it or not.
    bool showImageFile(const QString &path);
    void showNextImage();
    void showPreviousImage();
    void toggleReviewed();
    void acceptSelected();
    void deleteSelected();
    // Writes the saved annotations (ground truth and corrections, not rejected ones) as a new
    // DeepFashion2 split folder or as one COCO file; unsaved edits are saved first.
    void exportAnnotations(const QString &outputPath, bool coco);
    // Who changed what, when, as CSV.
    void exportReviewLog(const QString &csvPath);
    // Embeds the shop items whose box or category changed (and new ones) and updates the catalog's
    // index in place, without a full rebuild.
    void reindexCorrectedItems();

Q_SIGNALS:
    void catalogOpened(const QString &path);
    void imageShown(qint64 imageId);
    void jobFinished(const QString &summary);
    void errorShown(const QString &message);

protected:
    void applyDefaultLayout() override;

private:
    void createActions();
    QWidget *createBrowser();
    void applyFilters();
    // A new IoU threshold or score floor: shown at once, stored counts redone in the background.
    void rematch();
    void refreshCount();
    void showError(const QString &message);
    void loadPhoto(const QString &path);
    void selectRowOf(qint64 imageId);
    // Runs `work` as the workspace's one job, with its progress (in `progressText`'s words) and cancel
    // in the job bar; `finished` gets its result once the bar is put away.
    using ProgressText = std::function<QString(const QString &stage, qint64 done, qint64 total)>;
    template<typename Output>
    void startJob(const QString &title, const ProgressText &progressText, const std::function<Output(const Progress &)> &work,
                  const std::function<void(const Output &)> &finished);
    void showJobBar(const QString &title);
    void hideJobBar();
    void showJobFailure(const Error &error);
    void chooseCatalog();
    void chooseDataset();
    void chooseExport(bool coco);
    void chooseReviewLogFile();
    // startJob for work on the saved catalog (unsaved edits are saved first); `summarise` turns its
    // report into the line shown after.
    template<typename Report>
    void runJob(const QString &title, const ProgressText &progressText, const std::function<Result<Report>(const Progress &)> &work,
                const std::function<QString(const Report &)> &summarise);

    ReviewDocument *m_document = nullptr;
    ReviewImageModel *m_images = nullptr;
    ReviewCanvas *m_canvas = nullptr;
    ItemInspector *m_inspector = nullptr;
    MessageBar *m_messageBar = nullptr;
    QListView *m_list = nullptr;
    QUndoView *m_history = nullptr;
    QComboBox *m_categoryFilter = nullptr;
    QComboBox *m_splitFilter = nullptr;
    QComboBox *m_reviewFilter = nullptr;
    QComboBox *m_errorFilter = nullptr;
    QComboBox *m_order = nullptr;
    QDoubleSpinBox *m_iouThreshold = nullptr;
    QDoubleSpinBox *m_minScore = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_jobLabel = nullptr;
    QProgressBar *m_jobProgress = nullptr;
    QToolButton *m_jobCancel = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_runAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_reviewedAction = nullptr;
    QAction *m_acceptAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_exportDeepFashion2Action = nullptr;
    QAction *m_exportCocoAction = nullptr;
    QAction *m_exportLogAction = nullptr;
    QAction *m_reindexAction = nullptr;
    QMenu *m_datasetMenu = nullptr;
    QList<QDockWidget *> m_docks;  // images, inspector, history
    QStringList m_detectors;
    JobRunner *m_job = nullptr;
    ProgressText m_progressText;  // the running job's
    quint64 m_photoRequest = 0;
    int m_pendingStep = 0;  // +1/-1: move on once the next page has arrived
    bool m_active = true;
};

} // namespace lookbook::ui
