#include "cli/indexcommand.h"

#include "catalog/catalog.h"
#include "cli/clicommand.h"
#include "cli/inferenceoptions.h"
#include "index/indexparams.h"
#include "index/vectorindex.h"
#include "search/catalogindex.h"
#include "search/itemreindexer.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QTextStream>

#include <array>
#include <utility>

namespace lookbook::cli {
namespace {

// Command-line option → IndexParams JSON key; IndexParams::fromJson checks every range.
const std::array<std::pair<const char *, const char *>, 9> kIndexOptions{{
    {"m", "m"},
    {"ef-construction", "efConstruction"},
    {"ef-search", "efSearch"},
    {"nlist", "nlist"},
    {"pq-m", "pqM"},
    {"pq-bits", "pqBits"},
    {"nprobe", "nprobe"},
    {"refine-bits", "refineBits"},
    {"refine-factor", "refineFactor"},
}};

QString indexUpdateName(search::ItemReindexReport::IndexUpdate update)
{
    switch (update) {
    case search::ItemReindexReport::IndexUpdate::Unchanged:
        return QStringLiteral("unchanged");
    case search::ItemReindexReport::IndexUpdate::Incremental:
        return QStringLiteral("updated in place");
    case search::ItemReindexReport::IndexUpdate::Rebuilt:
        return QStringLiteral("rebuilt");
    }
    return {};
}

// `index update`: embeds the set's shop items that have no vector and updates its index in place.
int updateSet(search::ItemReindexParams params, QTextStream &out, QTextStream &err)
{
    const Result<search::ItemReindexReport> report = search::ItemReindexer(params).run();
    if (!report) {
        err << "lookbook-cli index: " << errorText(report.error()) << '\n';
        return exitCodeFor(report.error());
    }
    for (const QString &problem : report->problems)
        err << "lookbook-cli index: skipped: " << problem << '\n';
    out << QStringLiteral("%1: %2 items embedded (%3 skipped, %4 photos unreadable); index %5: %6 removed, %7 added, in %8 s%9\n")
               .arg(report->vectorSet)
               .arg(report->itemsEmbedded)
               .arg(report->itemsSkipped)
               .arg(report->imagesFailed)
               .arg(indexUpdateName(report->index))
               .arg(report->removedFromIndex)
               .arg(report->addedToIndex)
               .arg(report->seconds, 0, 'f', 2)
               .arg(report->indexNote.isEmpty() ? QString() : QStringLiteral(" (") + report->indexNote + QLatin1Char(')'));
    return report->problems.isEmpty() ? ExitOk : ExitFailure;
}

} // namespace

int runIndexCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Builds, checks or updates the vector index of a catalog's vector set (a faiss file beside the database).\n"
        "  build DB [--type flat|hnsw|ivfpq] [parameters]   (re)build it from the catalog's vectors\n"
        "  check DB                                          compare it with the catalog (ids, dimension, model)\n"
        "  update DB [--model M.json]                        embed shop items without a vector (new or corrected ones) and\n"
        "                                                    update the index in place (see README, \"Export and re-indexing\")"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("build, check or update"));
    parser.addPositionalArgument(QStringLiteral("db"), QStringLiteral("the catalog database"));
    parser.addOptions({
        {{QStringLiteral("vector-set"), QStringLiteral("set")}, QStringLiteral("which vector set (default: every set)"), QStringLiteral("name")},
        {QStringLiteral("type"), QStringLiteral("flat (exact, default), hnsw or ivfpq"), QStringLiteral("type")},
        {QStringLiteral("m"), QStringLiteral("HNSW neighbours per node (32)"), QStringLiteral("n")},
        {QStringLiteral("ef-construction"), QStringLiteral("HNSW build beam (200)"), QStringLiteral("n")},
        {QStringLiteral("ef-search"), QStringLiteral("HNSW search beam (128)"), QStringLiteral("n")},
        {QStringLiteral("nlist"), QStringLiteral("IVF-PQ lists (0 = from the catalog size)"), QStringLiteral("n")},
        {QStringLiteral("pq-m"), QStringLiteral("IVF-PQ sub-quantisers (0 = from the dimension)"), QStringLiteral("n")},
        {QStringLiteral("pq-bits"), QStringLiteral("IVF-PQ bits per code (8)"), QStringLiteral("n")},
        {QStringLiteral("nprobe"), QStringLiteral("IVF-PQ lists searched (32)"), QStringLiteral("n")},
        {QStringLiteral("refine-bits"), QStringLiteral("IVF-PQ re-ranking copy: 4, 6 or 8 bits per component, 16 = half floats, 0 = none (6)"),
         QStringLiteral("n")},
        {QStringLiteral("refine-factor"), QStringLiteral("IVF-PQ candidates re-ranked per result wanted (20)"), QStringLiteral("n")},
        {QStringLiteral("gpu"), QStringLiteral("search on the GPU (faiss built with GPU support)")},
        {QStringLiteral("model"), QStringLiteral("update: the embedder or ensemble that made the set (default: found by fingerprint in --models-dir)"),
         QStringLiteral("manifest")},
        {QStringLiteral("models-dir"), QStringLiteral("update: where to look for the set's model (default: the demo models)"), QStringLiteral("dir")},
    });
    addInferenceOptions(parser);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (const std::optional<int> done = parseOrHelp(parser, arguments, QStringLiteral("lookbook-cli index"), out, err))
        return *done;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (positional.size() != 2 || (action != QLatin1String("build") && action != QLatin1String("check") && action != QLatin1String("update"))) {
        err << "lookbook-cli index: expected build|check|update DB (see --help)\n";
        return ExitBadInput;
    }
    QJsonObject json{{QStringLiteral("type"), parser.isSet(QStringLiteral("type")) ? parser.value(QStringLiteral("type")) : QStringLiteral("flat")}};
    for (const auto &[option, key] : kIndexOptions) {
        const QString name = QString::fromLatin1(option);
        if (!parser.isSet(name))
            continue;
        bool ok = false;
        const int value = parser.value(name).toInt(&ok);
        if (!ok) {
            err << "lookbook-cli index: --" << name << ": expected an integer, got '" << parser.value(name) << "'\n";
            return ExitBadInput;
        }
        json.insert(QString::fromLatin1(key), value);
    }
    if (parser.isSet(QStringLiteral("gpu")))
        json.insert(QStringLiteral("useGpu"), true);
    const Result<index::IndexParams> params = index::IndexParams::fromJson(json, QStringLiteral("index options"));
    if (!params) {
        err << "lookbook-cli index: " << errorText(params.error()) << '\n';
        return ExitBadInput;
    }

    Result<std::unique_ptr<catalog::Catalog>> opened = catalog::Catalog::open(positional.at(1));
    if (!opened) {
        err << "lookbook-cli index: " << errorText(opened.error()) << '\n';
        return ExitBadInput;
    }
    catalog::Catalog &catalog = **opened;
    QStringList sets;
    if (parser.isSet(QStringLiteral("vector-set"))) {
        sets << parser.value(QStringLiteral("vector-set"));
    } else {
        const Result<std::vector<catalog::VectorSetInfo>> all = catalog.vectorSets();
        if (!all) {
            err << "lookbook-cli index: " << errorText(all.error()) << '\n';
            return ExitFailure;
        }
        for (const catalog::VectorSetInfo &set : *all)
            sets << set.name;
        if (sets.isEmpty()) {
            err << "lookbook-cli index: " << catalog.path() << ": no vector sets yet; import photos first (lookbook-cli catalog import)\n";
            return ExitBadInput;
        }
    }
    search::ItemReindexParams update;
    update.catalogPath = catalog.path();
    update.embedderManifest = parser.value(QStringLiteral("model"));
    update.modelDirs = parser.values(QStringLiteral("models-dir"));
    update.newIndex = *params;
    if (QString problem; !readInferenceOptions(parser, update.inference, problem)) {
        err << "lookbook-cli index: " << problem << '\n';
        return ExitBadInput;
    }
    int exit = ExitOk;
    for (const QString &set : sets) {
        if (action == QLatin1String("update")) {
            update.vectorSet = set;
            if (const int updated = updateSet(update, out, err); updated != ExitOk)
                exit = updated;
            continue;
        }
        QElapsedTimer clock;
        clock.start();
        const Result<std::unique_ptr<search::CatalogIndex>> index =
            action == QLatin1String("build") ? search::CatalogIndex::build(catalog, set, *params) : search::CatalogIndex::open(catalog, set);
        if (!index) {
            err << "lookbook-cli index: " << errorText(index.error()) << '\n';
            exit = index.error().code == ErrorCode::OutOfDate || index.error().code == ErrorCode::InvalidArgument ? ExitBadInput : ExitFailure;
            continue;
        }
        const index::VectorIndex &built = (*index)->index();
        out << QStringLiteral("%1: %2, %3 vectors of dimension %4, %5 MB%6\n")
                   .arg(set, built.params().describe())
                   .arg(built.size())
                   .arg(built.dimension())
                   .arg(built.memoryBytes() / 1e6, 0, 'f', 1)
                   .arg(action == QLatin1String("build") ? QStringLiteral(", built in %1 s").arg(clock.elapsed() / 1000.0, 0, 'f', 2)
                                                         : QStringLiteral(", up to date"));
    }
    return exit;
}

} // namespace lookbook::cli
