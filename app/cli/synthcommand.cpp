#include "cli/synthcommand.h"

#include "cli/clicommand.h"
#include "common/progressline.h"
#include "dataset/categories.h"
#include "dataset/syntheticgenerator.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QTextStream>

#include <limits>
#include <optional>

namespace lookbook::cli {

namespace {

using namespace lookbook::dataset;

struct SynthOptions final {
    SyntheticGenerator::Params params;
    QString contactSheet;
    bool annotate = false;
};

std::optional<SynthOptions> parseOptions(const QStringList &arguments, QTextStream &err, int &exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes a synthetic street-to-shop dataset in the DeepFashion2 layout: DIR/train and\n"
        "DIR/validation, each with image/NNNNNN.jpg and annos/NNNNNN.json. Each pair_id holds one street\n"
        "image (source \"user\") and the shop images (source \"shop\") of its styled garments.\n"
        "The same seed gives the same bytes, whatever the thread count."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("out"), QStringLiteral("output folder"), QStringLiteral("dir")},
        {QStringLiteral("pairs"), QStringLiteral("number of pair_ids (default 100)"), QStringLiteral("n")},
        {QStringLiteral("seed"), QStringLiteral("random seed (default 1)"), QStringLiteral("s")},
        {QStringLiteral("threads"), QStringLiteral("worker threads (default: one per core)"), QStringLiteral("n")},
        {QStringLiteral("validation-fraction"), QStringLiteral("share of pairs in validation/ (default 0.2)"), QStringLiteral("f")},
        {QStringLiteral("contact-sheet"), QStringLiteral("instead of a dataset, draw 12 street and 12 shop images into this PNG"),
         QStringLiteral("file")},
        {QStringLiteral("annotate"), QStringLiteral("with --contact-sheet: draw each item's segmentation and box")},
    });
    exitCode = ExitBadInput;
    if (!parser.parse(arguments)) {
        err << "lookbook-cli synth: " << parser.errorText() << '\n';
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        exitCode = ExitOk;
        return std::nullopt;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << "lookbook-cli synth: unexpected argument '" << parser.positionalArguments().constFirst() << "'\n";
        return std::nullopt;
    }
    SynthOptions options;
    SyntheticGenerator::Params &params = options.params;
    options.contactSheet = parser.value(QStringLiteral("contact-sheet"));
    options.annotate = parser.isSet(QStringLiteral("annotate"));
    params.outDir = parser.value(QStringLiteral("out"));
    if (params.outDir.isEmpty() && options.contactSheet.isEmpty()) {
        err << "lookbook-cli synth: --out: missing (the folder to write the dataset to)\n";
        return std::nullopt;
    }
    const auto integer = [&](const char *name, auto &out) {
        const QString key = QLatin1String(name);
        if (!parser.isSet(key))
            return true;
        bool ok = false;
        using Value = std::decay_t<decltype(out)>;
        const qlonglong value = parser.value(key).toLongLong(&ok);
        // A value beyond the field's type would wrap (4294967297 threads becoming 1) instead of failing.
        if (!ok || value < 0 || static_cast<unsigned long long>(value) > static_cast<unsigned long long>(std::numeric_limits<Value>::max())) {
            err << "lookbook-cli synth: --" << key << ": expected an integer from 0 to " << std::numeric_limits<Value>::max() << ", got '"
                << parser.value(key) << "'\n";
            return false;
        }
        out = static_cast<Value>(value);
        return true;
    };
    if (!integer("pairs", params.pairs) || !integer("seed", params.seed) || !integer("threads", params.threads))
        return std::nullopt;
    if (parser.isSet(QStringLiteral("validation-fraction"))) {
        bool ok = false;
        params.validationFraction = parser.value(QStringLiteral("validation-fraction")).toDouble(&ok);
        if (!ok) {
            err << "lookbook-cli synth: --validation-fraction: expected a number, got '" << parser.value(QStringLiteral("validation-fraction")) << "'\n";
            return std::nullopt;
        }
    }
    if (options.contactSheet.isEmpty()) {
        if (Status status = SyntheticGenerator::checkParams(params); !status) {
            err << "lookbook-cli synth: " << errorText(status.error()) << '\n';
            return std::nullopt;
        }
    }
    exitCode = ExitOk;
    return options;
}

void drawAnnotations(QPainter &painter, const ImageAnnotation &annotation, double scale)
{
    for (const GarmentItem &item : annotation.items) {
        const QColor colour = QColor::fromHsv((item.categoryId * 360 / kCategoryCount) % 360, 230, 255);
        painter.setPen(QPen(colour, 1.5));
        painter.setBrush(Qt::NoBrush);
        for (const std::vector<double> &polygon : item.segmentation) {
            QPolygonF points;
            for (size_t k = 0; k + 1 < polygon.size(); k += 2)
                points << QPointF(polygon[k], polygon[k + 1]) * scale;
            painter.drawPolygon(points);
        }
        painter.setPen(QPen(colour, 1, Qt::DashLine));
        painter.drawRect(QRectF(item.box.x1 * scale, item.box.y1 * scale, item.box.width() * scale, item.box.height() * scale));
    }
}

