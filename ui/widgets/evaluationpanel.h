#pragma once

#include "experiments/detectionevaluation.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;

namespace lookbook::ui {

class EvaluationModel;
class EvaluationRun;
class FusionPanel;
class MetricChart;
class SearchSession;

// The evaluation view: the search workspace's models and fusion settings run on a DeepFashion2-layout
// dataset in the background (detection AP per detector, fused and per category, AP50 against the number
// of fused detectors, Acc@k of the catalog's embedder with annotated and fused boxes), as tables and
// charts that export to CSV and PNG. Tune Fusion searches weights and thresholds for the best AP50 on the
// cached detections and Apply sets them on the fusion panel (and so the session).
class EvaluationPanel final : public QWidget
{
    Q_OBJECT

public:
    EvaluationPanel(SearchSession *session, FusionPanel *fusionPanel, QWidget *parent = nullptr);

    QLineEdit *datasetEdit() const { return m_dataset; }
    QPushButton *runButton() const { return m_runButton; }
    QPushButton *tuneButton() const { return m_tuneButton; }
    QPushButton *applyButton() const { return m_applyButton; }
    EvaluationRun *run() const { return m_run; }
    EvaluationModel *detectionModel() const { return m_detection; }
    EvaluationModel *categoryModel() const { return m_categories; }
    EvaluationModel *retrievalModel() const { return m_retrieval; }
    MetricChart *fusionChart() const { return m_fusionChart; }
    MetricChart *categoryChart() const { return m_categoryChart; }
    MetricChart *accuracyChart() const { return m_accuracyChart; }
    QString notes() const;

    // The tables as CSV and the charts as PNG in `folder`; the files written, or an empty list and `error`.
    QStringList exportTo(const QString &folder, QString *error = nullptr);

public Q_SLOTS:
    // Evaluates the workspace's current detectors, fusion setting and catalog on the dataset given.
    void startEvaluation();
    void tuneFusion();
    // Sets the tuned weights and thresholds on the fusion panel and the session.
    void applyTuning();
    void chooseDataset();

Q_SIGNALS:
    // An evaluation or tuning finished and its numbers are shown.
    void resultsShown();
    void tuningShown();

private:
    void chooseExportFolder();
    void showRunning(bool running);
    void showProgress(const QString &stage, qint64 done, qint64 total);
    void showReport();
    void showTuning();
    void showFailure(const QString &message);
    void showDetection();
    void showCategories();
    void showRetrieval();
    experiments::FusionSetting currentSetting() const;
    QString describe(const experiments::FusionSetting &setting) const;

    SearchSession *m_session;
    FusionPanel *m_fusionPanel;
    EvaluationRun *m_run;
    EvaluationModel *m_detection;
    EvaluationModel *m_categories;
    EvaluationModel *m_retrieval;
    QLineEdit *m_dataset = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_tuneButton = nullptr;
    QPushButton *m_applyButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_setting = nullptr;
    QLabel *m_notes = nullptr;
    QLabel *m_tuning = nullptr;
    QTabWidget *m_tabs = nullptr;
    MetricChart *m_fusionChart = nullptr;
    MetricChart *m_categoryChart = nullptr;
    MetricChart *m_accuracyChart = nullptr;
    QStringList m_evaluatedDetectors;   // the detectors of the report shown, for tuning against it
};

} // namespace lookbook::ui
