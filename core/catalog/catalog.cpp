#include "catalog/catalog.h"

#include "catalog/catalogschema.h"
#include "catalog/sqliteconnection.h"
#include "catalog/sqlitestatement.h"
#include "catalog/sqlitetransaction.h"

#include <QDir>
#include <QFileInfo>

#include <cstring>

namespace lookbook::catalog {
namespace {

QString sourceName(dataset::ImageSource source) { return source == dataset::ImageSource::User ? QStringLiteral("user") : QStringLiteral("shop"); }

const QString kImageColumns = QStringLiteral("id, path, content_hash, width, height, source, pair_id, origin_key");

CatalogImage readImage(const SqliteStatement &row, int first)
{
    CatalogImage image;
    image.id = row.int64(first);
    image.path = row.text(first + 1);
    image.contentHash = row.text(first + 2);
    image.width = static_cast<int>(row.int64(first + 3));
    image.height = static_cast<int>(row.int64(first + 4));
    image.source = row.text(first + 5) == QLatin1String("user") ? dataset::ImageSource::User : dataset::ImageSource::Shop;
    image.pairId = row.isNull(first + 6) ? 0 : static_cast<int>(row.int64(first + 6));
    image.originKey = row.text(first + 7);
    return image;
}

const QString kItemColumns = QStringLiteral("id, image_id, x1, y1, x2, y2, category_id, style, score, origin, review_state");

CatalogItem readItem(const SqliteStatement &row, int first)
{
    CatalogItem item;
    item.id = row.int64(first);
    item.imageId = row.int64(first + 1);
    item.box = {row.real(first + 2), row.real(first + 3), row.real(first + 4), row.real(first + 5)};
    item.categoryId = static_cast<int>(row.int64(first + 6));
    item.style = static_cast<int>(row.int64(first + 7));
    if (!row.isNull(first + 8))
        item.score = row.real(first + 8);
    item.origin = originFromName(row.text(first + 9)).value_or(ItemOrigin::GroundTruth);
    item.review = reviewStateFromName(row.text(first + 10)).value_or(ReviewState::Unreviewed);
    return item;
}

const QString kVectorSetQuery = QStringLiteral(
    "SELECT s.id, s.name, s.model_id, m.name, m.fingerprint, s.dimension, "
    "(SELECT count(*) FROM vectors v WHERE v.vector_set_id = s.id), "
    "s.index_type, s.index_params, s.index_file, s.index_count, s.index_built_at "
    "FROM vector_sets s JOIN models m ON m.id = s.model_id");

VectorSetInfo readVectorSet(const SqliteStatement &row)
{
    VectorSetInfo set;
    set.id = row.int64(0);
    set.name = row.text(1);
    set.modelId = row.int64(2);
    set.modelName = row.text(3);
    set.modelFingerprint = row.text(4);
    set.dimension = static_cast<int>(row.int64(5));
    set.vectorCount = row.int64(6);
    set.indexType = row.text(7);
    set.indexParams = row.text(8).toUtf8();
    set.indexFile = row.text(9);
    set.indexCount = row.isNull(10) ? 0 : row.int64(10);
    set.indexBuiltAt = row.text(11);
    return set;
}

} // namespace

Catalog::Catalog(QString path, std::unique_ptr<SqliteConnection> connection) : m_path(std::move(path)), m_db(std::move(connection)) {}

Catalog::~Catalog() = default;

Result<std::unique_ptr<Catalog>> Catalog::create(const QString &path)
{
    if (QFileInfo::exists(path))
        return Result<std::unique_ptr<Catalog>>::failure(ErrorCode::InvalidArgument,
                                                         path + QStringLiteral(": already exists (open it, or choose another name)"));
    return openConnection(path, true);
}

Result<std::unique_ptr<Catalog>> Catalog::open(const QString &path) { return openConnection(path, false); }

Result<std::unique_ptr<Catalog>> Catalog::openConnection(const QString &path, bool create)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    auto connection = SqliteConnection::open(absolute, create ? SqliteConnection::OpenMode::CreateIfMissing : SqliteConnection::OpenMode::Existing);
    if (!connection)
        return connection.error();
    if (Status migrated = CatalogSchema::migrate(**connection); !migrated)
        return migrated.error();
    return std::unique_ptr<Catalog>(new Catalog(absolute, std::move(connection.value())));
}

