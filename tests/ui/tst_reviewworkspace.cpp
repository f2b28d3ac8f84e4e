#include "../core/testmodels.h"
#include "reviewfixture.h"

#include "catalog/catalog.h"
#include "catalog/catalogtaxonomy.h"
#include "catalog/sqliteconnection.h"
#include "catalog/sqlitestatement.h"
#include "dataset/categories.h"
#include "dataset/deepfashion2io.h"
#include "models/reviewdocument.h"
#include "models/reviewimagemodel.h"
#include "review/datasetimporter.h"
#include "review/predictionjob.h"
#include "review/reviewstore.h"
#include "widgets/iteminspector.h"
#include "widgets/mainwindow.h"
#include "widgets/reviewcanvas.h"
#include "workspaces/reviewworkspace.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QIcon>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListView>
#include <QMenuBar>
#include <QSettings>
#include <QDoubleSpinBox>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace lookbook;
using catalog::CatalogItem;
using catalog::ItemOrigin;

namespace {

// Sends a left-button drag as a person makes it: press, a few moves with the button held, release.
void drag(QWidget *widget, QPoint from, QPoint to)
{
    QTest::mousePress(widget, Qt::LeftButton, {}, from);
    for (int step = 1; step <= 4; ++step) {
        const QPointF at = from + (to - from) * (step / 4.0);
        QMouseEvent move(QEvent::MouseMove, at, widget->mapToGlobal(at), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(widget, &move);
    }
    QTest::mouseRelease(widget, Qt::LeftButton, {}, to);
}

bool near(const Box &a, const Box &b, double tolerance = 1.0)
{
    return std::abs(a.x1 - b.x1) <= tolerance && std::abs(a.y1 - b.y1) <= tolerance && std::abs(a.x2 - b.x2) <= tolerance
        && std::abs(a.y2 - b.y2) <= tolerance;
}

} // namespace

class TestReviewWorkspace final : public QObject, private test::ReviewFixture
{
    Q_OBJECT

private:
    static qint64 scalar(review::ReviewStore &store, const QString &sql, qint64 bound = 0)
    {
        auto q = store.catalog().connection().prepare(sql);
        if (!q)
            qFatal("%s", qPrintable(q.error().message));
        if (sql.contains(QStringLiteral("?1")))
            (*q)->bind(1, bound);
        const Result<bool> row = (*q)->step();
        const qint64 value = row && *row ? (*q)->int64(0) : -1;
        (void)(*q)->step();
        return value;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("LookbookTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_reviewworkspace"));
        QSettings().clear();
    }

    void init() { makeReviewCatalog(); }

    void storedCountsAndSuspicion()
    {
        auto store = reopen();
        const review::ReviewImage one = store->image(imageIdOf(*store, 1)).value();
        QCOMPARE(one.counts, (eval::QaCounts{1, 1, 1, 0, 0}));
        QVERIFY(std::abs(one.suspicion - 1.8) < 1e-9);
        const review::ReviewImage two = store->image(imageIdOf(*store, 2)).value();
        QCOMPARE(two.counts, (eval::QaCounts{0, 0, 0, 1, 0}));
        QVERIFY(std::abs(two.suspicion - 0.7) < 1e-9);
        QCOMPARE(store->image(imageIdOf(*store, 3)).value().suspicion, 0.0);
        QCOMPARE(one.split, QStringLiteral("validation"));
        QCOMPARE(one.image.pairId, 1);
        QCOMPARE(one.image.originKey, QStringLiteral("validation/000001"));
    }

    void keysetPagesFiltersAndOrder()
    {
        auto store = reopen();
        review::ImageQuery query;
        query.order = review::ImageOrder::MostSuspicious;
        // Pages of one image each, chained by keyset, give the whole order.
        std::vector<int> order;
        std::optional<review::ReviewImage> after;
        for (;;) {
            const std::vector<review::ReviewImage> page = store->images(query, after, 1).value();
            if (page.empty())
                break;
            order.push_back(QFileInfo(page.front().image.path).baseName().toInt());
            after = page.front();
        }
        QCOMPARE(order, (std::vector<int>{1, 2, 3}));
        query.error = review::ErrorFilter::Missed;
        QCOMPARE(store->countImages(query).value(), 1);
        query.error = review::ErrorFilter::WrongCategory;
        QCOMPARE(store->images(query, std::nullopt, 10).value().front().image.id, imageIdOf(*store, 2));
        query.error = review::ErrorFilter::AnyError;
        QCOMPARE(store->countImages(query).value(), 2);
        query = {};
        query.categoryId = 8;  // trousers: image 1 only
        QCOMPARE(store->countImages(query).value(), 1);
        query.categoryId = 1;
        QCOMPARE(store->countImages(query).value(), 2);
        query = {};
        query.review = review::ReviewFilter::Reviewed;
        QCOMPARE(store->countImages(query).value(), 0);
        query.split = QStringLiteral("train");
        query.review = review::ReviewFilter::Any;
        QCOMPARE(store->countImages(query).value(), 0);
    }

