#pragma once

#include "experiments/datasetevaluation.h"
#include "experiments/fusiontuner.h"

#include <QObject>

#include <memory>
#include <optional>

namespace lookbook::ui {

class JobRunner;

// The evaluation view's work, off the GUI thread: an evaluation of the workspace's models on a dataset
// (experiments::DatasetEvaluation, what the CLI computes), then any number of fusion tunings on its cached
// detections. Each reports progress and can be cancelled; one of each runs at a time.
class EvaluationRun final : public QObject
{
    Q_OBJECT

public:
    explicit EvaluationRun(QObject *parent = nullptr);
    // Cancels what is running and waits for it (each step checks for cancellation photo by photo).
    ~EvaluationRun() override;

    // Ignored while an evaluation or a tuning runs.
    void start(const experiments::DatasetEvaluationParams &params);
    // Searches weights and thresholds from `start` on the last report's detections.
    void tune(const experiments::FusionTunerParams &params);
    void cancel();
    bool isRunning() const;

    // The last evaluation that finished (null before), and the tuning made on it.
    std::shared_ptr<const experiments::DatasetEvaluationReport> report() const { return m_report; }
    const std::optional<experiments::FusionTuning> &tuning() const { return m_tuning; }

Q_SIGNALS:
    void progressed(const QString &stage, qint64 done, qint64 total);
    void runningChanged(bool running);
    void finished();
    void tuned();
    void cancelled();
    void failed(const QString &message);

private:
    void fail(const Error &error);

    JobRunner *m_job = nullptr;
    std::shared_ptr<const experiments::DatasetEvaluationReport> m_report;
    std::optional<experiments::FusionTuning> m_tuning;
};

} // namespace lookbook::ui
