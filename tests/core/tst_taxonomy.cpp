// Categories as data: a taxonomy read from JSON (COCO's categories or a file of its own), checked
// and matched by name; the catalog's categories table, its migration from the last release's schema
// (a catalog file that release made, in tests/data/catalog), and replacing or extending it.
#include "catalog/catalog.h"
#include "catalog/catalogschema.h"
#include "catalog/catalogtaxonomy.h"
#include "catalog/sqliteconnection.h"
#include "catalog/sqlitestatement.h"
#include "dataset/taxonomy.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace lookbook;
using catalog::CatalogSchema;
using catalog::CatalogTaxonomy;
using catalog::SqliteConnection;
using catalog::SqliteStatement;
using dataset::Taxonomy;
using dataset::TaxonomyCategory;

namespace {

// Every row of every table but the new one, as text: what the migration must keep.
QStringList rowsOf(SqliteConnection &connection)
{
    QStringList rows;
    for (const char *table : {"images", "items", "products", "models", "vector_sets", "vectors", "review_log", "review_images", "review_settings"}) {
        auto query = connection.prepare(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QLatin1String(table)));
        if (!query)
            return {query.error().message};
        SqliteStatement &q = **query;
        (void)q.forEachRow([&] {
            QStringList values;
            for (int column = 0; column < q.columnCount(); ++column)
                values << (q.isNull(column) ? QStringLiteral("NULL") : QString::fromLatin1(q.blob(column).toHex()));
            rows << QLatin1String(table) + QLatin1Char('|') + values.join(QLatin1Char('|'));
        });
    }
    return rows;
}

qint64 scalar(SqliteConnection &connection, const QString &sql)
{
    auto query = connection.prepare(sql);
    if (!query)
        return -1;
    const Result<bool> row = (*query)->step();
    return row && *row ? (*query)->int64(0) : -1;
}

const char kCvatCoco[] = R"({
  "licenses": [{"name": "", "id": 0, "url": ""}],
  "info": {"contributor": "", "date_created": "", "description": "", "url": "", "version": "", "year": ""},
  "categories": [
    {"id": 4, "name": "handbag", "supercategory": "accessory", "color": "#aa3355"},
    {"id": 17, "name": "Sneaker", "supercategory": "footwear", "names": {"de": "Turnschuh"}},
    {"id": 2, "name": "long_sleeve-top", "supercategory": ""}
  ],
  "images": [], "annotations": []
})";

} // namespace

