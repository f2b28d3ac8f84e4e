// The evaluation view driven through its real widgets on the colour world (tests/core/colourcatalog.h):
// its tables must show what lookbook-cli prints for the same data and models (`experiment` for box AP,
// `evaluate` for Acc@k, `tune-fusion` for the tuned fusion), and applying the tuned fusion must reach
// the fusion panel and the search session.
#include "../cli/clirunner.h"
#include "../core/colourcatalog.h"
#include "catalog/catalog.h"
#include "models/evaluationmodel.h"
#include "models/evaluationrun.h"
#include "models/searchsession.h"
#include "models/workspaceconfig.h"
#include "search/ingestjob.h"
#include "widgets/evaluationpanel.h"
#include "widgets/fusionpanel.h"
#include "widgets/mainwindow.h"
#include "widgets/metricchart.h"
#include "workspaces/evaluationworkspace.h"
#include "workspaces/searchworkspace.h"

#include <QAbstractItemModelTester>
#include <QDockWidget>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace lookbook;
using lookbook::ui::EvaluationModel;
using lookbook::ui::EvaluationPanel;
using lookbook::ui::MainWindow;

namespace {

const std::vector<test::ColourGarment> kGarments = {
    {QColor(255, 0, 0), 1}, {QColor(0, 255, 0), 1}, {QColor(0, 0, 255), 1}, {QColor(255, 255, 0), 1}};

// Always the street photos' box [8, 8, 40, 40] (category 1, score 0.8): right on the street photos,
// while the centre detector is right on the shop photos; fused at IoU 0.3 their boxes merge into one
// that overlaps either truth by more than 0.5, which is what tuning finds.
QString makeStreetDetector(const QString &folder)
{
    return test::makeModel(folder, QStringLiteral("street"), R"JIT(
def forward(self, x):
    return torch.tensor([[[8.0, 8.0, 40.0, 40.0, 0.8, 0.0]]]).repeat(x.size(0), 1, 1)
)JIT",
                           QStringLiteral("detector"), QStringLiteral(R"({"input_size": [64, 64], "resize": "stretch"})"),
                           QStringLiteral(R"({"decoder": "yolo_nms", "classes": [1]})"));
}

// The CSV rows the experiment wrote (its cells hold no commas here), header first.
std::vector<QStringList> readCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    std::vector<QStringList> rows;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        rows.push_back(line.split(QLatin1Char(',')));
    return rows;
}

QString shown(const EvaluationModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

} // namespace