QString Catalog::siblingPath(const QString &fileName) const { return QFileInfo(m_path).absoluteDir().filePath(fileName); }

Status Catalog::transaction(const std::function<Status()> &work)
{
    SqliteTransaction transaction(*m_db);
    if (!transaction.begun())
        return transaction.begun();
    if (Status done = work(); !done)
        return done;
    return transaction.commit();
}

Result<std::optional<CatalogImage>> Catalog::findImage(const QString &condition, const std::function<void(SqliteStatement &)> &bind)
{
    auto query = m_db->prepare(QStringLiteral("SELECT %1 FROM images WHERE %2").arg(kImageColumns, condition));
    if (!query)
        return query.error();
    SqliteStatement &q = **query;
    bind(q);
    Result<bool> row = q.step();
    if (!row)
        return row.error();
    std::optional<CatalogImage> found;
    if (*row)
        found = readImage(q, 0);
    return found;
}

Result<std::optional<CatalogImage>> Catalog::imageByPath(const QString &absolutePath)
{
    return findImage(QStringLiteral("path = ?1"), [&](SqliteStatement &q) { q.bind(1, absolutePath); });
}

Result<CatalogImage> Catalog::image(qint64 imageId)
{
    Result<std::optional<CatalogImage>> found = findImage(QStringLiteral("id = ?1"), [&](SqliteStatement &q) { q.bind(1, imageId); });
    if (!found)
        return found.error();
    if (!*found)
        return Result<CatalogImage>::failure(ErrorCode::InvalidArgument, QStringLiteral("%1: no image with id %2").arg(m_path).arg(imageId));
    return **found;
}

