#include "cli/indexcommand.h"

#include "catalog/catalog.h"
#include "cli/clicommand.h"
#include "index/indexparams.h"
#include "index/vectorindex.h"
#include "pipeline/catalogindex.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QTextStream>

#include <array>
#include <utility>

namespace lookbook::cli {
namespace {

// Command-line option → IndexParams JSON key; IndexParams::fromJson checks every range.
const std::array<std::pair<const char *, const char *>, 7> kIndexOptions{{
    {"m", "m"},
    {"ef-construction", "efConstruction"},
    {"ef-search", "efSearch"},
    {"nlist", "nlist"},
    {"pq-m", "pqM"},
    {"pq-bits", "pqBits"},
    {"nprobe", "nprobe"},
}};

} // namespace

int runIndexCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Builds or checks the vector index of a catalog's vector set (a faiss file beside the database).\n"
        "  build DB [--type flat|hnsw|ivfpq] [parameters]   (re)build it from the catalog's vectors\n"
        "  check DB                                          compare it with the catalog (ids, dimension, model)"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("build or check"));
    parser.addPositionalArgument(QStringLiteral("db"), QStringLiteral("the catalog database"));
    parser.addOptions({
        {QStringLiteral("vector-set"), QStringLiteral("which vector set (default: every set)"), QStringLiteral("name")},
        {QStringLiteral("type"), QStringLiteral("flat (exact, default), hnsw or ivfpq"), QStringLiteral("type")},
        {QStringLiteral("m"), QStringLiteral("HNSW neighbours per node (32)"), QStringLiteral("n")},
        {QStringLiteral("ef-construction"), QStringLiteral("HNSW build beam (200)"), QStringLiteral("n")},
        {QStringLiteral("ef-search"), QStringLiteral("HNSW search beam (128)"), QStringLiteral("n")},
        {QStringLiteral("nlist"), QStringLiteral("IVF-PQ lists (0 = from the catalog size)"), QStringLiteral("n")},
        {QStringLiteral("pq-m"), QStringLiteral("IVF-PQ sub-quantisers (0 = from the dimension)"), QStringLiteral("n")},
        {QStringLiteral("pq-bits"), QStringLiteral("IVF-PQ bits per code (8)"), QStringLiteral("n")},
        {QStringLiteral("nprobe"), QStringLiteral("IVF-PQ lists searched (32)"), QStringLiteral("n")},
        {QStringLiteral("gpu"), QStringLiteral("search on the GPU (faiss built with GPU support)")},
    });
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parser.parse(arguments)) {
        err << "lookbook-cli index: " << parser.errorText() << '\n';
        return ExitBadInput;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (positional.size() != 2 || (action != QLatin1String("build") && action != QLatin1String("check"))) {
        err << "lookbook-cli index: expected build|check DB (see --help)\n";
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
        err << "lookbook-cli index: " << params.error().message << '\n';
        return ExitBadInput;
    }

    Result<std::unique_ptr<catalog::Catalog>> opened = catalog::Catalog::open(positional.at(1));
    if (!opened) {
        err << "lookbook-cli index: " << opened.error().message << '\n';
        return ExitBadInput;
    }
    catalog::Catalog &catalog = **opened;
    QStringList sets;
    if (parser.isSet(QStringLiteral("vector-set"))) {
        sets << parser.value(QStringLiteral("vector-set"));
    } else {
        const Result<std::vector<catalog::VectorSetInfo>> all = catalog.vectorSets();
        if (!all) {
            err << "lookbook-cli index: " << all.error().message << '\n';
            return ExitFailure;
        }
        for (const catalog::VectorSetInfo &set : *all)
            sets << set.name;
        if (sets.isEmpty()) {
            err << "lookbook-cli index: " << catalog.path() << ": no vector sets yet; import photos first (lookbook-cli catalog import)\n";
            return ExitBadInput;
        }
    }
    int exit = ExitOk;
    for (const QString &set : sets) {
        QElapsedTimer clock;
        clock.start();
        const Result<std::unique_ptr<pipeline::CatalogIndex>> index =
            action == QLatin1String("build") ? pipeline::CatalogIndex::build(catalog, set, *params) : pipeline::CatalogIndex::open(catalog, set);
        if (!index) {
            err << "lookbook-cli index: " << index.error().message << '\n';
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