class TestEvaluationView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LookbookTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_evaluationview"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_dataset = m_dir.filePath(QStringLiteral("dataset"));
        m_split = m_dataset + QStringLiteral("/validation");
        QVERIFY(test::writeColourSplit(m_split, kGarments));
        m_embedder = test::makeColourEmbedder(m_dir.path(), QStringLiteral("colour"));
        m_street = makeStreetDetector(m_dir.path());
        m_centre = test::makeCentreDetector(m_dir.path(), QStringLiteral("centre"));
        m_db = m_dir.filePath(QStringLiteral("shop.db"));
        QVERIFY(catalog::Catalog::create(m_db).ok());
        search::IngestParams ingest;
        ingest.catalogPath = m_db;
        ingest.sourcePath = m_split;
        ingest.embedderManifest = m_embedder;
        ingest.inference.device = QStringLiteral("cpu");
        const Result<search::IngestReport> report = search::IngestJob(ingest).run();
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
    }

    void showsWhatTheCommandLinePrints()
    {
        MainWindow window;
        window.resize(1280, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Alt+3 shows the Evaluation workspace: the whole window for its tables and charts.
        QTest::keyClick(&window, Qt::Key_3, Qt::AltModifier);
        QCOMPARE(window.currentWorkspace(), window.evaluationWorkspace());
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("Evaluation")));
        EvaluationPanel *panel = window.evaluationWorkspace()->panel();
        QVERIFY(panel->isVisible());
        QVERIFY2(panel->fusionChart()->height() >= 300, qPrintable(QString::number(panel->fusionChart()->height())));
        QAbstractItemModelTester detectionTester(panel->detectionModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester categoryTester(panel->categoryModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester retrievalTester(panel->retrievalModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy opened(window.searchWorkspace()->session(), &ui::SearchSession::opened);
        ui::WorkspaceConfig config;
        config.catalogPath = m_db;
        config.manifests = {m_street, m_centre, m_embedder};
        config.device = QStringLiteral("cpu");
        window.searchWorkspace()->openWorkspace(config);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 60000);

        // Evaluate, through the panel's own widgets.
        QSignalSpy shownSpy(panel, &EvaluationPanel::resultsShown);
        QSignalSpy progressed(panel->run(), &ui::EvaluationRun::progressed);
        panel->datasetEdit()->setText(m_dataset);
        QTest::mouseClick(panel->runButton(), Qt::LeftButton);
        QVERIFY(!panel->runButton()->isEnabled());  // one run at a time
        QTRY_COMPARE_WITH_TIMEOUT(shownSpy.count(), 1, 120000);
        QVERIFY(progressed.count() > 0);
        QVERIFY(panel->runButton()->isEnabled());

        // Box AP: the experiment's Tables 2 and 5, to the digit.
        const QString out = m_dir.filePath(QStringLiteral("report"));
        const test::CliRun experiment = test::runCli({QStringLiteral("experiment"), QStringLiteral("--dataset"), m_dataset, QStringLiteral("--models"),
                                                      m_street, m_centre, QStringLiteral("--out"), out, QStringLiteral("--device"), QStringLiteral("cpu")});
        QVERIFY2(experiment.exitCode == 0, experiment.err.constData());
        const std::vector<QStringList> table2 = readCsv(out + QStringLiteral("/table2-detection.csv"));
        const std::vector<QStringList> table5 = readCsv(out + QStringLiteral("/table5-fusion.csv"));
        QCOMPARE(table2.size(), std::size_t(3));  // header and two detectors
        QCOMPARE(table5.size(), std::size_t(3));
        const EvaluationModel *detection = panel->detectionModel();
        QCOMPARE(detection->rowCount(), 3);      // each detector, then both fused
        for (int d = 0; d < 2; ++d) {
            QCOMPARE(shown(detection, d, 0), table2[std::size_t(d + 1)][0]);
            for (int c = 1; c <= 3; ++c)
                QCOMPARE(shown(detection, d, c), table2[std::size_t(d + 1)][c]);  // AP, AP50, AP75
        }
        for (int c = 1; c <= 3; ++c)
            QCOMPARE(shown(detection, 2, c), table5[2][c + 1]);  // n, detectors fused, AP, AP50, AP75
        QCOMPARE(detection->value(2, 0), 8.0 / 12.0);  // worked out in tst_experiment
        QCOMPARE(panel->fusionChart()->data().categories, (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
        QCOMPARE(panel->fusionChart()->data().series.front().values[1], detection->value(2, 1));
        // One category in the ground truth; a column per detector and the fusion.
        QCOMPARE(panel->categoryModel()->rowCount(), 1);
        QCOMPARE(panel->categoryModel()->columnCount(), 4);
        QCOMPARE(panel->categoryModel()->value(0, 2), detection->value(2, 0));

        // Acc@k: evaluate's JSON, annotated boxes and fused boxes.
        const EvaluationModel *retrieval = panel->retrievalModel();
        QCOMPARE(retrieval->rowCount(), 2);
        const QStringList ks = {QStringLiteral("1"), QStringLiteral("5"), QStringLiteral("10"), QStringLiteral("15"),
                                QStringLiteral("20"), QStringLiteral("30"), QStringLiteral("40"), QStringLiteral("50")};
        QCOMPARE(retrieval->columnCount(), 1 + int(ks.size()));
        for (int row = 0; row < 2; ++row) {
            QStringList arguments = {QStringLiteral("evaluate"), m_db, QStringLiteral("--split"), m_split, QStringLiteral("--models"), m_street,
                                     m_centre, m_embedder, QStringLiteral("--top"), QStringLiteral("50"), QStringLiteral("--device"), QStringLiteral("cpu")};
            if (row == 0)
                arguments << QStringLiteral("--gt-boxes");
            const test::CliRun evaluate = test::runCli(arguments);
            QVERIFY2(evaluate.exitCode == 0, evaluate.err.constData());
            const QJsonObject acc = QJsonDocument::fromJson(evaluate.out).object().value(QStringLiteral("acc")).toObject();
            QCOMPARE(acc.keys().size(), ks.size());
            for (int k = 0; k < ks.size(); ++k)
                QCOMPARE(retrieval->value(row, k), acc.value(ks[k]).toDouble());
        }
        QCOMPARE(panel->accuracyChart()->data().series.size(), std::size_t(2));

        // Export: three tables and three charts.
        QString error;
        const QStringList written = panel->exportTo(m_dir.filePath(QStringLiteral("export")), &error);
        QVERIFY2(written.size() == 6, qPrintable(error + written.join(QLatin1Char(' '))));
        QFile csv(m_dir.filePath(QStringLiteral("export/detection-ap.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(csv.readAll()), detection->toCsv());
        QVERIFY(!QImage(m_dir.filePath(QStringLiteral("export/acc-at-k.png"))).isNull());

        // Tune: the same best setting as `tune-fusion`, then applied to the panel and the session.
        QVERIFY(panel->tuneButton()->isEnabled());
        QVERIFY(!panel->applyButton()->isEnabled());
        QSignalSpy tunedSpy(panel, &EvaluationPanel::tuningShown);
        QTest::mouseClick(panel->tuneButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(tunedSpy.count(), 1, 60000);
        const test::CliRun tune = test::runCli({QStringLiteral("tune-fusion"), QStringLiteral("--dataset"), m_dataset, QStringLiteral("--models"),
                                                m_street, m_centre, QStringLiteral("--device"), QStringLiteral("cpu")});
        QVERIFY2(tune.exitCode == 0, tune.err.constData());
        const QJsonObject cli = QJsonDocument::fromJson(tune.out).object();
        const QJsonObject best = cli.value(QStringLiteral("best")).toObject();
        const experiments::FusionTuning &tuning = *panel->run()->tuning();
        QCOMPARE(tuning.startAp50, cli.value(QStringLiteral("start")).toObject().value(QStringLiteral("ap50")).toDouble());
        QCOMPARE(tuning.startAp50, detection->value(2, 1));
        QCOMPARE(tuning.bestAp50, best.value(QStringLiteral("ap50")).toDouble());
        QCOMPARE(tuning.bestAp50, 1.0);  // the merged boxes overlap both truths by more than 0.5
        QCOMPARE(*tuning.best.params.iouThr, best.value(QStringLiteral("iou_thr")).toDouble());
        QCOMPARE(tuning.best.params.skipBoxThr, best.value(QStringLiteral("skip_box_thr")).toDouble());
        const QJsonArray weights = best.value(QStringLiteral("weights")).toArray();
        QCOMPARE(weights.size(), 2);
        for (int i = 0; i < 2; ++i)
            QCOMPARE(tuning.best.weights[std::size_t(i)], weights[i].toDouble());
        QVERIFY(*tuning.best.params.iouThr < 0.39);  // below the two boxes' IoU: they merge

        QVERIFY(panel->applyButton()->isEnabled());
        const double before = window.searchWorkspace()->session()->fusionParams().effectiveIouThr();
        QTest::mouseClick(panel->applyButton(), Qt::LeftButton);
        QVERIFY(window.searchWorkspace()->session()->fusionParams().effectiveIouThr() != before);
        QCOMPARE(window.searchWorkspace()->session()->fusionParams().effectiveIouThr(), *tuning.best.params.iouThr);
        QCOMPARE(window.searchWorkspace()->session()->fusionParams().skipBoxThr, tuning.best.params.skipBoxThr);
        QCOMPARE(window.searchWorkspace()->session()->fusionWeights(), tuning.best.weights);
        QCOMPARE(window.searchWorkspace()->fusionPanel()->params().effectiveIouThr(), *tuning.best.params.iouThr);
        QVERIFY(!panel->applyButton()->isEnabled());
    }

    void namesABadDataset()
    {
        MainWindow window;
        window.show();
        QSignalSpy opened(window.searchWorkspace()->session(), &ui::SearchSession::opened);
        ui::WorkspaceConfig config;
        config.catalogPath = m_db;
        config.manifests = {m_centre, m_embedder};
        config.device = QStringLiteral("cpu");
        window.searchWorkspace()->openWorkspace(config);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 60000);
        EvaluationPanel *panel = window.evaluationWorkspace()->panel();
        QSignalSpy failed(panel->run(), &ui::EvaluationRun::failed);
        panel->datasetEdit()->setText(m_dir.path());
        QTest::mouseClick(panel->runButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 30000);
        const QString message = failed.front().front().toString();
        QVERIFY2(message.contains(QStringLiteral("not a DeepFashion2 dataset")), qPrintable(message));
        QVERIFY(panel->runButton()->isEnabled());
        QVERIFY(!panel->tuneButton()->isEnabled());
    }

private:
    QTemporaryDir m_dir;
    QString m_dataset;
    QString m_split;
    QString m_embedder;
    QString m_street;
    QString m_centre;
    QString m_db;
};

QTEST_MAIN(TestEvaluationView)
#include "tst_evaluationview.moc"