// 12 street images over 12 shop images, the first pairs of the seed, as they are written to disk.
int writeContactSheet(const SynthOptions &options, QTextStream &err)
{
    constexpr int columns = 6, streetCount = 12, shopCount = 12, gap = 4;
    const SyntheticGenerator::Params &params = options.params;
    const QSize street = params.streetSize / 4;
    const QSize shop(street.width(), street.width() * params.shopSize.height() / params.shopSize.width());
    const int rows = streetCount / columns, shopRows = shopCount / columns;
    QImage sheet(columns * (street.width() + gap) + gap, rows * (street.height() + gap) + shopRows * (shop.height() + gap) + gap,
                 QImage::Format_RGB32);
    sheet.fill(Qt::white);
    QPainter painter(&sheet);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    int streets = 0, shops = 0;
    for (int pair = 0; streets < streetCount || shops < shopCount; ++pair) {
        const PairPlan plan = SyntheticGenerator::planPair(params.seed, pair, params.validationFraction);
        for (const SyntheticImage &image : SyntheticGenerator::renderPair(params, plan)) {
            const bool isShop = image.annotation.source == ImageSource::Shop;
            int &count = isShop ? shops : streets;
            if (count >= (isShop ? shopCount : streetCount))
                continue;
            const QSize size = isShop ? shop : street;
            const int row = isShop ? rows + count / columns : count / columns;
            const int top = gap + (isShop ? rows * (street.height() + gap) + (row - rows) * (shop.height() + gap) : row * (street.height() + gap));
            const QPoint at(gap + (count % columns) * (size.width() + gap), top);
            const QImage decoded = QImage::fromData(image.jpeg, "JPEG");
            painter.drawImage(QRect(at, size), decoded);
            if (options.annotate) {
                painter.save();
                painter.translate(at);
                drawAnnotations(painter, image.annotation, double(size.width()) / decoded.width());
                painter.restore();
            }
            ++count;
        }
    }
    painter.end();
    // A palette image keeps the sheet small enough for the README.
    if (!sheet.convertToFormat(QImage::Format_Indexed8).save(options.contactSheet, "PNG")) {
        err << "lookbook-cli synth: " << options.contactSheet << ": cannot write the contact sheet\n";
        return ExitFailure;
    }
    return ExitOk;
}

} // namespace

int runSynthCommand(const QStringList &arguments)
{
    QTextStream err(stderr);
    int exitCode = ExitOk;
    const std::optional<SynthOptions> options = parseOptions(arguments, err, exitCode);
    if (!options)
        return exitCode;
    if (!options->contactSheet.isEmpty())
        return writeContactSheet(*options, err);

    QElapsedTimer timer;
    timer.start();
    err.flush();
    ProgressLine progressLine;
    const auto progress = [&](const QString &, qint64 done, qint64 total) {
        const double rate = done / std::max(0.001, timer.elapsed() / 1000.0);
        progressLine.update(QString(), done, total,
                            QStringLiteral("lookbook-cli synth: %1/%2 images, %3 images/s, ETA %4 s")
                                .arg(done)
                                .arg(total)
                                .arg(rate, 0, 'f', 1)
                                .arg(static_cast<double>(total - done) / std::max(rate, 1e-9), 0, 'f', 0));
        return true;
    };
    const Result<SyntheticReport> report = SyntheticGenerator::generate(options->params, progress);
    progressLine.finish();
    if (!report) {
        err << "lookbook-cli synth: " << errorText(report.error()) << '\n';
        return ExitFailure;
    }
    const SyntheticReport &r = *report;
    const int images = r.trainImages + r.validationImages;
    QTextStream(stdout) << "wrote " << images << " images (" << r.streetImages << " street, " << r.shopImages << " shop; train "
                        << r.trainImages << ", validation " << r.validationImages << ") with " << r.items << " items ("
                        << r.styleZeroItems << " style 0, " << r.hardNegativePairs << " hard-negative pairs) to "
                        << options->params.outDir << " in " << QString::number(r.seconds, 'f', 1) << " s ("
                        << QString::number(images / std::max(r.seconds, 1e-9), 'f', 1) << " images/s)\n";
    // Splits are drawn per colourway family of four pairs, so a small set can leave one empty.
    const double fraction = options->params.validationFraction;
    if ((r.validationImages == 0 && fraction > 0) || (r.trainImages == 0 && fraction < 1))
        err << "lookbook-cli synth: warning: the " << (r.validationImages == 0 ? "validation" : "train")
            << " split is empty (pairs are split in families of four); use more pairs or another --seed\n";
    return ExitOk;
}

} // namespace lookbook::cli