Result<qint64> Catalog::addImage(const CatalogImage &image)
{
    auto insert = m_db->prepare(QStringLiteral(
        "INSERT INTO images (path, content_hash, width, height, source, pair_id, origin_key) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
    if (!insert)
        return insert.error();
    SqliteStatement &q = **insert;
    q.bind(1, image.path).bind(2, image.contentHash).bind(3, image.width).bind(4, image.height).bind(5, sourceName(image.source));
    if (image.pairId > 0)
        q.bind(6, image.pairId);
    else
        q.bindNull(6);
    q.bind(7, image.originKey);
    if (Status done = q.run(); !done)
        return done.error();
    return m_db->lastInsertRowId();
}

Result<qint64> Catalog::addItem(const CatalogItem &item)
{
    auto insert = m_db->prepare(QStringLiteral(
        "INSERT INTO items (image_id, x1, y1, x2, y2, category_id, style, score, origin, review_state) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"));
    if (!insert)
        return insert.error();
    SqliteStatement &q = **insert;
    q.bind(1, item.imageId).bind(2, item.box.x1).bind(3, item.box.y1).bind(4, item.box.x2).bind(5, item.box.y2);
    q.bind(6, item.categoryId).bind(7, item.style);
    if (item.score)
        q.bind(8, *item.score);
    else
        q.bindNull(8);
    q.bind(9, originName(item.origin)).bind(10, reviewStateName(item.review));
    if (Status done = q.run(); !done)
        return done.error();
    return m_db->lastInsertRowId();
}

Result<std::vector<CatalogItem>> Catalog::itemsOfImage(qint64 imageId)
{
    auto query = m_db->prepare(QStringLiteral("SELECT %1 FROM items WHERE image_id = ?1 ORDER BY id").arg(kItemColumns));
    if (!query)
        return query.error();
    SqliteStatement &q = **query;
    q.bind(1, imageId);
    std::vector<CatalogItem> items;
    if (Status read = q.forEachRow([&] {
            items.push_back(readItem(q, 0));
        });
        !read)
        return read.error();
    return items;
}

Status Catalog::setProduct(const ProductInfo &product)
{
    auto upsert = m_db->prepare(QStringLiteral(
        "INSERT INTO products (item_id, title, price, currency, url, extra) VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
        "ON CONFLICT (item_id) DO UPDATE SET title = excluded.title, price = excluded.price, currency = excluded.currency, "
        "url = excluded.url, extra = excluded.extra"));
    if (!upsert)
        return upsert.error();
    SqliteStatement &q = **upsert;
    q.bind(1, product.itemId).bind(2, product.title);
    if (product.price)
        q.bind(3, *product.price);
    else
        q.bindNull(3);
    q.bind(4, product.currency).bind(5, product.url);
    if (product.extraJson.isEmpty())
        q.bindNull(6);
    else
        q.bind(6, QString::fromUtf8(product.extraJson));
    return q.run();
}

Result<std::vector<ItemDetails>> Catalog::itemDetails(const std::vector<qint64> &itemIds)
{
    auto query = m_db->prepare(QStringLiteral(
        "SELECT i.id, i.image_id, i.x1, i.y1, i.x2, i.y2, i.category_id, i.style, i.score, i.origin, i.review_state, "
        "g.id, g.path, g.content_hash, g.width, g.height, g.source, g.pair_id, g.origin_key, "
        "p.item_id, p.title, p.price, p.currency, p.url, p.extra "
        "FROM items i JOIN images g ON g.id = i.image_id LEFT JOIN products p ON p.item_id = i.id WHERE i.id = ?1"));
    if (!query)
        return query.error();
    SqliteStatement &q = **query;
    std::vector<ItemDetails> details;
    details.reserve(itemIds.size());
    for (qint64 id : itemIds) {
        q.bind(1, id);
        Result<bool> row = q.step();
        if (!row)
            return row.error();
        if (!*row)
            return Result<std::vector<ItemDetails>>::failure(ErrorCode::InvalidData,
                                                             QStringLiteral("%1: no item with id %2").arg(m_path).arg(id));
        ItemDetails d;
        d.item = readItem(q, 0);
        d.image = readImage(q, 11);
        if (!q.isNull(19)) {
            ProductInfo product;
            product.itemId = q.int64(19);
            product.title = q.text(20);
            if (!q.isNull(21))
                product.price = q.real(21);
            product.currency = q.text(22);
            product.url = q.text(23);
            product.extraJson = q.text(24).toUtf8();
            d.product = std::move(product);
        }
        details.push_back(std::move(d));
    }
    return details;
}

Result<CatalogCounts> Catalog::counts()
{
    auto query = m_db->prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM images WHERE source = 'user'), (SELECT count(*) FROM images WHERE source = 'shop'), "
        "(SELECT count(*) FROM items i JOIN images g ON g.id = i.image_id WHERE g.source = 'user'), "
        "(SELECT count(*) FROM items i JOIN images g ON g.id = i.image_id WHERE g.source = 'shop')"));
    if (!query)
        return query.error();
    SqliteStatement &q = **query;
    Result<bool> row = q.step();
    if (!row)
        return row.error();
    CatalogCounts counts{q.int64(0), q.int64(1), q.int64(2), q.int64(3)};
    (void)q.step();
    return counts;
}

Result<qint64> Catalog::ensureModel(const ModelRecord &model)
{
    auto insert = m_db->prepare(QStringLiteral(
        "INSERT INTO models (name, kind, fingerprint, manifest) VALUES (?1, ?2, ?3, ?4) ON CONFLICT (fingerprint) DO NOTHING"));
    if (!insert)
        return insert.error();
    (*insert)->bind(1, model.name).bind(2, model.kind).bind(3, model.fingerprint).bind(4, QString::fromUtf8(model.manifestJson));
    if (Status done = (*insert)->run(); !done)
        return done.error();
    auto query = m_db->prepare(QStringLiteral("SELECT id FROM models WHERE fingerprint = ?1"));
    if (!query)
        return query.error();
    (*query)->bind(1, model.fingerprint);
    Result<bool> row = (*query)->step();
    if (!row)
        return row.error();
    const qint64 id = (*query)->int64(0);
    (void)(*query)->step();
    return id;
}

