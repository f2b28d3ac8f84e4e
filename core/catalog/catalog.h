#pragma once

#include "catalog/catalogrecords.h"
#include "common/floatmatrix.h"
#include "common/result.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace lookbook::catalog {

class SqliteConnection;
class SqliteStatement;

struct CatalogCounts final {
    qint64 userImages = 0;
    qint64 shopImages = 0;
    qint64 userItems = 0;
    qint64 shopItems = 0;
};

// One row of review_log, with the image it names (origin key, else path; empty once deleted).
struct ReviewLogEntry final {
    qint64 id = 0;
    QString at;                     // as stored: ISO 8601 UTC
    QString user;
    QString action;
    qint64 imageId = 0;             // 0: none
    QString image;
    qint64 itemId = 0;              // 0: none
    QByteArray detailJson;          // empty: none
};

// The shop catalog: a SQLite database (WAL, foreign keys, schema migrations) of images, garment
// items, product metadata, the models that made vectors, and the vectors. The vector index is a
// derived file beside it (see CatalogIndex). A Catalog belongs to the thread that opened it; other
// threads open their own. Every write runs inside a transaction.
class Catalog final
{
public:
    ~Catalog();

    // Creates a new catalog; refuses to overwrite an existing file.
    static Result<std::unique_ptr<Catalog>> create(const QString &path);
    // Opens an existing catalog and migrates it to the current schema.
    static Result<std::unique_ptr<Catalog>> open(const QString &path);

    const QString &path() const { return m_path; }
    // A file beside the database, e.g. the index of a vector set.
    QString siblingPath(const QString &fileName) const;

    // Runs `work` in one IMMEDIATE transaction: all of it is stored, or (on an error) none of it.
    Status transaction(const std::function<Status()> &work);
    // The connection itself, for areas with tables of their own (the review workspace's).
    SqliteConnection &connection() { return *m_db; }

    Result<std::optional<CatalogImage>> imageByPath(const QString &absolutePath);
    Result<CatalogImage> image(qint64 imageId);
    Result<qint64> addImage(const CatalogImage &image);
    Result<qint64> addItem(const CatalogItem &item);
    Result<std::vector<CatalogItem>> itemsOfImage(qint64 imageId);
    Status setProduct(const ProductInfo &product);
    // In the order of `itemIds`; an unknown id is an error.
    Result<std::vector<ItemDetails>> itemDetails(const std::vector<qint64> &itemIds);
    Result<CatalogCounts> counts();

    // Stores a model by fingerprint (an existing one is reused) and returns its id.
    Result<qint64> ensureModel(const ModelRecord &model);
    // The set called `name`, created for `modelId` and `dimension` if new; an existing set made by
    // another model or with another dimension is an error that says so.
    Result<VectorSetInfo> ensureVectorSet(const QString &name, qint64 modelId, int dimension);
    Result<std::optional<VectorSetInfo>> vectorSet(const QString &name);
    Result<std::vector<VectorSetInfo>> vectorSets();
    // The set a search, an index build or an update works on: the one called `name`, or with no name
    // the catalog's only set. The errors list the sets there are (Remedy::ChooseVectorSet, or
    // ImportPhotos when there is none).
    Result<VectorSetInfo> chooseVectorSet(const QString &name);
    Status putVector(qint64 vectorSetId, qint64 itemId, const float *values, int dimension);
    // The items of `imageId` that have no vector in the set yet.
    Result<std::vector<qint64>> itemsWithoutVector(qint64 vectorSetId, qint64 imageId);
    // The set's vectors of shop items (or all items), in increasing item id; `ids` receives the ids.
    Result<FloatMatrix> vectors(qint64 vectorSetId, std::vector<qint64> &ids, bool shopOnly = true);
    // The ids alone (what an index must hold), ascending.
    Result<std::vector<qint64>> vectorIds(qint64 vectorSetId, bool shopOnly = true);
    // One page of item ids in id order, those after `afterId` (0: from the start): a catalog browser
    // pages through 100k items without OFFSET scans.
    Result<std::vector<qint64>> itemIdsAfter(qint64 afterId, int limit, bool shopOnly = true);
    Status recordIndex(qint64 vectorSetId, const QString &type, const QByteArray &paramsJson, const QString &fileName, qint64 count);

    // The items that count as annotations (origin ground_truth or hand_corrected, review state not
    // rejected) with their images, in image id then item id order; with `reviewedOnly`, only of the
    // images the review workspace marked reviewed.
    Result<std::vector<ItemDetails>> annotationItems(bool reviewedOnly = false);
    // The folders the images' files lie in, as stored (absolute paths), each once.
    Result<QStringList> imageFolders();
    // The shop items that have no vector in the set, in image id then item id order.
    Result<std::vector<CatalogItem>> shopItemsWithoutVector(qint64 vectorSetId);
    // The set's vectors of `itemIds`, rows in that order; an id without a vector is an error.
    Result<FloatMatrix> vectorsOf(qint64 vectorSetId, const std::vector<qint64> &itemIds);
    // review_log rows in time order, those at or after `from` and before `to` (ISO 8601 strings;
    // empty: unbounded); `visit` returns false to stop.
    Result<qint64> reviewLogCount(const QString &from = {}, const QString &to = {});
    Status forEachReviewLogEntry(const QString &from, const QString &to, const std::function<bool(const ReviewLogEntry &)> &visit);

private:
    Catalog(QString path, std::unique_ptr<SqliteConnection> connection);
    // The dimension of a vector set's vectors; an unknown set is an error.
    Result<int> setDimension(qint64 vectorSetId);
    static Result<std::unique_ptr<Catalog>> openConnection(const QString &path, bool create);
    // The image matching `condition` (SQL over the images table, parameters bound by `bind`), if any.
    Result<std::optional<CatalogImage>> findImage(const QString &condition, const std::function<void(SqliteStatement &)> &bind);

    QString m_path;
    std::unique_ptr<SqliteConnection> m_db;
};

} // namespace lookbook::catalog
