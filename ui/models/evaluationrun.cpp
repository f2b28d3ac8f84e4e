#include "models/evaluationrun.h"

#include "models/errortext.h"
#include "models/jobrunner.h"


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

} // namespace

EvaluationRun::EvaluationRun(QObject *parent) : QObject(parent), m_job(new JobRunner(this))
{
    connect(m_job, &JobRunner::progressed, this, &EvaluationRun::progressed);
    connect(m_job, &JobRunner::runningChanged, this, &EvaluationRun::runningChanged);
}

EvaluationRun::~EvaluationRun() = default;

bool EvaluationRun::isRunning() const
{
    return m_job->isRunning();
}

void EvaluationRun::start(const experiments::DatasetEvaluationParams &params)
{
    const auto evaluate = [params](const Progress &progress) {
        return experiments::DatasetEvaluation::run(params, [&progress](experiments::DatasetEvaluation::Stage stage, qint64 done, qint64 total) {
            return progress(stageText(stage), done, total);
        });
    };
    m_job->start(evaluate, [this](const Result<experiments::DatasetEvaluationReport> &result) {
        if (!result)
            return fail(result.error());
        m_report = std::make_shared<const experiments::DatasetEvaluationReport>(*result);
        m_tuning.reset();
        Q_EMIT finished();
    });
}

void EvaluationRun::tune(const experiments::FusionTunerParams &params)
{
    if (isRunning() || !m_report)
        return;
    m_tuning.reset();
    const auto tuneFusion = [report = m_report, params](const Progress &progress) {
        return experiments::FusionTuner::tune(report->detections, params, asStage(progress, tr("Tuning the fusion")));
    };
    m_job->start(tuneFusion, [this](const Result<experiments::FusionTuning> &result) {
        if (!result)
            return fail(result.error());
        m_tuning = *result;
        Q_EMIT tuned();
    });
}

void EvaluationRun::cancel()
{
    m_job->cancel();
}

void EvaluationRun::fail(const Error &error)
{
    if (error.code == ErrorCode::Cancelled)
        Q_EMIT cancelled();
    else
        Q_EMIT failed(ErrorText::of(error));
}

} // namespace lookbook::ui