Result<VectorSetInfo> Catalog::chooseVectorSet(const QString &name)
{
    Result<std::vector<VectorSetInfo>> sets = vectorSets();
    if (!sets)
        return sets.error();
    QStringList names;
    for (const VectorSetInfo &set : *sets) {
        if (set.name == name || (name.isEmpty() && sets->size() == 1))
            return set;
        names << set.name;
    }
    if (names.isEmpty())
        return Error{ErrorCode::InvalidArgument, QStringLiteral("%1: no vector sets yet; import photos first").arg(m_path), Remedy::ImportPhotos, {}};
    const QString problem = name.isEmpty() ? QStringLiteral("has %1 vector sets (%2); choose one").arg(names.size()).arg(names.join(QStringLiteral(", ")))
                                           : QStringLiteral("no vector set '%1' (the catalog has: %2)").arg(name, names.join(QStringLiteral(", ")));
    return Error{ErrorCode::InvalidArgument, QStringLiteral("%1: %2").arg(m_path, problem), Remedy::ChooseVectorSet, {}};
}

Result<std::optional<VectorSetInfo>> Catalog::vectorSet(const QString &name)
{
    auto query = m_db->prepare(kVectorSetQuery + QStringLiteral(" WHERE s.name = ?1"));
    if (!query)
        return query.error();
    (*query)->bind(1, name);
    Result<bool> row = (*query)->step();
    if (!row)
        return row.error();
    std::optional<VectorSetInfo> found;
    if (*row)
        found = readVectorSet(**query);
    (void)(*query)->step();
    return found;
}

Result<std::vector<VectorSetInfo>> Catalog::vectorSets()
{
    auto query = m_db->prepare(kVectorSetQuery + QStringLiteral(" ORDER BY s.id"));
    if (!query)
        return query.error();
    std::vector<VectorSetInfo> sets;
    if (Status read = (*query)->forEachRow([&] {
            sets.push_back(readVectorSet(**query));
        });
        !read)
        return read.error();
    return sets;
}

Result<VectorSetInfo> Catalog::ensureVectorSet(const QString &name, qint64 modelId, int dimension)
{
    Result<std::optional<VectorSetInfo>> existing = vectorSet(name);
    if (!existing)
        return existing.error();
    if (*existing) {
        const VectorSetInfo &set = **existing;
        if (set.modelId != modelId || set.dimension != dimension)
            return Error{ErrorCode::InvalidData,
                         QStringLiteral("%1: vector set '%2' was made by model '%3' (dimension %4); the model given now differs (dimension %5): "
                                        "use another vector set name, or delete the set")
                             .arg(m_path, name, set.modelName)
                             .arg(set.dimension)
                             .arg(dimension),
                         Remedy::ChooseVectorSet, {}};
        return set;
    }
    auto insert = m_db->prepare(QStringLiteral("INSERT INTO vector_sets (name, model_id, dimension) VALUES (?1, ?2, ?3)"));
    if (!insert)
        return insert.error();
    (*insert)->bind(1, name).bind(2, modelId).bind(3, dimension);
    if (Status done = (*insert)->run(); !done)
        return done.error();
    Result<std::optional<VectorSetInfo>> created = vectorSet(name);
    if (!created)
        return created.error();
    return **created;
}

Status Catalog::putVector(qint64 vectorSetId, qint64 itemId, const float *values, int dimension)
{
    auto insert = m_db->prepare(QStringLiteral("INSERT OR REPLACE INTO vectors (vector_set_id, item_id, data) VALUES (?1, ?2, ?3)"));
    if (!insert)
        return insert.error();
    (*insert)->bind(1, vectorSetId).bind(2, itemId).bindBlob(3, values, dimension * static_cast<int>(sizeof(float)));
    return (*insert)->run();
}

