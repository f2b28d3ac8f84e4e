#include "experiments/experimentreportwriter.h"

#include "common/atomicfile.h"
#include "common/csv.h"
#include "experiments/barchart.h"
#include "experiments/experiment.h"
#include "experiments/linechart.h"

#include <QDir>

#include <algorithm>
#include <limits>

namespace lookbook::experiments {

namespace {

const QString kMissing = QStringLiteral("n/a");
const std::vector<int> kTableKs = {1, 5, 10, 20};

QString metric(double value)
{
    return value < 0.0 ? kMissing : QString::number(value, 'f', 4);
}

QString accuracy(const eval::RetrievalMetrics &metrics, int k)
{
    const auto found = metrics.accuracy.find(k);
    return found == metrics.accuracy.end() ? kMissing : metric(found->second);
}

double accuracyValue(const eval::RetrievalMetrics &metrics, int k)
{
    const auto found = metrics.accuracy.find(k);
    return found == metrics.accuracy.end() ? std::numeric_limits<double>::quiet_NaN() : found->second;
}

QString markdownCell(QString text)
{
    return text.replace(QLatin1Char('|'), QStringLiteral("\\|"));
}

QString markdownLine(const QStringList &cells)
{
    QStringList escaped;
    for (const QString &cell : cells)
        escaped << markdownCell(cell);
    return QStringLiteral("| ") + escaped.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
}

// Numbers are right-aligned in the Markdown, names and settings left.
bool numericColumn(const ReportTable &table, int column)
{
    return std::all_of(table.rows.begin(), table.rows.end(), [column](const QStringList &row) {
        bool number = false;
        row.at(column).toDouble(&number);
        return number || row.at(column) == kMissing;
    });
}

ReportTable detectionTable(const ExperimentReport &report)
{
    ReportTable table{QStringLiteral("table2-detection"), QStringLiteral("Table 2: detection, COCO box AP per detector"),
                      QStringLiteral("Each detector alone on all %1 photos of the split (user and shop), category-aware COCO box AP as pycocotools computes it.")
                          .arg(report.userImages + report.shopImages),
                      {QStringLiteral("Detector"), QStringLiteral("AP"), QStringLiteral("AP50"), QStringLiteral("AP75"), QStringLiteral("APs"),
                       QStringLiteral("APm"), QStringLiteral("APl")},
                      {}};
    for (const DetectionResult &row : report.detectors) {
        const auto &s = row.metrics.stats;
        table.rows.push_back({row.model, metric(s[eval::CocoMetrics::AP]), metric(s[eval::CocoMetrics::AP50]), metric(s[eval::CocoMetrics::AP75]),
                              metric(s[eval::CocoMetrics::APs]), metric(s[eval::CocoMetrics::APm]), metric(s[eval::CocoMetrics::APl])});
    }
    return table;
}

ReportTable fusionTable(const ExperimentReport &report)
{
    ReportTable table{QStringLiteral("table5-fusion"), QStringLiteral("Table 5: fusion of the first n detectors"),
                      QStringLiteral("The first n detectors in the order given, fused (n = 1: the detector's boxes as they are, as the pipeline uses them); box AP on the same photos."),
                      {QStringLiteral("n"), QStringLiteral("Detectors fused"), QStringLiteral("AP"), QStringLiteral("AP50"), QStringLiteral("AP75")},
                      {}};
    for (std::size_t n = 0; n < report.fusion.size(); ++n) {
        const auto &s = report.fusion[n].metrics.stats;
        table.rows.push_back({QString::number(n + 1), report.fusion[n].model, metric(s[eval::CocoMetrics::AP]), metric(s[eval::CocoMetrics::AP50]),
                              metric(s[eval::CocoMetrics::AP75])});
    }
    return table;
}

ReportTable groundTruthTable(const ExperimentReport &report)
{
    ReportTable table{QStringLiteral("table3-retrieval-gt"), QStringLiteral("Table 3: retrieval with ground-truth boxes"),
                      QStringLiteral("Each embedder queried with the user photos' annotated boxes against a catalog of the shop photos' items, "
                                     "official DeepFashion2 protocol (%1 queries with style > 0, %2 gallery items).")
                          .arg(report.queryItems)
                          .arg(report.galleryItems),
                      {QStringLiteral("Embedder"), QStringLiteral("Acc@1"), QStringLiteral("Acc@5"), QStringLiteral("Acc@10"), QStringLiteral("Acc@20")},
                      {}};
    for (const RetrievalResult &row : report.groundTruthBoxes) {
        QStringList cells{row.model};
        for (const int k : kTableKs)
            cells << accuracy(row.metrics, k);
        table.rows.push_back(cells);
    }
    return table;
}

ReportTable ensembleTable(const ExperimentReport &report)
{
    ReportTable table{QStringLiteral("table6-ensemble"), QStringLiteral("Table 6: single embedders and their concatenation"),
                      QStringLiteral("Each embedder and the concatenation of the plain ones (each L2-normalised, concatenated, re-normalised), "
                                     "with ground-truth boxes and end to end with the detectors' fused boxes."),
                      {QStringLiteral("Embedder"), QStringLiteral("Boxes"), QStringLiteral("Acc@1"), QStringLiteral("Acc@5"), QStringLiteral("Acc@10"),
                       QStringLiteral("Acc@20")},
                      {}};
    for (const RetrievalResult &row : report.ensemble) {
        QStringList cells{row.model, row.setting};
        for (const int k : kTableKs)
            cells << accuracy(row.metrics, k);
        table.rows.push_back(cells);
    }
    return table;
}

ReportTable postprocessingTable(const ExperimentReport &report)
{
    const QString model = report.postprocessing.empty() ? QString() : report.postprocessing.front().model;
    ReportTable table{QStringLiteral("table7-postprocessing"), QStringLiteral("Table 7: post-processing on and off"),
                      QStringLiteral("%1: each step alone on top of nearest-neighbour search, then all together; parameters not given are scaled to the gallery.")
                          .arg(model),
                      {QStringLiteral("Setting"), QStringLiteral("Acc@1"), QStringLiteral("Acc@10"), QStringLiteral("Acc@20")},
                      {}};
    for (const RetrievalResult &row : report.postprocessing)
        table.rows.push_back({row.setting, accuracy(row.metrics, 1), accuracy(row.metrics, 10), accuracy(row.metrics, 20)});
    return table;
}

ReportTable timingTable(const ExperimentReport &report)
{
    ReportTable table{QStringLiteral("timings"), QStringLiteral("Timings"), QStringLiteral("Wall-clock seconds of each part, model loading included."),
                      {QStringLiteral("Step"), QStringLiteral("Seconds")},
                      {}};
    for (const ExperimentTiming &timing : report.timings)
        table.rows.push_back({timing.step, QString::number(timing.seconds, 'f', 2)});
    return table;
}

// The charts and, for each, the table it goes under.
struct Chart final {
    QString tableStem;
    QString fileName;
    bool bars = false;
    experiments::ChartData data;
};

std::vector<Chart> charts(const ExperimentReport &report)
{
    std::vector<Chart> out;
    if (!report.fusion.empty()) {
        experiments::ChartData data{QStringLiteral("Table 5: box AP against the number of fused detectors"), QStringLiteral("detectors fused (in the order given)"),
                             QStringLiteral("box AP"), {}, {{QStringLiteral("AP50"), {}}, {QStringLiteral("AP"), {}}}, 0.0, 0.0};
        for (std::size_t n = 0; n < report.fusion.size(); ++n) {
            data.categories << QString::number(n + 1);
            data.series[0].values.push_back(report.fusion[n].metrics.stats[eval::CocoMetrics::AP50]);
            data.series[1].values.push_back(report.fusion[n].metrics.stats[eval::CocoMetrics::AP]);
        }
        out.push_back({QStringLiteral("table5-fusion"), QStringLiteral("table5-ap50.png"), false, data});
    }
    if (!report.groundTruthBoxes.empty()) {
        experiments::ChartData data{QStringLiteral("Table 3: Acc@k with ground-truth boxes"), QStringLiteral("k"), QStringLiteral("Acc@k"), {}, {}, 0.0, 1.0};
        for (const int k : kTableKs)
            data.categories << QString::number(k);
        for (const RetrievalResult &row : report.groundTruthBoxes) {
            experiments::ChartSeries series{row.model, {}};
            for (const int k : kTableKs)
                series.values.push_back(accuracyValue(row.metrics, k));
            data.series.push_back(series);
        }
        out.push_back({QStringLiteral("table3-retrieval-gt"), QStringLiteral("table3-acc-at-k.png"), false, data});
    }
    if (!report.postprocessing.empty()) {
        experiments::ChartData data{QStringLiteral("Table 7: post-processing on and off"), QString(), QStringLiteral("Acc@k"), {}, {}, 0.0, 1.0};
        for (const int k : {1, 10, 20}) {
            experiments::ChartSeries series{QStringLiteral("Acc@%1").arg(k), {}};
            for (const RetrievalResult &row : report.postprocessing)
                series.values.push_back(accuracyValue(row.metrics, k));
            data.series.push_back(series);
        }
        for (const RetrievalResult &row : report.postprocessing)
            data.categories << row.setting;
        out.push_back({QStringLiteral("table7-postprocessing"), QStringLiteral("table7-postprocessing.png"), true, data});
    }
    return out;
}

} // namespace

std::vector<ReportTable> ExperimentReportWriter::tables(const ExperimentReport &report)
{
    std::vector<ReportTable> out;
    for (ReportTable table : {detectionTable(report), fusionTable(report), groundTruthTable(report), ensembleTable(report), postprocessingTable(report),
                              timingTable(report)}) {
        if (!table.rows.empty())
            out.push_back(std::move(table));
    }
    return out;
}

Result<QStringList> ExperimentReportWriter::write(const ExperimentReport &report, const QString &folder)
{
    const QDir dir(folder);
    if (!QDir().mkpath(folder))
        return Error{ErrorCode::IoError, QStringLiteral("%1: cannot create the report folder").arg(folder)};
    QStringList written;
    const std::vector<Chart> pictures = charts(report);
    for (const Chart &chart : pictures) {
        const QString path = dir.absoluteFilePath(chart.fileName);
        const Status drawn = chart.bars ? experiments::BarChart::save(chart.data, path) : experiments::LineChart::save(chart.data, path);
        if (!drawn)
            return drawn.error();
        written << path;
    }

    QString markdown = QStringLiteral("# Experiment: the paper's tables on `%1`\n\n").arg(report.splitPath);
    markdown += QStringLiteral("%1 user photos and %2 shop photos; %3 query items with style > 0 (the Acc@k denominator), %4 gallery items.\n")
                    .arg(report.userImages)
                    .arg(report.shopImages)
                    .arg(report.queryItems)
                    .arg(report.galleryItems);
    for (const ReportTable &table : tables(report)) {
        markdown += QStringLiteral("\n## %1\n\n%2\n\n").arg(table.title, table.explanation);
        markdown += markdownLine(table.header);
        QStringList rule;
        for (int c = 0; c < table.header.size(); ++c)
            rule << (numericColumn(table, c) ? QStringLiteral("---:") : QStringLiteral("---"));
        markdown += QStringLiteral("|") + rule.join(QLatin1Char('|')) + QStringLiteral("|\n");
        QString csv = Csv::line(table.header) + QLatin1Char('\n');
        for (const QStringList &row : table.rows) {
            markdown += markdownLine(row);
            csv += Csv::line(row) + QLatin1Char('\n');
        }
        const QString csvPath = dir.absoluteFilePath(table.fileStem + QStringLiteral(".csv"));
        if (Status status = AtomicFile::write(csvPath, csv.toUtf8()); !status)
            return status.error();
        written << csvPath;
        markdown += QStringLiteral("\nCSV: [%1.csv](%1.csv)\n").arg(table.fileStem);
        for (const Chart &chart : pictures) {
            if (chart.tableStem == table.fileStem)
                markdown += QStringLiteral("\n![%1](%2)\n").arg(chart.data.title, chart.fileName);
        }
    }
    if (!report.notes.isEmpty()) {
        markdown += QStringLiteral("\n## Notes\n\n");
        for (const QString &note : report.notes)
            markdown += QStringLiteral("- %1\n").arg(note);
    }
    const QString markdownPath = dir.absoluteFilePath(QStringLiteral("report.md"));
    if (Status status = AtomicFile::write(markdownPath, markdown.toUtf8()); !status)
        return status.error();
    written << markdownPath;
    return written;
}

} // namespace lookbook::experiments
