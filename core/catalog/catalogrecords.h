#pragma once

#include "common/box.h"
#include "dataset/imageannotation.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace lookbook::catalog {

// Rows of the catalog, as plain values. Ids are SQLite rowids; 0 means "not stored yet".

enum class ItemOrigin { GroundTruth, Detector, Fused, HandCorrected };
enum class ReviewState { Unreviewed, Accepted, Rejected, NeedsFix };

struct CatalogImage final {
    qint64 id = 0;
    QString path;                   // absolute
    QString contentHash;            // sha256 of the file, lower-case hex
    int width = 0;
    int height = 0;
    dataset::ImageSource source = dataset::ImageSource::Shop;
    int pairId = 0;                 // DeepFashion2 pair_id, 0 when unknown
    QString originKey;              // where it came from, e.g. "validation/000123"
};

struct CatalogItem final {
    qint64 id = 0;
    qint64 imageId = 0;
    Box box;                        // pixels
    int categoryId = 1;             // DeepFashion2 1–13
    int style = 0;
    std::optional<double> score;    // detector or fusion confidence; none for ground truth
    ItemOrigin origin = ItemOrigin::GroundTruth;
    ReviewState review = ReviewState::Unreviewed;
};

struct ProductInfo final {
    qint64 itemId = 0;
    QString title;
    std::optional<double> price;
    QString currency;
    QString url;
    QByteArray extraJson;           // free-form JSON object, or empty
};

// A detector, embedder or ensemble that produced something stored here.
struct ModelRecord final {
    qint64 id = 0;
    QString name;
    QString kind;                   // "detector", "embedder", "ensemble"
    QString fingerprint;            // identifies the weights: see Catalog::fingerprintOf
    QByteArray manifestJson;
};

// The vectors one embedder (or ensemble) made for the catalog's items, and the index built on them.
struct VectorSetInfo final {
    qint64 id = 0;
    QString name;
    qint64 modelId = 0;
    QString modelName;
    QString modelFingerprint;
    int dimension = 0;
    qint64 vectorCount = 0;
    QString indexType;              // empty: no index built yet
    QByteArray indexParams;         // JSON
    QString indexFile;              // file name beside the database
    qint64 indexCount = 0;          // vectors in the index when it was built
    QString indexBuiltAt;
};

// An item with what a result list shows about it.
struct ItemDetails final {
    CatalogItem item;
    CatalogImage image;
    std::optional<ProductInfo> product;
};

QString originName(ItemOrigin origin);
std::optional<ItemOrigin> originFromName(const QString &name);
QString reviewStateName(ReviewState state);
std::optional<ReviewState> reviewStateFromName(const QString &name);

} // namespace lookbook::catalog
