#include "models/evaluationrun.h"

#include "models/errortext.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace lookbook::ui {

namespace {

QString stageText(experiments::DatasetEvaluation::Stage stage)
{
    switch (stage) {
    case experiments::DatasetEvaluation::Stage::Detecting: return EvaluationRun::tr("Detecting on the dataset's photos");
    case experiments::DatasetEvaluation::Stage::ScoringDetections: return EvaluationRun::tr("Computing box AP");
    case experiments::DatasetEvaluation::Stage::QueryingGroundTruthBoxes: return EvaluationRun::tr("Searching with the annotated boxes");
    case experiments::DatasetEvaluation::Stage::QueryingFusedBoxes: return EvaluationRun::tr("Searching with the fused boxes");
    }
    return {};
}

// On a worker: the job's progress becomes the future's, and the future's cancel the job's.
void evaluate(QPromise<Result<experiments::DatasetEvaluationReport>> &promise, const experiments::DatasetEvaluationParams &params)
{
    promise.addResult(experiments::DatasetEvaluation::run(params, [&promise](experiments::DatasetEvaluation::Stage stage, qint64 done, qint64 total) {
        promise.setProgressRange(0, static_cast<int>(total));
        promise.setProgressValueAndText(static_cast<int>(done), stageText(stage));
        return !promise.isCanceled();
    }));
}

void tuneFusion(QPromise<Result<experiments::FusionTuning>> &promise, std::shared_ptr<const experiments::DatasetEvaluationReport> report,
                const experiments::FusionTunerParams &params)
{
    promise.addResult(experiments::FusionTuner::tune(report->detections, params, [&promise](qint64 done, qint64 total) {
        promise.setProgressRange(0, static_cast<int>(total));
        promise.setProgressValueAndText(static_cast<int>(done), EvaluationRun::tr("Tuning the fusion"));
        return !promise.isCanceled();
    }));
}

} // namespace

EvaluationRun::EvaluationRun(QObject *parent) : QObject(parent)
{
    watch(m_evaluation);
    watch(m_tuner);
    connect(&m_evaluation, &QFutureWatcherBase::finished, this, &EvaluationRun::finishEvaluation);
    connect(&m_tuner, &QFutureWatcherBase::finished, this, &EvaluationRun::finishTuning);
}

EvaluationRun::~EvaluationRun()
{
    cancel();
    m_evaluation.waitForFinished();
    m_tuner.waitForFinished();
}

template<typename T>
void EvaluationRun::watch(QFutureWatcher<T> &watcher)
{
    const auto report = [this, &watcher] {
        Q_EMIT progressed(watcher.progressText(), watcher.progressValue(), watcher.progressMaximum());
    };
    connect(&watcher, &QFutureWatcherBase::progressValueChanged, this, report);
    connect(&watcher, &QFutureWatcherBase::progressTextChanged, this, report);
}

bool EvaluationRun::isRunning() const
{
    return m_evaluation.isRunning() || m_tuner.isRunning();
}

void EvaluationRun::start(const experiments::DatasetEvaluationParams &params)
{
    if (isRunning())
        return;
    m_evaluation.setFuture(QtConcurrent::run(&evaluate, params));
    Q_EMIT runningChanged(true);
}

void EvaluationRun::tune(const experiments::FusionTunerParams &params)
{
    if (isRunning() || !m_report)
        return;
    m_tuning.reset();
    m_tuner.setFuture(QtConcurrent::run(&tuneFusion, m_report, params));
    Q_EMIT runningChanged(true);
}

void EvaluationRun::cancel()
{
    m_evaluation.cancel();
    m_tuner.cancel();
}

void EvaluationRun::finishEvaluation()
{
    Q_EMIT runningChanged(false);
    const QFuture<EvaluationResult> future = m_evaluation.future();
    if (future.isCanceled() || future.resultCount() == 0 || (!future.result() && future.result().error().code == ErrorCode::Cancelled))
        return Q_EMIT cancelled();
    const EvaluationResult result = future.result();
    if (!result)
        return Q_EMIT failed(ErrorText::of(result.error()));
    m_report = std::make_shared<const experiments::DatasetEvaluationReport>(*result);
    m_tuning.reset();
    Q_EMIT finished();
}

void EvaluationRun::finishTuning()
{
    Q_EMIT runningChanged(false);
    const QFuture<TuningResult> future = m_tuner.future();
    if (future.isCanceled() || future.resultCount() == 0 || (!future.result() && future.result().error().code == ErrorCode::Cancelled))
        return Q_EMIT cancelled();
    const TuningResult result = future.result();
    if (!result)
        return Q_EMIT failed(ErrorText::of(result.error()));
    m_tuning = *result;
    Q_EMIT tuned();
}

} // namespace lookbook::ui
