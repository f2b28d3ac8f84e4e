#include "widgets/evaluationpanel.h"

#include "common/atomicfile.h"
#include "models/categorylabel.h"
#include "models/errortext.h"
#include "models/evaluationmodel.h"
#include "models/evaluationrun.h"
#include "models/searchsession.h"
#include "widgets/fusionpanel.h"
#include "widgets/metricchart.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>
#include <set>

namespace lookbook::ui {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

QTableView *makeTable(EvaluationModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    // The names take the room left by the numbers.
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(false);
    QObject::connect(model, &QAbstractItemModel::modelReset, view, [view] {
        QHeaderView *header = view->horizontalHeader();
        if (header->count() == 0)
            return;
        header->setSectionResizeMode(0, QHeaderView::Stretch);
        // Wide enough for every column whole (names and numbers), up to a share that leaves the chart room.
        int width = 2 * view->frameWidth() + view->verticalScrollBar()->sizeHint().width();
        const QAbstractItemView *cells = view;  // QTableView hides sizeHintForColumn
        for (int column = 0; column < header->count(); ++column)
            width += std::max(cells->sizeHintForColumn(column), header->sectionSizeHint(column));
        constexpr int kMostWidth = 560;
        view->setMinimumWidth(std::clamp(width, 220, kMostWidth));
    });
    view->setMinimumWidth(220);
    return view;
}

QWidget *tablePage(QTableView *table, MetricChart *chart, QWidget *parent)
{
    auto *splitter = new QSplitter(Qt::Horizontal, parent);
    splitter->addWidget(table);
    splitter->addWidget(chart);
    // The table as wide as its columns need, the chart the rest.
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    return splitter;
}

std::vector<double> cocoRow(const eval::CocoMetrics &metrics)
{
    return {metrics.stats[eval::CocoMetrics::AP], metrics.stats[eval::CocoMetrics::AP50], metrics.stats[eval::CocoMetrics::AP75]};
}

QString fixed(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

} // namespace

EvaluationPanel::EvaluationPanel(SearchSession *session, FusionPanel *fusionPanel, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_fusionPanel(fusionPanel)
    , m_run(new EvaluationRun(this))
    , m_detection(new EvaluationModel(this))
    , m_categories(new EvaluationModel(this))
    , m_retrieval(new EvaluationModel(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *datasetLabel = new QLabel(tr("Dataset f&older:"), this);
    m_dataset = new QLineEdit(this);
    m_dataset->setPlaceholderText(tr("a DeepFashion2-layout dataset (its validation/ split is used) or a split (image/ + annos/)"));
    datasetLabel->setBuddy(m_dataset);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    m_runButton = new QPushButton(tr("Eva&luate"), this);
    m_runButton->setToolTip(tr("Run the workspace's detectors, fusion setting and catalog on the dataset, in the background"));
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_exportButton = new QPushButton(tr("E&xport…"), this);
    m_exportButton->setToolTip(tr("Save the tables as CSV and the charts as PNG in a folder"));
    top->addWidget(datasetLabel);
    top->addWidget(m_dataset, 1);
    top->addWidget(browse);
    top->addWidget(m_runButton);
    top->addWidget(m_cancelButton);
    top->addWidget(m_exportButton);
    layout->addLayout(top);

    auto *progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(220);
    m_progress->setMaximumHeight(14);
    m_progress->setTextVisible(false);
    m_status = new QLabel(tr("Choose a dataset and press Evaluate: the numbers are the ones lookbook-cli experiment and evaluate print."), this);
    progressRow->addWidget(m_progress);
    progressRow->addWidget(m_status, 1);
    layout->addLayout(progressRow);
    m_setting = new QLabel(this);
    m_setting->setWordWrap(true);
    m_setting->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_setting);
    m_notes = new QLabel(this);
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_notes);

    m_fusionChart = new MetricChart(MetricChart::Kind::Lines, this);
    m_categoryChart = new MetricChart(MetricChart::Kind::Bars, this);
    m_accuracyChart = new MetricChart(MetricChart::Kind::Lines, this);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(tablePage(makeTable(m_detection, this), m_fusionChart, this), tr("Detection AP"));
    m_tabs->addTab(tablePage(makeTable(m_categories, this), m_categoryChart, this), tr("AP per Category"));
    m_tabs->addTab(tablePage(makeTable(m_retrieval, this), m_accuracyChart, this), tr("Retrieval Acc@k"));
    layout->addWidget(m_tabs, 1);

    auto *tuneRow = new QHBoxLayout;
    m_tuneButton = new QPushButton(tr("T&une Fusion"), this);
    m_tuneButton->setToolTip(tr("Search detector weights and the IoU and skip thresholds for the best AP50 on this dataset "
                                "(the detections are reused; the detectors do not run again)"));
    m_tuning = new QLabel(this);
    m_tuning->setWordWrap(true);
    m_applyButton = new QPushButton(tr("&Apply Tuned Fusion"), this);
    m_applyButton->setToolTip(tr("Set the tuned weights and thresholds on the fusion panel"));
    tuneRow->addWidget(m_tuneButton);
    tuneRow->addWidget(m_tuning, 1);
    tuneRow->addWidget(m_applyButton);
    layout->addLayout(tuneRow);

    connect(browse, &QPushButton::clicked, this, &EvaluationPanel::chooseDataset);
    connect(m_dataset, &QLineEdit::returnPressed, this, &EvaluationPanel::startEvaluation);
    connect(m_runButton, &QPushButton::clicked, this, &EvaluationPanel::startEvaluation);
    connect(m_cancelButton, &QPushButton::clicked, m_run, &EvaluationRun::cancel);
    connect(m_exportButton, &QPushButton::clicked, this, &EvaluationPanel::chooseExportFolder);
    connect(m_tuneButton, &QPushButton::clicked, this, &EvaluationPanel::tuneFusion);
    connect(m_applyButton, &QPushButton::clicked, this, &EvaluationPanel::applyTuning);
    connect(m_run, &EvaluationRun::runningChanged, this, &EvaluationPanel::showRunning);
    connect(m_run, &EvaluationRun::progressed, this, &EvaluationPanel::showProgress);
    connect(m_run, &EvaluationRun::finished, this, &EvaluationPanel::showReport);
    connect(m_run, &EvaluationRun::tuned, this, &EvaluationPanel::showTuning);
    connect(m_run, &EvaluationRun::failed, this, &EvaluationPanel::showFailure);
    connect(m_run, &EvaluationRun::cancelled, this, [this] { m_status->setText(tr("Cancelled.")); });
    showRunning(false);
    m_notes->hide();
}

QString EvaluationPanel::notes() const
{
    return m_notes->text();
}

experiments::FusionSetting EvaluationPanel::currentSetting() const
{
    return {m_session->fusionParams(), m_session->fusionWeights(), m_session->scoreThresholds()};
}

QString EvaluationPanel::describe(const experiments::FusionSetting &setting) const
{
    QStringList weights;
    for (std::size_t i = 0; i < setting.weights.size(); ++i)
        weights << (setting.weights[i] > 0.0 ? fixed(setting.weights[i], 1) : tr("off"));
    const std::string_view method = fusion::methodName(setting.params.method);
    return tr("%1, IoU thr %2, skip thr %3, weights %4")
        .arg(QString::fromLatin1(method.data(), static_cast<int>(method.size())).toUpper())
        .arg(fixed(setting.params.effectiveIouThr(), 2), fixed(setting.params.skipBoxThr, 2), weights.join(QStringLiteral(" / ")));
}

void EvaluationPanel::chooseDataset()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Choose a DeepFashion2-layout Dataset or Split"), m_dataset->text());
    if (!folder.isEmpty())
        m_dataset->setText(QDir::toNativeSeparators(folder));
}