class TestTaxonomy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void readsCocoCategoriesWithGapsSupercategoriesAndColours()
    {
        const Result<Taxonomy> taxonomy = Taxonomy::parse(kCvatCoco, QStringLiteral("cvat.json"));
        QVERIFY2(taxonomy.ok(), taxonomy ? "" : qPrintable(taxonomy.error().message));
        QCOMPARE(taxonomy->size(), 3);
        QCOMPARE(taxonomy->categories().front().id, 2);  // in id order
        const TaxonomyCategory *bag = taxonomy->byId(4);
        QVERIFY(bag);
        QCOMPARE(bag->name, QStringLiteral("handbag"));
        QCOMPARE(bag->supercategory, QStringLiteral("accessory"));
        QCOMPARE(bag->colour, QStringLiteral("#aa3355"));
        QCOMPARE(taxonomy->byId(17)->names.value(QStringLiteral("de")), QStringLiteral("Turnschuh"));
        QVERIFY(!taxonomy->byId(1));
        // Names match ignoring case, spaces, '_' and '-'.
        QCOMPARE(taxonomy->byName(QStringLiteral("Long Sleeve Top"))->id, 2);
        QCOMPARE(taxonomy->byName(QStringLiteral("sneaker"))->id, 17);
        QVERIFY(!taxonomy->byName(QStringLiteral("boot")));
        QVERIFY(!taxonomy->isDeepFashion2());
        // What toJson writes reads back the same.
        const Result<Taxonomy> again = Taxonomy::parse(taxonomy->toJson(), QStringLiteral("again.json"));
        QVERIFY(again.ok());
        QCOMPARE(*again, *taxonomy);
        // A bare list is a taxonomy too.
        QCOMPARE(Taxonomy::parse(R"([{"id": 0, "name": "hat"}])", QStringLiteral("list.json"))->byId(0)->name, QStringLiteral("hat"));
    }

    void deepFashion2IsTheBuiltInDefault()
    {
        const Taxonomy &df2 = Taxonomy::deepFashion2();
        QCOMPARE(df2.size(), 13);
        QCOMPARE(df2.byId(8)->name, QStringLiteral("trousers"));
        QCOMPARE(df2.byName(QStringLiteral("Short_Sleeve_Dress"))->id, 10);
        QVERIFY(df2.isDeepFashion2());
        QVERIFY(Taxonomy::parse(df2.toJson(), QStringLiteral("df2.json"))->isDeepFashion2());
        // DeepFashion2's COCO converter names the categories otherwise: matched with their ids.
        QCOMPARE(df2.match(QStringLiteral("short_sleeved_shirt"), 1)->id, 1);
        QCOMPARE(df2.match(QStringLiteral("Trousers"), 3)->id, 8);  // a name is a name, whatever its id elsewhere
        QVERIFY(!df2.match(QStringLiteral("short_sleeved_shirt"), 2));
        QVERIFY(!Taxonomy::parse(kCvatCoco, QStringLiteral("cvat.json"))->match(QStringLiteral("short_sleeved_shirt"), 1));
    }

    void badTaxonomiesAreRefusedNamingTheField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not JSON") << QByteArray("{\"categories\": [") << QStringLiteral("t.json: not valid JSON");
        QTest::newRow("no categories") << QByteArray(R"({"images": []})") << QStringLiteral("t.json: no \"categories\" list");
        QTest::newRow("not a list") << QByteArray(R"({"categories": 3})") << QStringLiteral("\"categories\" must be a list");
        QTest::newRow("empty") << QByteArray(R"({"categories": []})") << QStringLiteral("t.json: the taxonomy has no categories");
        QTest::newRow("entry not an object") << QByteArray(R"([7])") << QStringLiteral("t.json: categories[0]: must be an object");
        QTest::newRow("id missing") << QByteArray(R"([{"name": "bag"}])") << QStringLiteral("categories[0]: \"id\" must be a whole number, not missing");
        QTest::newRow("id fractional") << QByteArray(R"([{"id": 1.5, "name": "bag"}])") << QStringLiteral("\"id\" must be a whole number");
        QTest::newRow("id negative") << QByteArray(R"([{"id": -2, "name": "bag"}])") << QStringLiteral("category -2: ids must be 0 or more");
        QTest::newRow("id twice") << QByteArray(R"([{"id": 1, "name": "bag"}, {"id": 1, "name": "hat"}])")
                                  << QStringLiteral("t.json: category 1 is declared twice");
        QTest::newRow("name twice") << QByteArray(R"([{"id": 1, "name": "Hand Bag"}, {"id": 2, "name": "hand_bag"}])")
                                    << QStringLiteral("category 2 \"hand_bag\" has the same name as \"Hand Bag\"");
        QTest::newRow("name missing") << QByteArray(R"([{"id": 1}])") << QStringLiteral("t.json: category 1 has no name");
        QTest::newRow("name blank") << QByteArray(R"([{"id": 1, "name": " _ "}])") << QStringLiteral("category 1 has no name");
        QTest::newRow("name not text") << QByteArray(R"([{"id": 1, "name": 5}])") << QStringLiteral("\"name\" must be a string, not number 5");
        QTest::newRow("colour") << QByteArray(R"([{"id": 1, "name": "bag", "colour": "red"}])") << QStringLiteral("colour \"red\" is not of the form #rrggbb");
        QTest::newRow("names") << QByteArray(R"([{"id": 1, "name": "bag", "names": ["Tasche"]}])") << QStringLiteral("\"names\" must be an object");
        QTest::newRow("name too long") << (QByteArray(R"([{"id": 1, "name": ")") + QByteArray(300, 'a') + QByteArray(R"("}])"))
                                       << QStringLiteral("names are at most 200 characters");
    }

    void badTaxonomiesAreRefusedNamingTheField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const Result<Taxonomy> taxonomy = Taxonomy::parse(json, QStringLiteral("t.json"));
        QVERIFY(!taxonomy.ok());
        QVERIFY2(taxonomy.error().message.contains(expected), qPrintable(taxonomy.error().message));
    }

    void loadNamesAMissingFile()
    {
        const Result<Taxonomy> taxonomy = Taxonomy::load(m_dir.filePath(QStringLiteral("none.json")));
        QVERIFY(!taxonomy.ok());
        QVERIFY(taxonomy.error().message.contains(QStringLiteral("none.json")));
    }

    // A catalog made by the release before categories were data (schema 5: shop photos with their
    // vectors, a review import, its settings and log) opens with nothing lost, DeepFashion2's
    // categories as its taxonomy, and items that now reference them.
    void migratesACatalogOfTheLastReleaseWithNothingLost()
    {
        const QString path = m_dir.filePath(QStringLiteral("schema5.db"));
        QVERIFY(QFile::copy(QStringLiteral(LOOKBOOK_TEST_DATA "/catalog/schema5.db"), path));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QStringList before;
        {
            auto connection = SqliteConnection::open(path, SqliteConnection::OpenMode::Existing);
            QVERIFY(connection.ok());
            QCOMPARE(CatalogSchema::version(**connection).value(), 5);
            before = rowsOf(**connection);
        }
        QVERIFY(before.size() > 50);
        auto opened = catalog::Catalog::open(path);
        QVERIFY2(opened.ok(), opened ? "" : qPrintable(opened.error().message));
        SqliteConnection &connection = (*opened)->connection();
        QCOMPARE(CatalogSchema::version(connection).value(), CatalogSchema::latestVersion());
        QCOMPARE(rowsOf(connection), before);
        const Result<Taxonomy> taxonomy = CatalogTaxonomy::read(connection);
        QVERIFY(taxonomy.ok());
        QVERIFY(taxonomy->isDeepFashion2());
        QCOMPARE(*taxonomy, Taxonomy::deepFashion2());
        QCOMPARE(scalar(connection, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")), 0);
        QCOMPARE(scalar(connection, QStringLiteral("PRAGMA foreign_keys")), 1);  // on again after the rebuild
        const Result<QMap<int, qint64>> counts = CatalogTaxonomy::itemCounts(connection);
        qint64 items = 0;
        for (qint64 count : *counts)
            items += count;
        QCOMPARE(items, scalar(connection, QStringLiteral("SELECT count(*) FROM items")));
        // Deleting an image still removes its items, their vectors and products (the cascades survived).
        const qint64 image = scalar(connection, QStringLiteral("SELECT image_id FROM items i JOIN vectors v ON v.item_id = i.id LIMIT 1"));
        QVERIFY(connection.execute(QStringLiteral("DELETE FROM images WHERE id = %1").arg(image)).ok());
        QCOMPARE(scalar(connection, QStringLiteral("SELECT count(*) FROM vectors v LEFT JOIN items i ON i.id = v.item_id WHERE i.id IS NULL")), 0);
        // An item of a category the catalog does not have is refused.
        QVERIFY(!connection.execute(QStringLiteral("UPDATE items SET category_id = 99 WHERE id = (SELECT min(id) FROM items)")).ok());
    }

    void aTaxonomyIsReplacedOnlyWhenNoItemLosesItsCategory()
    {
        auto created = catalog::Catalog::create(m_dir.filePath(QStringLiteral("retail.db")));
        QVERIFY(created.ok());
        catalog::Catalog &shop = **created;
        QCOMPARE(*CatalogTaxonomy::read(shop.connection()), Taxonomy::deepFashion2());  // a new catalog's default
        const Result<Taxonomy> retail = Taxonomy::parse(kCvatCoco, QStringLiteral("cvat.json"));
        QVERIFY(CatalogTaxonomy::replace(shop.connection(), *retail).ok());
        QCOMPARE(*CatalogTaxonomy::read(shop.connection()), *retail);

        catalog::CatalogImage image;
        image.path = QStringLiteral("/shop/bag.jpg");
        image.contentHash = QStringLiteral("h");
        image.width = 100;
        image.height = 100;
        image.source = dataset::ImageSource::Shop;
        const qint64 imageId = shop.addImage(image).value();
        catalog::CatalogItem bag;
        bag.imageId = imageId;
        bag.box = {1, 1, 50, 50};
        bag.categoryId = 4;
        QVERIFY(shop.addItem(bag).ok());
        bag.categoryId = 8;  // trousers: DeepFashion2's, not this catalog's
        QVERIFY(!shop.addItem(bag).ok());

        // The handbag is in use: a taxonomy without it is refused, naming it; nothing changes.
        const Result<Taxonomy> shoesOnly = Taxonomy::parse(R"([{"id": 17, "name": "sneaker"}])", QStringLiteral("shoes.json"));
        const Status refused = CatalogTaxonomy::replace(shop.connection(), *shoesOnly);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("4 \"handbag\" (1 items)")), qPrintable(refused.error().message));
        QCOMPARE(*CatalogTaxonomy::read(shop.connection()), *retail);

        // Added later (the review workspace's "new category"): the next id, a name of its own.
        const Result<int> hat = CatalogTaxonomy::add(shop.connection(), {-1, QStringLiteral("Hat"), QStringLiteral("accessory"), {}, {}});
        QVERIFY(hat.ok());
        QCOMPARE(*hat, 18);
        const Result<int> again = CatalogTaxonomy::add(shop.connection(), {-1, QStringLiteral("hat"), {}, {}, {}});
        QVERIFY(!again.ok());
        QVERIFY2(again.error().message.contains(QStringLiteral("has the same name as \"Hat\"")), qPrintable(again.error().message));
        QCOMPARE(CatalogTaxonomy::read(shop.connection())->size(), 4);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestTaxonomy)
#include "tst_taxonomy.moc"
