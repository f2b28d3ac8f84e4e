#include "cli/reviewlogcommand.h"

#include "catalog/reviewlogexporter.h"
#include "cli/clicommand.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QTextStream>
#include <QTimeZone>

namespace lookbook::cli {
namespace {

// An ISO 8601 date or date-time; one without a zone is UTC, as the log is.
bool readTime(const QCommandLineParser &parser, const QString &option, QDateTime &time, QTextStream &err)
{
    if (!parser.isSet(option))
        return true;
    const QString text = parser.value(option);
    time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime(QDate::fromString(text, Qt::ISODate), QTime(0, 0));
    if (!time.isValid()) {
        err << "lookbook-cli review-log: --" << option << ": expected an ISO 8601 date or time (2026-11-27 or 2026-11-27T10:30:00Z), got '" << text << "'\n";
        return false;
    }
    if (time.timeSpec() == Qt::LocalTime)  // no zone given
        time.setTimeZone(QTimeZone::utc());
    return true;
}

} // namespace

int runReviewLogCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes a catalog's review log (who changed what, when) as CSV: at,user,action,image,item,detail."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("db"), QStringLiteral("the catalog database"));
    parser.addOptions({
        {QStringLiteral("out"), QStringLiteral("the CSV file to write"), QStringLiteral("file")},
        {QStringLiteral("from"), QStringLiteral("rows at or after this time (ISO 8601, UTC unless a zone is given)"), QStringLiteral("time")},
        {QStringLiteral("to"), QStringLiteral("rows before this time"), QStringLiteral("time")},
    });
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (const std::optional<int> done = parseOrHelp(parser, arguments, QStringLiteral("lookbook-cli review-log"), out, err))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        err << "lookbook-cli review-log: expected one catalog DB (see --help)\n";
        return ExitBadInput;
    }
    catalog::ReviewLogExportParams params;
    params.catalogPath = positional.front();
    params.outputPath = parser.value(QStringLiteral("out"));
    if (params.outputPath.isEmpty()) {
        err << "lookbook-cli review-log: --out is required\n";
        return ExitBadInput;
    }
    if (!readTime(parser, QStringLiteral("from"), params.from, err) || !readTime(parser, QStringLiteral("to"), params.to, err))
        return ExitBadInput;

    const Result<catalog::ReviewLogExportReport> report = catalog::ReviewLogExporter(params).run();
    if (!report) {
        err << "lookbook-cli review-log: " << errorText(report.error()) << '\n';
        return exitCodeFor(report.error());
    }
    out << QStringLiteral("%1: %2 rows\n").arg(report->outputPath).arg(report->rows);
    return ExitOk;
}

} // namespace lookbook::cli
