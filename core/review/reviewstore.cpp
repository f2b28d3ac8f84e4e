#include "review/reviewstore.h"

#include "catalog/sqliteconnection.h"
#include "catalog/sqlitestatement.h"
#include "common/logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>
#include <map>

namespace lookbook::review {

namespace {

using catalog::CatalogItem;

const QString kImageSelect = QStringLiteral(
    "SELECT g.id, g.path, g.content_hash, g.width, g.height, g.source, g.pair_id, g.origin_key, "
    "r.split, r.reviewed, r.predicted, r.true_positives, r.missed, r.spurious, r.wrong_category, r.poor_iou, r.suspicion "
    "FROM review_images r JOIN images g ON g.id = r.image_id ");

// Filters are bound parameters so that each order has one cached statement.
const QString kFilters = QStringLiteral(
    "(?1 = 0 OR (r.categories & ?1) != 0) AND (?2 = '' OR r.split = ?2) AND (?3 < 0 OR r.reviewed = ?3) AND "
    "(?4 = 0 OR (?4 = 1 AND r.missed + r.spurious + r.wrong_category + r.poor_iou > 0) OR (?4 = 2 AND r.missed > 0) OR "
    "(?4 = 3 AND r.spurious > 0) OR (?4 = 4 AND r.wrong_category > 0) OR (?4 = 5 AND r.poor_iou > 0))");

ReviewImage readImage(const catalog::SqliteStatement &q)
{
    ReviewImage r;
    r.image.id = q.int64(0);
    r.image.path = q.text(1);
    r.image.contentHash = q.text(2);
    r.image.width = static_cast<int>(q.int64(3));
    r.image.height = static_cast<int>(q.int64(4));
    r.image.source = q.text(5) == QLatin1String("user") ? dataset::ImageSource::User : dataset::ImageSource::Shop;
    r.image.pairId = q.isNull(6) ? 0 : static_cast<int>(q.int64(6));
    r.image.originKey = q.text(7);
    r.split = q.text(8);
    r.reviewed = q.int64(9) != 0;
    r.predicted = q.int64(10) != 0;
    r.counts = {static_cast<int>(q.int64(11)), static_cast<int>(q.int64(12)), static_cast<int>(q.int64(13)),
                static_cast<int>(q.int64(14)), static_cast<int>(q.int64(15))};
    r.suspicion = q.real(16);
    return r;
}

void bindFilters(catalog::SqliteStatement &q, const ImageQuery &query)
{
    const qint64 categoryBit = query.categoryId >= 1 && query.categoryId <= 13 ? (qint64(1) << (query.categoryId - 1)) : 0;
    q.bind(1, categoryBit);
    q.bind(2, query.split.isNull() ? QStringLiteral("") : query.split);
    q.bind(3, query.review == ReviewFilter::Any ? -1 : (query.review == ReviewFilter::Reviewed ? 1 : 0));
    q.bind(4, static_cast<int>(query.error));
}

QJsonObject itemJson(const CatalogItem &item)
{
    QJsonObject o{{QStringLiteral("box"), QJsonArray{item.box.x1, item.box.y1, item.box.x2, item.box.y2}},
                  {QStringLiteral("category_id"), item.categoryId},
                  {QStringLiteral("style"), item.style},
                  {QStringLiteral("origin"), catalog::originName(item.origin)}};
    if (item.score)
        o.insert(QStringLiteral("score"), *item.score);
    return o;
}

} // namespace

ReviewStore::ReviewStore(std::unique_ptr<catalog::Catalog> catalog) : m_catalog(std::move(catalog)) {}

Result<std::unique_ptr<ReviewStore>> ReviewStore::create(const QString &path) { return withSettings(catalog::Catalog::create(path)); }

Result<std::unique_ptr<ReviewStore>> ReviewStore::open(const QString &path) { return withSettings(catalog::Catalog::open(path)); }

Result<std::unique_ptr<ReviewStore>> ReviewStore::withSettings(Result<std::unique_ptr<catalog::Catalog>> catalog)
{
    if (!catalog)
        return catalog.error();
    std::unique_ptr<ReviewStore> store(new ReviewStore(std::move(catalog.value())));
    auto query = store->m_catalog->connection().prepare(QStringLiteral("SELECT key, value FROM review_settings"));
    if (!query)
        return query.error();
    if (Status read = (*query)->forEachRow([&] {
            const QString key = (*query)->text(0);
            bool ok = false;
            const double value = (*query)->text(1).toDouble(&ok);
            if (!ok)
                return;
            if (key == QLatin1String("qa.iou_threshold"))
                store->m_qa.iouThreshold = value;
            else if (key == QLatin1String("qa.min_score"))
                store->m_qa.minScore = value;
        });
        !read)
        return read.error();
    return store;
}

Status ReviewStore::setQaParams(const eval::QaParams &params)
{
    if (params.iouThreshold <= 0.0 || params.iouThreshold > 1.0 || params.minScore < 0.0 || params.minScore > 1.0)
        return Status::failure(ErrorCode::InvalidArgument, QStringLiteral("%1: IoU threshold %2 and score floor %3 must lie in (0, 1] and [0, 1]")
                                                               .arg(path())
                                                               .arg(params.iouThreshold)
                                                               .arg(params.minScore));
    const Status stored = m_catalog->transaction([&]() -> Status {
        auto upsert = m_catalog->connection().prepare(QStringLiteral(
            "INSERT INTO review_settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        if (!upsert)
            return upsert.error();
        (*upsert)->bind(1, QStringLiteral("qa.iou_threshold")).bind(2, QString::number(params.iouThreshold));
        if (Status done = (*upsert)->run(); !done)
            return done;
        (*upsert)->bind(1, QStringLiteral("qa.min_score")).bind(2, QString::number(params.minScore));
        return (*upsert)->run();
    });
    if (stored)
        m_qa = params;
    return stored;
}

Status ReviewStore::refreshAllQa(const Progress &progress)
{
    std::vector<qint64> ids;
    auto query = m_catalog->connection().prepare(QStringLiteral("SELECT image_id FROM review_images ORDER BY image_id"));
    if (!query)
        return query.error();
    if (Status read = (*query)->forEachRow([&] { ids.push_back((*query)->int64(0)); }); !read)
        return read;
    constexpr std::size_t kBatch = 500;
    for (std::size_t first = 0; first < ids.size(); first += kBatch) {
        const std::size_t last = std::min(ids.size(), first + kBatch);
        const Status done = m_catalog->transaction([&]() -> Status {
            for (std::size_t i = first; i < last; ++i) {
                if (Result<eval::QaResult> qa = refreshQa(ids[i]); !qa)
                    return qa.error();
            }
            return success();
        });
        if (!done)
            return done;
        if (!reportProgress(progress, {}, static_cast<qint64>(last), static_cast<qint64>(ids.size())))
            return Status::failure(ErrorCode::Cancelled, QStringLiteral("%1: recomputing QA counts was cancelled").arg(path()));
    }
    return success();
}

QString ReviewStore::currentUser()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

Result<std::vector<ReviewImage>> ReviewStore::images(const ImageQuery &query, const std::optional<ReviewImage> &after, int limit)
{
    if (limit < 1)
        return Result<std::vector<ReviewImage>>::failure(ErrorCode::InvalidArgument, QStringLiteral("page size must be at least 1, got %1").arg(limit));
    // Keyset paging: the next page starts after the last row of the previous one, on the index.
    const bool bySuspicion = query.order == ImageOrder::MostSuspicious;
    const QString sql = kImageSelect + QStringLiteral("WHERE ") + kFilters
        + (bySuspicion ? QStringLiteral(" AND (r.suspicion, r.image_id) < (?5, ?6) ORDER BY r.suspicion DESC, r.image_id DESC LIMIT ?7")
                       : QStringLiteral(" AND r.image_id > ?6 ORDER BY r.image_id LIMIT ?7"));
    auto statement = m_catalog->connection().prepare(sql);
    if (!statement)
        return statement.error();
    catalog::SqliteStatement &q = **statement;
    bindFilters(q, query);
    if (bySuspicion) {
        q.bind(5, after ? after->suspicion : std::numeric_limits<double>::max());
        q.bind(6, after ? after->image.id : std::numeric_limits<qint64>::max());
    } else {
        q.bind(6, after ? after->image.id : qint64(0));
    }
    q.bind(7, limit);
    std::vector<ReviewImage> page;
    if (Status read = q.forEachRow([&] { page.push_back(readImage(q)); }); !read)
        return read.error();
    return page;
}

Result<qint64> ReviewStore::countImages(const ImageQuery &query)
{
    auto statement = m_catalog->connection().prepare(QStringLiteral("SELECT count(*) FROM review_images r WHERE ") + kFilters);
    if (!statement)
        return statement.error();
    catalog::SqliteStatement &q = **statement;
    bindFilters(q, query);
    Result<bool> row = q.step();
    if (!row)
        return row.error();
    const qint64 count = q.int64(0);
    (void)q.step();
    return count;
}

Result<qint64> ReviewStore::lastLogId()
{
    auto statement = m_catalog->connection().prepare(QStringLiteral("SELECT coalesce(max(id), 0) FROM review_log"));
    if (!statement)
        return statement.error();
    catalog::SqliteStatement &q = **statement;
    Result<bool> row = q.step();
    if (!row)
        return row.error();
    const qint64 id = q.int64(0);
    (void)q.step();
    return id;
}

Result<bool> ReviewStore::savedSince(qint64 imageId, qint64 logId)
{
    auto statement = m_catalog->connection().prepare(QStringLiteral("SELECT 1 FROM review_log WHERE id > ?1 AND image_id = ?2 LIMIT 1"));
    if (!statement)
        return statement.error();
    catalog::SqliteStatement &q = **statement;
    q.bind(1, logId).bind(2, imageId);
    Result<bool> row = q.step();
    if (!row)
        return row.error();
    const bool found = *row;
    if (found)
        (void)q.step();
    return found;
}

Result<ReviewImage> ReviewStore::image(qint64 imageId)
{
    auto statement = m_catalog->connection().prepare(kImageSelect + QStringLiteral("WHERE r.image_id = ?1"));
    if (!statement)
        return statement.error();
    catalog::SqliteStatement &q = **statement;
    q.bind(1, imageId);
    Result<bool> row = q.step();
    if (!row)
        return row.error();
    if (!*row)
        return Result<ReviewImage>::failure(ErrorCode::InvalidArgument, QStringLiteral("%1: no review image with id %2").arg(path()).arg(imageId));
    ReviewImage found = readImage(q);
    (void)q.step();
    return found;
}

Result<QStringList> ReviewStore::splits()
{
    auto statement = m_catalog->connection().prepare(QStringLiteral("SELECT DISTINCT split FROM review_images ORDER BY split"));
    if (!statement)
        return statement.error();
    QStringList names;
    if (Status read = (*statement)->forEachRow([&] { names << (*statement)->text(0); }); !read)
        return read.error();
    return names;
}

Result<qint64> ReviewStore::addImage(const catalog::CatalogImage &image, const QString &split)
{
    Result<qint64> id = m_catalog->addImage(image);
    if (!id)
        return id;
    auto insert = m_catalog->connection().prepare(QStringLiteral("INSERT INTO review_images (image_id, split) VALUES (?1, ?2)"));
    if (!insert)
        return insert.error();
    (*insert)->bind(1, *id).bind(2, split);
    if (Status done = (*insert)->run(); !done)
        return done.error();
    return id;
}

Status ReviewStore::replacePredictions(qint64 imageId, const std::vector<CatalogItem> &predictions)
{
    auto remove = m_catalog->connection().prepare(QStringLiteral("DELETE FROM items WHERE image_id = ?1 AND origin = 'fused'"));
    if (!remove)
        return remove.error();
    (*remove)->bind(1, imageId);
    if (Status done = (*remove)->run(); !done)
        return done;
    for (CatalogItem item : predictions) {
        item.imageId = imageId;
        item.origin = catalog::ItemOrigin::Fused;
        if (Result<qint64> added = m_catalog->addItem(item); !added)
            return added.error();
    }
    auto mark = m_catalog->connection().prepare(QStringLiteral("UPDATE review_images SET predicted = 1 WHERE image_id = ?1"));
    if (!mark)
        return mark.error();
    (*mark)->bind(1, imageId);
    if (Status done = (*mark)->run(); !done)
        return done;
    if (Result<eval::QaResult> qa = refreshQa(imageId); !qa)
        return qa.error();
    return success();
}

Result<eval::QaResult> ReviewStore::refreshQa(qint64 imageId)
{
    Result<ReviewImage> image = this->image(imageId);
    if (!image)
        return image.error();
    Result<std::vector<CatalogItem>> items = m_catalog->itemsOfImage(imageId);
    if (!items)
        return items.error();
    std::vector<eval::QaBox> groundTruth;
    std::vector<eval::QaBox> predictions;
    qint64 categories = 0;
    for (const CatalogItem &item : *items) {
        if (item.categoryId >= 1 && item.categoryId <= 13)
            categories |= qint64(1) << (item.categoryId - 1);
        if (isGroundTruth(item.origin))
            groundTruth.push_back({item.box, item.categoryId, 1.0});
        else if (isPrediction(item.origin) && item.score.value_or(0.0) >= m_qa.minScore)
            predictions.push_back({item.box, item.categoryId, item.score.value_or(0.0)});
    }
    eval::QaResult qa = eval::QaMatcher::match(groundTruth, predictions, m_qa);
    if (!image->predicted) {
        qa.counts = {};
        qa.suspicion = -1.0;
    }
    auto update = m_catalog->connection().prepare(QStringLiteral(
        "UPDATE review_images SET categories = ?2, true_positives = ?3, missed = ?4, spurious = ?5, wrong_category = ?6, "
        "poor_iou = ?7, suspicion = ?8 WHERE image_id = ?1"));
    if (!update)
        return update.error();
    (*update)->bind(1, imageId).bind(2, categories).bind(3, qa.counts.truePositives).bind(4, qa.counts.missed);
    (*update)->bind(5, qa.counts.spurious).bind(6, qa.counts.wrongCategory).bind(7, qa.counts.poorIou).bind(8, qa.suspicion);
    if (Status done = (*update)->run(); !done)
        return done.error();
    return qa;
}

Status ReviewStore::save(std::vector<ImageChange> &changes)
{
    catalog::SqliteConnection &db = m_catalog->connection();
    const QString user = currentUser();
    auto log = [&](qint64 itemId, qint64 imageId, const QString &action, const QJsonObject &detail) -> Status {
        auto insert = db.prepare(QStringLiteral("INSERT INTO review_log (user, item_id, image_id, action, detail) VALUES (?1, ?2, ?3, ?4, ?5)"));
        if (!insert)
            return insert.error();
        (*insert)->bind(1, user);
        if (itemId > 0)
            (*insert)->bind(2, itemId);
        else
            (*insert)->bindNull(2);
        (*insert)->bind(3, imageId).bind(4, action).bind(5, QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
        return (*insert)->run();
    };
    auto run = [&](const QString &sql, qint64 id) -> Status {
        auto statement = db.prepare(sql);
        if (!statement)
            return statement.error();
        (*statement)->bind(1, id);
        return (*statement)->run();
    };

    return m_catalog->transaction([&]() -> Status {
        for (ImageChange &change : changes) {
            Result<ReviewImage> stored = image(change.imageId);
            if (!stored)
                return stored.error();
            Result<std::vector<CatalogItem>> storedItems = m_catalog->itemsOfImage(change.imageId);
            if (!storedItems)
                return storedItems.error();
            std::map<qint64, CatalogItem> before;
            for (const CatalogItem &item : *storedItems)
                before.emplace(item.id, item);

            if (stored->reviewed != change.reviewed) {
                auto update = db.prepare(QStringLiteral("UPDATE review_images SET reviewed = ?2 WHERE image_id = ?1"));
                if (!update)
                    return update.error();
                (*update)->bind(1, change.imageId).bind(2, change.reviewed ? 1 : 0);
                if (Status done = (*update)->run(); !done)
                    return done;
                if (Status logged = log(0, change.imageId, change.reviewed ? QStringLiteral("reviewed") : QStringLiteral("unreviewed"), {}); !logged)
                    return logged;
            }
            if (stored->image.pairId != change.pairId) {
                auto update = db.prepare(QStringLiteral("UPDATE images SET pair_id = ?2 WHERE id = ?1"));
                if (!update)
                    return update.error();
                (*update)->bind(1, change.imageId);
                if (change.pairId > 0)
                    (*update)->bind(2, change.pairId);
                else
                    (*update)->bindNull(2);
                if (Status done = (*update)->run(); !done)
                    return done;
                if (Status logged = log(0, change.imageId, QStringLiteral("pair_id"),
                                        {{QStringLiteral("from"), stored->image.pairId}, {QStringLiteral("to"), change.pairId}});
                    !logged)
                    return logged;
            }
            for (qint64 removed : change.removedIds) {
                const auto found = before.find(removed);
                if (found == before.end())
                    continue;  // already gone (the detectors ran again meanwhile)
                if (Status done = run(QStringLiteral("DELETE FROM vectors WHERE item_id = ?1"), removed); !done)
                    return done;
                if (Status done = run(QStringLiteral("DELETE FROM items WHERE id = ?1"), removed); !done)
                    return done;
                if (Status logged = log(removed, change.imageId, QStringLiteral("delete"), itemJson(found->second)); !logged)
                    return logged;
            }
            for (ReviewItem &edited : change.items) {
                CatalogItem &item = edited.item;
                item.imageId = change.imageId;
                if (item.id == 0) {
                    Result<qint64> added = m_catalog->addItem(item);
                    if (!added)
                        return added.error();
                    item.id = *added;
                    QJsonObject detail = itemJson(item);
                    if (edited.acceptedFrom > 0)
                        detail.insert(QStringLiteral("from_item"), edited.acceptedFrom);
                    if (Status logged = log(item.id, change.imageId, edited.acceptedFrom > 0 ? QStringLiteral("accept_prediction") : QStringLiteral("add"), detail);
                        !logged)
                        return logged;
                    continue;
                }
                const auto found = before.find(item.id);
                if (found == before.end()) {
                    qCWarning(lcCatalog) << path() << "item" << item.id << "is no longer in the catalog; its edit is dropped";
                    continue;
                }
                const CatalogItem &old = found->second;
                const bool reshaped = !(old.box == item.box) || old.categoryId != item.categoryId;
                if (!reshaped && old.style == item.style && old.origin == item.origin && old.review == item.review)
                    continue;
                auto update = db.prepare(QStringLiteral(
                    "UPDATE items SET x1 = ?2, y1 = ?3, x2 = ?4, y2 = ?5, category_id = ?6, style = ?7, origin = ?8, review_state = ?9 WHERE id = ?1"));
                if (!update)
                    return update.error();
                (*update)->bind(1, item.id).bind(2, item.box.x1).bind(3, item.box.y1).bind(4, item.box.x2).bind(5, item.box.y2);
                (*update)->bind(6, item.categoryId).bind(7, item.style).bind(8, catalog::originName(item.origin)).bind(9, catalog::reviewStateName(item.review));
                if (Status done = (*update)->run(); !done)
                    return done;
                // The re-indexing contract: a vector describes the box and category it was made for.
                if (reshaped) {
                    if (Status done = run(QStringLiteral("DELETE FROM vectors WHERE item_id = ?1"), item.id); !done)
                        return done;
                }
                if (Status logged = log(item.id, change.imageId, QStringLiteral("edit"),
                                        {{QStringLiteral("before"), itemJson(old)}, {QStringLiteral("after"), itemJson(item)}});
                    !logged)
                    return logged;
            }
            if (Result<eval::QaResult> qa = refreshQa(change.imageId); !qa)
                return qa.error();
        }
        return success();
    });
}

} // namespace lookbook::review