Result<std::vector<qint64>> Catalog::itemsWithoutVector(qint64 vectorSetId, qint64 imageId)
{
    auto query = m_db->prepare(QStringLiteral(
        "SELECT i.id FROM items i WHERE i.image_id = ?1 AND NOT EXISTS "
        "(SELECT 1 FROM vectors v WHERE v.vector_set_id = ?2 AND v.item_id = i.id) ORDER BY i.id"));
    if (!query)
        return query.error();
    (*query)->bind(1, imageId).bind(2, vectorSetId);
    std::vector<qint64> ids;
    if (Status read = (*query)->forEachRow([&] {
            ids.push_back((*query)->int64(0));
        });
        !read)
        return read.error();
    return ids;
}

Result<int> Catalog::setDimension(qint64 vectorSetId)
{
    auto query = m_db->prepare(QStringLiteral("SELECT dimension FROM vector_sets WHERE id = ?1"));
    if (!query)
        return query.error();
    (*query)->bind(1, vectorSetId);
    Result<bool> found = (*query)->step();
    if (!found)
        return found.error();
    if (!*found)
        return Result<int>::failure(ErrorCode::InvalidArgument, QStringLiteral("%1: no vector set %2").arg(m_path).arg(vectorSetId));
    return static_cast<int>((*query)->int64(0));
}

Result<FloatMatrix> Catalog::vectors(qint64 vectorSetId, std::vector<qint64> &ids, bool shopOnly)
{
    const Result<int> setDimensionRead = setDimension(vectorSetId);
    if (!setDimensionRead)
        return setDimensionRead.error();
    const int dimension = *setDimensionRead;

    auto query = m_db->prepare(QStringLiteral(
        "SELECT v.item_id, v.data FROM vectors v JOIN items i ON i.id = v.item_id JOIN images g ON g.id = i.image_id "
        "WHERE v.vector_set_id = ?1 AND (?2 = 0 OR g.source = 'shop') ORDER BY v.item_id"));
    if (!query)
        return query.error();
    (*query)->bind(1, vectorSetId).bind(2, shopOnly ? 1 : 0);
    ids.clear();
    FloatMatrix matrix;
    matrix.cols = dimension;
    const int bytes = dimension * static_cast<int>(sizeof(float));
    qint64 damaged = 0;  // the first item whose vector has the wrong length
    int damagedBytes = 0;
    if (Status read = (*query)->forEachRow([&] {
            const qint64 itemId = (*query)->int64(0);
            if ((*query)->blobBytes(1) != bytes) {
                if (damaged == 0) {
                    damaged = itemId;
                    damagedBytes = (*query)->blobBytes(1);
                }
                return;
            }
            const std::size_t offset = matrix.values.size();
            matrix.values.resize(offset + static_cast<std::size_t>(dimension));
            std::memcpy(matrix.values.data() + offset, (*query)->blobData(1), static_cast<std::size_t>(bytes));
            ids.push_back(itemId);
        });
        !read)
        return read.error();
    if (damaged != 0)
        return Result<FloatMatrix>::failure(ErrorCode::InvalidData, QStringLiteral("%1: the vector of item %2 has %3 bytes, expected %4 (dimension %5)")
                                                                        .arg(m_path)
                                                                        .arg(damaged)
                                                                        .arg(damagedBytes)
                                                                        .arg(bytes)
                                                                        .arg(dimension));
    matrix.rows = static_cast<std::int64_t>(ids.size());
    return matrix;
}

Result<std::vector<qint64>> Catalog::vectorIds(qint64 vectorSetId, bool shopOnly)
{
    auto query = m_db->prepare(QStringLiteral(
        "SELECT v.item_id FROM vectors v JOIN items i ON i.id = v.item_id JOIN images g ON g.id = i.image_id "
        "WHERE v.vector_set_id = ?1 AND (?2 = 0 OR g.source = 'shop') ORDER BY v.item_id"));
    if (!query)
        return query.error();
    (*query)->bind(1, vectorSetId).bind(2, shopOnly ? 1 : 0);
    std::vector<qint64> ids;
    if (Status read = (*query)->forEachRow([&] {
            ids.push_back((*query)->int64(0));
        });
        !read)
        return read.error();
    return ids;
}

