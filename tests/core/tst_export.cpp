// Export of corrected annotations (DeepFashion2 split, COCO), the review log as CSV, and the
// incremental re-index of corrected shop items, on the hand-checkable colour world
// (colourcatalog.h). Review edits are made as the review workspace makes them: SQL and the Catalog
// API, deleting the vectors of an item whose box or category changes.
#include "../testfiles.h"
#include "catalog/annotationexporter.h"
#include "catalog/catalog.h"
#include "catalog/reviewlogexporter.h"
#include "catalog/sqliteconnection.h"
#include "colourcatalog.h"
#include "common/csv.h"
#include "dataset/categories.h"
#include "dataset/cocodataset.h"
#include "models/decodedimage.h"
#include "search/catalogindex.h"
#include "search/ingestjob.h"
#include "search/itemreindexer.h"
#include "search/searchpipeline.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

#include <algorithm>
#include <map>

using namespace lookbook;

namespace {

const std::vector<test::ColourGarment> kGarments = {
    {QColor(220, 30, 30), 1}, {QColor(30, 200, 40), 8}, {QColor(40, 50, 220), 9}, {QColor(230, 210, 30), 2}};

Status sql(const QString &db, const QString &statements)
{
    auto connection = catalog::SqliteConnection::open(db, catalog::SqliteConnection::OpenMode::Existing);
    if (!connection)
        return connection.error();
    return (*connection)->execute(statements);
}

// RFC 4180 read back: quoted fields may hold commas, doubled quotes and line breaks.
std::vector<QStringList> parseCsv(const QString &text)
{
    std::vector<QStringList> rows(1);
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
            rows.back() << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            rows.back() << field;
            field.clear();
            rows.emplace_back();
            ++i;
        } else {
            field += c;
        }
    }
    if (rows.back().isEmpty() && field.isEmpty())
        rows.pop_back();
    return rows;
}

// Pair 1's shop annotation with the fields the catalog does not hold (and an unknown one).
const QByteArray kShop101 =
    R"({"source": "shop", "pair_id": 1, "photographer": "studio 4", "item1": {"category_id": 1, "category_name": "short sleeve top", "style": 1, )"
    R"("bounding_box": [16, 16, 48, 48], "landmarks": [20, 18, 2, 44, 18, 1], "segmentation": [[16, 16, 48, 16, 48, 48, 16, 48]], )"
    R"("scale": 2, "occlusion": 1, "zoom_in": 1, "viewpoint": 1}})";

// JSON may break lines between members: the CSV field then holds a line break, commas and quotes.
const char *const kMoveDetail = "{\"from\": [16, 16, 48, 48], \"to\": [10, 12, 38, 44],\n \"note\": \"said \\\"no\\\", then yes\"}";

QString photoOf(const QString &split, int id) { return split + QStringLiteral("/image/") + dataset::DeepFashion2Io::fileStem(id) + QStringLiteral(".jpg"); }

// A 64×64 photo of one garment of `colour` at `box` on grey.
QString writePhoto(const QString &path, const QColor &colour, const Box &box)
{
    QImage photo(64, 64, QImage::Format_RGB32);
    photo.fill(QColor(128, 128, 128));
    QPainter painter(&photo);
    painter.fillRect(QRectF(box.x1, box.y1, box.width(), box.height()), colour);
    painter.end();
    photo.save(path, "JPG", 100);
    return path;
}

} // namespace

Q_DECLARE_METATYPE(lookbook::index::IndexParams)

