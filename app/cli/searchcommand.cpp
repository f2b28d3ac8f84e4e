#include "cli/searchcommand.h"

#include "catalog/catalog.h"
#include "cli/boxoption.h"
#include "cli/clicommand.h"
#include "cli/fusionoptions.h"
#include "cli/inferenceoptions.h"
#include "cli/modelselection.h"
#include "cli/retrievaloptions.h"
#include "dataset/categories.h"
#include "models/decodedimage.h"
#include "search/searchpipeline.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace lookbook::cli {
namespace {

QJsonArray boxJson(const Box &b) { return QJsonArray{b.x1, b.y1, b.x2, b.y2}; }

QJsonObject hitJson(int rank, const search::SearchHit &hit, const catalog::ItemDetails &d)
{
    QJsonObject json{{QStringLiteral("rank"), rank},
                     {QStringLiteral("item_id"), hit.itemId},
                     {QStringLiteral("score"), static_cast<double>(hit.score)},
                     {QStringLiteral("image"), d.image.path},
                     {QStringLiteral("box"), boxJson(d.item.box)},
                     {QStringLiteral("category_id"), d.item.categoryId},
                     {QStringLiteral("category"), dataset::categoryName(d.item.categoryId)},
                     {QStringLiteral("style"), d.item.style},
                     {QStringLiteral("pair_id"), d.image.pairId}};
    if (d.product) {
        QJsonObject product{{QStringLiteral("title"), d.product->title}, {QStringLiteral("url"), d.product->url},
                            {QStringLiteral("currency"), d.product->currency}};
        if (d.product->price)
            product.insert(QStringLiteral("price"), *d.product->price);
        if (!d.product->extraJson.isEmpty())
            product.insert(QStringLiteral("extra"), QJsonDocument::fromJson(d.product->extraJson).object());
        json.insert(QStringLiteral("product"), product);
    }
    return json;
}

} // namespace

int runSearchCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Finds the shop items that match the garments of a street photo: detect, fuse, embed each box, search the catalog.\n"
        "With --box, searches with the given boxes instead of detecting. --json prints\n"
        "{\"image\", \"boxes\": [{\"box\", \"category_id\", \"score\", \"results\": [{\"rank\", \"item_id\", \"score\", \"image\", \"box\", …}]}]}."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("db"), QStringLiteral("the catalog"));
    parser.addPositionalArgument(QStringLiteral("image"), QStringLiteral("the street photo"));
    addModelOptions(parser);
    addRetrievalOptions(parser);
    parser.addOptions({
        {QStringLiteral("box"), QStringLiteral("search with this box, x1,y1,x2,y2 in pixels (repeat for several)"), QStringLiteral("box")},
        {QStringLiteral("json"), QStringLiteral("print JSON instead of a table")},
    });
    addFusionOptions(parser);
    addInferenceOptions(parser);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (const std::optional<int> done = parseOrHelp(parser, arguments, QStringLiteral("lookbook-cli search"), out, err))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2) {
        err << "lookbook-cli search: expected DB IMAGE --models MANIFEST … (see --help)\n";
        return ExitBadInput;
    }
    search::SearchPipelineParams params;
    params.catalogPath = positional.at(0);
    params.vectorSet = parser.value(QStringLiteral("vector-set"));
    ModelSelection models;
    search::SearchOptions options;
    fusion::FusionParams fusion;
    QString problem;
    if (!readModelOptions(parser, positional.mid(2), models, problem) || !readRetrievalOptions(parser, options, problem)
        || !readFusionOptions(parser, QStringLiteral("search"), fusion, problem, err) || !readInferenceOptions(parser, params.inference, problem)) {
        err << "lookbook-cli search: " << problem << '\n';
        return ExitBadInput;
    }
    std::vector<ScoredBox> givenBoxes;
    for (const QString &text : parser.values(QStringLiteral("box"))) {
        const std::optional<Box> box = parseBoxOption(text);
        if (!box) {
            err << "lookbook-cli search: --box: expected x1,y1,x2,y2, finite numbers with x1 < x2 and y1 < y2, got '" << text << "'\n";
            return ExitBadInput;
        }
        givenBoxes.push_back({*box, 1.0, 0});
    }
    if (givenBoxes.empty() && models.detectors.isEmpty()) {
        err << "lookbook-cli search: give detectors (--models) or query boxes (--box)\n";
        return ExitBadInput;
    }
    params.embedderManifest = models.embedder;
    params.detectorManifests = models.detectors;

    QElapsedTimer clock;
    clock.start();
    Result<std::unique_ptr<search::SearchPipeline>> opened = search::SearchPipeline::open(params);
    if (!opened) {
        err << "lookbook-cli search: " << errorText(opened.error()) << '\n';
        return exitCodeForInput(opened.error());
    }
    search::SearchPipeline &pipeline = **opened;
    if (!pipeline.notice().isEmpty())
        err << "lookbook-cli search: note: " << pipeline.notice() << '\n';
    for (const QString &note : pipeline.detectors().placementNotes())
        err << "lookbook-cli search: note: " << note << '\n';
    const qint64 openMs = clock.restart();
    const Result<models::DecodedImage> image = models::DecodedImage::load(positional.at(1));
    if (!image) {
        err << "lookbook-cli search: " << errorText(image.error()) << '\n';
        return ExitBadInput;
    }
    search::PhotoSearch found;
    if (givenBoxes.empty()) {
        Result<search::PhotoSearch> searched = pipeline.search(*image, fusion, options);
        if (!searched) {
            err << "lookbook-cli search: " << errorText(searched.error()) << '\n';
            return ExitFailure;
        }
        found = std::move(searched.value());
    } else {
        std::vector<Box> regions;
        for (const ScoredBox &b : givenBoxes)
            regions.push_back(b.box);
        const Result<std::vector<Box>> clipped = search::SearchPipeline::clipToImage(regions, image->width(), image->height(), QStringLiteral("--box"));
        if (!clipped) {
            err << "lookbook-cli search: " << errorText(clipped.error()) << '\n';
            return ExitBadInput;
        }
        regions = *clipped;
        for (const Box &b : regions)
            found.boxes.push_back({b, 1.0, 0});
        Result<FloatMatrix> vectors = pipeline.embed(*image, regions);
        Result<std::vector<std::vector<search::SearchHit>>> hits = vectors ? pipeline.query(*vectors, options) : vectors.error();
        if (!hits) {
            err << "lookbook-cli search: " << errorText(hits.error()) << '\n';
            return ExitFailure;
        }
        found.hits = std::move(hits.value());
    }
    const qint64 searchMs = clock.elapsed();

    QJsonArray boxes;
    for (std::size_t b = 0; b < found.boxes.size(); ++b) {
        const ScoredBox &box = found.boxes[b];
        Result<std::vector<catalog::ItemDetails>> details = pipeline.details(found.hits[b]);
        if (!details) {
            err << "lookbook-cli search: " << errorText(details.error()) << '\n';
            return ExitFailure;
        }
        QJsonArray results;
        for (std::size_t r = 0; r < details->size(); ++r)
            results.append(hitJson(static_cast<int>(r + 1), found.hits[b][r], (*details)[r]));
        boxes.append(QJsonObject{{QStringLiteral("box"), boxJson(box.box)},
                                 {QStringLiteral("category_id"), box.label},
                                 {QStringLiteral("score"), box.score},
                                 {QStringLiteral("results"), results}});
    }
    if (parser.isSet(QStringLiteral("json"))) {
        const QJsonObject report{{QStringLiteral("image"), positional.at(1)},
                                 {QStringLiteral("vector_set"), pipeline.vectorSet().name},
                                 {QStringLiteral("boxes"), boxes},
                                 {QStringLiteral("timings_ms"), QJsonObject{{QStringLiteral("open"), openMs}, {QStringLiteral("search"), searchMs}}}};
        out << QJsonDocument(report).toJson(QJsonDocument::Compact) << '\n';
        return ExitOk;
    }
    for (const QJsonValue &value : boxes) {
        const QJsonObject box = value.toObject();
        const QJsonArray b = box.value(QStringLiteral("box")).toArray();
        out << QStringLiteral("box [%1, %2, %3, %4] %5 %6\n")
                   .arg(b[0].toDouble(), 0, 'f', 0)
                   .arg(b[1].toDouble(), 0, 'f', 0)
                   .arg(b[2].toDouble(), 0, 'f', 0)
                   .arg(b[3].toDouble(), 0, 'f', 0)
                   .arg(dataset::categoryName(box.value(QStringLiteral("category_id")).toInt()))
                   .arg(box.value(QStringLiteral("score")).toDouble(), 0, 'f', 2);
        for (const QJsonValue &hitValue : box.value(QStringLiteral("results")).toArray()) {
            const QJsonObject hit = hitValue.toObject();
            out << QStringLiteral("  %1. %2  %3  %4  %5\n")
                       .arg(hit.value(QStringLiteral("rank")).toInt(), 2)
                       .arg(hit.value(QStringLiteral("score")).toDouble(), 0, 'f', 3)
                       .arg(hit.value(QStringLiteral("category")).toString(), -22)
                       .arg(hit.value(QStringLiteral("product")).toObject().value(QStringLiteral("title")).toString())
                       .arg(hit.value(QStringLiteral("image")).toString());
        }
    }
    err << QStringLiteral("%1 box(es) searched in %2 ms (models and index loaded in %3 ms)\n").arg(found.boxes.size()).arg(searchMs).arg(openMs);
    return ExitOk;
}

} // namespace lookbook::cli
