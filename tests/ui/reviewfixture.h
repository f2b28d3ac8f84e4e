#pragma once

// What the review workspace's suites share: a tiny DeepFashion2 split with known QA outcomes, imported
// into a fresh review catalog (with stored predictions and a few vectors) before each test.
#include "catalog/catalog.h"
#include "dataset/categories.h"
#include "dataset/deepfashion2io.h"
#include "review/datasetimporter.h"
#include "review/reviewstore.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

namespace lookbook::test {

using catalog::CatalogItem;
using catalog::ItemOrigin;

// A tiny DeepFashion2 split, worked out so that each image has known QA outcomes once the
// predictions below are stored (IoU threshold 0.5, predictions at score ≥ 0.3 judged):
//   1: GT short sleeve top [20,20,100,120] and trousers [110,40,180,150]; predictions: the top
//      [22,22,100,118] 0.9 (IoU 7488/8000 = 0.936: true positive), a skirt [150,0,195,30] 0.8 (spurious,
//      confident: +0.8); the trousers are missed (+1): suspicion 1.8.
//   2: GT long sleeve top [30,30,150,140]; prediction short sleeve outwear on the same box 0.7:
//      wrong category, suspicion 0.7.
//   3 (shop): GT short sleeve top [40,40,120,120], predicted exactly at 0.95: suspicion 0.
struct Garment final {
    int category;
    Box box;
};

inline void writeImage(const QString &split, int id, dataset::ImageSource source, int pairId, const std::vector<Garment> &garments)
{
    QImage image(200, 160, QImage::Format_RGB32);
    image.fill(QColor(40 * id, 120, 200 - 30 * id));
    QVERIFY(image.save(split + QStringLiteral("/image/") + dataset::DeepFashion2Io::fileStem(id) + QStringLiteral(".jpg")));
    dataset::ImageAnnotation annotation;
    annotation.imageId = id;
    annotation.source = source;
    annotation.pairId = pairId;
    int n = 0;
    for (const Garment &g : garments) {
        dataset::GarmentItem item;
        item.categoryId = g.category;
        item.categoryName = dataset::categoryName(g.category);
        item.style = 1;
        item.box = g.box;
        item.segmentation = {{g.box.x1, g.box.y1, g.box.x2, g.box.y1, g.box.x2, g.box.y2}};
        item.scale = item.occlusion = item.zoomIn = 1;
        item.viewpoint = 2;
        item.itemNumber = ++n;
        annotation.items.push_back(item);
    }
    QVERIFY(dataset::DeepFashion2Io::writeAnnotation(split + QStringLiteral("/annos/") + dataset::DeepFashion2Io::fileStem(id) + QStringLiteral(".json"),
                                                     annotation)
                .ok());
}

inline CatalogItem prediction(int category, Box box, double score)
{
    CatalogItem item;
    item.categoryId = category;
    item.box = box;
    item.score = score;
    item.origin = ItemOrigin::Fused;
    return item;
}

class ReviewFixture
{
protected:
    QString m_split;
    QString m_catalog;
    std::unique_ptr<QTemporaryDir> m_dir;
    qint64 m_vectorSet = 0;

    // The split and its catalog, made afresh (each suite's init()).
    void makeReviewCatalog()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_split = m_dir->filePath(QStringLiteral("validation"));
        QVERIFY(QDir().mkpath(m_split + QStringLiteral("/image")) && QDir().mkpath(m_split + QStringLiteral("/annos")));
        writeImage(m_split, 1, dataset::ImageSource::User, 1, {{1, {20, 20, 100, 120}}, {8, {110, 40, 180, 150}}});
        writeImage(m_split, 2, dataset::ImageSource::User, 2, {{2, {30, 30, 150, 140}}});
        writeImage(m_split, 3, dataset::ImageSource::Shop, 1, {{1, {40, 40, 120, 120}}});
        m_catalog = m_dir->filePath(QStringLiteral("review.db"));
        review::DatasetImportParams params;
        params.source = m_split;
        params.catalogPath = m_catalog;
        const Result<review::DatasetImportReport> report = review::DatasetImporter(params).run();
        QVERIFY2(report.ok(), report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->imagesAdded, 3);
        QCOMPARE(report->itemsAdded, 4);

        auto store = reopen();
        const qint64 one = imageIdOf(*store, 1), two = imageIdOf(*store, 2), three = imageIdOf(*store, 3);
        QVERIFY(store->catalog()
                    .transaction([&]() -> Status {
                        if (Status s = store->replacePredictions(one, {prediction(1, {22, 22, 100, 118}, 0.9), prediction(10, {150, 0, 195, 30}, 0.8)}); !s)
                            return s;
                        if (Status s = store->replacePredictions(two, {prediction(4, {30, 30, 150, 140}, 0.7)}); !s)
                            return s;
                        return store->replacePredictions(three, {prediction(1, {40, 40, 120, 120}, 0.95)});
                    })
                    .ok());
        // Vectors of image 1's ground truth, so that the re-indexing contract can be checked.
        catalog::ModelRecord model{0, QStringLiteral("gem"), QStringLiteral("embedder"), QStringLiteral("fp-gem"), QByteArrayLiteral("{}")};
        const qint64 modelId = store->catalog().ensureModel(model).value();
        m_vectorSet = store->catalog().ensureVectorSet(QStringLiteral("gem"), modelId, 2).value().id;
        const float v[2] = {0.6f, 0.8f};
        for (const CatalogItem &item : itemsOf(*store, one, ItemOrigin::GroundTruth)) {
            const Status put = store->catalog().putVector(m_vectorSet, item.id, v, 2);
            QVERIFY2(put.ok(), put ? "" : qPrintable(put.error().message));
        }
    }

    // A fresh connection of the test's own, as another process would see the database.
    std::unique_ptr<review::ReviewStore> reopen() const
    {
        auto store = review::ReviewStore::open(m_catalog);
        if (!store)
            qFatal("%s", qPrintable(store.error().message));
        return std::move(store.value());
    }

    static std::vector<CatalogItem> itemsOf(review::ReviewStore &store, qint64 imageId, ItemOrigin origin)
    {
        std::vector<CatalogItem> found;
        const std::vector<CatalogItem> all = store.catalog().itemsOfImage(imageId).value();
        for (const CatalogItem &item : all) {
            if (item.origin == origin || (origin == ItemOrigin::GroundTruth && item.origin == ItemOrigin::HandCorrected))
                found.push_back(item);
        }
        return found;
    }

    qint64 imageIdOf(review::ReviewStore &store, int datasetId) const
    {
        const QString path = QFileInfo(m_split + QStringLiteral("/image/") + dataset::DeepFashion2Io::fileStem(datasetId) + QStringLiteral(".jpg"))
                                 .absoluteFilePath();
        return store.catalog().imageByPath(path).value()->id;
    }
};

} // namespace lookbook::test
