#include "cli/catalogcommand.h"

#include "catalog/catalog.h"
#include "catalog/catalogtaxonomy.h"
#include "cli/clicommand.h"
#include "cli/fusionoptions.h"
#include "cli/inferenceoptions.h"
#include "cli/modelselection.h"
#include "common/progressline.h"
#include "index/indexparams.h"
#include "search/catalogchecker.h"
#include "search/catalogindex.h"
#include "search/ingestjob.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace lookbook::cli {
namespace {

QString clock(double seconds)
{
    const int s = static_cast<int>(seconds + 0.5);
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

int importInto(const QString &db, const QCommandLineParser &parser, const QStringList &extra, QTextStream &out, QTextStream &err)
{
    search::IngestParams params;
    params.catalogPath = db;
    params.sourcePath = extra.value(0);
    ModelSelection models;
    QString problem;
    if (params.sourcePath.isEmpty()) {
        err << "lookbook-cli catalog: import needs DB SOURCE (a folder of photos or a DeepFashion2 split)\n";
        return ExitBadInput;
    }
    if (!readModelOptions(parser, extra.mid(1), models, problem) || !readFusionOptions(parser, QStringLiteral("catalog"), params.fusion, problem, err)
        || !readInferenceOptions(parser, params.inference, problem)) {
        err << "lookbook-cli catalog: " << problem << '\n';
        return ExitBadInput;
    }
    params.detectorManifests = models.detectors;
    params.embedderManifest = models.embedder;
    params.vectorSet = parser.value(QStringLiteral("vector-set"));
    const QString images = parser.value(QStringLiteral("images"));
    if (images == QLatin1String("user"))
        params.images = search::IngestParams::Images::User;
    else if (images == QLatin1String("all"))
        params.images = search::IngestParams::Images::All;
    else if (!images.isEmpty() && images != QLatin1String("shop")) {
        err << "lookbook-cli catalog: --images: expected shop, user or all, got '" << images << "'\n";
        return ExitBadInput;
    }
    if (parser.isSet(QStringLiteral("no-index"))) {
        params.index.reset();
    } else if (parser.isSet(QStringLiteral("index-type"))) {
        const auto type = index::IndexParams::typeFromName(parser.value(QStringLiteral("index-type")));
        if (!type) {
            err << "lookbook-cli catalog: --index-type: expected flat, hnsw or ivfpq\n";
            return ExitBadInput;
        }
        params.index->type = *type;
    }
    search::IngestJob job(params);
    err.flush();
    ProgressLine progressLine;
    const Result<search::IngestReport> report = job.run([&](const search::IngestProgress &p) {
        progressLine.update(QString(), p.imagesDone, p.imagesTotal,
                            QStringLiteral("[%1/%2] %3 items/s  ETA %4  %5")
                                .arg(p.imagesDone)
                                .arg(p.imagesTotal)
                                .arg(p.itemsPerSecond, 0, 'f', 1)
                                .arg(p.etaSeconds < 0 ? QStringLiteral("?") : clock(p.etaSeconds), p.current.right(50)));
        return true;
    });
    progressLine.finish();
    if (!report) {
        err << "lookbook-cli catalog: " << errorText(report.error()) << '\n';
        return report.error().code == ErrorCode::IoError ? ExitFailure : exitCodeForInput(report.error());
    }
    for (const QString &line : report->problems)
        err << "lookbook-cli catalog: skipped: " << line << '\n';
    out << QStringLiteral("vector set '%1': %2 photos added (%3 items), %4 completed from an interrupted run, %5 already there, %6 failed; "
                          "%7 vectors in %8 s (%9 items/s)%10\n")
               .arg(report->vectorSet)
               .arg(report->imagesAdded)
               .arg(report->itemsAdded)
               .arg(report->imagesCompleted)
               .arg(report->imagesSkipped)
               .arg(report->imagesFailed)
               .arg(report->vectorsAdded)
               .arg(report->seconds, 0, 'f', 1)
               .arg(report->itemsPerSecond, 0, 'f', 1)
               .arg(report->indexBuilt ? QStringLiteral("; index rebuilt") : QString());
    if (report->indexError) {
        err << "lookbook-cli catalog: the photos are imported, but the index was not rebuilt: " << report->indexError->message << '\n';
        return exitCodeFor(*report->indexError);
    }
    return report->problems.isEmpty() ? ExitOk : ExitFailure;
}

// The taxonomy as `catalog info --json` lists it: the taxonomy's own JSON, each category with its items.
QJsonArray taxonomyJson(const dataset::Taxonomy &taxonomy, const QMap<int, qint64> &itemCounts)
{
    QJsonArray categories;
    for (const QJsonValue value : QJsonDocument::fromJson(taxonomy.toJson()).object().value(QStringLiteral("categories")).toArray()) {
        QJsonObject entry = value.toObject();
        entry.insert(QStringLiteral("items"), itemCounts.value(entry.value(QStringLiteral("id")).toInt()));
        categories.append(entry);
    }
    return categories;
}

int describe(const QString &db, bool json, QTextStream &out, QTextStream &err)
{
    Result<std::unique_ptr<catalog::Catalog>> opened = catalog::Catalog::open(db);
    if (!opened) {
        err << "lookbook-cli catalog: " << errorText(opened.error()) << '\n';
        return ExitBadInput;
    }
    catalog::Catalog &catalog = **opened;
    const Result<catalog::CatalogCounts> counts = catalog.counts();
    const Result<std::vector<catalog::VectorSetInfo>> sets = catalog.vectorSets();
    const Result<dataset::Taxonomy> taxonomy = catalog::CatalogTaxonomy::read(catalog.connection());
    const Result<QMap<int, qint64>> itemCounts = catalog::CatalogTaxonomy::itemCounts(catalog.connection());
    for (const Error *problem : {!counts ? &counts.error() : nullptr, !sets ? &sets.error() : nullptr, !taxonomy ? &taxonomy.error() : nullptr,
                                 !itemCounts ? &itemCounts.error() : nullptr}) {
        if (problem) {
            err << "lookbook-cli catalog: " << errorText(*problem) << '\n';
            return ExitFailure;
        }
    }
    if (json) {
        QJsonArray vectorSets;
        for (const catalog::VectorSetInfo &set : *sets)
            vectorSets.append(QJsonObject{{QStringLiteral("name"), set.name},
                                          {QStringLiteral("model"), set.modelName},
                                          {QStringLiteral("dimension"), set.dimension},
                                          {QStringLiteral("vectors"), set.vectorCount},
                                          {QStringLiteral("index_type"), set.indexType}});
        const QJsonObject document{
            {QStringLiteral("path"), catalog.path()},
            {QStringLiteral("shop"), QJsonObject{{QStringLiteral("photos"), counts->shopImages}, {QStringLiteral("items"), counts->shopItems}}},
            {QStringLiteral("user"), QJsonObject{{QStringLiteral("photos"), counts->userImages}, {QStringLiteral("items"), counts->userItems}}},
            {QStringLiteral("taxonomy"), taxonomy->isDeepFashion2() ? QStringLiteral("deepfashion2") : QStringLiteral("own")},
            {QStringLiteral("categories"), taxonomyJson(*taxonomy, *itemCounts)},
            {QStringLiteral("vector_sets"), vectorSets}};
        out << QJsonDocument(document).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    out << catalog.path() << '\n'
        << QStringLiteral("  shop: %1 photos, %2 items; user: %3 photos, %4 items\n")
               .arg(counts->shopImages)
               .arg(counts->shopItems)
               .arg(counts->userImages)
               .arg(counts->userItems);
    QStringList used;
    for (const dataset::TaxonomyCategory &category : taxonomy->categories()) {
        if (const qint64 items = itemCounts->value(category.id); items > 0)
            used << QStringLiteral("%1 %2").arg(category.name).arg(items);
    }
    out << QStringLiteral("  categories: %1%2%3\n")
               .arg(taxonomy->size())
               .arg(taxonomy->isDeepFashion2() ? QStringLiteral(" (DeepFashion2)") : QString(),
                    used.isEmpty() ? QString() : QStringLiteral("; items: ") + used.join(QStringLiteral(", ")));
    for (const catalog::VectorSetInfo &set : *sets) {
        out << QStringLiteral("  vector set '%1': model '%2', dimension %3, %4 vectors").arg(set.name, set.modelName).arg(set.dimension).arg(set.vectorCount);
        const Result<std::unique_ptr<search::CatalogIndex>> index = search::CatalogIndex::open(catalog, set.name);
        if (index) {
            out << QStringLiteral("; index %1 (%2 vectors, built %3) is up to date\n").arg(set.indexType).arg(set.indexCount).arg(set.indexBuiltAt);
        } else if (index.error().code == ErrorCode::OutOfDate) {
            out << "\n    " << errorText(index.error()) << '\n';
        } else {  // the catalog itself failed to answer (damage, a read error): not a state to describe
            out << '\n';
            err << "lookbook-cli catalog: " << errorText(index.error()) << '\n';
            return exitCodeFor(index.error());
        }
    }
    return ExitOk;
}

// `catalog check`: one line per problem on stdout, then a summary; non-zero when anything is wrong.
int check(const QString &db, QTextStream &out, QTextStream &err)
{
    const Result<search::CatalogCheckReport> report = search::CatalogChecker::run(db);
    if (!report) {
        err << "lookbook-cli catalog: " << errorText(report.error()) << '\n';
        return ExitBadInput;
    }
    for (const QString &problem : report->problems)
        out << problem << '\n';
    for (const QString &note : report->notes)
        out << "note: " << note << '\n';
    out << QStringLiteral("%1: %2; SQLite integrity check %3, %4 vector sets, %5 photos checked\n")
               .arg(db,
                    report->problems.isEmpty()       ? QStringLiteral("no problems")
                    : report->problems.size() == 1 ? QStringLiteral("1 problem")
                                                     : QStringLiteral("%1 problems").arg(report->problems.size()),
                    report->integrityOk ? QStringLiteral("passed") : QStringLiteral("failed"))
               .arg(report->vectorSets)
               .arg(report->photos);
    return report->problems.isEmpty() ? ExitOk : ExitFailure;
}

} // namespace

int runCatalogCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Manages a shop catalog (a SQLite database; its vector index lies beside it).\n"
        "  create DB [--taxonomy FILE]     a new, empty catalog: DeepFashion2's categories, or those of FILE (a\n"
        "                                  taxonomy JSON or a COCO file's categories)\n"
        "  import DB SOURCE --models …     photos from a folder (detect + fuse) or a DeepFashion2 split (its boxes),\n"
        "                                  embedded and indexed; an interrupted import continues where it stopped\n"
        "  info DB [--json]                what the catalog holds (its categories with their items) and whether its\n"
        "                                  indexes are up to date\n"
        "  check DB                        SQLite's integrity check, every index against its checksum and the catalog,\n"
        "                                  every photo against its hash at import; exits 1 on any problem"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("create, import, info or check"));
    parser.addPositionalArgument(QStringLiteral("db"), QStringLiteral("the catalog database"));
    addModelOptions(parser);
    parser.addOptions({
        {QStringLiteral("images"), QStringLiteral("which photos of a split: shop (default), user or all"), QStringLiteral("which")},
        {QStringLiteral("vector-set"), QStringLiteral("name of the vector set (default: the embedder's name)"), QStringLiteral("name")},
        {QStringLiteral("index-type"), QStringLiteral("index built after the import: flat (default), hnsw or ivfpq"), QStringLiteral("type")},
        {QStringLiteral("no-index"), QStringLiteral("do not rebuild the index after the import")},
        {QStringLiteral("taxonomy"), QStringLiteral("create: the catalog's categories, from a taxonomy JSON or a COCO file"), QStringLiteral("file")},
        {QStringLiteral("json"), QStringLiteral("info: as one JSON object")},
    });
    addFusionOptions(parser);
    addInferenceOptions(parser);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (const std::optional<int> done = parseOrHelp(parser, arguments, QStringLiteral("lookbook-cli catalog"), out, err))
        return *done;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const QString db = positional.value(1);
    if (db.isEmpty()
        || (action != QLatin1String("create") && action != QLatin1String("import") && action != QLatin1String("info") && action != QLatin1String("check"))) {
        err << "lookbook-cli catalog: expected create|import|info|check DB (see --help)\n";
        return ExitBadInput;
    }
    if (action == QLatin1String("create")) {
        // The taxonomy is read first: a bad file leaves no catalog behind.
        std::optional<dataset::Taxonomy> taxonomy;
        if (parser.isSet(QStringLiteral("taxonomy"))) {
            Result<dataset::Taxonomy> read = dataset::Taxonomy::load(parser.value(QStringLiteral("taxonomy")));
            if (!read) {
                err << "lookbook-cli catalog: " << errorText(read.error()) << '\n';
                return ExitBadInput;
            }
            taxonomy = *read;
        }
        const Result<std::unique_ptr<catalog::Catalog>> created = catalog::Catalog::create(db);
        if (!created) {
            err << "lookbook-cli catalog: " << errorText(created.error()) << '\n';
            return ExitBadInput;
        }
        if (taxonomy) {
            if (Status set = catalog::CatalogTaxonomy::replace((*created)->connection(), *taxonomy); !set) {
                err << "lookbook-cli catalog: " << errorText(set.error()) << '\n';
                return exitCodeFor(set.error());
            }
        }
        out << "created " << (*created)->path() << (taxonomy ? QStringLiteral(" with %1 categories").arg(taxonomy->size()) : QString()) << '\n';
        return ExitOk;
    }
    if (action == QLatin1String("info"))
        return describe(db, parser.isSet(QStringLiteral("json")), out, err);
    if (action == QLatin1String("check"))
        return check(db, out, err);
    return importInto(db, parser, positional.mid(2), out, err);
}

} // namespace lookbook::cli