void EvaluationPanel::startEvaluation()
{
    if (m_run->isRunning())
        return;
    if (m_dataset->text().trimmed().isEmpty())
        return chooseDataset();
    const search::SearchPipelineParams &workspace = m_session->pipelineParams();
    if (workspace.detectorManifests.isEmpty() && !m_session->isOpen())
        return showFailure(tr("Open a catalog and its models first (File ▸ Open Catalog…): the evaluation uses them."));
    experiments::DatasetEvaluationParams params;
    params.datasetPath = QDir::fromNativeSeparators(m_dataset->text().trimmed());
    params.detectorManifests = workspace.detectorManifests;
    params.fusion = currentSetting();
    params.inference = workspace.inference;
    if (m_session->isOpen()) {
        params.catalogPath = workspace.catalogPath;
        params.vectorSet = workspace.vectorSet;
        params.embedderManifest = workspace.embedderManifest;
    }
    m_evaluatedDetectors = m_session->detectorNames();
    m_setting->setText(tr("Models: %1 · fusion: %2%3")
                           .arg(m_evaluatedDetectors.isEmpty() ? tr("no detectors") : m_evaluatedDetectors.join(QStringLiteral(", ")),
                                describe(params.fusion),
                                m_session->isOpen() ? tr(" · catalog %1, embedder %2")
                                                          .arg(QFileInfo(workspace.catalogPath).fileName(), m_session->vectorSet()->modelName)
                                                    : QString()));
    m_tuning->clear();
    m_status->setText(tr("Starting…"));
    m_run->start(params);
}