    void pagesStayFastAt100kImages()
    {
        // 100k images written straight into the tables (what an import of that size leaves), then
        // the first and a deep page in both orders, each a keyset range on an index.
        auto store = reopen();
        catalog::SqliteConnection &db = store->catalog().connection();
        QVERIFY(store->catalog()
                    .transaction([&] {
                        return db.execute(QStringLiteral(
                            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000) "
                            "INSERT INTO images (id, path, content_hash, width, height, source) "
                            "SELECT 1000 + i, '/big/' || i || '.jpg', '', 640, 480, 'user' FROM n; "
                            "INSERT INTO review_images (image_id, split, predicted, suspicion, missed) "
                            "SELECT id, 'big', 1, (id * 7919 % 1000) / 100.0, id % 3 FROM images WHERE id > 1000;"));
                    })
                    .ok());
        review::ImageQuery query;
        query.order = review::ImageOrder::MostSuspicious;
        QElapsedTimer clock;
        clock.start();
        std::vector<review::ReviewImage> page = store->images(query, std::nullopt, 100).value();
        QCOMPARE(page.size(), std::size_t(100));
        for (std::size_t i = 1; i < page.size(); ++i)
            QVERIFY(page[i - 1].suspicion >= page[i].suspicion);
        // Deep in the list: after the row at suspicion 0.05.
        review::ReviewImage deep = page.back();
        deep.suspicion = 0.05;
        deep.image.id = 50000;
        page = store->images(query, deep, 100).value();
        QCOMPARE(page.size(), std::size_t(100));
        QVERIFY(page.front().suspicion <= 0.05);
        query.order = review::ImageOrder::ById;
        page = store->images(query, deep, 100).value();
        QCOMPARE(page.front().image.id, 50001);
        qInfo() << "three pages of 100k images in" << clock.elapsed() << "ms";
        QVERIFY2(clock.elapsed() < 500, "keyset pages must not scan the table");
        // The plan says why: a range on the suspicion index, not a scan and a sort.
        auto plan = db.prepare(QStringLiteral("EXPLAIN QUERY PLAN SELECT image_id FROM review_images r WHERE (r.suspicion, r.image_id) < (?1, ?2) "
                                              "ORDER BY r.suspicion DESC, r.image_id DESC LIMIT 100"));
        QVERIFY(plan.ok());
        (*plan)->bind(1, 0.5).bind(2, qint64(5000));
        QString detail;
        QVERIFY((*plan)->forEachRow([&] { detail += (*plan)->text(3) + QLatin1Char(';'); }).ok());
        QVERIFY2(detail.contains(QStringLiteral("review_images_by_suspicion")) && !detail.contains(QStringLiteral("TEMP B-TREE")), qPrintable(detail));
    }

    void importIsCancellableAndResumes()
    {
        const QString catalog = m_dir->filePath(QStringLiteral("again.db"));
        review::DatasetImportParams params;
        params.source = m_split;
        params.catalogPath = catalog;
        params.batchSize = 1;
        int calls = 0;
        qint64 total = 0;
        const auto first = review::DatasetImporter(params).run([&](const QString &, qint64, qint64 all) {
            total = all;
            return ++calls < 2;  // cancel after the second image
        });
        QCOMPARE(total, 3);
        QVERIFY(first.ok());
        QVERIFY(first->cancelled);
        QCOMPARE(first->imagesAdded, 2);
        const auto second = review::DatasetImporter(params).run();
        QVERIFY(second.ok());
        QCOMPARE(second->imagesSkipped, 2);
        QCOMPARE(second->imagesAdded, 1);
        // A file that is not a dataset is named in the error.
        params.source = m_dir->filePath(QStringLiteral("nothing-here"));
        const auto bad = review::DatasetImporter(params).run();
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains(QStringLiteral("nothing-here")));
    }

    void importsCocoGroundTruth()
    {
        const QJsonObject coco{
            {QStringLiteral("images"), QJsonArray{QJsonObject{{QStringLiteral("id"), 5}, {QStringLiteral("file_name"), QStringLiteral("image/000001.jpg")},
                                                              {QStringLiteral("width"), 200}, {QStringLiteral("height"), 160}}}},
            {QStringLiteral("annotations"), QJsonArray{QJsonObject{{QStringLiteral("id"), 1}, {QStringLiteral("image_id"), 5}, {QStringLiteral("category_id"), 3},
                                                                   {QStringLiteral("bbox"), QJsonArray{10, 20, 30, 40}}, {QStringLiteral("area"), 1200},
                                                                   {QStringLiteral("iscrowd"), 0}}}},
            {QStringLiteral("categories"), QJsonArray{QJsonObject{{QStringLiteral("id"), 3}, {QStringLiteral("name"), QStringLiteral("short_sleeved_outwear")}}}}};
        const QString json = m_split + QStringLiteral("/coco.json");
        QFile file(json);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(coco).toJson());
        file.close();
        review::DatasetImportParams params;
        params.source = json;
        params.catalogPath = m_dir->filePath(QStringLiteral("coco.db"));
        const auto report = review::DatasetImporter(params).run();
        QVERIFY2(report.ok(), report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->imagesAdded, 1);
        auto store = review::ReviewStore::open(params.catalogPath).value();
        const review::ReviewImage image = store->images({}, std::nullopt, 10).value().front();
        QCOMPARE(image.split, QStringLiteral("coco"));
        const CatalogItem item = store->catalog().itemsOfImage(image.image.id).value().front();
        QCOMPARE(item.box, (Box{10, 20, 40, 60}));  // [x, y, w, h] → [x1, y1, x2, y2]
        QCOMPARE(item.categoryId, 3);
        // Named as DeepFashion2's COCO converter names it: the catalog keeps DeepFashion2's taxonomy.
        QVERIFY(catalog::CatalogTaxonomy::read(store->catalog().connection())->isDeepFashion2());
    }

    // COCO files as annotation tools export them (CVAT: info, licenses, segmentation, attributes;
    // Label Studio: other ids for some of the same names): any categories, ids with gaps and from 0.
    void importsCocoWithItsOwnCategories()
    {
        const auto write = [this](const QString &name, const QByteArray &json) {
            const QString path = m_split + QLatin1Char('/') + name;
            QFile file(path);
            return file.open(QIODevice::WriteOnly) && file.write(json) == json.size() ? path : QString();
        };
        const QString cvat = write(QStringLiteral("cvat.json"), R"({
  "licenses": [{"name": "", "id": 0, "url": ""}],
  "info": {"contributor": "", "date_created": "", "description": "", "url": "", "version": "", "year": ""},
  "categories": [{"id": 0, "name": "sneaker", "supercategory": "footwear"}, {"id": 40, "name": "handbag", "supercategory": "accessory"}],
  "images": [{"id": 1, "width": 200, "height": 160, "file_name": "image/000001.jpg", "license": 0, "flickr_url": "", "coco_url": "", "date_captured": 0}],
  "annotations": [
    {"id": 1, "image_id": 1, "category_id": 40, "segmentation": [[10, 20, 40, 20, 40, 60]], "area": 1200, "bbox": [10, 20, 30, 40], "iscrowd": 0, "attributes": {"occluded": false}},
    {"id": 2, "image_id": 1, "category_id": 0, "segmentation": [], "area": 400, "bbox": [100, 100, 20, 20], "iscrowd": 0}]})");
        review::DatasetImportParams params;
        params.source = cvat;
        params.catalogPath = m_dir->filePath(QStringLiteral("retail.db"));
        const auto report = review::DatasetImporter(params).run();
        QVERIFY2(report.ok(), report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->itemsAdded, 2);
        QVERIFY(report->problems.isEmpty());
        {
            auto store = review::ReviewStore::open(params.catalogPath).value();
            const dataset::Taxonomy taxonomy = catalog::CatalogTaxonomy::read(store->catalog().connection()).value();
            QCOMPARE(taxonomy.size(), 2);  // the file's, not DeepFashion2's
            QCOMPARE(taxonomy.byId(40)->name, QStringLiteral("handbag"));
            QCOMPARE(taxonomy.byId(0)->supercategory, QStringLiteral("footwear"));
            const review::ReviewImage image = store->images({}, std::nullopt, 10).value().front();
            const std::vector<CatalogItem> items = store->catalog().itemsOfImage(image.image.id).value();
            std::vector<int> categories;
            for (const CatalogItem &item : items)
                categories.push_back(item.categoryId);
            QCOMPARE(categories, (std::vector<int>{40, 0}));
        }

        // A second file names the handbag with another id and brings a belt: matched by name, added.
        const QString studio = write(QStringLiteral("label-studio.json"), R"({
  "info": {"year": 2026, "version": "1.0", "description": "", "contributor": "Label Studio", "url": "", "date_created": "2026-12-01"},
  "categories": [{"id": 0, "name": "Hand Bag"}, {"id": 1, "name": "belt"}],
  "images": [{"width": 200, "height": 160, "id": 0, "file_name": "image/000002.jpg"}],
  "annotations": [{"id": 0, "image_id": 0, "category_id": 0, "segmentation": [], "bbox": [5, 5, 50, 50], "ignore": 0, "iscrowd": 0, "area": 2500},
                  {"id": 1, "image_id": 0, "category_id": 1, "segmentation": [], "bbox": [60, 60, 80, 10], "ignore": 0, "iscrowd": 0, "area": 800}]})");
        params.source = studio;
        const auto second = review::DatasetImporter(params).run();
        QVERIFY2(second.ok(), second ? "" : qPrintable(second.error().message));
        QCOMPARE(second->categoriesAdded, QStringList{QStringLiteral("belt")});
        {
            auto store = review::ReviewStore::open(params.catalogPath).value();
            const dataset::Taxonomy taxonomy = catalog::CatalogTaxonomy::read(store->catalog().connection()).value();
            QCOMPARE(taxonomy.size(), 3);
            const int belt = taxonomy.byName(QStringLiteral("belt"))->id;
            QCOMPARE(belt, 1);  // the file's id, free in the catalog
            const auto image = store->catalog().imageByPath(QFileInfo(m_split + QStringLiteral("/image/000002.jpg")).absoluteFilePath()).value();
            QVERIFY(image);
            const std::vector<CatalogItem> items = store->catalog().itemsOfImage(image->id).value();
            std::vector<int> categories;
            for (const CatalogItem &item : items)
                categories.push_back(item.categoryId);
            QCOMPARE(categories, (std::vector<int>{40, belt}));
        }

        // An annotation of a category the file does not declare: refused, naming it; nothing stored.
        const QString undeclared = write(QStringLiteral("undeclared.json"), R"({"categories": [{"id": 1, "name": "belt"}],
  "images": [{"id": 1, "width": 200, "height": 160, "file_name": "image/000003.jpg"}],
  "annotations": [{"id": 9, "image_id": 1, "category_id": 7, "bbox": [1, 1, 5, 5], "area": 25, "iscrowd": 0}]})");
        params.source = undeclared;
        const auto refused = review::DatasetImporter(params).run();
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("undeclared.json: annotations[0] (id 9): category_id 7 is not among the file's categories")),
                 qPrintable(refused.error().message));
        auto store = review::ReviewStore::open(params.catalogPath).value();
        QVERIFY(!store->catalog().imageByPath(QFileInfo(m_split + QStringLiteral("/image/000003.jpg")).absoluteFilePath()).value());
    }

    void detectorJobStoresFusedBoxesAndCounts()
    {
        // One detector that always sees a short sleeve top at [6.4, 8, 32, 48] of its 64 × 64 input:
        // [20, 20, 100, 120] on the 200 × 160 photos (× 3.125, × 2.5), score 0.9.
        //   image 1: the top exactly (true positive); the trousers missed: suspicion 1.
        //   image 2: IoU with the long sleeve top = 6300 / 13800 = 0.457, another class, under 0.5:
        //            missed (+1) and spurious (+0.9): 1.9.
        //   image 3: [40, 40, 120, 120]: IoU 4800 / 9600 = 0.5: a true positive, suspicion 0.
        const QString detector = test::makeModel(m_dir->path(), QStringLiteral("top"), R"JIT(
def forward(self, x):
    return torch.tensor([[[6.4, 8.0, 32.0, 48.0, 0.9, 0.0]]]).repeat(x.size(0), 1, 1)
)JIT", QStringLiteral("detector"), QStringLiteral(R"({"input_size": [64, 64], "resize": "stretch"})"),
                                                 QStringLiteral(R"({"decoder": "yolo_nms", "classes": [1]})"));
        review::PredictionParams params;
        params.catalogPath = m_catalog;
        params.detectorManifests = {detector};
        params.inference.device = QStringLiteral("cpu");
        params.inference.threads = 1;
        params.redo = true;
        // Cancelled after the first image: that one is stored, the rest keep their predictions.
        const auto cancelled = review::PredictionJob(params).run([](const QString &, qint64, qint64) { return false; });
        QVERIFY2(cancelled.ok(), cancelled ? "" : qPrintable(cancelled.error().message));
        QVERIFY(cancelled->cancelled);
        QCOMPARE(cancelled->imagesDone, 1);
        qint64 lastTotal = 0;
        const auto report = review::PredictionJob(params).run([&](const QString &, qint64, qint64 total) {
            lastTotal = total;
            return true;
        });
        QVERIFY(report.ok());
        QCOMPARE(report->imagesDone, 3);
        QCOMPARE(report->boxesStored, 3);
        QCOMPARE(lastTotal, 3);
        auto store = reopen();
        const std::vector<CatalogItem> fused = itemsOf(*store, imageIdOf(*store, 1), ItemOrigin::Fused);
        QCOMPARE(fused.size(), std::size_t(1));  // the earlier predictions were replaced
        QVERIFY(near(fused.front().box, {20, 20, 100, 120}, 1e-3));
        QVERIFY(std::abs(*fused.front().score - 0.9) < 1e-6);
        QCOMPARE(store->image(imageIdOf(*store, 1)).value().suspicion, 1.0);
        QVERIFY(std::abs(store->image(imageIdOf(*store, 2)).value().suspicion - 1.9) < 1e-6);
        QCOMPARE(store->image(imageIdOf(*store, 3)).value().counts, (eval::QaCounts{1, 0, 0, 0, 0}));
        // A manifest that is not there is named.
        params.detectorManifests = {m_dir->filePath(QStringLiteral("missing.json"))};
        const auto bad = review::PredictionJob(params).run();
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains(QStringLiteral("missing.json")));
    }

    void imageModelPagesLazily()
    {
        // 250 more images (no predictions): three pages of 100.
        {
            auto store = reopen();
            QVERIFY(store->catalog()
                        .transaction([&] {
                            return store->catalog().connection().execute(QStringLiteral(
                                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 250) "
                                "INSERT INTO images (id, path, content_hash, width, height, source) "
                                "SELECT 5000 + i, '/more/' || i || '.jpg', '', 64, 48, 'user' FROM n; "
                                "INSERT INTO review_images (image_id, split) SELECT id, 'more' FROM images WHERE id > 5000;"));
                        })
                        .ok());
        }
        ui::ReviewImageModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        review::ImageQuery query;
        query.order = review::ImageOrder::MostSuspicious;
        model.setCatalog(m_catalog);
        model.setQuery(query);
        QSignalSpy pages(&model, &ui::ReviewImageModel::pageLoaded);
        if (model.canFetchMore({}))  // the tester may have asked already
            model.fetchMore({});
        QTRY_VERIFY(model.rowCount() >= 100);
        QCOMPARE(QFileInfo(model.data(model.index(0), ui::ReviewImageModel::PathRole).toString()).fileName(), QStringLiteral("000001.jpg"));
        QVERIFY(model.data(model.index(0), Qt::DisplayRole).toString().contains(QStringLiteral("1.80")));
        while (model.canFetchMore({}) || model.isFetching()) {
            if (model.canFetchMore({}))
                model.fetchMore({});
            QTest::qWait(5);
        }
        QCOMPARE(model.rowCount(), 253);
        QCOMPARE(pages.count(), 3);  // 100 + 100 + 53, each read by keyset
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.data(model.index(row - 1), ui::ReviewImageModel::SuspicionRole).toDouble()
                    >= model.data(model.index(row), ui::ReviewImageModel::SuspicionRole).toDouble());
        // The thumbnail comes later, off the GUI thread.
        const qint64 placeholder = model.data(model.index(1), Qt::DecorationRole).value<QIcon>().cacheKey();
        QTRY_VERIFY(model.data(model.index(1), Qt::DecorationRole).value<QIcon>().cacheKey() != placeholder);
        query.error = review::ErrorFilter::WrongCategory;
        model.setQuery(query);
        model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), 1);
        QVERIFY(!model.canFetchMore({}));
    }

    void drawMoveResizeDeleteUndoRedo()
    {
        ui::ReviewWorkspace workspace;
        QAbstractItemModelTester tester(workspace.images(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        workspace.resize(1200, 800);
        workspace.show();
        QVERIFY(QTest::qWaitForWindowExposed(&workspace));
        QSignalSpy shown(&workspace, &ui::ReviewWorkspace::imageShown);
        QVERIFY(workspace.openCatalog(m_catalog));
        QTRY_VERIFY(shown.count() >= 1);
        ui::ReviewDocument *document = workspace.document();
        ui::ReviewCanvas *canvas = workspace.canvas();
        QWidget *viewport = canvas->viewport();
        const qint64 one = imageIdOf(*reopen(), 1);
        QCOMPARE(document->currentImageId(), one);  // the most suspicious image comes first
        QCOMPARE(document->qa().counts, (eval::QaCounts{1, 1, 1, 0, 0}));
        canvas->setFocus();

        // Draw: key 5 chooses the category, a drag on empty photo draws the box.
        QTest::keyClick(canvas, Qt::Key_5);
        QCOMPARE(canvas->drawCategory(), 5);
        drag(viewport, canvas->viewPoint(2, 125), canvas->viewPoint(18, 155));
        QVERIFY2(document->undoStack()->count() == 1, qPrintable(QStringLiteral("photo %1 zoom %2 from %3,%4 items %5")
                                                                   .arg(canvas->hasPhoto())
                                                                   .arg(canvas->zoom())
                                                                   .arg(canvas->viewPoint(2, 125).x())
                                                                   .arg(canvas->viewPoint(2, 125).y())
                                                                   .arg(document->currentState()->items.size())));
        QVERIFY(document->isModified());
        QVERIFY(workspace.saveAction()->isEnabled());
        workspace.saveAction()->trigger();
        QVERIFY(!document->isModified());
        std::vector<CatalogItem> truth = itemsOf(*reopen(), one, ItemOrigin::GroundTruth);
        QCOMPARE(truth.size(), std::size_t(3));
        QCOMPARE(truth.back().categoryId, 5);
        QCOMPARE(truth.back().origin, ItemOrigin::HandCorrected);
        QVERIFY2(near(truth.back().box, {2, 125, 18, 155}), "the drawn box is where the mouse went");
        QCOMPARE(scalar(*reopen(), QStringLiteral("SELECT count(*) FROM review_log WHERE action = 'add' AND item_id = ?1"), truth.back().id), 1);
        QCOMPARE(scalar(*reopen(), QStringLiteral("SELECT count(*) FROM vectors WHERE item_id = ?1"), truth.back().id), 0);

        // Move: a drag inside the top's box is one undo step; its vectors go on save.
        const qint64 topId = truth.front().id;
        const qint64 trousersId = truth[1].id;
        QCOMPARE(scalar(*reopen(), QStringLiteral("SELECT count(*) FROM vectors WHERE item_id = ?1"), topId), 1);
        drag(viewport, canvas->viewPoint(60, 70), canvas->viewPoint(70, 75));
        QCOMPARE(document->undoStack()->count(), 2);
        workspace.saveAction()->trigger();
        CatalogItem top = reopen()->catalog().itemDetails({topId}).value().front().item;
        QVERIFY2(near(top.box, {30, 25, 110, 125}), "moved by (10, 5)");
        QCOMPARE(top.origin, ItemOrigin::HandCorrected);
        QCOMPARE(scalar(*reopen(), QStringLiteral("SELECT count(*) FROM vectors WHERE item_id = ?1"), topId), 0);
        QCOMPARE(scalar(*reopen(), QStringLiteral("SELECT count(*) FROM vectors WHERE item_id = ?1"), trousersId), 1);
        QCOMPARE(scalar(*reopen(), QStringLiteral("SELECT count(*) FROM review_log WHERE action = 'edit' AND item_id = ?1"), topId), 1);

        // Resize: the bottom-right handle of the selected box.
        QCOMPARE(canvas->selectedKey() != 0, true);
        drag(viewport, canvas->viewPoint(top.box.x2, top.box.y2), canvas->viewPoint(top.box.x2 + 20, top.box.y2 + 10));
        workspace.saveAction()->trigger();
        top = reopen()->catalog().itemDetails({topId}).value().front().item;
        QVERIFY2(near(top.box, {30, 25, 130, 135}, 1.5), "grown by (20, 10) at the corner");
        const Box resized = top.box;

        // Delete with the keyboard.
        QTest::keyClick(canvas, Qt::Key_Delete);
        workspace.saveAction()->trigger();
        QVERIFY(!reopen()->catalog().itemDetails({topId}).ok());
        QCOMPARE(scalar(*reopen(), QStringLiteral("SELECT count(*) FROM review_log WHERE action = 'delete' AND item_id = ?1"), topId), 1);

        // Undo brings it back (stored anew), redo deletes it again: the database follows each save.
        QTest::keyClick(canvas, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(document->isModified());
        workspace.saveAction()->trigger();
        truth = itemsOf(*reopen(), one, ItemOrigin::GroundTruth);
        const auto back = std::find_if(truth.begin(), truth.end(), [&](const CatalogItem &item) { return item.box == resized; });
        QVERIFY2(back != truth.end(), "the undone delete is stored again");
        QCOMPARE(back->categoryId, 1);
        QTest::keyClick(canvas, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        workspace.saveAction()->trigger();
        truth = itemsOf(*reopen(), one, ItemOrigin::GroundTruth);
        QVERIFY(std::none_of(truth.begin(), truth.end(), [&](const CatalogItem &item) { return item.box == resized; }));
        QCOMPARE(truth.size(), std::size_t(2));
        // Undo all the way: the resize, the move and the draw are undone in the document too.
        while (document->undoStack()->canUndo())
            document->undoStack()->undo();
        const ui::ImageState *state = document->currentState();
        QCOMPARE(state->items.size(), std::size_t(4));  // two ground-truth boxes, two predictions
        QVERIFY(near(state->items.front().item.box, {20, 20, 100, 120}, 0.0));
        workspace.saveAction()->trigger();
        truth = itemsOf(*reopen(), one, ItemOrigin::GroundTruth);
        QCOMPARE(truth.size(), std::size_t(2));
    }

    void keyboardAcceptReviewAndNavigate()
    {
        ui::ReviewWorkspace workspace;
        workspace.resize(1200, 800);
        workspace.show();
        QVERIFY(QTest::qWaitForWindowExposed(&workspace));
        QSignalSpy shown(&workspace, &ui::ReviewWorkspace::imageShown);
        QVERIFY(workspace.openCatalog(m_catalog));
        QTRY_VERIFY(shown.count() >= 1);
        ui::ReviewDocument *document = workspace.document();
        ui::ReviewCanvas *canvas = workspace.canvas();
        const qint64 one = imageIdOf(*reopen(), 1);
        const std::vector<CatalogItem> truth = itemsOf(*reopen(), one, ItemOrigin::GroundTruth);
        const qint64 trousersId = truth[1].id;

        // Click the trousers, nudge them 3 px right and 10 px down: one undo step.
        QTest::mouseClick(canvas->viewport(), Qt::LeftButton, {}, canvas->viewPoint(145, 95));
        QVERIFY(canvas->selectedKey() != 0);
        QCOMPARE(workspace.inspector()->selectedKey(), canvas->selectedKey());
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(canvas, Qt::Key_Right);
        QTest::keyClick(canvas, Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(document->undoStack()->count(), 1);
        QTest::keyClick(canvas, Qt::Key_2);  // long sleeve top
        QCOMPARE(document->undoStack()->count(), 2);
        // The inspector edits the same box: style 4.
        workspace.inspector()->styleBox()->setValue(4);
        workspace.saveAction()->trigger();
        const CatalogItem trousers = reopen()->catalog().itemDetails({trousersId}).value().front().item;
        QVERIFY2(trousers.box == (Box{113, 50, 183, 160}),
                 qPrintable(QStringLiteral("%1 %2 %3 %4").arg(trousers.box.x1).arg(trousers.box.y1).arg(trousers.box.x2).arg(trousers.box.y2)));
        QCOMPARE(trousers.categoryId, 2);
        QCOMPARE(trousers.style, 4);
        QCOMPARE(scalar(*reopen(), QStringLiteral("SELECT count(*) FROM vectors WHERE item_id = ?1"), trousersId), 0);

        // Accept the spurious skirt prediction as ground truth in one action (A).
        QTest::mouseClick(canvas->viewport(), Qt::LeftButton, {}, canvas->viewPoint(185, 10));
        const ui::EditorItem *selected = document->currentState()->find(canvas->selectedKey());
        QVERIFY(selected && review::isPrediction(selected->item.origin));
        QTest::keyClick(canvas, Qt::Key_A);
        QCOMPARE(document->qa().counts.spurious, 0);
        // The pair id is the image's: the inspector sets it.
        workspace.inspector()->pairIdBox()->setValue(7);
        // Mark reviewed (Space), save: counts, flag and log are in the catalog.
        canvas->setFocus();
        QTest::keyClick(canvas, Qt::Key_Space);
        workspace.saveAction()->trigger();
        const review::ReviewImage stored = reopen()->image(one).value();
        QVERIFY(stored.reviewed);
        QCOMPARE(stored.counts.spurious, 0);
        const qint64 skirtId = itemsOf(*reopen(), one, ItemOrigin::Fused).back().id;
        QCOMPARE(scalar(*reopen(), QStringLiteral("SELECT count(*) FROM review_log WHERE action = 'accept_prediction' AND json_extract(detail, '$.from_item') = ?1"),
                        skirtId),
                 1);
        QCOMPARE(scalar(*reopen(), QStringLiteral("SELECT count(*) FROM review_log WHERE action = 'reviewed' AND image_id = ?1"), one), 1);
        QCOMPARE(stored.image.pairId, 7);
        QCOMPARE(scalar(*reopen(), QStringLiteral("SELECT count(*) FROM review_log WHERE action = 'pair_id' AND json_extract(detail, '$.to') = 7 "
                                                  "AND image_id = ?1"),
                        one),
                 1);
        QCOMPARE(scalar(*reopen(), QStringLiteral("SELECT count(*) FROM review_log WHERE user = '' ")), 0);
        QVERIFY(workspace.images()->data(workspace.images()->index(0), ui::ReviewImageModel::ReviewedRole).toBool());

        // N and P walk the list.
        QTest::keyClick(canvas, Qt::Key_N);
        QTRY_COMPARE(document->currentImageId(), imageIdOf(*reopen(), 2));
        QCOMPARE(workspace.imageList()->currentIndex().row(), 1);
        QTest::keyClick(canvas, Qt::Key_P);
        QTRY_COMPARE(document->currentImageId(), one);
    }

    void exportsAnnotationsTheLogAndReindexesInTheBackground()
    {
        ui::ReviewWorkspace workspace;
        workspace.resize(1200, 800);
        workspace.show();
        QVERIFY(QTest::qWaitForWindowExposed(&workspace));
        QSignalSpy shown(&workspace, &ui::ReviewWorkspace::imageShown);
        QSignalSpy finished(&workspace, &ui::ReviewWorkspace::jobFinished);
        QSignalSpy errors(&workspace, &ui::ReviewWorkspace::errorShown);
        QVERIFY(workspace.openCatalog(m_catalog));
        QTRY_VERIFY(shown.count() >= 1);
        ui::ReviewCanvas *canvas = workspace.canvas();
        // Move the top by (10, 5) and leave the edit unsaved: exporting saves it first.
        drag(canvas->viewport(), canvas->viewPoint(60, 70), canvas->viewPoint(70, 75));
        QVERIFY(workspace.document()->isModified());

        const QString coco = m_dir->filePath(QStringLiteral("export/coco.json"));
        QVERIFY(QDir().mkpath(QFileInfo(coco).absolutePath()));
        workspace.exportAnnotations(coco, true);
        QVERIFY(!workspace.document()->isModified());
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY2(finished.back().front().toString().contains(QStringLiteral("boxes")), qPrintable(finished.back().front().toString()));
        QFile cocoFile(coco);
        QVERIFY(cocoFile.open(QIODevice::ReadOnly));
        const QJsonArray annotations = QJsonDocument::fromJson(cocoFile.readAll()).object().value(QStringLiteral("annotations")).toArray();
        QCOMPARE(annotations.size(), 4);  // the ground truth of the three images; predictions are not annotations
        const bool moved = std::any_of(annotations.begin(), annotations.end(), [](const QJsonValue &a) {
            const QJsonArray box = a.toObject().value(QStringLiteral("bbox")).toArray();
            return std::abs(box[0].toDouble() - 30) < 0.6 && std::abs(box[1].toDouble() - 25) < 0.6 && std::abs(box[2].toDouble() - 80) < 0.6;
        });
        QVERIFY2(moved, "the moved box is exported where it was moved to");

        const QString folder = m_dir->filePath(QStringLiteral("export/reviewed"));
        workspace.exportAnnotations(folder, false);
        QTRY_COMPARE(finished.count(), 2);
        QVERIFY(QFileInfo::exists(folder + QStringLiteral("/annos/000001.json")));
        QVERIFY(QFileInfo::exists(folder + QStringLiteral("/image/000001.jpg")));

        const QString log = m_dir->filePath(QStringLiteral("export/log.csv"));
        workspace.exportReviewLog(log);
        QTRY_COMPARE(finished.count(), 3);
        QFile logFile(log);
        QVERIFY(logFile.open(QIODevice::ReadOnly));
        const QList<QByteArray> rows = logFile.readAll().split('\n');
        QVERIFY(rows.front().startsWith("at,user,action,image,item,detail"));
        QVERIFY(std::any_of(rows.begin(), rows.end(), [](const QByteArray &row) { return row.contains(",edit,validation/000001,"); }));

        // The catalog's vector set names a model that is nowhere to be found: a readable error, no crash.
        workspace.reindexCorrectedItems();
        QTRY_COMPARE(errors.count(), 1);
        QVERIFY2(errors.back().front().toString().contains(QStringLiteral("gem")), qPrintable(errors.back().front().toString()));
        QCOMPARE(finished.count(), 3);
    }

    void rematchesAtAnotherIou()
    {
        ui::ReviewWorkspace workspace;
        workspace.show();
        QSignalSpy shown(&workspace, &ui::ReviewWorkspace::imageShown);
        QVERIFY(workspace.openCatalog(m_catalog));
        QTRY_VERIFY(shown.count() >= 1);
        const qint64 one = imageIdOf(*reopen(), 1);
        QSignalSpy finished(&workspace, &ui::ReviewWorkspace::jobFinished);
        // At IoU ≥ 0.95 the top's prediction (IoU 0.936) is only a poor match: +0.5 on 1.8.
        auto *iou = workspace.findChildren<QDoubleSpinBox *>().front();
        QCOMPARE(iou->value(), 0.5);
        iou->setValue(0.95);
        QCOMPARE(workspace.document()->qa().counts.poorIou, 1);  // the overlay at once
        QTRY_COMPARE(finished.count(), 1);                        // the stored counts in the background
        const review::ReviewImage stored = reopen()->image(one).value();
        QCOMPARE(stored.counts, (eval::QaCounts{0, 1, 1, 0, 1}));
        QVERIFY(std::abs(stored.suspicion - 2.3) < 1e-9);
        QCOMPARE(reopen()->qaParams().iouThreshold, 0.95);  // kept with the catalog
    }

    void mainWindowShowsUnsavedEdits()
    {
        ui::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy shown(window.reviewWorkspace(), &ui::ReviewWorkspace::imageShown);
        window.openReview(m_catalog);
        QTRY_VERIFY(shown.count() >= 1);
        QVERIFY(window.windowTitle().contains(QStringLiteral("review.db[*]")));
        QVERIFY(!window.isWindowModified());
        QVERIFY(window.reviewWorkspace()->document()->setReviewed(true));
        QVERIFY(window.isWindowModified());
        QStringList menus;
        for (QAction *menu : window.menuBar()->actions())
            menus << menu->text().remove(QLatin1Char('&'));
        QVERIFY(menus.contains(QStringLiteral("Edit")) && menus.contains(QStringLiteral("Dataset")));
        const auto searchMenu = [&window] {
            const QList<QAction *> menus = window.menuBar()->actions();
            return *std::find_if(menus.begin(), menus.end(), [](QAction *menu) { return menu->text() == QStringLiteral("&Search"); });
        };
        QVERIFY(!searchMenu()->isVisible());  // the search photo's actions are hidden beside the review canvas
        window.reviewWorkspace()->saveAction()->trigger();
        QVERIFY(!window.isWindowModified());
        window.workspaceTabs()->setCurrentIndex(0);
        QVERIFY(!window.reviewWorkspace()->saveAction()->isEnabled());  // no hidden edits from the Search workspace
        QVERIFY(searchMenu()->isVisible());
    }
};

QTEST_MAIN(TestReviewWorkspace)
#include "tst_reviewworkspace.moc"