class TestExport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The one CSV writer every export uses: what it writes reads back as it was, and a plain value stays bare.
    void csvWritesWhatReadsBack()
    {
        const QStringList values{QStringLiteral("plain"), QStringLiteral("a,b"), QStringLiteral("say \"hi\""), QStringLiteral("two\nlines"),
                                 QStringLiteral("cr\rhere"), QString(), QStringLiteral(" spaced ")};
        const std::vector<QStringList> rows = parseCsv(Csv::line(values) + QStringLiteral("\r\n"));
        QCOMPARE(rows.size(), std::size_t(1));
        QCOMPARE(rows.front(), values);
        QCOMPARE(Csv::field(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(Csv::field(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(Csv::field(QStringLiteral("cr\rhere")), QStringLiteral("\"cr\rhere\""));
    }

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_split = m_dir.filePath(QStringLiteral("validation"));
        QVERIFY(test::writeColourSplit(m_split, kGarments));
        // The shop photo of pair 1 gets the fields the catalog does not hold, so that the export
        // can be seen to take them over for an item the reviewer left alone.
        test::writeFile(m_split + QStringLiteral("/annos/000101.json"), kShop101);
        m_models = m_dir.filePath(QStringLiteral("models"));
        QDir().mkpath(m_models);
        m_embedder = test::makeColourEmbedder(m_models, QStringLiteral("colour"));
        test::makeCentreDetector(m_models, QStringLiteral("centre"));
    }

    void init() { m_db = m_dir.filePath(QStringLiteral("%1.db").arg(QString::fromLatin1(QTest::currentTestFunction()))); }

    void exportedAnnotationsReadBackWithTheDatasetReaders()
    {
        ingest(search::IngestParams::Images::All);
        qint64 userImage2 = 0;
        qint64 shopImage103 = 0;
        {
            auto lookup = catalog::Catalog::open(m_db).value();
            userImage2 = imageIdOf(*lookup, 2);
            shopImage103 = imageIdOf(*lookup, 103);
        }
        // The reviewer: moves the box of pair 2's street garment (and makes it a skirt), rejects pair
        // 3's shop item, draws a new item on street photo 2, and accepts one of two predictions there.
        QVERIFY(sql(m_db, QStringLiteral("UPDATE items SET x1 = 10, y1 = 12, x2 = 38, y2 = 44, category_id = 9, origin = 'hand_corrected' "
                                         "WHERE image_id = %1; DELETE FROM vectors WHERE item_id IN (SELECT id FROM items WHERE image_id = %1);"
                                         "UPDATE items SET review_state = 'rejected' WHERE image_id = %2;")
                                  .arg(userImage2)
                                  .arg(shopImage103))
                    .ok());
        auto catalog = catalog::Catalog::open(m_db).value();
        const auto drawn = catalog->addItem(item(userImage2, {40, 40, 60, 62}, 7, catalog::ItemOrigin::HandCorrected));
        QVERIFY2(drawn.ok(), drawn.ok() ? "" : qPrintable(drawn.error().message));
        QVERIFY(catalog->addItem(item(userImage2, {1, 1, 20, 20}, 5, catalog::ItemOrigin::Fused)).ok());
        catalog::CatalogItem accepted = item(userImage2, {2, 30, 22, 60}, 6, catalog::ItemOrigin::HandCorrected);
        accepted.score = 0.8;
        accepted.review = catalog::ReviewState::Accepted;
        QVERIFY(catalog->addItem(accepted).ok());
        const std::vector<catalog::ItemDetails> expected = catalog->annotationItems().value();
        QCOMPARE(expected.size(), std::size_t(8 - 1 + 2));  // 8 ground truth, one rejected, two drawn or accepted

        // DeepFashion2: one annos file per image, named after the split it came from.
        const QString split = m_dir.filePath(QStringLiteral("exported"));
        std::vector<qint64> progress;
        catalog::AnnotationExportParams params{m_db, catalog::AnnotationExportParams::Format::DeepFashion2, split};
        const auto report = catalog::AnnotationExporter(params).run([&](const QString &, qint64 done, qint64) {
            progress.push_back(done);
            return true;
        });
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
        QCOMPARE(report->images, 7);  // pair 3's shop photo has no annotation left
        QCOMPARE(report->items, qint64(expected.size()));
        QCOMPARE(report->renumbered, 0);
        QVERIFY(report->problems.isEmpty());
        QCOMPARE(progress.size(), std::size_t(7));
        QCOMPARE(progress.back(), 7);
        const auto readBack = dataset::DeepFashion2Io::readSplit(split);
        QVERIFY(readBack.ok());
        QVERIFY2(readBack->errors.isEmpty(), qPrintable(readBack->errors.join(QLatin1Char('\n'))));
        QCOMPARE(readBack->annotations.size(), std::size_t(7));
        std::map<int, const dataset::ImageAnnotation *> byId;
        for (const dataset::ImageAnnotation &a : readBack->annotations)
            byId[a.imageId] = &a;
        QVERIFY(!byId.count(103));
        std::map<int, std::size_t> seen;
        for (const catalog::ItemDetails &d : expected) {
            const int id = QFileInfo(d.image.originKey).fileName().toInt();
            QVERIFY2(byId.count(id), qPrintable(d.image.originKey));
            const dataset::ImageAnnotation &a = *byId[id];
            QCOMPARE(a.source, d.image.source);
            QCOMPARE(a.pairId, d.image.pairId);
            const dataset::GarmentItem &g = a.items.at(seen[id]++);
            QCOMPARE(g.categoryId, d.item.categoryId);
            QCOMPARE(g.categoryName, dataset::categoryName(d.item.categoryId));
            QCOMPARE(g.style, d.item.style);
            QCOMPARE(g.box.x1, d.item.box.x1);
            QCOMPARE(g.box.y2, d.item.box.y2);
            QCOMPARE(g.itemNumber, int(seen[id]));
            QCOMPARE(QFileInfo(split + QStringLiteral("/image/") + dataset::DeepFashion2Io::fileStem(id) + QStringLiteral(".jpg")).size(),
                     QFileInfo(photoOf(m_split, id)).size());
        }
        QCOMPARE(byId[2]->items.size(), std::size_t(3));
        // The untouched shop item keeps what the source split had; the moved one has none of it.
        const dataset::GarmentItem &kept = byId[101]->items.at(0);
        QCOMPARE(kept.landmarks.size(), std::size_t(2));
        QCOMPARE(kept.segmentation.size(), std::size_t(1));
        QCOMPARE(kept.viewpoint, 1);
        QVERIFY(byId[101]->extra.contains("studio 4"));
        QVERIFY(byId[2]->items.at(0).landmarks.empty());
        QCOMPARE(byId[2]->items.at(0).scale, 0);
        QCOMPARE(report->itemsWithSourceFields, 6);  // every ground-truth item but the moved one

        // COCO: the same boxes as [x, y, w, h], image sizes from the catalog.
        const QString cocoPath = m_dir.filePath(QStringLiteral("exported.json"));
        params.format = catalog::AnnotationExportParams::Format::Coco;
        params.outputPath = cocoPath;
        const auto coco = catalog::AnnotationExporter(params).run();
        QVERIFY2(coco.ok(), coco.ok() ? "" : qPrintable(coco.error().message));
        const auto dataset = dataset::CocoDataset::parseGroundTruth(test::readFile(cocoPath), cocoPath);
        QVERIFY2(dataset.ok(), dataset.ok() ? "" : qPrintable(dataset.error().message));
        QCOMPARE(dataset->images.size(), std::size_t(7));
        QCOMPARE(dataset->categories.size(), std::size_t(13));
        QCOMPARE(dataset->annotations.size(), expected.size());
        for (std::size_t k = 0; k < expected.size(); ++k) {
            const dataset::CocoAnnotation &a = dataset->annotations[k];
            QCOMPARE(a.imageId, QFileInfo(expected[k].image.originKey).fileName().toLongLong());
            QCOMPARE(a.categoryId, expected[k].item.categoryId);
            QCOMPARE(a.x, expected[k].item.box.x1);
            QCOMPARE(a.y, expected[k].item.box.y1);
            QCOMPARE(a.w, expected[k].item.box.width());
            QCOMPARE(a.h, expected[k].item.box.height());
        }
        for (const dataset::CocoImage &image : dataset->images)
            QCOMPARE(image.width, 64);
    }

    void anExportAppearsWholeOrNotAtAll()
    {
        ingest(search::IngestParams::Images::Shop);
        const QString parent = m_dir.filePath(QStringLiteral("whole"));
        QDir().mkpath(parent);
        const QString target = parent + QStringLiteral("/split");
        catalog::AnnotationExportParams params{m_db, catalog::AnnotationExportParams::Format::DeepFashion2, target};

        // Cancelled after the first photo: nothing at the target, no folder left beside it.
        int calls = 0;
        const auto cancelled = catalog::AnnotationExporter(params).run([&](const QString &, qint64, qint64) { return ++calls < 2; });
        QVERIFY(cancelled.ok());
        QVERIFY(cancelled->cancelled);
        QVERIFY(QDir(parent).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));

        QVERIFY(catalog::AnnotationExporter(params).run().ok());
        test::writeFile(target + QStringLiteral("/annos/999999.json"), "{}");
        // An existing export is kept unless replacing is asked for; then it is replaced whole.
        const auto refused = catalog::AnnotationExporter(params).run();
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.startsWith(QFileInfo(target).absoluteFilePath() + QStringLiteral(": already exists")),
                 qPrintable(refused.error().message));
        QVERIFY(QFileInfo::exists(target + QStringLiteral("/annos/999999.json")));
        params.overwrite = true;
        QVERIFY(catalog::AnnotationExporter(params).run().ok());
        QVERIFY(!QFileInfo::exists(target + QStringLiteral("/annos/999999.json")));
        QCOMPARE(QDir(target + QStringLiteral("/annos")).entryList(QDir::Files).size(), 4);
        QCOMPARE(QDir(parent).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList{QStringLiteral("split")});

        // The split the photos came from is never replaced: photos it does not export would go.
        const auto source = catalog::AnnotationExporter({m_db, catalog::AnnotationExportParams::Format::DeepFashion2, m_split, false, true, true}).run();
        QVERIFY(!source.ok());
        QVERIFY2(source.error().message.startsWith(m_split + QStringLiteral(": holds photos of ")), qPrintable(source.error().message));
        QVERIFY(QFileInfo::exists(photoOf(m_split, 1)));

        // A photo that cannot be found is named; its annotation is written all the same.
        QVERIFY(sql(m_db, QStringLiteral("UPDATE images SET path = '/nowhere/000104.jpg' WHERE origin_key = 'validation/000104'")).ok());
        const auto missing = catalog::AnnotationExporter(params).run();
        QVERIFY(missing.ok());
        QCOMPARE(missing->problems.size(), 1);
        QVERIFY2(missing->problems.front().startsWith(QStringLiteral("/nowhere/000104.jpg: ")), qPrintable(missing->problems.front()));
        QVERIFY(QFileInfo::exists(target + QStringLiteral("/annos/000104.json")));
    }

    void exportsOnlyReviewedImagesWhenTheCatalogMarksThem()
    {
        ingest(search::IngestParams::Images::Shop);
        catalog::AnnotationExportParams params{m_db, catalog::AnnotationExportParams::Format::Coco, m_dir.filePath(QStringLiteral("reviewed.json"))};
        params.reviewedImagesOnly = true;
        // Image 102 reviewed; 103 visited but not marked.
        QVERIFY(sql(m_db, QStringLiteral("INSERT INTO review_images (image_id, reviewed) SELECT id, 1 FROM images WHERE origin_key = 'validation/000102'; "
                                         "INSERT INTO review_images (image_id, reviewed) SELECT id, 0 FROM images WHERE origin_key = 'validation/000103'"))
                    .ok());
        const auto report = catalog::AnnotationExporter(params).run();
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
        QCOMPARE(report->images, 1);
        const auto dataset = dataset::CocoDataset::parseGroundTruth(test::readFile(params.outputPath), params.outputPath);
        QCOMPARE(dataset->images.size(), std::size_t(1));
        QCOMPARE(dataset->images.front().id, 102);
    }

    void writesTheReviewLogAsRfc4180Csv()
    {
        ingest(search::IngestParams::Images::Shop);
        const QString detail = QString::fromUtf8(kMoveDetail);
        QString escaped = detail;
        escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
        QVERIFY(sql(m_db, QStringLiteral("INSERT INTO review_log (at, user, item_id, image_id, action, detail) VALUES "
                                         "('2026-03-01T09:00:00.000Z', 'ann', 2, 2, 'move', NULL), "
                                         "('2026-01-10T08:00:00.000Z', 'o''brien, j', 1, 1, 'move', '%1'), "
                                         "('2026-02-05T12:30:00Z', 'bo', NULL, 99, 'delete_image', '{}')")
                                  .arg(escaped))
                    .ok());
        const QString csvPath = m_dir.filePath(QStringLiteral("log.csv"));
        const auto report = catalog::ReviewLogExporter({m_db, csvPath, {}, {}}).run();
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
        QCOMPARE(report->rows, 3);
        const QByteArray bytes = test::readFile(csvPath);
        QVERIFY(bytes.startsWith("at,user,action,image,item,detail\r\n"));
        const std::vector<QStringList> rows = parseCsv(QString::fromUtf8(bytes));
        QCOMPARE(rows.size(), std::size_t(4));
        // In time order, whatever the order of insertion and the timestamps' precision.
        QCOMPARE(rows[1], (QStringList{QStringLiteral("2026-01-10T08:00:00.000Z"), QStringLiteral("o'brien, j"), QStringLiteral("move"),
                                       QStringLiteral("validation/000101"), QStringLiteral("1"), detail}));
        QCOMPARE(rows[2], (QStringList{QStringLiteral("2026-02-05T12:30:00Z"), QStringLiteral("bo"), QStringLiteral("delete_image"),
                                       QStringLiteral("99"), QString(), QStringLiteral("{}")}));
        QCOMPARE(rows[3].at(0), QStringLiteral("2026-03-01T09:00:00.000Z"));
        QCOMPARE(rows[3].at(5), QString());

        // A time range: [from, to).
        const auto february = catalog::ReviewLogExporter({m_db, csvPath, QDateTime(QDate(2026, 2, 1), QTime(0, 0), QTimeZone::utc()),
                                                          QDateTime(QDate(2026, 3, 1), QTime(9, 0), QTimeZone::utc())})
                                  .run();
        QVERIFY(february.ok());
        QCOMPARE(february->rows, 1);
        QCOMPARE(parseCsv(QString::fromUtf8(test::readFile(csvPath))).at(1).at(1), QStringLiteral("bo"));

        const auto unwritable = catalog::ReviewLogExporter({m_db, m_dir.filePath(QStringLiteral("no/such/dir/log.csv")), {}, {}}).run();
        QVERIFY(!unwritable.ok());
        QVERIFY2(unwritable.error().message.contains(QStringLiteral("no/such/dir/log.csv: cannot write")), qPrintable(unwritable.error().message));
    }

    void reindexEmbedsOnlyTheChangedShopItems_data()
    {
        QTest::addColumn<index::IndexParams>("indexParams");
        QTest::addColumn<int>("expectedUpdate");
        index::IndexParams flat;
        QTest::newRow("flat") << flat << int(search::ItemReindexReport::IndexUpdate::Incremental);
        index::IndexParams hnsw;
        hnsw.type = index::IndexParams::Type::Hnsw;
        hnsw.m = 4;
        QTest::newRow("hnsw: removal rebuilds the graph") << hnsw << int(search::ItemReindexReport::IndexUpdate::Rebuilt);
        index::IndexParams ivfpq;
        ivfpq.type = index::IndexParams::Type::IvfPq;
        ivfpq.nlist = 1;
        ivfpq.pqM = 3;
        ivfpq.pqBits = 2;
        QTest::newRow("ivfpq") << ivfpq << int(search::ItemReindexReport::IndexUpdate::Incremental);
    }

    void reindexEmbedsOnlyTheChangedShopItems()
    {
        QFETCH(index::IndexParams, indexParams);
        QFETCH(int, expectedUpdate);
        m_db = m_dir.filePath(QStringLiteral("reindex-%1.db").arg(QString::fromLatin1(QTest::currentDataTag()).left(4)));
        ingest(search::IngestParams::Images::Shop, indexParams);
        // Shop items are stored in pair order: pair p's item has id p.
        auto catalog = catalog::Catalog::open(m_db).value();
        const qint64 set = catalog->vectorSet(QStringLiteral("colour")).value()->id;
        std::vector<qint64> before;
        const FloatMatrix old = catalog->vectors(set, before).value();

        // The contract of the review workspace: a changed box deletes the item's vectors, a deleted
        // item goes with its vectors, a new item has none.
        QVERIFY(sql(m_db, QStringLiteral("UPDATE items SET x1 = 24, y1 = 24, x2 = 40, y2 = 40, origin = 'hand_corrected' WHERE id = 2;"
                                         "DELETE FROM vectors WHERE item_id = 2; DELETE FROM items WHERE id = 3;"))
                    .ok());
        catalog::CatalogImage magenta;
        magenta.path = writePhoto(m_dir.filePath(QStringLiteral("magenta-%1.jpg").arg(QFileInfo(m_db).baseName())), QColor(230, 30, 220), {16, 16, 48, 48});
        magenta.contentHash = QStringLiteral("0");
        magenta.width = magenta.height = 64;
        magenta.pairId = 5;
        const qint64 magentaImage = catalog->addImage(magenta).value();
        const qint64 magentaItem = catalog->addItem(item(magentaImage, {16, 16, 48, 48}, 3, catalog::ItemOrigin::HandCorrected)).value();
        catalog::CatalogItem rejected = item(magentaImage, {0, 0, 10, 10}, 4, catalog::ItemOrigin::Fused);
        rejected.review = catalog::ReviewState::Rejected;
        QVERIFY(catalog->addItem(rejected).ok());
        QVERIFY(!search::CatalogIndex::open(*catalog, QStringLiteral("colour")).ok());  // stale until re-indexed

        search::ItemReindexParams params;
        params.catalogPath = m_db;
        params.modelDirs = {m_models};  // the set's model is found there by its fingerprint
        params.inference.device = QStringLiteral("cpu");
        std::vector<std::pair<QString, qint64>> progress;
        qint64 total = 0;
        const auto report = search::ItemReindexer(params).run([&](const QString &stage, qint64 done, qint64 all) {
            progress.emplace_back(stage, done);
            total = all;
            return true;
        });
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
        QCOMPARE(report->vectorSet, QStringLiteral("colour"));
        QCOMPARE(report->itemsEmbedded, 2);  // the moved item and the new one, nothing else
        QCOMPARE(report->itemsSkipped, 1);   // the rejected one
        QCOMPARE(report->removedFromIndex, 2);
        QCOMPARE(report->addedToIndex, 2);
        QCOMPARE(int(report->index), expectedUpdate);
        QCOMPARE(report->indexNote.contains(QStringLiteral("HNSW")), indexParams.type == index::IndexParams::Type::Hnsw);
        QCOMPARE(progress.size(), std::size_t(3));  // two photos, then the index
        QCOMPARE(progress[1].second, 2);
        QCOMPARE(total, 2);
        QVERIFY(progress[1].first.endsWith(QStringLiteral(".jpg")));
        QCOMPARE(progress[2], std::make_pair(QStringLiteral("index"), qint64(2)));

        // Untouched items keep their vectors, byte for byte.
        std::vector<qint64> after;
        const FloatMatrix now = catalog->vectors(set, after).value();
        QCOMPARE(after, (std::vector<qint64>{1, 2, 4, magentaItem}));
        for (int row : {0, 2})
            QVERIFY(std::equal(now.row(row), now.row(row) + 3, old.row(row == 0 ? 0 : 3)));

        // The search opens on the updated index and finds the new item, never the deleted one.
        auto search = search::SearchPipeline::open({m_db, {}, m_embedder, {}, {}});
        QVERIFY2(search.ok(), search.ok() ? "" : qPrintable(search.error().message));
        search::SearchOptions options;
        options.topK = 10;
        const auto street = models::DecodedImage::load(writePhoto(m_dir.filePath(QStringLiteral("magenta-street.jpg")), QColor(225, 35, 215), {8, 8, 40, 40}));
        const auto hits = (*search)->query((*search)->embed(*street, {Box{8, 8, 40, 40}}).value(), options);
        QVERIFY(hits.ok());
        QCOMPARE((*hits)[0].size(), std::size_t(4));
        QCOMPARE((*hits)[0][0].itemId, magentaItem);
        for (int pair = 1; pair <= 4; ++pair) {
            const auto photo = models::DecodedImage::load(photoOf(m_split, pair));
            const auto found = (*search)->query((*search)->embed(*photo, {Box{8, 8, 40, 40}}).value(), options);
            QVERIFY(std::none_of((*found)[0].begin(), (*found)[0].end(), [](const search::SearchHit &h) { return h.itemId == 3; }));
            if (pair != 3)
                QCOMPARE((*found)[0][0].itemId, qint64(pair));
        }

        // Nothing left to do: no model is needed, and the index stays as it is.
        params.modelDirs = {m_dir.filePath(QStringLiteral("no-models"))};
        const auto again = search::ItemReindexer(params).run();
        QVERIFY2(again.ok(), again.ok() ? "" : qPrintable(again.error().message));
        QCOMPARE(again->itemsEmbedded, 0);
        QCOMPARE(int(again->index), int(search::ItemReindexReport::IndexUpdate::Unchanged));
    }

    void reindexRefusesAnotherModelAndRebuildsAMissingIndex()
    {
        ingest(search::IngestParams::Images::Shop);
        QVERIFY(sql(m_db, QStringLiteral("DELETE FROM vectors WHERE item_id = 1")).ok());
        search::ItemReindexParams params;
        params.catalogPath = m_db;
        params.inference.device = QStringLiteral("cpu");
        params.embedderManifest = test::makeColourEmbedder(m_dir.path(), QStringLiteral("other"), 1);
        const auto other = search::ItemReindexer(params).run();
        QVERIFY(!other.ok());
        QVERIFY2(other.error().message.contains(QStringLiteral("is not the model that made vector set 'colour'")), qPrintable(other.error().message));
        params.embedderManifest.clear();
        params.modelDirs = {m_dir.filePath(QStringLiteral("no-models"))};
        const auto notFound = search::ItemReindexer(params).run();
        QVERIFY(!notFound.ok());
        QCOMPARE(notFound.error().remedy, Remedy::NameEmbedder);  // the CLI adds "(--model MANIFEST)"

        // The index file is gone: the set's index is built again whole, with its recorded type.
        auto catalog = catalog::Catalog::open(m_db).value();
        QVERIFY(QFile::remove(catalog->siblingPath(catalog->vectorSet(QStringLiteral("colour")).value()->indexFile)));
        params.embedderManifest = m_embedder;
        const auto rebuilt = search::ItemReindexer(params).run();
        QVERIFY2(rebuilt.ok(), rebuilt.ok() ? "" : qPrintable(rebuilt.error().message));
        QCOMPARE(rebuilt->itemsEmbedded, 1);
        QCOMPARE(int(rebuilt->index), int(search::ItemReindexReport::IndexUpdate::Rebuilt));
        QVERIFY2(rebuilt->indexNote.contains(QStringLiteral("missing")), qPrintable(rebuilt->indexNote));
        QVERIFY(search::CatalogIndex::open(*catalog, QStringLiteral("colour")).ok());
    }

private:
    void ingest(search::IngestParams::Images images, const index::IndexParams &indexParams = {})
    {
        QVERIFY(catalog::Catalog::create(m_db).ok());
        search::IngestParams p;
        p.catalogPath = m_db;
        p.sourcePath = m_split;
        p.images = images;
        p.embedderManifest = m_embedder;
        p.inference.device = QStringLiteral("cpu");
        p.index = indexParams;
        const auto report = search::IngestJob(p).run();
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
    }

    static catalog::CatalogItem item(qint64 imageId, const Box &box, int category, catalog::ItemOrigin origin)
    {
        catalog::CatalogItem item;
        item.imageId = imageId;
        item.box = box;
        item.categoryId = category;
        item.style = 1;
        item.origin = origin;
        return item;
    }

    qint64 imageIdOf(catalog::Catalog &catalog, int fileId) const
    {
        const auto image = catalog.imageByPath(QFileInfo(photoOf(m_split, fileId)).absoluteFilePath());
        return image.ok() && *image ? (*image)->id : -1;
    }

    QTemporaryDir m_dir;
    QString m_split;
    QString m_models;
    QString m_embedder;
    QString m_db;
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
