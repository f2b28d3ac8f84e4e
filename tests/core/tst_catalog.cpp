// The SQLite catalog: schema and migrations, transactions, records, and what a damaged, locked or
// newer database does (a clear error naming the file, and the file left as it was).
#include "../testfiles.h"
#include "catalog/catalog.h"
#include "catalog/catalogschema.h"
#include "catalog/sqliteconnection.h"
#include "catalog/sqlitestatement.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace lookbook;
using namespace lookbook::catalog;

namespace {

QString messageOf(const Error &error) { return error.message; }

CatalogImage shopImage(const QString &path, int pairId = 0)
{
    CatalogImage image;
    image.path = path;
    image.contentHash = QStringLiteral("00");
    image.width = 100;
    image.height = 80;
    image.pairId = pairId;
    return image;
}

CatalogItem item(qint64 imageId, int category)
{
    CatalogItem i;
    i.imageId = imageId;
    i.box = {10, 10, 50, 60};
    i.categoryId = category;
    i.style = 1;
    return i;
}

qint64 scalar(SqliteConnection &connection, const QString &sql)
{
    auto statement = connection.prepare(sql);
    [[maybe_unused]] const bool row = (*statement)->step().value();
    return (*statement)->int64(0);
}

} // namespace

class TestCatalog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void createsTheLatestSchemaInWalMode()
    {
        const QString path = m_dir.filePath(QStringLiteral("new.db"));
        auto catalog = Catalog::create(path);
        QVERIFY2(catalog.ok(), catalog.ok() ? "" : qPrintable(catalog.error().message));
        catalog.value().reset();
        auto connection = SqliteConnection::open(path, SqliteConnection::OpenMode::Existing);
        QVERIFY(connection.ok());
        QCOMPARE(CatalogSchema::version(**connection).value(), CatalogSchema::latestVersion());
        auto mode = (*connection)->prepare(QStringLiteral("PRAGMA journal_mode"));
        QVERIFY((*mode)->step().value());
        QCOMPARE((*mode)->text(0), QStringLiteral("wal"));
        QCOMPARE(scalar(**connection, QStringLiteral("PRAGMA foreign_keys")), 1);

        const auto again = Catalog::create(path);
        QVERIFY(!again.ok());
        QVERIFY(messageOf(again.error()).contains(QStringLiteral("already exists")));
    }

    void migratesAnOlderCatalogAndKeepsItsRows()
    {
        // A version-1 catalog (images, items, products only), as an earlier Lookbook wrote it.
        const QString path = m_dir.filePath(QStringLiteral("v1.db"));
        {
            auto connection = SqliteConnection::open(path, SqliteConnection::OpenMode::CreateIfMissing);
            QVERIFY(connection.ok());
            QVERIFY(CatalogSchema::migrate(**connection, 1).ok());
            QCOMPARE(CatalogSchema::version(**connection).value(), 1);
            QVERIFY((*connection)
                        ->execute(QStringLiteral("INSERT INTO images (id, path, content_hash, width, height, source, pair_id) "
                                                 "VALUES (7, '/photos/a.jpg', 'ab', 640, 480, 'shop', 3);"
                                                 "INSERT INTO items (id, image_id, x1, y1, x2, y2, category_id, style, origin) "
                                                 "VALUES (11, 7, 1, 2, 30, 40, 5, 2, 'ground_truth');"))
                        .ok());
            QVERIFY(!(*connection)->execute(QStringLiteral("SELECT * FROM vectors")).ok());  // not in version 1
        }
        auto catalog = Catalog::open(path);
        QVERIFY2(catalog.ok(), catalog.ok() ? "" : qPrintable(catalog.error().message));
        const auto image = (*catalog)->image(7);
        QVERIFY(image.ok());
        QCOMPARE(image->path, QStringLiteral("/photos/a.jpg"));
        QCOMPARE(image->pairId, 3);
        QVERIFY(image->originKey.isEmpty());  // the column version 3 added
        const auto items = (*catalog)->itemsOfImage(7);
        QCOMPARE(items->size(), std::size_t(1));
        QCOMPARE(items->front().categoryId, 5);
        QCOMPARE(items->front().box.x2, 30.0);
        // Version 2's tables work on the migrated file.
        const qint64 model = (*catalog)->ensureModel({0, QStringLiteral("m"), QStringLiteral("embedder"), QStringLiteral("f1"), "{}"}).value();
        const auto set = (*catalog)->ensureVectorSet(QStringLiteral("m"), model, 2);
        QVERIFY(set.ok());
        const float v[2] = {0.6f, 0.8f};
        QVERIFY((*catalog)->putVector(set->id, 11, v, 2).ok());
        std::vector<qint64> ids;
        const auto vectors = (*catalog)->vectors(set->id, ids);
        QVERIFY(vectors.ok());
        QCOMPARE(ids, std::vector<qint64>{11});
        QCOMPARE(vectors->values, (std::vector<float>{0.6f, 0.8f}));
    }

    // A schema version this Lookbook cannot migrate from is refused, naming the file. Fuzzing found the
    // negative one, which indexed the migrations before their start.
    void refusesASchemaVersionItCannotMigrate_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<QString>("expected");
        QTest::newRow("newer") << 99 << QStringLiteral(": catalog schema version 99 was written by a newer Lookbook");
        QTest::newRow("negative") << -273144576
                                  << QStringLiteral(": catalog schema version -273144576 is not one Lookbook writes: the file is damaged, or not a Lookbook catalog");
    }

    void refusesASchemaVersionItCannotMigrate()
    {
        QFETCH(int, version);
        QFETCH(QString, expected);
        const QString path = m_dir.filePath(QStringLiteral("version-%1.db").arg(version));
        {
            auto connection = SqliteConnection::open(path, SqliteConnection::OpenMode::CreateIfMissing);
            QVERIFY((*connection)->execute(QStringLiteral("PRAGMA user_version=%1").arg(version)).ok());
        }
        const auto catalog = Catalog::open(path);
        QVERIFY(!catalog.ok());
        QVERIFY2(catalog.error().message.startsWith(path + expected), qPrintable(catalog.error().message));
    }

    void reportsADamagedFileAndLeavesItAlone()
    {
        const QString path = m_dir.filePath(QStringLiteral("damaged.db"));
        const QByteArray garbage = QByteArray("this is not a database, just text that someone named .db\n").repeated(200);
        test::writeFile(path, garbage);
        const auto catalog = Catalog::open(path);
        QVERIFY(!catalog.ok());
        QCOMPARE(catalog.error().code, ErrorCode::InvalidData);
        QVERIFY(messageOf(catalog.error()).contains(path));
        QVERIFY2(messageOf(catalog.error()).contains(QStringLiteral("damaged or not a Lookbook catalog")), qPrintable(catalog.error().message));
        QCOMPARE(test::readFile(path), garbage);

        // A real catalog cut in half: SQLite notices when it reads the missing pages.
        const QString cut = m_dir.filePath(QStringLiteral("cut.db"));
        {
            auto full = Catalog::create(cut);
            QVERIFY(full.ok());
            for (int i = 0; i < 300; ++i)
                QVERIFY((*full)->addImage(shopImage(QStringLiteral("/p/%1.jpg").arg(i))).ok());
        }
        QByteArray bytes = test::readFile(cut);
        QVERIFY(bytes.size() > 8192);
        bytes.truncate(bytes.size() / 2);
        test::writeFile(cut, bytes);
        auto opened = Catalog::open(cut);
        Result<CatalogCounts> counts = opened ? (*opened)->counts() : Result<CatalogCounts>(opened.error());
        QVERIFY(!counts.ok());
        QVERIFY2(messageOf(counts.error()).contains(cut), qPrintable(counts.error().message));
    }

    void reportsALockedCatalog()
    {
        const QString path = m_dir.filePath(QStringLiteral("locked.db"));
        auto catalog = Catalog::create(path);
        QVERIFY(catalog.ok());
        // Another program holds the write lock.
        auto other = SqliteConnection::open(path, SqliteConnection::OpenMode::Existing, 0);
        QVERIFY((*other)->execute(QStringLiteral("BEGIN IMMEDIATE")).ok());
        const Status written = (*catalog)->transaction([&]() -> Status { return (*catalog)->addImage(shopImage(QStringLiteral("/p/x.jpg"))).ok() ? success() : Status::failure(ErrorCode::IoError, QStringLiteral("insert")); });
        QVERIFY(!written.ok());
        // SQLite's "database is locked" becomes what a person can act on.
        QCOMPARE(messageOf(written.error()), QStringLiteral("another Lookbook process is writing to %1; try again when it has finished").arg(path));
        QVERIFY((*other)->execute(QStringLiteral("ROLLBACK")).ok());
        QCOMPARE((*catalog)->counts()->shopImages, 0);
    }

    void aFolderIsNotACatalog()
    {
        const QString folder = m_dir.filePath(QStringLiteral("photos.db"));
        QVERIFY(QDir().mkpath(folder));
        const auto opened = Catalog::open(folder);
        QVERIFY(!opened.ok());
        QCOMPARE(messageOf(opened.error()), folder + QStringLiteral(" is a folder, not a catalog file"));
    }

    void listsTheFoldersOfItsImages()
    {
        auto catalog = Catalog::create(m_dir.filePath(QStringLiteral("folders.db")));
        QVERIFY(catalog.ok());
        for (const char *path : {"/shop/a/1.jpg", "/shop/a/2.jpg", "/shop/b.c/x.y.jpg", "/top.jpg"})
            QVERIFY((*catalog)->addImage(shopImage(QString::fromLatin1(path))).ok());
        QStringList folders = (*catalog)->imageFolders().value();
        folders.sort();
        QCOMPARE(folders, (QStringList{QStringLiteral("/"), QStringLiteral("/shop/a"), QStringLiteral("/shop/b.c")}));
    }

    void aFailedTransactionStoresNothing()
    {
        auto catalog = Catalog::create(m_dir.filePath(QStringLiteral("tx.db")));
        const Status failed = (*catalog)->transaction([&]() -> Status {
            const qint64 image = (*catalog)->addImage(shopImage(QStringLiteral("/p/a.jpg"))).value();
            if (!(*catalog)->addItem(item(image, 3)).ok())
                return Status::failure(ErrorCode::InvalidData, QStringLiteral("first item"));
            return (*catalog)->addItem(item(image, 14)).ok() ? success() : Status::failure(ErrorCode::InvalidData, QStringLiteral("category 14"));
        });
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().message, QStringLiteral("category 14"));
        const CatalogCounts counts = (*catalog)->counts().value();
        QCOMPARE(counts.shopImages, 0);
        QCOMPARE(counts.shopItems, 0);
    }

    void enforcesForeignKeysAndChecks()
    {
        auto catalog = Catalog::create(m_dir.filePath(QStringLiteral("fk.db")));
        const auto orphan = (*catalog)->addItem(item(12345, 1));
        QVERIFY(!orphan.ok());
        QVERIFY2(messageOf(orphan.error()).contains(QStringLiteral("FOREIGN KEY")), qPrintable(orphan.error().message));
        const qint64 image = (*catalog)->addImage(shopImage(QStringLiteral("/p/a.jpg"))).value();
        CatalogItem inverted = item(image, 1);
        inverted.box = {50, 10, 10, 60};
        QVERIFY(!(*catalog)->addItem(inverted).ok());
        QVERIFY(!(*catalog)->addImage(shopImage(QStringLiteral("/p/a.jpg"))).ok());  // a path is stored once
        ProductInfo bad;
        bad.itemId = (*catalog)->addItem(item(image, 1)).value();
        bad.extraJson = "{not json";
        QVERIFY(!(*catalog)->setProduct(bad).ok());
    }

    void storesItemsProductsAndVectors()
    {
        auto catalog = Catalog::create(m_dir.filePath(QStringLiteral("rows.db")));
        Catalog &c = **catalog;
        const qint64 shop = c.addImage(shopImage(QStringLiteral("/p/shop.jpg"), 9)).value();
        CatalogImage street = shopImage(QStringLiteral("/p/street.jpg"), 9);
        street.source = dataset::ImageSource::User;
        const qint64 user = c.addImage(street).value();
        CatalogItem fused = item(shop, 2);
        fused.origin = ItemOrigin::Fused;
        fused.score = 0.75;
        const qint64 first = c.addItem(fused).value();
        const qint64 second = c.addItem(item(shop, 7)).value();
        const qint64 query = c.addItem(item(user, 2)).value();
        ProductInfo product;
        product.itemId = first;
        product.title = QStringLiteral("Red blouse");
        product.price = 19.5;
        product.currency = QStringLiteral("EUR");
        product.url = QStringLiteral("https://shop.example/1");
        product.extraJson = R"({"brand":"X"})";
        QVERIFY(c.setProduct(product).ok());

        const auto details = c.itemDetails({second, first});
        QVERIFY(details.ok());
        QCOMPARE((*details)[0].item.id, second);
        QVERIFY(!(*details)[0].product);
        QCOMPARE((*details)[1].item.origin, ItemOrigin::Fused);
        QCOMPARE(*(*details)[1].item.score, 0.75);
        QCOMPARE((*details)[1].image.path, QStringLiteral("/p/shop.jpg"));
        QCOMPARE((*details)[1].product->title, QStringLiteral("Red blouse"));
        QCOMPARE(*(*details)[1].product->price, 19.5);
        QCOMPARE((*details)[1].product->extraJson, QByteArray(R"({"brand":"X"})"));
        QVERIFY(!c.itemDetails({999}).ok());

        const qint64 model = c.ensureModel({0, QStringLiteral("gem"), QStringLiteral("embedder"), QStringLiteral("fp-a"), "{}"}).value();
        QCOMPARE(c.ensureModel({0, QStringLiteral("gem"), QStringLiteral("embedder"), QStringLiteral("fp-a"), "{}"}).value(), model);
        const VectorSetInfo set = c.ensureVectorSet(QStringLiteral("gem"), model, 2).value();
        const auto otherDimension = c.ensureVectorSet(QStringLiteral("gem"), model, 3);
        QVERIFY(!otherDimension.ok());
        QVERIFY(messageOf(otherDimension.error()).contains(QStringLiteral("dimension 2")));
        const float a[2] = {1, 0}, b[2] = {0, 1}, q[2] = {0.6f, 0.8f};
        QVERIFY(c.putVector(set.id, second, b, 2).ok());
        QCOMPARE(c.itemsWithoutVector(set.id, shop).value(), std::vector<qint64>{first});
        QVERIFY(c.putVector(set.id, first, a, 2).ok());
        QVERIFY(c.putVector(set.id, query, q, 2).ok());
        QVERIFY(c.itemsWithoutVector(set.id, shop)->empty());

        std::vector<qint64> ids;
        const FloatMatrix shopVectors = c.vectors(set.id, ids).value();  // shop items only, by id
        QCOMPARE(ids, (std::vector<qint64>{first, second}));
        QCOMPARE(shopVectors.values, (std::vector<float>{1, 0, 0, 1}));
        QCOMPARE(c.vectorIds(set.id).value(), ids);
        QCOMPARE(c.vectorIds(set.id, false)->size(), std::size_t(3));
        QCOMPARE(c.vectorSet(QStringLiteral("gem")).value()->vectorCount, 3);

        QVERIFY(c.recordIndex(set.id, QStringLiteral("flat"), "{}", QStringLiteral("rows.db.gem.faiss"), 2).ok());
        const VectorSetInfo recorded = *c.vectorSet(QStringLiteral("gem")).value();
        QCOMPARE(recorded.indexType, QStringLiteral("flat"));
        QCOMPARE(recorded.indexCount, 2);
        QVERIFY(!recorded.indexBuiltAt.isEmpty());
        QCOMPARE(c.siblingPath(recorded.indexFile), m_dir.filePath(QStringLiteral("rows.db.gem.faiss")));

        const CatalogCounts counts = c.counts().value();
        QCOMPARE(counts.shopImages, 1);
        QCOMPARE(counts.userImages, 1);
        QCOMPARE(counts.shopItems, 2);
        QCOMPARE(counts.userItems, 1);
    }

    // Search, index build and update choose their vector set here: by name, or the only one.
    void choosesTheVectorSet()
    {
        auto opened = Catalog::create(m_dir.filePath(QStringLiteral("sets.db")));
        QVERIFY(opened.ok());
        Catalog &c = **opened;
        const auto none = c.chooseVectorSet(QString());
        QVERIFY(!none.ok());
        QCOMPARE(none.error().message, c.path() + QStringLiteral(": no vector sets yet; import photos first"));
        QCOMPARE(none.error().remedy, Remedy::ImportPhotos);

        const qint64 model = c.ensureModel({0, QStringLiteral("gem"), QStringLiteral("embedder"), QStringLiteral("fp-a"), "{}"}).value();
        QVERIFY(c.ensureVectorSet(QStringLiteral("gem"), model, 2).ok());
        QCOMPARE(c.chooseVectorSet(QString()).value().name, QStringLiteral("gem"));
        QVERIFY(c.ensureVectorSet(QStringLiteral("cgd"), model, 2).ok());
        const auto several = c.chooseVectorSet(QString());
        QVERIFY(!several.ok());
        QCOMPARE(several.error().message, c.path() + QStringLiteral(": has 2 vector sets (gem, cgd); choose one"));
        QCOMPARE(several.error().remedy, Remedy::ChooseVectorSet);
        QCOMPARE(c.chooseVectorSet(QStringLiteral("gem")).value().name, QStringLiteral("gem"));
        const auto unknown = c.chooseVectorSet(QStringLiteral("clip"));
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().message, c.path() + QStringLiteral(": no vector set 'clip' (the catalog has: gem, cgd)"));
        QCOMPARE(unknown.error().remedy, Remedy::ChooseVectorSet);
    }

    void pagesThroughShopItemsInIdOrder()
    {
        auto catalog = Catalog::create(m_dir.filePath(QStringLiteral("pages.db")));
        Catalog &c = **catalog;
        CatalogImage street = shopImage(QStringLiteral("/p/street.jpg"));
        street.source = dataset::ImageSource::User;
        const qint64 user = c.addImage(street).value();
        std::vector<qint64> shopItems;
        for (int i = 0; i < 5; ++i) {
            const qint64 image = c.addImage(shopImage(QStringLiteral("/p/%1.jpg").arg(i))).value();
            shopItems.push_back(c.addItem(item(image, 1 + i)).value());
            QVERIFY(c.addItem(item(user, 2)).ok());  // street items interleaved: never listed
        }
        const auto first = c.itemIdsAfter(0, 2);
        QVERIFY(first.ok());
        QCOMPARE(*first, (std::vector<qint64>{shopItems[0], shopItems[1]}));
        QCOMPARE(*c.itemIdsAfter(first->back(), 2), (std::vector<qint64>{shopItems[2], shopItems[3]}));
        QCOMPARE(*c.itemIdsAfter(shopItems[3], 2), (std::vector<qint64>{shopItems[4]}));
        QVERIFY(c.itemIdsAfter(shopItems[4], 2)->empty());
        QCOMPARE(c.itemIdsAfter(0, 100, false)->size(), std::size_t(10));
        QCOMPARE(c.itemIdsAfter(0, 0).error().code, ErrorCode::InvalidArgument);
    }

    void aReadLeavesNoTransactionOpenBehind()
    {
        // Two connections, as the GUI's search worker and review workspace have. A read that stops
        // at its one row must not keep a snapshot: this connection's next write would then fail as
        // "locked" once the other one has written.
        const QString path = m_dir.filePath(QStringLiteral("shared.db"));
        auto reader = Catalog::create(path);
        QVERIFY(reader.ok());
        const qint64 first = (*reader)->addImage(shopImage(QStringLiteral("/p/1.jpg"))).value();
        const qint64 firstItem = (*reader)->addItem(item(first, 1)).value();
        auto writer = Catalog::open(path);
        QVERIFY(writer.ok());
        QCOMPARE((*reader)->image(first)->path, QStringLiteral("/p/1.jpg"));
        QVERIFY((*reader)->imageByPath(QStringLiteral("/p/1.jpg"))->has_value());
        QCOMPARE((*reader)->itemDetails({firstItem})->size(), std::size_t(1));
        QVERIFY((*writer)->addImage(shopImage(QStringLiteral("/p/2.jpg"))).ok());
        const Result<qint64> after = (*reader)->addImage(shopImage(QStringLiteral("/p/3.jpg")));
        QVERIFY2(after.ok(), after.ok() ? "" : qPrintable(after.error().message));
        QCOMPARE((*reader)->counts()->shopImages, 3);
    }

    void aVectorOfTheWrongLengthIsNamed()
    {
        auto catalog = Catalog::create(m_dir.filePath(QStringLiteral("short.db")));
        Catalog &c = **catalog;
        const qint64 image = c.addImage(shopImage(QStringLiteral("/p/a.jpg"))).value();
        const qint64 good = c.addItem(item(image, 1)).value();
        const qint64 bad = c.addItem(item(image, 2)).value();
        const qint64 model = c.ensureModel({0, QStringLiteral("m"), QStringLiteral("embedder"), QStringLiteral("fp"), "{}"}).value();
        const VectorSetInfo set = c.ensureVectorSet(QStringLiteral("m"), model, 3).value();
        const float v[3] = {1, 0, 0};
        QVERIFY(c.putVector(set.id, good, v, 3).ok());
        QVERIFY(c.putVector(set.id, bad, v, 2).ok());  // as a damaged file or a foreign writer might leave it
        std::vector<qint64> ids;
        const auto vectors = c.vectors(set.id, ids);
        QVERIFY(!vectors.ok());
        QCOMPARE(vectors.error().code, ErrorCode::InvalidData);
        QVERIFY2(vectors.error().message.contains(QStringLiteral("the vector of item %1 has 8 bytes, expected 12 (dimension 3)").arg(bad)),
                 qPrintable(vectors.error().message));
    }

    // A catalog file cut short (a failed copy, a full disk): SQLite opens it and answers from the
    // pages that are left; the open-time header check refuses it, naming the sizes and the check.
    void aCatalogCutShortIsRefusedOnOpen()
    {
        const QString path = m_dir.filePath(QStringLiteral("cut-short.db"));
        {
            auto catalog = Catalog::create(path);
            QVERIFY(catalog.ok());
            for (int i = 0; i < 200; ++i)
                QVERIFY((*catalog)->addImage(shopImage(QStringLiteral("/p/%1.jpg").arg(i))).ok());
        }  // closing checkpoints the log: the file is the whole catalog
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
        const QByteArray whole = test::readFile(path);
        test::writeFile(path, whole.left(whole.size() - 4096));
        const auto opened = Catalog::open(path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, ErrorCode::InvalidData);
        QCOMPARE(opened.error().message, QStringLiteral("%1: damaged: cut short: its header says %2 pages of 4096 bytes (%3 bytes), the file has %4 bytes "
                                                        "(nothing was changed)")
                                             .arg(path)
                                             .arg(whole.size() / 4096)
                                             .arg(whole.size())
                                             .arg(whole.size() - 4096));
        QCOMPARE(opened.error().remedy, Remedy::CheckCatalog);
        QCOMPARE(opened.error().remedyArguments, QStringList{path});
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
