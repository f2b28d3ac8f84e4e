// `lookbook-cli experiment` on the hand-checkable colour world (colourcatalog.h): four pairs of solid
// red, green, blue and yellow garments, the mean-colour embedder, a detector that always finds the
// shop photos' box and one that always finds the street photos' box. Every number below is worked
// out by hand in the comment beside it.
#include "../cli/clirunner.h"
#include "../testfiles.h"
#include "colourcatalog.h"
#include "experiments/datasetevaluation.h"
#include "experiments/experiment.h"
#include "experiments/experimentreportwriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace lookbook;
using namespace lookbook::experiments;

namespace {

const std::vector<test::ColourGarment> kGarments = {
    {QColor(255, 0, 0), 1}, {QColor(0, 255, 0), 1}, {QColor(0, 0, 255), 1}, {QColor(255, 255, 0), 1}};

// COCO AP of a detector that is right on one half of the photos (IoU 1) and wrong on the other
// (IoU 24² / (2·32² − 24²) = 0.39), all its boxes scored alike so that COCOeval keeps them in image-id
// order. Recall stops at 4/8 = 0.5, so 51 of the 101 recall thresholds count:
//  - street photos (ids 1…4) first, as for the street detector: precision 1 up to recall 0.5 → 51/101;
//  - shop photos (ids 101…) right, street ones wrong, as for the centre detector: the four wrong boxes
//    come first, the best precision at or beyond any recall is 4/8 → 0.5 · 51/101.
const double kStreetAp = 51.0 / 101.0;
const double kCentreAp = 0.5 * 51.0 / 101.0;
// Street then centre, fused with WBF (weights 1, iou_thr 0.55): the two boxes of a photo overlap at 0.39,
// so both stay, with scores 0.9/2 (centre) and 0.8/2 (street). In score order: 4 wrong centre boxes,
// 4 right ones, 4 right street boxes, 4 wrong ones; recall reaches 1 at the 12th with precision 8/12,
// the best at or beyond every recall threshold.
const double kFusedAp = 8.0 / 12.0;

// A detector that always finds the street photos' box [8, 8, 40, 40], category 1, score 0.8.
QString makeStreetDetector(const QString &folder)
{
    return test::makeModel(folder, QStringLiteral("street"), R"JIT(
def forward(self, x):
    return torch.tensor([[[8.0, 8.0, 40.0, 40.0, 0.8, 0.0]]]).repeat(x.size(0), 1, 1)
)JIT",
                           QStringLiteral("detector"), QStringLiteral(R"({"input_size": [64, 64], "resize": "stretch"})"),
                           QStringLiteral(R"({"decoder": "yolo_nms", "classes": [1]})"));
}

// RFC 4180: fields separated by commas, quoted when they hold one, "" for a quote inside quotes.
std::vector<QStringList> parseCsv(const QString &text)
{
    std::vector<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\n')) {
            row << field;
            rows.push_back(row);
            row.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    return rows;
}

// The rows of the Markdown table under "## <title>", header first, the alignment rule left out.
std::vector<QStringList> markdownTable(const QString &markdown, const QString &title)
{
    std::vector<QStringList> rows;
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    const int heading = static_cast<int>(lines.indexOf(QStringLiteral("## ") + title));
    if (heading < 0)
        return rows;
    for (int i = heading + 1; i < lines.size() && !lines.at(i).startsWith(QStringLiteral("## ")); ++i) {
        const QString &line = lines.at(i);
        if (!line.startsWith(QStringLiteral("| ")))
            continue;
        rows.push_back(line.mid(2, line.size() - 4).split(QStringLiteral(" | ")));
    }
    return rows;
}

double cell(const ReportTable &table, int row, int column) { return table.rows.at(static_cast<std::size_t>(row)).at(column).toDouble(); }

} // namespace