void EvaluationPanel::tuneFusion()
{
    const std::shared_ptr<const experiments::DatasetEvaluationReport> report = m_run->report();
    if (!report)
        return showFailure(tr("Evaluate on a dataset first: tuning reuses its detections."));
    if (m_session->detectorNames() != m_evaluatedDetectors)
        return showFailure(tr("The workspace's detectors changed since the evaluation: evaluate again first."));
    if (report->detections.detectorNames.size() < 2)
        return showFailure(tr("Tuning the fusion needs at least two detectors."));
    experiments::FusionTunerParams params;
    params.start = currentSetting();
    m_tuning->setText(tr("Tuning…"));
    m_run->tune(params);
}

void EvaluationPanel::applyTuning()
{
    const std::optional<experiments::FusionTuning> &tuning = m_run->tuning();
    if (!tuning || m_session->detectorNames() != m_evaluatedDetectors)
        return;
    // A detector tuned off keeps its slider's weight, so that switching it back on restores it.
    const std::vector<double> previous = m_session->fusionWeights();
    std::vector<double> sliders = tuning->best.weights;
    for (std::size_t i = 0; i < sliders.size(); ++i) {
        if (sliders[i] <= 0.0 && i < previous.size())
            sliders[i] = previous[i] > 0.0 ? previous[i] : 1.0;
    }
    m_fusionPanel->setDetectors(m_evaluatedDetectors, sliders);
    for (std::size_t i = 0; i < tuning->best.weights.size(); ++i)
        m_fusionPanel->detectorSwitch(static_cast<int>(i))->setChecked(tuning->best.weights[i] > 0.0);
    m_fusionPanel->setParams(tuning->best.params);
    m_session->setFusion(m_fusionPanel->params(), m_fusionPanel->weights());
    m_tuning->setText(m_tuning->text() + QLatin1Char(' ') + tr("Applied to the fusion panel."));
    m_applyButton->setEnabled(false);
}

void EvaluationPanel::showRunning(bool running)
{
    m_runButton->setEnabled(!running);
    m_cancelButton->setEnabled(running);
    m_tuneButton->setEnabled(!running && m_run->report() && m_run->report()->detections.detectorNames.size() >= 2);
    m_applyButton->setEnabled(!running && m_run->tuning().has_value());
    m_exportButton->setEnabled(!running && (!m_detection->isEmpty() || !m_retrieval->isEmpty()));
    m_progress->setVisible(running);
    if (running)
        m_progress->setRange(0, 0);
}

void EvaluationPanel::showProgress(const QString &stage, qint64 done, qint64 total)
{
    m_progress->setRange(0, static_cast<int>(std::max<qint64>(total, 1)));
    m_progress->setValue(static_cast<int>(done));
    m_status->setText(tr("%1: %L2 of %L3…").arg(stage).arg(done).arg(total));
}

