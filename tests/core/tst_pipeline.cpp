// Ingest, index consistency, search and split evaluation on the hand-checkable colour world
// (colourcatalog.h): real TorchScript models, real photos, a real catalog.
#include "../testfiles.h"
#include "catalog/catalog.h"
#include "catalog/sqliteconnection.h"
#include "colourcatalog.h"
#include "experiments/splitevaluation.h"
#include "index/vectorindex.h"
#include "models/decodedimage.h"
#include "search/catalogindex.h"
#include "search/democatalog.h"
#include "search/indexsidecar.h"
#include "search/ingestjob.h"
#include "search/searchpipeline.h"
#include "search/searchservice.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace lookbook;
using namespace lookbook::search;
using namespace lookbook::experiments;

namespace {

const std::vector<test::ColourGarment> kGarments = {
    {QColor(220, 30, 30), 1}, {QColor(30, 200, 40), 8}, {QColor(40, 50, 220), 9}, {QColor(230, 210, 30), 2}};

QString imageOf(const QString &split, int id) { return split + QStringLiteral("/image/") + dataset::DeepFashion2Io::fileStem(id) + QStringLiteral(".jpg"); }

} // namespace

Q_DECLARE_METATYPE(lookbook::search::SearchOptions)

class TestPipeline final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_split = m_dir.filePath(QStringLiteral("validation"));
        QVERIFY(test::writeColourSplit(m_split, kGarments));
        m_embedder = test::makeColourEmbedder(m_dir.path(), QStringLiteral("colour"));
        m_detector = test::makeCentreDetector(m_dir.path(), QStringLiteral("centre"));
    }

    void init() { m_db = m_dir.filePath(QStringLiteral("%1.db").arg(QString::fromLatin1(QTest::currentTestFunction()))); }

    void ingestsASplitWithItsBoxes()
    {
        QVERIFY(catalog::Catalog::create(m_db).ok());
        std::vector<IngestProgress> progress;
        const Result<IngestReport> report = IngestJob(params()).run([&](const IngestProgress &p) {
            progress.push_back(p);
            return true;
        });
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
        QCOMPARE(report->vectorSet, QStringLiteral("colour"));
        QCOMPARE(report->imagesAdded, 4);  // the shop photos only
        QCOMPARE(report->itemsAdded, 4);
        QCOMPARE(report->vectorsAdded, 4);
        QVERIFY(report->problems.isEmpty());
        QVERIFY(report->indexBuilt);
        QVERIFY(progress.size() >= 4);
        QCOMPARE(progress[3].imagesDone, 4);
        QCOMPARE(progress[3].imagesTotal, 4);
        QVERIFY(progress[3].itemsPerSecond > 0);

        auto catalog = catalog::Catalog::open(m_db);
        const auto details = (*catalog)->itemDetails({1, 2, 3, 4});
        QVERIFY(details.ok());
        QCOMPARE((*details)[1].image.pairId, 2);
        QCOMPARE((*details)[1].item.categoryId, 8);
        QCOMPARE((*details)[1].item.origin, catalog::ItemOrigin::GroundTruth);
        QCOMPARE((*details)[1].image.originKey, QStringLiteral("validation/000102"));
        // The stored vector is the garment's mean colour, normalised: green dominates item 2.
        std::vector<qint64> ids;
        const FloatMatrix vectors = (*catalog)->vectors(1, ids).value();
        QCOMPARE(ids, (std::vector<qint64>{1, 2, 3, 4}));
        QVERIFY(vectors.row(1)[1] > 0.9f && vectors.row(1)[0] < 0.3f);
        QVERIFY(CatalogIndex::open(**catalog, QStringLiteral("colour")).ok());

        // A second run finds everything stored and adds nothing.
        const Result<IngestReport> again = IngestJob(params()).run();
        QVERIFY(again.ok());
        QCOMPARE(again->imagesSkipped, 4);
        QCOMPARE(again->imagesAdded, 0);
        QCOMPARE((*catalog)->counts()->shopItems, 4);
    }

    void resumesAfterACancelledRunAndAddsASecondModel()
    {
        QVERIFY(catalog::Catalog::create(m_db).ok());
        const Result<IngestReport> first = IngestJob(params()).run([](const IngestProgress &p) { return p.imagesDone < 2; });
        QVERIFY(first.ok());
        QVERIFY(first->cancelled);
        QCOMPARE(first->imagesAdded, 2);
        QVERIFY(!first->indexBuilt);
        {
            auto catalog = catalog::Catalog::open(m_db);
            const auto index = CatalogIndex::open(**catalog, QStringLiteral("colour"));
            QVERIFY(!index.ok());
            QCOMPARE(index.error().code, ErrorCode::OutOfDate);
        }
        const Result<IngestReport> rest = IngestJob(params()).run();
        QVERIFY(rest.ok());
        QCOMPARE(rest->imagesSkipped, 2);
        QCOMPARE(rest->imagesAdded, 2);
        QVERIFY(rest->indexBuilt);

        // Another embedder over the same catalog: the photos and items stay, only vectors are added.
        IngestParams second = params();
        second.embedderManifest = test::makeColourEmbedder(m_dir.path(), QStringLiteral("colour2"), 1);
        const Result<IngestReport> added = IngestJob(second).run();
        QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().message));
        QCOMPARE(added->imagesCompleted, 4);
        QCOMPARE(added->imagesAdded, 0);
        QCOMPARE(added->vectorsAdded, 4);
        auto catalog = catalog::Catalog::open(m_db);
        QCOMPARE((*catalog)->counts()->shopItems, 4);
        QCOMPARE((*catalog)->vectorSets()->size(), std::size_t(2));
    }

    void aPhotoThatFailsToDecodeIsReportedAndTheRestImported()
    {
        const QString split = m_dir.filePath(QStringLiteral("broken"));
        QVERIFY(test::writeColourSplit(split, kGarments));
        const QString bad = imageOf(split, 102);
        const QByteArray original = test::readFile(bad);
        test::writeFile(bad, original.left(40));  // a JPEG cut after its header
        QVERIFY(catalog::Catalog::create(m_db).ok());
        IngestParams p = params();
        p.sourcePath = split;
        const Result<IngestReport> report = IngestJob(p).run();
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
        QCOMPARE(report->imagesFailed, 1);
        QCOMPARE(report->imagesAdded, 3);
        QCOMPARE(report->problems.size(), 1);
        QVERIFY2(report->problems.front().contains(bad), qPrintable(report->problems.front()));

        test::writeFile(bad, original);  // repaired: the next run imports just that photo
        const Result<IngestReport> repaired = IngestJob(p).run();
        QCOMPARE(repaired->imagesAdded, 1);
        QCOMPARE(repaired->imagesSkipped, 3);
    }

    void importsAFolderWithDetectorsAndProducts()
    {
        const QString folder = m_dir.filePath(QStringLiteral("shop-folder"));
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/sub")));
        QVERIFY(QFile::copy(imageOf(m_split, 101), folder + QStringLiteral("/red.jpg")));
        QVERIFY(QFile::copy(imageOf(m_split, 102), folder + QStringLiteral("/sub/green.jpg")));
        test::writeFile(folder + QStringLiteral("/products.json"),
                        "{\"red.jpg\": {\"title\": \"Red top\", \"price\": 12.5, \"currency\": \"EUR\", \"url\": \"https://shop.example/red\", \"brand\": \"R\"}}");
        QVERIFY(catalog::Catalog::create(m_db).ok());
        IngestParams p = params();
        p.sourcePath = folder;
        const Result<IngestReport> withoutDetectors = IngestJob(p).run();
        QVERIFY(!withoutDetectors.ok());
        QVERIFY(withoutDetectors.error().message.contains(QStringLiteral("need detectors")));

        p.detectorManifests = {m_detector};
        const Result<IngestReport> report = IngestJob(p).run();
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().message));
        QCOMPARE(report->imagesAdded, 2);
        auto catalog = catalog::Catalog::open(m_db);
        const auto details = (*catalog)->itemDetails({1, 2});
        QVERIFY(details.ok());
        QCOMPARE((*details)[0].item.origin, catalog::ItemOrigin::Detector);
        QCOMPARE(*(*details)[0].item.score, 0.9f);
        QCOMPARE((*details)[0].item.box.x1, 16.0);
        QCOMPARE((*details)[0].product->title, QStringLiteral("Red top"));
        QCOMPARE((*details)[0].product->extraJson, QByteArray(R"({"brand":"R"})"));
        QVERIFY(!(*details)[1].product);
        QCOMPARE((*details)[1].image.originKey, QStringLiteral("sub/green.jpg"));

        test::writeFile(folder + QStringLiteral("/products.json"), "{\"red.jpg\": ");
        const Result<IngestReport> malformed = IngestJob(p).run();
        QVERIFY(!malformed.ok());
        QVERIFY2(malformed.error().message.contains(folder + QStringLiteral("/products.json")), qPrintable(malformed.error().message));
    }

    void theIndexIsCheckedAgainstTheCatalog()
    {
        QVERIFY(catalog::Catalog::create(m_db).ok());
        QVERIFY(IngestJob(params()).run().ok());
        auto catalog = catalog::Catalog::open(m_db);
        auto index = CatalogIndex::open(**catalog, QStringLiteral("colour"));
        QVERIFY(index.ok());
        const QString indexPath = (*index)->filePath();
        QCOMPARE((*index)->index().ids(), (std::vector<qint64>{1, 2, 3, 4}));

        // An item deleted behind the index's back.
        {
            auto connection = catalog::SqliteConnection::open(m_db, catalog::SqliteConnection::OpenMode::Existing);
            QVERIFY((*connection)->execute(QStringLiteral("DELETE FROM items WHERE id = 3")).ok());
        }
        auto stale = CatalogIndex::open(**catalog, QStringLiteral("colour"));
        QVERIFY(!stale.ok());
        QCOMPARE(stale.error().code, ErrorCode::OutOfDate);
        QVERIFY2(stale.error().message.contains(QStringLiteral("holds 4 vectors, the catalog 3 (0 not indexed, 1 no longer in the catalog)")),
                 qPrintable(stale.error().message));
        QCOMPARE(stale.error().remedy, Remedy::RebuildIndex);  // the front ends say how, core names no command
        QCOMPARE(stale.error().remedyArguments, (QStringList{(*catalog)->path(), QStringLiteral("colour")}));
        QVERIFY(!stale.error().message.contains(QStringLiteral("lookbook-cli")));
        index::IndexParams hnsw;
        hnsw.type = index::IndexParams::Type::Hnsw;
        QVERIFY(CatalogIndex::build(**catalog, QStringLiteral("colour"), hnsw).ok());
        const auto rebuilt = CatalogIndex::open(**catalog, QStringLiteral("colour"));
        QVERIFY(rebuilt.ok());
        QCOMPARE((*rebuilt)->index().params().type, index::IndexParams::Type::Hnsw);
        QCOMPARE((*rebuilt)->vectorSet().indexType, QStringLiteral("hnsw"));

        // A truncated index file, then a missing one.
        const QByteArray whole = test::readFile(indexPath);
        test::writeFile(indexPath, whole.left(whole.size() / 2));
        const auto truncated = CatalogIndex::open(**catalog, QStringLiteral("colour"));
        QVERIFY(!truncated.ok());
        QCOMPARE(truncated.error().code, ErrorCode::OutOfDate);
        QVERIFY2(truncated.error().message.contains(indexPath), qPrintable(truncated.error().message));
        QVERIFY(QFile::remove(indexPath));
        const auto missing = CatalogIndex::open(**catalog, QStringLiteral("colour"));
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error().message.contains(QStringLiteral("the index file is missing")), qPrintable(missing.error().message));
        QVERIFY(!CatalogIndex::open(**catalog, QStringLiteral("nonesuch")).ok());
    }

    // The sidecar records the model fingerprint; the index file has its dimension. Each is checked
    // on its own: a sidecar of another model, and a catalog whose set changed dimension.
    void theIndexIsCheckedForItsModelAndDimension()
    {
        QVERIFY(catalog::Catalog::create(m_db).ok());
        QVERIFY(IngestJob(params()).run().ok());
        auto catalog = catalog::Catalog::open(m_db);
        const QString indexPath = CatalogIndex::open(**catalog, QStringLiteral("colour")).value()->filePath();
        const QString sidecarPath = IndexSidecar::pathFor(indexPath);
        const QByteArray original = test::readFile(sidecarPath);

        QJsonObject sidecar = QJsonDocument::fromJson(original).object();
        sidecar.insert(QStringLiteral("model_fingerprint"), QStringLiteral("sha256:another-model"));
        test::writeFile(sidecarPath, QJsonDocument(sidecar).toJson());
        for (const bool forUpdate : {false, true}) {
            const auto other = forUpdate ? CatalogIndex::openForUpdate(**catalog, QStringLiteral("colour")) : CatalogIndex::open(**catalog, QStringLiteral("colour"));
            QVERIFY(!other.ok());
            QCOMPARE(other.error().code, ErrorCode::OutOfDate);
            QVERIFY2(other.error().message.startsWith(indexPath + QStringLiteral(": built with other model weights than vector set 'colour' now holds")),
                     qPrintable(other.error().message));
            QCOMPARE(other.error().remedy, Remedy::RebuildIndex);
        }
        test::writeFile(sidecarPath, original);

        {
            auto connection = catalog::SqliteConnection::open(m_db, catalog::SqliteConnection::OpenMode::Existing);
            QVERIFY((*connection)->execute(QStringLiteral("UPDATE vector_sets SET dimension = 5")).ok());
        }
        for (const bool forUpdate : {false, true}) {
            const auto wider = forUpdate ? CatalogIndex::openForUpdate(**catalog, QStringLiteral("colour")) : CatalogIndex::open(**catalog, QStringLiteral("colour"));
            QVERIFY(!wider.ok());
            QCOMPARE(wider.error().code, ErrorCode::OutOfDate);
            QCOMPARE(wider.error().message, indexPath + QStringLiteral(": index dimension 3, vector set 'colour' has dimension 5"));
            QCOMPARE(wider.error().remedy, Remedy::RebuildIndex);
        }
    }

    // Bytes changed inside the vectors (as a failing disk or a bad copy would) load as an index that
    // answers with garbage scores; the checksum in the sidecar finds them in either load mode.
    void damagedIndexBytesAreFoundByTheChecksum()
    {
        QVERIFY(catalog::Catalog::create(m_db).ok());
        QVERIFY(IngestJob(params()).run().ok());
        auto catalog = catalog::Catalog::open(m_db);
        const QString indexPath = CatalogIndex::open(**catalog, QStringLiteral("colour")).value()->filePath();
        const QByteArray whole = test::readFile(indexPath);
        QByteArray damaged = whole;
        // A flat index of 4 three-dimensional vectors: the floats sit before the 4 ids at the end.
        const qsizetype vectorByte = whole.size() - 4 * 8 - 8 - 20;
        damaged[vectorByte] = static_cast<char>(damaged[vectorByte] ^ 0x40);
        test::writeFile(indexPath, damaged);
        QVERIFY(index::VectorIndex::load(indexPath).ok());  // faiss alone cannot tell
        for (const bool forUpdate : {false, true}) {
            const auto opened = forUpdate ? CatalogIndex::openForUpdate(**catalog, QStringLiteral("colour")) : CatalogIndex::open(**catalog, QStringLiteral("colour"));
            QVERIFY(!opened.ok());
            QCOMPARE(opened.error().code, ErrorCode::OutOfDate);
            QVERIFY2(opened.error().message.startsWith(indexPath + QStringLiteral(": damaged or replaced on its own: its bytes do not match the checksum in ")
                                                       + IndexSidecar::pathFor(indexPath)),
                     qPrintable(opened.error().message));
            QCOMPARE(opened.error().remedy, Remedy::RebuildIndex);
        }

        // A sidecar from before checksums (format 1) is not trusted with faiss's reader: rebuild.
        test::writeFile(indexPath, whole);
        QVERIFY(CatalogIndex::open(**catalog, QStringLiteral("colour")).ok());
        QJsonObject sidecar = QJsonDocument::fromJson(test::readFile(IndexSidecar::pathFor(indexPath))).object();
        QVERIFY(sidecar.value(QStringLiteral("checksum")).toString().startsWith(QStringLiteral("xxh64:")));
        sidecar.remove(QStringLiteral("checksum"));
        sidecar.insert(QStringLiteral("format"), 1);
        test::writeFile(IndexSidecar::pathFor(indexPath), QJsonDocument(sidecar).toJson());
        const auto unchecked = CatalogIndex::open(**catalog, QStringLiteral("colour"));
        QVERIFY(!unchecked.ok());
        QCOMPARE(unchecked.error().code, ErrorCode::OutOfDate);
        QVERIFY2(unchecked.error().message.startsWith(IndexSidecar::pathFor(indexPath) + QStringLiteral(": has no checksum of ") + indexPath),
                 qPrintable(unchecked.error().message));
        QCOMPARE(unchecked.error().remedy, Remedy::RebuildIndex);
    }

    // A save that fails part way (here the catalog refuses the record, the last step) leaves the
    // previous index, sidecar and record, all three in agreement; a pair the catalog does not
    // record (a save killed before its last step) is reported, not used.
    void aFailedSaveLeavesThePreviousIndexSidecarAndRecord()
    {
        QVERIFY(catalog::Catalog::create(m_db).ok());
        QVERIFY(IngestJob(params()).run().ok());
        auto catalog = catalog::Catalog::open(m_db);
        const QString indexPath = CatalogIndex::open(**catalog, QStringLiteral("colour")).value()->filePath();
        const QByteArray flatIndex = test::readFile(indexPath);
        const QByteArray flatSidecar = test::readFile(IndexSidecar::pathFor(indexPath));
        QVERIFY(catalog::SqliteConnection::open(m_db, catalog::SqliteConnection::OpenMode::Existing)
                    .value()
                    ->execute(QStringLiteral("CREATE TRIGGER refuse BEFORE UPDATE ON vector_sets BEGIN SELECT RAISE(ABORT, 'no room'); END"))
                    .ok());
        index::IndexParams hnsw;
        hnsw.type = index::IndexParams::Type::Hnsw;
        const auto failed = CatalogIndex::build(**catalog, QStringLiteral("colour"), hnsw);
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error().message.contains(QStringLiteral("no room")), qPrintable(failed.error().message));
        QCOMPARE(test::readFile(indexPath), flatIndex);
        QCOMPARE(test::readFile(IndexSidecar::pathFor(indexPath)), flatSidecar);
        const QStringList left = QFileInfo(indexPath).dir().entryList({QFileInfo(indexPath).fileName() + QStringLiteral("*")}, QDir::Files);
        QCOMPARE(left, (QStringList{QFileInfo(indexPath).fileName(), QFileInfo(indexPath).fileName() + QStringLiteral(".json")}));
        const auto reopened = CatalogIndex::open(**catalog, QStringLiteral("colour"));
        QVERIFY2(reopened.ok(), reopened.ok() ? "" : qPrintable(reopened.error().message));
        QCOMPARE((*reopened)->index().params().type, index::IndexParams::Type::Flat);
        QCOMPARE((*reopened)->vectorSet().indexType, QStringLiteral("flat"));

        QVERIFY(catalog::SqliteConnection::open(m_db, catalog::SqliteConnection::OpenMode::Existing).value()->execute(QStringLiteral("DROP TRIGGER refuse")).ok());
        QVERIFY(CatalogIndex::build(**catalog, QStringLiteral("colour"), hnsw).ok());
        QVERIFY(catalog::SqliteConnection::open(m_db, catalog::SqliteConnection::OpenMode::Existing)
                    .value()
                    ->execute(QStringLiteral("UPDATE vector_sets SET index_type = 'flat'"))
                    .ok());
        const auto unrecorded = CatalogIndex::open(**catalog, QStringLiteral("colour"));
        QVERIFY(!unrecorded.ok());
        QCOMPARE(unrecorded.error().code, ErrorCode::OutOfDate);
        QVERIFY2(unrecorded.error().message.startsWith(indexPath + QStringLiteral(": holds a hnsw index, the catalog records flat")),
                 qPrintable(unrecorded.error().message));
    }

    void searchRefusesAnotherModelsVectors()
    {
        QVERIFY(catalog::Catalog::create(m_db).ok());
        QVERIFY(IngestJob(params()).run().ok());
        SearchPipelineParams p{m_db, {}, test::makeColourEmbedder(m_dir.path(), QStringLiteral("other"), 1), {m_detector}, {}};
        const auto other = SearchPipeline::open(p);
        QVERIFY(!other.ok());
        QVERIFY2(other.error().message.contains(QStringLiteral("is not the model that made vector set 'colour'")), qPrintable(other.error().message));

        p.embedderManifest = test::makeModel(m_dir.path(), QStringLiteral("twod"), "def forward(self, x):\n    return x[:, 0:2, :, :]\n",
                                             QStringLiteral("embedder"), QStringLiteral(R"({"input_size": [8, 8], "resize": "stretch"})"),
                                             QStringLiteral(R"({"output": "feature_map", "dimension": 2, "head": [{"type": "spoc"}]})"));
        const auto narrow = SearchPipeline::open(p);
        QVERIFY(!narrow.ok());
        QVERIFY2(narrow.error().message.contains(QStringLiteral("makes 2-dimensional vectors, but vector set 'colour'")),
                 qPrintable(narrow.error().message));
    }

    void searchFindsThePairsShopItem_data()
    {
        QTest::addColumn<SearchOptions>("options");
        SearchOptions plain;
        plain.topK = 4;
        QTest::newRow("nearest") << plain;
        SearchOptions qe = plain;
        qe.qeNeighbours = 1;
        QTest::newRow("alpha-QE") << qe;
        SearchOptions dba = plain;
        dba.dbaNeighbours = 2;
        QTest::newRow("DBA") << dba;
        SearchOptions rerank = plain;
        rerank.rerank = postprocess::KReciprocalReranker::Params{2, 1, 0.3};
        QTest::newRow("re-ranking") << rerank;
        SearchOptions whitening = plain;
        whitening.pcaWhitening = true;
        whitening.pcaDimension = 3;
        QTest::newRow("PCA whitening") << whitening;
    }

    void searchFindsThePairsShopItem()
    {
        QFETCH(SearchOptions, options);
        QVERIFY(searchDbReady());
        auto pipeline = SearchPipeline::open({m_searchDb, {}, m_embedder, {m_detector}, {}});
        QVERIFY2(pipeline.ok(), pipeline.ok() ? "" : qPrintable(pipeline.error().message));
        for (int pair = 1; pair <= 4; ++pair) {
            const auto photo = models::DecodedImage::load(imageOf(m_split, pair));
            const Result<PhotoSearch> found = (*pipeline)->search(*photo, {}, options);
            QVERIFY2(found.ok(), found.ok() ? "" : qPrintable(found.error().message));
            QCOMPARE(found->boxes.size(), std::size_t(1));
            QCOMPARE(found->boxes[0].box.x1, 16.0);  // the centre detector's box
            QCOMPARE(found->hits[0].size(), std::size_t(4));
            // With the garment's own box the crop is its pure colour. Shop items are stored in pair
            // order, so pair p's item has id p.
            const Result<FloatMatrix> query = (*pipeline)->embed(*photo, {Box{8, 8, 40, 40}});
            const auto hits = (*pipeline)->query(*query, options);
            QVERIFY(hits.ok());
            QCOMPARE((*hits)[0].size(), std::size_t(4));
            QCOMPARE((*hits)[0][0].itemId, qint64(pair));
            QVERIFY((*hits)[0][0].score >= (*hits)[0][1].score);
            const auto details = (*pipeline)->details((*hits)[0]);
            QCOMPARE(details->front().image.pairId, pair);
        }
    }

    void searchKeepsTheBoxesAboveTheDisplayThreshold()
    {
        // The centre detector's manifest again, showing only boxes from 0.95: its 0.9 box is decoded
        // (evaluation would see it) but not searched.
        QFile original(m_detector);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QJsonObject manifest = QJsonDocument::fromJson(original.readAll()).object();
        QJsonObject detector = manifest.value(QStringLiteral("detector")).toObject();
        detector.insert(QStringLiteral("display_threshold"), 0.95);
        manifest.insert(QStringLiteral("detector"), detector);
        const QString shown = test::writeFile(QFileInfo(m_detector).dir().filePath(QStringLiteral("centre-shown.json")), QJsonDocument(manifest).toJson());
        QVERIFY(searchDbReady());
        auto pipeline = SearchPipeline::open({m_searchDb, {}, m_embedder, {shown}, {}});
        QVERIFY2(pipeline.ok(), pipeline.ok() ? "" : qPrintable(pipeline.error().message));
        const Result<PhotoSearch> found = (*pipeline)->search(*models::DecodedImage::load(imageOf(m_split, 1)), {}, {});
        QVERIFY2(found.ok(), found.ok() ? "" : qPrintable(found.error().message));
        QCOMPARE(found->detections.perModel.at(0).size(), std::size_t(1));
        QCOMPARE(found->detections.displayThresholds, std::vector<double>{0.95});
        QVERIFY(found->boxes.empty());
        QVERIFY(found->hits.empty());
    }

    // Query boxes were searched as given before: NaN passes every comparison, and a box outside the
    // photo cropped its edge pixels.
    void queryBoxesAreClippedToThePhoto()
    {
        const double nan = std::numeric_limits<double>::quiet_NaN(), inf = std::numeric_limits<double>::infinity();
        const Result<std::vector<Box>> clipped = SearchPipeline::clipToImage({{-5, 10, 20, 30}, {50, 40, 90, 70}}, 64, 48, QStringLiteral("box"));
        QVERIFY(clipped.ok());
        QCOMPARE(clipped->size(), size_t(2));
        QCOMPARE(clipped->at(0), (Box{0, 10, 20, 30}));
        QCOMPARE(clipped->at(1), (Box{50, 40, 64, 48}));
        QCOMPARE(SearchPipeline::clipToImage({{1, 1, 5, 5}, {nan, 1, 5, 5}}, 64, 48, QStringLiteral("--box")).error().message,
                 QStringLiteral("--box 2 [nan, 1, 5, 5]: a coordinate is not a finite number"));
        QCOMPARE(SearchPipeline::clipToImage({{1, 1, inf, 5}}, 64, 48, QStringLiteral("box")).error().message,
                 QStringLiteral("box 1 [1, 1, inf, 5]: a coordinate is not a finite number"));
        QCOMPARE(SearchPipeline::clipToImage({{64, 0, 80, 10}}, 64, 48, QStringLiteral("box")).error().message,
                 QStringLiteral("box 1 [64, 0, 80, 10]: no area inside the 64×48 image"));
    }

    void evaluatesASplitWithTheOfficialProtocol()
    {
        QVERIFY(catalog::Catalog::create(m_db).ok());
        QVERIFY(IngestJob(params()).run().ok());
        auto pipeline = SearchPipeline::open({m_db, {}, m_embedder, {m_detector}, {}});
        QVERIFY(pipeline.ok());
        for (const bool groundTruth : {true, false}) {
            SplitEvaluationParams p;
            p.splitPath = m_split;
            p.groundTruthBoxes = groundTruth;
            p.search.topK = 20;
            const Result<SplitEvaluationResult> result = SplitEvaluation::run(**pipeline, p);
            QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
            // Four street garments, each of a category the detector does not always say: the protocol
            // only counts detections whose class equals the query's, so with the centre detector
            // (always category 1) only pair 1 (category 1) can be found.
            QCOMPARE(result->metrics.queries, 4);
            QCOMPARE(result->queryImages, 4);
            QCOMPARE(result->metrics.accuracy.at(1), groundTruth ? 1.0 : 0.25);
            QCOMPARE(result->metrics.missed, groundTruth ? 0 : 3);
            QCOMPARE(result->submission.size(), std::size_t(4));
            QCOMPARE(result->submission[0].galleryImageIds.size(), std::size_t(4));
            QCOMPARE(result->submission[0].galleryImageIds[0], 101);
        }
    }

    void serviceRunsOffTheCallersThreadAndDropsSupersededRequests()
    {
        QVERIFY(catalog::Catalog::create(m_db).ok());
        QVERIFY(IngestJob(params()).run().ok());
        SearchService service;
        QCOMPARE(service.query(FloatMatrix(1, 3, 0.5f), {}).result().error().message, QStringLiteral("no catalog is open"));
        // Opening takes a while (models, catalog, index): both queries below wait behind it, so the
        // first is superseded by the second before it starts.
        auto opened = service.open({m_db, {}, m_embedder, {m_detector}, {}});
        const auto photo = models::DecodedImage::load(imageOf(m_split, 3)).value();
        auto vectors = service.embed(photo, {Box{8, 8, 40, 40}});
        FloatMatrix blue(1, 3);
        blue.values = {0.0f, 0.0f, 1.0f};
        auto stale = service.query(FloatMatrix(1, 3, 0.57735f), {});
        auto fresh = service.query(blue, {});
        QVERIFY2(opened.result().ok(), opened.result().ok() ? "" : qPrintable(opened.result().error().message));
        QCOMPARE(opened.result()->name, QStringLiteral("colour"));
        QVERIFY2(vectors.result().ok(), vectors.result().ok() ? "" : qPrintable(vectors.result().error().message));
        QCOMPARE(vectors.result()->rows, 1);
        QVERIFY(!stale.result().ok());
        QCOMPARE(stale.result().error().code, ErrorCode::Cancelled);
        QVERIFY(fresh.result().ok());
        QCOMPARE(fresh.result()->front().front().itemId, qint64(3));  // the blue shop item
        const auto details = service.details(fresh.result()->front()).result();
        QVERIFY(details.ok());
        QCOMPARE(details->front().image.pairId, 3);

        // Cancelling gives up the photo's requests waiting behind a reopening; the opening goes on,
        // and a request made afterwards runs.
        auto reopened = service.open({m_db, {}, m_embedder, {m_detector}, {}});
        auto givenUp = service.detect(photo);
        service.cancel();
        auto later = service.detect(photo);
        QVERIFY(reopened.result().ok());
        QCOMPARE(givenUp.result().error().code, ErrorCode::Cancelled);
        QVERIFY2(later.result().ok(), later.result().ok() ? "" : qPrintable(later.result().error().message));
        QCOMPARE(later.result()->perModel.size(), std::size_t(1));
    }

    void detectionStopsBeforeTheNextDetectorWhenCancelled()
    {
        models::InferenceOptions cpu;
        cpu.device = QStringLiteral("cpu");
        const Result<DetectionEnsemble> ensemble = DetectionEnsemble::load({m_detector, m_detector, m_detector}, cpu);
        QVERIFY(ensemble.ok());
        const auto photo = models::DecodedImage::load(imageOf(m_split, 3)).value();
        int asked = 0;
        const Result<Detections> stopped = ensemble->detect(photo, [&asked] { return ++asked == 2; });
        QVERIFY(!stopped.ok());
        QCOMPARE(stopped.error().code, ErrorCode::Cancelled);
        QCOMPARE(asked, 2);  // asked before the first detector and the second, which never ran
        asked = 0;
        const Result<Detections> all = ensemble->detect(photo, [&asked] { return ++asked > 3; });
        QVERIFY(all.ok());
        QCOMPARE(all->perModel.size(), std::size_t(3));
    }

    void demoCatalogIsBuiltOnceThenFoundUpToDate()
    {
        const QString models = m_dir.filePath(QStringLiteral("demo-models"));
        QVERIFY(QDir().mkpath(models));
        test::makeColourEmbedder(models, QStringLiteral("demo-embedder"));
        test::makeCentreDetector(models, QStringLiteral("demo-detector"));
        test::writeFile(QDir(models).filePath(QStringLiteral("demo.json")),
                        R"({"detectors": ["demo-detector.json"], "embedder": "demo-embedder.json", "catalog": {"pairs": 3, "seed": 11}})");
        DemoCatalogParams params;
        params.modelsDir = models;
        params.dataDir = m_dir.filePath(QStringLiteral("demo-data"));
        QStringList stages;
        params.progress = [&stages](const QString &stage, qint64, qint64) {
            if (!stages.contains(stage))
                stages << stage;
            return true;
        };

        const Result<DemoSetup> first = DemoCatalog::ensure(params);
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
        QVERIFY(first->built);
        QCOMPARE(stages, QStringList({QStringLiteral("generating photos"), QStringLiteral("importing shop photos")}));
        QCOMPARE(first->streetPhotos.size(), 3);  // one street photo per pair, every pair in the one split
        QCOMPARE(first->detectorManifests, QStringList{QDir(models).filePath(QStringLiteral("demo-detector.json"))});
        auto catalog = catalog::Catalog::open(first->catalogPath);
        QVERIFY(catalog.ok());
        const auto counts = (*catalog)->counts();
        QVERIFY(counts.ok() && counts->shopImages >= 3);
        catalog.value().reset();

        // The pipeline the demo opens accepts it: same embedder, index up to date.
        QVERIFY(SearchPipeline::open({first->catalogPath, {}, first->embedderManifest, first->detectorManifests, {}}).ok());
        stages.clear();
        const Result<DemoSetup> second = DemoCatalog::ensure(params);
        QVERIFY(second.ok());
        QVERIFY(!second->built);
        QVERIFY(stages.isEmpty());
        QCOMPARE(second->streetPhotos, first->streetPhotos);

        // The showcase photo, when demo.json names one, is the one the demo opens on.
        const QString showcase = QFileInfo(first->streetPhotos.last()).fileName();
        test::writeFile(QDir(models).filePath(QStringLiteral("demo.json")),
                        QStringLiteral(R"({"detectors": ["demo-detector.json"], "embedder": "demo-embedder.json", "catalog": {"pairs": 3, "seed": 11, "showcase": "%1"}})")
                            .arg(showcase).toUtf8());
        const Result<DemoSetup> showing = DemoCatalog::ensure(params);
        QVERIFY(showing.ok() && !showing->built);
        QCOMPARE(showing->streetPhotos.front(), first->streetPhotos.last());
        QCOMPARE(showing->streetPhotos.size(), first->streetPhotos.size());

        // Another embedder under the same manifest name: its vectors are stale, the catalog is redone.
        test::makeColourEmbedder(models, QStringLiteral("demo-embedder"), 1);
        const Result<DemoSetup> third = DemoCatalog::ensure(params);
        QVERIFY2(third.ok(), third.ok() ? "" : qPrintable(third.error().message));
        QVERIFY(third->built);
        QVERIFY(SearchPipeline::open({third->catalogPath, {}, third->embedderManifest, third->detectorManifests, {}}).ok());

        // A damaged catalog is named and left as it is, never deleted on a guess.
        QFile::remove(third->catalogPath + QStringLiteral("-wal"));
        QFile::remove(third->catalogPath + QStringLiteral("-shm"));
        const QByteArray junk(4096, 'x');
        test::writeFile(third->catalogPath, junk);
        const Result<DemoSetup> damaged = DemoCatalog::ensure(params);
        QVERIFY(!damaged.ok());
        QVERIFY2(damaged.error().message.contains(third->catalogPath), qPrintable(damaged.error().message));
        QCOMPARE(test::readFile(third->catalogPath), junk);

        params.modelsDir = m_dir.filePath(QStringLiteral("no-models"));
        const Result<DemoSetup> missing = DemoCatalog::ensure(params);
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.startsWith(QDir(params.modelsDir).filePath(QStringLiteral("demo.json"))));
        QCOMPARE(missing.error().remedy, Remedy::BuildDemo);
    }

private:
    // The search tests share one catalog, made by whichever of them runs first.
    bool searchDbReady()
    {
        if (QFile::exists(m_searchDb))
            return true;
        m_searchDb = m_dir.filePath(QStringLiteral("search.db"));
        return catalog::Catalog::create(m_searchDb).ok() && IngestJob(params(m_searchDb)).run().ok();
    }

    IngestParams params(const QString &db = {}) const
    {
        IngestParams p;
        p.catalogPath = db.isEmpty() ? m_db : db;
        p.sourcePath = m_split;
        p.embedderManifest = m_embedder;
        p.inference.device = QStringLiteral("cpu");
        return p;
    }

    QTemporaryDir m_dir;
    QString m_split;
    QString m_embedder;
    QString m_detector;
    QString m_db;
    QString m_searchDb;
};

QTEST_GUILESS_MAIN(TestPipeline)
#include "tst_pipeline.moc"
