#include "cli/exportcommand.h"

#include "catalog/annotationexporter.h"
#include "cli/clicommand.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace lookbook::cli {

int runExportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes a catalog's annotations — ground-truth and hand-corrected items that were not rejected — as a\n"
        "DeepFashion2 split (annos/NNNNNN.json and image/NNNNNN.jpg) or one COCO file. The output appears\n"
        "whole or not at all."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("db"), QStringLiteral("the catalog database"));
    parser.addOptions({
        {QStringLiteral("format"), QStringLiteral("deepfashion2 (a split folder) or coco (one JSON file)"), QStringLiteral("format")},
        {QStringLiteral("out"), QStringLiteral("the folder (deepfashion2) or file (coco) to write"), QStringLiteral("path")},
        {QStringLiteral("reviewed-only"), QStringLiteral("only images marked reviewed")},
        {QStringLiteral("no-images"), QStringLiteral("deepfashion2: annotations only, no image/ photos")},
        {QStringLiteral("force"), QStringLiteral("replace an existing output")},
    });
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (const std::optional<int> done = parseOrHelp(parser, arguments, QStringLiteral("lookbook-cli export"), out, err))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        err << "lookbook-cli export: expected one catalog DB (see --help)\n";
        return ExitBadInput;
    }
    catalog::AnnotationExportParams params;
    params.catalogPath = positional.front();
    const QString format = parser.value(QStringLiteral("format"));
    if (format == QLatin1String("coco")) {
        params.format = catalog::AnnotationExportParams::Format::Coco;
    } else if (format != QLatin1String("deepfashion2")) {
        err << "lookbook-cli export: --format: expected deepfashion2 or coco, got '" << format << "'\n";
        return ExitBadInput;
    }
    params.outputPath = parser.value(QStringLiteral("out"));
    if (params.outputPath.isEmpty()) {
        err << "lookbook-cli export: --out is required\n";
        return ExitBadInput;
    }
    params.reviewedImagesOnly = parser.isSet(QStringLiteral("reviewed-only"));
    params.withImages = !parser.isSet(QStringLiteral("no-images"));
    params.overwrite = parser.isSet(QStringLiteral("force"));

    const Result<catalog::AnnotationExportReport> report = catalog::AnnotationExporter(params).run();
    if (!report) {
        err << "lookbook-cli export: " << errorText(report.error()) << '\n';
        return exitCodeFor(report.error());
    }
    for (const QString &problem : report->problems)
        err << "lookbook-cli export: " << problem << '\n';
    out << QStringLiteral("%1: %2 images, %3 items (%4 with landmarks and segmentation from their source split), %5 renumbered\n")
               .arg(report->outputPath)
               .arg(report->images)
               .arg(report->items)
               .arg(report->itemsWithSourceFields)
               .arg(report->renumbered);
    return report->problems.isEmpty() ? ExitOk : ExitFailure;
}

} // namespace lookbook::cli