Result<std::vector<qint64>> Catalog::itemIdsAfter(qint64 afterId, int limit, bool shopOnly)
{
    if (limit < 1)
        return Result<std::vector<qint64>>::failure(ErrorCode::InvalidArgument, QStringLiteral("page size must be at least 1, got %1").arg(limit));
    auto query = m_db->prepare(QStringLiteral(
        "SELECT i.id FROM items i JOIN images g ON g.id = i.image_id "
        "WHERE i.id > ?1 AND (?2 = 0 OR g.source = 'shop') ORDER BY i.id LIMIT ?3"));
    if (!query)
        return query.error();
    (*query)->bind(1, afterId).bind(2, shopOnly ? 1 : 0).bind(3, limit);
    std::vector<qint64> ids;
    if (Status read = (*query)->forEachRow([&] { ids.push_back((*query)->int64(0)); }); !read)
        return read.error();
    return ids;
}

Status Catalog::recordIndex(qint64 vectorSetId, const QString &type, const QByteArray &paramsJson, const QString &fileName, qint64 count)
{
    auto update = m_db->prepare(QStringLiteral(
        "UPDATE vector_sets SET index_type = ?2, index_params = ?3, index_file = ?4, index_count = ?5, "
        "index_built_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?1"));
    if (!update)
        return update.error();
    (*update)->bind(1, vectorSetId).bind(2, type).bind(3, QString::fromUtf8(paramsJson)).bind(4, fileName).bind(5, count);
    return (*update)->run();
}

Result<std::vector<ItemDetails>> Catalog::annotationItems(bool reviewedOnly)
{
    const QString reviewed = reviewedOnly ? QStringLiteral(" AND EXISTS (SELECT 1 FROM review_images r WHERE r.image_id = g.id AND r.reviewed = 1)")
                                          : QString();
    auto query = m_db->prepare(QStringLiteral(
        "SELECT i.id, i.image_id, i.x1, i.y1, i.x2, i.y2, i.category_id, i.style, i.score, i.origin, i.review_state, "
        "g.id, g.path, g.content_hash, g.width, g.height, g.source, g.pair_id, g.origin_key "
        "FROM items i JOIN images g ON g.id = i.image_id "
        "WHERE i.origin IN ('ground_truth', 'hand_corrected') AND i.review_state != 'rejected'%1 ORDER BY i.image_id, i.id")
                                   .arg(reviewed));
    if (!query)
        return query.error();
    std::vector<ItemDetails> items;
    if (Status read = (*query)->forEachRow([&] {
            ItemDetails d;
            d.item = readItem(**query, 0);
            d.image = readImage(**query, 11);
            items.push_back(std::move(d));
        });
        !read)
        return read.error();
    return items;
}

Result<QStringList> Catalog::imageFolders()
{
    // rtrim(path, <path without its slashes>) strips the file name: SQLite has no dirname().
    auto query = m_db->prepare(QStringLiteral("SELECT DISTINCT rtrim(path, replace(path, '/', '')) FROM images"));
    if (!query)
        return query.error();
    QStringList folders;
    if (Status read = (*query)->forEachRow([&] { folders << QDir::cleanPath((*query)->text(0)); }); !read)
        return read.error();
    return folders;
}

Result<std::vector<CatalogItem>> Catalog::shopItemsWithoutVector(qint64 vectorSetId)
{
    auto query = m_db->prepare(QStringLiteral(
        "SELECT i.id, i.image_id, i.x1, i.y1, i.x2, i.y2, i.category_id, i.style, i.score, i.origin, i.review_state "
        "FROM items i JOIN images g ON g.id = i.image_id WHERE g.source = 'shop' AND NOT EXISTS "
        "(SELECT 1 FROM vectors v WHERE v.vector_set_id = ?1 AND v.item_id = i.id) ORDER BY i.image_id, i.id"));
    if (!query)
        return query.error();
    (*query)->bind(1, vectorSetId);
    std::vector<CatalogItem> items;
    if (Status read = (*query)->forEachRow([&] { items.push_back(readItem(**query, 0)); }); !read)
        return read.error();
    return items;
}