class TestExperiment final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_dataset = m_dir.filePath(QStringLiteral("dataset"));
        QVERIFY(test::writeColourSplit(m_dataset + QStringLiteral("/validation"), kGarments));
        m_colour = test::makeColourEmbedder(m_dir.path(), QStringLiteral("colour"));
        m_colourCopy = test::makeColourEmbedder(m_dir.path(), QStringLiteral("colour2"));
        m_centre = test::makeCentreDetector(m_dir.path(), QStringLiteral("centre"));
        m_street = makeStreetDetector(m_dir.path());
    }

    void findsTheSplit()
    {
        QCOMPARE(experiments::DatasetEvaluation::resolveSplit(m_dataset).value(), QDir(m_dataset).filePath(QStringLiteral("validation")));
        const QString split = m_dataset + QStringLiteral("/validation");
        QCOMPARE(experiments::DatasetEvaluation::resolveSplit(split).value(), split);
    }

    void reproducesTheTablesOnTheColourWorld()
    {
        const Result<ExperimentReport> report = Experiment(params()).run();
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
        QCOMPARE(report->userImages, 4);
        QCOMPARE(report->shopImages, 4);
        QCOMPARE(report->queryItems, 4);
        QCOMPARE(report->galleryItems, 4);

        const std::vector<ReportTable> tables = ExperimentReportWriter::tables(*report);
        QCOMPARE(tables.size(), std::size_t(6));  // Tables 2, 5, 3, 6, 7 and the timings
        const ReportTable &detection = tables[0];
        QCOMPARE(detection.rows.size(), std::size_t(2));
        QCOMPARE(detection.rows[0].front(), QStringLiteral("street"));
        for (const int column : {1, 2, 3}) {  // AP, AP50, AP75: the right boxes match with IoU 1
            QCOMPARE(cell(detection, 0, column), std::round(kStreetAp * 1e4) / 1e4);
            QCOMPARE(cell(detection, 1, column), std::round(kCentreAp * 1e4) / 1e4);
        }
        const ReportTable &fusion = tables[1];
        QCOMPARE(fusion.rows.size(), std::size_t(2));
        QCOMPARE(fusion.rows[1].at(1), QStringLiteral("street + centre"));
        QCOMPARE(cell(fusion, 0, 3), std::round(kStreetAp * 1e4) / 1e4);  // n = 1: the street detector as it is
        QCOMPARE(cell(fusion, 1, 3), std::round(kFusedAp * 1e4) / 1e4);   // AP50 grows with the second detector
        QCOMPARE(cell(fusion, 1, 2), std::round(kFusedAp * 1e4) / 1e4);

        // Table 3: distinct pure colours, so both the mean colour and the histogram find every pair first.
        const ReportTable &groundTruth = tables[2];
        QCOMPARE(groundTruth.rows.size(), std::size_t(4));  // colour, colour2, their concatenation, the histogram
        QCOMPARE(groundTruth.rows[2].front(), QStringLiteral("concatenation (colour + colour2)"));
        QVERIFY(groundTruth.rows[3].front().startsWith(QStringLiteral("colour histogram")));
        for (int row = 0; row < 4; ++row) {
            for (int column = 1; column <= 4; ++column)
                QCOMPARE(cell(groundTruth, row, column), 1.0);
        }
        // Table 6, end to end: both fused boxes of a street photo belong to its only garment and the
        // protocol keeps the higher-scored one, the centre box, whose crop is 576/1024 garment and the
        // rest grey: its mean colour is still closest to the right shop colour, e.g. red (199, 56, 56)
        // → 0.93 against yellow's 0.84.
        const ReportTable &ensemble = tables[3];
        QCOMPARE(ensemble.rows.size(), std::size_t(6));
        QCOMPARE(ensemble.rows[3].at(1), QStringLiteral("fused boxes (WBF of 2 detectors)"));
        for (int row = 0; row < 6; ++row)
            QCOMPARE(cell(ensemble, row, 2), 1.0);
        // Table 7: every variant returns all four gallery items, so Acc@10 and Acc@20 cannot drop.
        const ReportTable &postprocessing = tables[4];
        QVERIFY(postprocessing.explanation.startsWith(QStringLiteral("colour, fused boxes")));
        QCOMPARE(postprocessing.rows.front().front(), QStringLiteral("baseline (nearest neighbours)"));
        QVERIFY(postprocessing.rows.size() >= 5);  // PCA on 4 items of 3 dimensions may be refused (a note says so)
        QCOMPARE(postprocessing.rows.size() + static_cast<std::size_t>(report->notes.filter(QStringLiteral("Table 7")).size()), std::size_t(6));
        QCOMPARE(postprocessing.rows[1].front(), QStringLiteral("+ re-ranking (k1 1, k2 1, λ 0.3)"));  // scaled to 4 gallery items
        for (int row = 0; row < static_cast<int>(postprocessing.rows.size()); ++row) {
            QCOMPARE(cell(postprocessing, row, 2), 1.0);
            QCOMPARE(cell(postprocessing, row, 3), 1.0);
        }
        QVERIFY(!tables[5].rows.empty());
        QCOMPARE(tables[5].rows.back().front(), QStringLiteral("total"));
    }

    void writesMarkdownCsvAndCharts()
    {
        // A second run into the same work folder replaces the first one's catalog and nothing else.
        QVERIFY(QDir().mkpath(params().workPath));
        const QString keep = test::writeFile(params().workPath + QStringLiteral("/keep.txt"), "mine");
        const Result<ExperimentReport> report = Experiment(params()).run();
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
        QVERIFY(QFile::exists(keep));
        const QString folder = m_dir.filePath(QStringLiteral("report"));
        const Result<QStringList> written = ExperimentReportWriter::write(*report, folder);
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().message));
        for (const QString &name : {QStringLiteral("report.md"), QStringLiteral("table5-ap50.png"), QStringLiteral("table3-acc-at-k.png"),
                                    QStringLiteral("table7-postprocessing.png")})
            QVERIFY2(written->contains(QDir(folder).absoluteFilePath(name)), qPrintable(name));
        for (const QString &chart : {QStringLiteral("table5-ap50.png"), QStringLiteral("table3-acc-at-k.png"), QStringLiteral("table7-postprocessing.png")}) {
            const QImage image(QDir(folder).filePath(chart));
            QCOMPARE(image.size(), QSize(800, 500));
            // Drawn, not blank: the first series' colour (the legend's swatch at least) is there.
            bool coloured = false;
            for (int y = 0; y < image.height() && !coloured; ++y) {
                for (int x = 0; x < image.width() && !coloured; ++x)
                    coloured = image.pixelColor(x, y) == QColor(0x1f, 0x77, 0xb4);
            }
            QVERIFY2(coloured, qPrintable(chart));
        }

        const QString markdown = QString::fromUtf8(test::readFile(QDir(folder).filePath(QStringLiteral("report.md"))));
        for (const ReportTable &table : ExperimentReportWriter::tables(*report)) {
            const QString csvPath = QDir(folder).filePath(table.fileStem + QStringLiteral(".csv"));
            QVERIFY2(written->contains(QFileInfo(csvPath).absoluteFilePath()), qPrintable(csvPath));
            const std::vector<QStringList> csv = parseCsv(QString::fromUtf8(test::readFile(csvPath)));
            QCOMPARE(csv.size(), table.rows.size() + 1);
            QCOMPARE(csv.front(), table.header);
            const std::vector<QStringList> md = markdownTable(markdown, table.title);
            QCOMPARE(md.size(), csv.size());
            for (std::size_t r = 0; r < csv.size(); ++r)
                QCOMPARE(md[r], csv[r]);
            QVERIFY(markdown.contains(table.explanation));
        }
        QVERIFY(markdown.contains(QStringLiteral("![Table 5: box AP against the number of fused detectors](table5-ap50.png)")));
    }

    void namesTheFileAtFault_data()
    {
        QTest::addColumn<QString>("dataset");
        QTest::addColumn<QStringList>("detectors");
        QTest::addColumn<QStringList>("embedders");
        QTest::addColumn<QString>("expected");
        const QString notAModel = test::writeFile(m_dir.filePath(QStringLiteral("notamodel.json")), R"({"hello": "world"})");
        QTest::newRow("missing dataset") << m_dir.filePath(QStringLiteral("nowhere")) << QStringList{m_centre} << QStringList{m_colour}
                                         << m_dir.filePath(QStringLiteral("nowhere")) + QStringLiteral(": no such folder");
        QTest::newRow("not a dataset") << m_dir.path() << QStringList{m_centre} << QStringList{m_colour}
                                       << m_dir.path() + QStringLiteral(": not a DeepFashion2 dataset");
        QTest::newRow("not a model") << m_dataset << QStringList{m_centre} << QStringList{notAModel} << QStringLiteral("notamodel.json");
        QTest::newRow("embedder as detector") << m_dataset << QStringList{m_colour} << QStringList{}
                                              << m_colour + QStringLiteral(": is an embedder manifest, but it was given as a detector");
        QTest::newRow("detector as embedder") << m_dataset << QStringList{} << QStringList{m_centre}
                                              << m_centre + QStringLiteral(": is a detector manifest, but it was given as an embedder");
    }

    void namesTheFileAtFault()
    {
        QFETCH(QString, dataset);
        QFETCH(QStringList, detectors);
        QFETCH(QStringList, embedders);
        QFETCH(QString, expected);
        ExperimentParams p = params();
        p.datasetPath = dataset;
        p.detectorManifests = detectors;
        p.embedderManifests = embedders;
        const Result<ExperimentReport> report = Experiment(p).run();
        QVERIFY(!report.ok());
        QVERIFY2(report.error().message.contains(expected), qPrintable(report.error().message));
    }

    void stopsWhenCancelled()
    {
        const Result<ExperimentReport> report = Experiment(params()).run([](const QString &step, qint64, qint64) { return step != QStringLiteral("fuse"); });
        QVERIFY(!report.ok());
        QCOMPARE(report.error().code, ErrorCode::Cancelled);
    }

    void commandLineWritesTheReport()
    {
        const QString out = m_dir.filePath(QStringLiteral("cli-report"));
        const test::CliRun run = test::runCli({QStringLiteral("experiment"), QStringLiteral("--dataset"), m_dataset, QStringLiteral("--models"), m_street,
                                               m_centre, m_colour, QStringLiteral("--out"), out, QStringLiteral("--device"), QStringLiteral("cpu")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(QFile::exists(out + QStringLiteral("/report.md")));
        QVERIFY(QFile::exists(out + QStringLiteral("/table7-postprocessing.png")));
        QVERIFY(run.out.contains("report.md"));
        const QString markdown = QString::fromUtf8(test::readFile(out + QStringLiteral("/report.md")));
        QVERIFY(markdown.contains(QStringLiteral("| street + centre | 0.6667 | 0.6667 | 0.6667 |")));

        const test::CliRun wrong = test::runCli({QStringLiteral("experiment"), QStringLiteral("--dataset"), m_dataset, QStringLiteral("--detectors"),
                                                 m_colour, QStringLiteral("--out"), out});
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY2(wrong.err.contains(m_colour.toUtf8() + ": is an embedder manifest"), wrong.err.constData());
    }

private:
    ExperimentParams params() const
    {
        ExperimentParams p;
        p.datasetPath = m_dataset;
        p.detectorManifests = {m_street, m_centre};
        p.embedderManifests = {m_colour, m_colourCopy};
        p.workPath = m_dir.filePath(QStringLiteral("work"));
        p.inference.device = QStringLiteral("cpu");
        return p;
    }

    QTemporaryDir m_dir;
    QString m_dataset;
    QString m_colour;
    QString m_colourCopy;
    QString m_centre;
    QString m_street;
};

QTEST_MAIN(TestExperiment)
#include "tst_experiment.moc"
