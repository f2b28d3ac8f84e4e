// Does the catalog browser stay fast at 100k items? The Catalog dock pages through the shop items
// 200 at a time (Catalog::itemIdsAfter, keyset paging, then itemDetails for the cards):
//   BM_BrowsePage/P   one page starting P % of the way through the catalog: the same cost at the
//                     start and at the end means no OFFSET scans
//   BM_Open           Catalog::open with its open-time damage checks (the header's page count
//                     against the file size, the first page of every table, the schema version):
//                     the same few reads at any size; the target is < 200 ms at 1M items
// Reproduce: build/bench/bench_catalog (LOOKBOOK_BENCH_CATALOG_ITEMS items, default 100000; the
// catalog is generated in a temporary folder first, about 10 s).
#include "catalog/catalog.h"

#include <benchmark/benchmark.h>

#include <QTemporaryDir>

#include <cstdlib>

using namespace lookbook;

namespace {

constexpr int kPageSize = 120;  // as ui/models/catalogmodel.h asks

struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<catalog::Catalog> catalog;
    std::vector<qint64> itemIds;
};

Fixture &fixture()
{
    static Fixture f = [] {
        Fixture fx;
        const char *requested = std::getenv("LOOKBOOK_BENCH_CATALOG_ITEMS");
        const int items = requested ? std::atoi(requested) : 100000;
        fx.catalog = std::move(catalog::Catalog::create(fx.dir.filePath(QStringLiteral("big.db"))).value());
        const Status filled = fx.catalog->transaction([&]() -> Status {
            for (int i = 0; i < items; ++i) {
                catalog::CatalogImage image;
                image.path = fx.dir.filePath(QStringLiteral("shop/%1.jpg").arg(i, 6, 10, QLatin1Char('0')));
                image.contentHash = QString::number(i);
                image.width = 480;
                image.height = 640;
                image.pairId = i / 4 + 1;
                const Result<qint64> imageId = fx.catalog->addImage(image);
                if (!imageId)
                    return imageId.error();
                catalog::CatalogItem item;
                item.imageId = *imageId;
                item.box = Box{40, 60, 400, 560};
                item.categoryId = i % 13 + 1;
                const Result<qint64> itemId = fx.catalog->addItem(item);
                if (!itemId)
                    return itemId.error();
                fx.itemIds.push_back(*itemId);
                catalog::ProductInfo product;
                product.itemId = *itemId;
                product.title = QStringLiteral("Shop item %1").arg(i);
                product.price = 10.0 + i % 90;
                product.currency = QStringLiteral("EUR");
                if (Status stored = fx.catalog->setProduct(product); !stored)
                    return stored;
            }
            return success();
        });
        if (!filled)
            qFatal("cannot fill the catalog: %s", qPrintable(filled.error().message));
        return fx;
    }();
    return f;
}

void BM_BrowsePage(benchmark::State &state)
{
    Fixture &fx = fixture();
    const std::size_t start = fx.itemIds.size() * static_cast<std::size_t>(state.range(0)) / 100;
    const qint64 after = start == 0 ? 0 : fx.itemIds[std::min(start, fx.itemIds.size() - kPageSize - 1)];
    for (auto _ : state) {
        const Result<std::vector<qint64>> ids = fx.catalog->itemIdsAfter(after, kPageSize);
        const Result<std::vector<catalog::ItemDetails>> details = fx.catalog->itemDetails(ids.value());
        if (!details || details->size() != static_cast<std::size_t>(kPageSize))
            state.SkipWithError("a page came back short");
        benchmark::DoNotOptimize(details);
    }
    state.counters["items"] = static_cast<double>(fx.itemIds.size());
    state.SetItemsProcessed(state.iterations() * kPageSize);
}
BENCHMARK(BM_BrowsePage)->Arg(0)->Arg(50)->Arg(99)->Unit(benchmark::kMillisecond);

void BM_Open(benchmark::State &state)
{
    Fixture &fx = fixture();
    for (auto _ : state) {
        Result<std::unique_ptr<catalog::Catalog>> opened = catalog::Catalog::open(fx.catalog->path());
        if (!opened)
            state.SkipWithError(qPrintable(opened.error().message));
        benchmark::DoNotOptimize(opened);
    }
    state.counters["items"] = static_cast<double>(fx.itemIds.size());
}
BENCHMARK(BM_Open)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