Result<FloatMatrix> Catalog::vectorsOf(qint64 vectorSetId, const std::vector<qint64> &itemIds)
{
    const Result<int> setDimensionRead = setDimension(vectorSetId);
    if (!setDimensionRead)
        return setDimensionRead.error();
    const int dimension = *setDimensionRead;

    auto query = m_db->prepare(QStringLiteral("SELECT data FROM vectors WHERE vector_set_id = ?1 AND item_id = ?2"));
    if (!query)
        return query.error();
    FloatMatrix matrix(static_cast<std::int64_t>(itemIds.size()), dimension);
    const int bytes = dimension * static_cast<int>(sizeof(float));
    for (std::size_t row = 0; row < itemIds.size(); ++row) {
        (*query)->bind(1, vectorSetId).bind(2, itemIds[row]);
        Result<bool> stepped = (*query)->step();
        if (!stepped)
            return stepped.error();
        if (!*stepped)
            return Result<FloatMatrix>::failure(ErrorCode::InvalidData,
                                                QStringLiteral("%1: item %2 has no vector in set %3").arg(m_path).arg(itemIds[row]).arg(vectorSetId));
        if ((*query)->blobBytes(0) != bytes)
            return Result<FloatMatrix>::failure(ErrorCode::InvalidData, QStringLiteral("%1: the vector of item %2 has %3 bytes, expected %4 (dimension %5)")
                                                                            .arg(m_path)
                                                                            .arg(itemIds[row])
                                                                            .arg((*query)->blobBytes(0))
                                                                            .arg(bytes)
                                                                            .arg(dimension));
        std::memcpy(matrix.values.data() + row * static_cast<std::size_t>(dimension), (*query)->blobData(0), static_cast<std::size_t>(bytes));
    }
    return matrix;
}

namespace {

// julianday() reads every ISO 8601 form the log may hold (with or without milliseconds and 'Z').
const QString kReviewLogRange = QStringLiteral("(?1 IS NULL OR julianday(r.at) >= julianday(?1)) AND (?2 IS NULL OR julianday(r.at) < julianday(?2))");

void bindRange(SqliteStatement &q, const QString &from, const QString &to)
{
    if (from.isEmpty())
        q.bindNull(1);
    else
        q.bind(1, from);
    if (to.isEmpty())
        q.bindNull(2);
    else
        q.bind(2, to);
}

} // namespace

Result<qint64> Catalog::reviewLogCount(const QString &from, const QString &to)
{
    auto query = m_db->prepare(QStringLiteral("SELECT count(*) FROM review_log r WHERE ") + kReviewLogRange);
    if (!query)
        return query.error();
    bindRange(**query, from, to);
    Result<bool> row = (*query)->step();
    if (!row)
        return row.error();
    const qint64 count = (*query)->int64(0);
    (void)(*query)->step();
    return count;
}

Status Catalog::forEachReviewLogEntry(const QString &from, const QString &to, const std::function<bool(const ReviewLogEntry &)> &visit)
{
    auto query = m_db->prepare(QStringLiteral(
        "SELECT r.id, r.at, r.user, r.action, r.image_id, coalesce(nullif(g.origin_key, ''), g.path), r.item_id, r.detail "
        "FROM review_log r LEFT JOIN images g ON g.id = r.image_id WHERE ") + kReviewLogRange + QStringLiteral(" ORDER BY julianday(r.at), r.id"));
    if (!query)
        return query.error();
    SqliteStatement &q = **query;
    bindRange(q, from, to);
    while (true) {
        Result<bool> row = q.step();
        if (!row)
            return row.error();
        if (!*row)
            return success();
        ReviewLogEntry entry;
        entry.id = q.int64(0);
        entry.at = q.text(1);
        entry.user = q.text(2);
        entry.action = q.text(3);
        entry.imageId = q.isNull(4) ? 0 : q.int64(4);
        entry.image = q.text(5);
        entry.itemId = q.isNull(6) ? 0 : q.int64(6);
        entry.detailJson = q.isNull(7) ? QByteArray() : q.text(7).toUtf8();
        if (!visit(entry)) {
            bindRange(q, {}, {});  // binding resets the statement: its read transaction ends now
            return success();
        }
    }
}

} // namespace lookbook::catalog