void EvaluationPanel::showFailure(const QString &message)
{
    m_status->setText(message);
    if (m_tuning->text() == tr("Tuning…"))
        m_tuning->clear();
}

void EvaluationPanel::showReport()
{
    const std::shared_ptr<const experiments::DatasetEvaluationReport> report = m_run->report();
    showDetection();
    showCategories();
    showRetrieval();
    m_notes->setText(report->notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!report->notes.isEmpty());
    m_status->setText(tr("Evaluated %1: %n photo(s).", nullptr, static_cast<int>(report->detections.photos.size()))
                          .arg(QDir::toNativeSeparators(report->splitPath)));
    showRunning(false);
    Q_EMIT resultsShown();
}

void EvaluationPanel::showDetection()
{
    const experiments::DatasetEvaluationReport &report = *m_run->report();
    QStringList rows;
    std::vector<std::vector<double>> values;
    for (const experiments::DetectionResult &row : report.tables.detectors) {
        rows << row.model;
        values.push_back(cocoRow(row.metrics));
    }
    // Row n = 1 of the fusion is the first detector alone, already above.
    for (std::size_t n = 1; n < report.tables.fusion.size(); ++n) {
        rows << tr("Fused: detectors 1–%1").arg(n + 1);
        values.push_back(cocoRow(report.tables.fusion[n].metrics));
    }
    m_detection->setTable(tr("Detector"), {tr("AP"), tr("AP50"), tr("AP75")}, rows, values);

    experiments::ChartData chart;
    chart.title = tr("Box AP against the number of fused detectors");
    chart.xTitle = tr("detectors fused (in the workspace's order)");
    chart.yTitle = tr("box AP");
    experiments::ChartSeries ap50{tr("AP50"), {}};
    experiments::ChartSeries ap{tr("AP"), {}};
    for (std::size_t n = 0; n < report.tables.fusion.size(); ++n) {
        chart.categories << QString::number(n + 1);
        ap50.values.push_back(report.tables.fusion[n].metrics.stats[eval::CocoMetrics::AP50]);
        ap.values.push_back(report.tables.fusion[n].metrics.stats[eval::CocoMetrics::AP]);
    }
    chart.series = {ap50, ap};
    m_fusionChart->setData(chart);
}

void EvaluationPanel::showCategories()
{
    const experiments::DatasetEvaluationReport &report = *m_run->report();
    std::vector<const experiments::DetectionResult *> columns;
    QStringList names;
    for (const experiments::DetectionResult &row : report.tables.detectors) {
        columns.push_back(&row);
        names << row.model;
    }
    if (report.tables.fusion.size() > 1) {
        columns.push_back(&report.tables.fusion.back());
        names << tr("Fused");
    }
    // The categories the ground truth has (COCOeval's AP is −1 for the others).
    std::set<int> categories;
    for (const experiments::DetectionResult *column : columns) {
        for (const auto &[category, ap] : column->metrics.perCategoryAp) {
            if (ap >= 0.0)
                categories.insert(category);
        }
    }
    QStringList rows;
    std::vector<std::vector<double>> values;
    experiments::ChartData chart;
    chart.title = tr("Box AP per category");
    chart.yTitle = tr("AP");
    for (const QString &name : names)
        chart.series.push_back({name, {}});
    for (const int category : categories) {
        rows << categoryLabel(category);
        // The garment trade's short forms keep thirteen names legible under the bars.
        chart.categories << QString(categoryLabel(category))
                                .replace(QStringLiteral("short sleeve"), tr("s/s"))
                                .replace(QStringLiteral("long sleeve"), tr("l/s"));
        std::vector<double> row;
        for (std::size_t c = 0; c < columns.size(); ++c) {
            const auto found = columns[c]->metrics.perCategoryAp.find(category);
            row.push_back(found == columns[c]->metrics.perCategoryAp.end() ? kNaN : found->second);
            chart.series[c].values.push_back(row.back());
        }
        values.push_back(row);
    }
    m_categories->setTable(tr("Category"), names, rows, values);
    m_categoryChart->setData(chart);
}

void EvaluationPanel::showRetrieval()
{
    const experiments::DatasetEvaluationReport &report = *m_run->report();
    QStringList columns;
    experiments::ChartData chart;
    chart.title = report.embedder.isEmpty() ? tr("Acc@k (not measured: see the notes above)") : tr("Acc@k of %1").arg(report.embedder);
    chart.xTitle = tr("k");
    chart.yTitle = tr("Acc@k");
    for (const int k : report.ks) {
        columns << tr("Acc@%1").arg(k);
        chart.categories << QString::number(k);
    }
    QStringList rows;
    std::vector<std::vector<double>> values;
    const auto add = [&](const QString &name, const std::optional<eval::RetrievalMetrics> &metrics) {
        if (!metrics)
            return;
        std::vector<double> row;
        for (const int k : report.ks) {
            const auto found = metrics->accuracy.find(k);
            row.push_back(found == metrics->accuracy.end() ? kNaN : found->second);
        }
        rows << name;
        values.push_back(row);
        chart.series.push_back({name, row});
    };
    add(tr("Annotated boxes"), report.groundTruthBoxes);
    add(tr("Fused boxes"), report.fusedBoxes);
    m_retrieval->setTable(tr("Query boxes"), columns, rows, values);
    m_accuracyChart->setData(chart);
}

void EvaluationPanel::showTuning()
{
    const experiments::FusionTuning &tuning = *m_run->tuning();
    const double gain = tuning.bestAp50 - tuning.startAp50;
    m_tuning->setText(tr("AP50 %1 → <b>%2</b> (%3%4) with %5; %n setting(s) tried.", nullptr, tuning.evaluations)
                          .arg(fixed(tuning.startAp50, 4), fixed(tuning.bestAp50, 4), gain >= 0.0 ? QStringLiteral("+") : QString(),
                               fixed(gain, 4), describe(tuning.best).toHtmlEscaped()));
    m_status->setText(gain > 0.0 ? tr("Tuned: apply it to the fusion panel to search with it.") : tr("Tuned: the current setting is already the best found."));
    showRunning(false);
    Q_EMIT tuningShown();
}

QStringList EvaluationPanel::exportTo(const QString &folder, QString *error)
{
    QStringList written;
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = tr("%1: cannot create the folder").arg(folder);
        return {};
    }
    const QDir dir(folder);
    const std::pair<EvaluationModel *, QString> tables[] = {
        {m_detection, QStringLiteral("detection-ap.csv")}, {m_categories, QStringLiteral("category-ap.csv")}, {m_retrieval, QStringLiteral("retrieval-acc.csv")}};
    for (const auto &[model, name] : tables) {
        if (model->isEmpty())
            continue;
        const QString path = dir.filePath(name);
        if (Status saved = AtomicFile::write(path, model->toCsv().toUtf8()); !saved) {
            if (error)
                *error = ErrorText::of(saved.error());
            return {};
        }
        written << path;
    }
    const std::pair<MetricChart *, QString> charts[] = {{m_fusionChart, QStringLiteral("ap-vs-fused-detectors.png")},
                                                        {m_categoryChart, QStringLiteral("category-ap.png")},
                                                        {m_accuracyChart, QStringLiteral("acc-at-k.png")}};
    for (const auto &[chart, name] : charts) {
        if (chart->data().series.empty())
            continue;
        if (!chart->savePng(dir.filePath(name), error))
            return {};
        written << dir.filePath(name);
    }
    return written;
}

void EvaluationPanel::chooseExportFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export the Evaluation to a Folder"));
    if (folder.isEmpty())
        return;
    QString error;
    const QStringList written = exportTo(folder, &error);
    m_status->setText(written.isEmpty() ? error : tr("Saved %n file(s) to %1.", nullptr, static_cast<int>(written.size())).arg(QDir::toNativeSeparators(folder)));
}

} // namespace lookbook::ui
