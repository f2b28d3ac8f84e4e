#include "catalog/catalogschema.h"

#include "catalog/sqliteconnection.h"
#include "catalog/sqlitestatement.h"
#include "catalog/sqlitetransaction.h"
#include "common/logging.h"

#include <iterator>
#include <optional>

namespace lookbook::catalog {
namespace {

// Never edit a migration that has shipped: add one.
struct Migration final {
    const char *sql;
    // Rebuilds a table that others reference (SQLite changes a constraint no other way): it runs with
    // foreign keys off, or dropping the old table would delete the rows that reference it, and
    // checks them all before it commits.
    bool rebuildsTables = false;
};

const Migration kMigrations[] = {
    // 1: images, their garments, and shop metadata.
    {R"sql(
CREATE TABLE images (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL,
    width INTEGER NOT NULL CHECK (width > 0),
    height INTEGER NOT NULL CHECK (height > 0),
    source TEXT NOT NULL CHECK (source IN ('user', 'shop')),
    pair_id INTEGER,
    added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE TABLE items (
    id INTEGER PRIMARY KEY,
    image_id INTEGER NOT NULL REFERENCES images(id) ON DELETE CASCADE,
    x1 REAL NOT NULL, y1 REAL NOT NULL, x2 REAL NOT NULL, y2 REAL NOT NULL,
    category_id INTEGER NOT NULL CHECK (category_id BETWEEN 1 AND 13),
    style INTEGER NOT NULL DEFAULT 0,
    score REAL,
    origin TEXT NOT NULL CHECK (origin IN ('ground_truth', 'detector', 'fused', 'hand_corrected')),
    review_state TEXT NOT NULL DEFAULT 'unreviewed'
        CHECK (review_state IN ('unreviewed', 'accepted', 'rejected', 'needs_fix')),
    CHECK (x2 > x1 AND y2 > y1)
);
CREATE INDEX items_by_image ON items(image_id);
CREATE TABLE products (
    item_id INTEGER PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
    title TEXT, price REAL, currency TEXT, url TEXT,
    extra TEXT CHECK (extra IS NULL OR json_valid(extra))
);
)sql"},
    // 2: the models that made vectors, the vector sets and the vectors themselves (the index is
    // derived from them and can always be rebuilt).
    {R"sql(
CREATE TABLE models (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('detector', 'embedder', 'ensemble')),
    fingerprint TEXT NOT NULL UNIQUE,
    manifest TEXT NOT NULL
);
CREATE TABLE vector_sets (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    model_id INTEGER NOT NULL REFERENCES models(id),
    dimension INTEGER NOT NULL CHECK (dimension > 0),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    index_type TEXT,
    index_params TEXT CHECK (index_params IS NULL OR json_valid(index_params)),
    index_file TEXT,
    index_count INTEGER,
    index_built_at TEXT
);
CREATE TABLE vectors (
    vector_set_id INTEGER NOT NULL REFERENCES vector_sets(id) ON DELETE CASCADE,
    item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    data BLOB NOT NULL,
    PRIMARY KEY (vector_set_id, item_id)
) WITHOUT ROWID;
CREATE INDEX vectors_by_item ON vectors(item_id);
)sql"},
    // 3: where the images came from, and who changed what (the review workspace writes it).
    {R"sql(
ALTER TABLE images ADD COLUMN origin_key TEXT;
CREATE TABLE review_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    user TEXT NOT NULL,
    item_id INTEGER,
    image_id INTEGER,
    action TEXT NOT NULL,
    detail TEXT CHECK (detail IS NULL OR json_valid(detail))
);
)sql"},
    // 4: the review workspace's per-image state: the dataset split, whether a person has reviewed it,
    // and its QA counts against the fused predictions, stored so that 100k images filter and sort by
    // suspicion through an index (suspicion -1: no predictions yet; categories: bit c-1 set when
    // category c is among its ground truth or predictions).
    {R"sql(
CREATE TABLE review_images (
    image_id INTEGER PRIMARY KEY REFERENCES images(id) ON DELETE CASCADE,
    split TEXT NOT NULL DEFAULT '',
    reviewed INTEGER NOT NULL DEFAULT 0 CHECK (reviewed IN (0, 1)),
    predicted INTEGER NOT NULL DEFAULT 0 CHECK (predicted IN (0, 1)),
    categories INTEGER NOT NULL DEFAULT 0,
    true_positives INTEGER NOT NULL DEFAULT 0,
    missed INTEGER NOT NULL DEFAULT 0,
    spurious INTEGER NOT NULL DEFAULT 0,
    wrong_category INTEGER NOT NULL DEFAULT 0,
    poor_iou INTEGER NOT NULL DEFAULT 0,
    suspicion REAL NOT NULL DEFAULT -1
);
CREATE INDEX review_images_by_suspicion ON review_images(suspicion, image_id);
)sql"},
    // 5: the review workspace's settings, kept with the catalog so that its stored QA counts and
    // what the workspace shows come from the same matching (qa.iou_threshold, qa.min_score).
    {R"sql(
CREATE TABLE review_settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
)sql"},
    // 6: the catalog's own taxonomy. A category id means what the categories table says, not
    // DeepFashion2's fixed 1–13: items reference it instead of the CHECK. Catalogs made so far hold
    // DeepFashion2 data and get its 13 categories, as every new catalog does until it is given
    // another taxonomy. names: {"language": "name"}; colour: "#rrggbb", or NULL to derive one.
    {R"sql(
CREATE TABLE categories (
    id INTEGER PRIMARY KEY CHECK (id >= 0),
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    supercategory TEXT,
    colour TEXT CHECK (colour IS NULL OR colour GLOB '#[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]'),
    names TEXT CHECK (names IS NULL OR json_valid(names))
);
INSERT INTO categories (id, name, supercategory) VALUES
    (1, 'short sleeve top', 'clothes'), (2, 'long sleeve top', 'clothes'), (3, 'short sleeve outwear', 'clothes'),
    (4, 'long sleeve outwear', 'clothes'), (5, 'vest', 'clothes'), (6, 'sling', 'clothes'), (7, 'shorts', 'clothes'),
    (8, 'trousers', 'clothes'), (9, 'skirt', 'clothes'), (10, 'short sleeve dress', 'clothes'),
    (11, 'long sleeve dress', 'clothes'), (12, 'vest dress', 'clothes'), (13, 'sling dress', 'clothes');
CREATE TABLE items_with_taxonomy (
    id INTEGER PRIMARY KEY,
    image_id INTEGER NOT NULL REFERENCES images(id) ON DELETE CASCADE,
    x1 REAL NOT NULL, y1 REAL NOT NULL, x2 REAL NOT NULL, y2 REAL NOT NULL,
    category_id INTEGER NOT NULL REFERENCES categories(id),
    style INTEGER NOT NULL DEFAULT 0,
    score REAL,
    origin TEXT NOT NULL CHECK (origin IN ('ground_truth', 'detector', 'fused', 'hand_corrected')),
    review_state TEXT NOT NULL DEFAULT 'unreviewed'
        CHECK (review_state IN ('unreviewed', 'accepted', 'rejected', 'needs_fix')),
    CHECK (x2 > x1 AND y2 > y1)
);
INSERT INTO items_with_taxonomy (id, image_id, x1, y1, x2, y2, category_id, style, score, origin, review_state)
    SELECT id, image_id, x1, y1, x2, y2, category_id, style, score, origin, review_state FROM items;
DROP TABLE items;
ALTER TABLE items_with_taxonomy RENAME TO items;
CREATE INDEX items_by_image ON items(image_id);
CREATE INDEX items_by_category ON items(category_id);
)sql", true},
};

// Foreign keys off for the life of one table-rebuilding migration (a no-op inside a transaction, so
// set before it begins), on again after, however it ends.
class ForeignKeysOff final
{
public:
    explicit ForeignKeysOff(SqliteConnection &connection) : m_connection(connection)
    {
        m_status = m_connection.execute(QStringLiteral("PRAGMA foreign_keys=OFF"));
    }
    ~ForeignKeysOff() { (void)m_connection.execute(QStringLiteral("PRAGMA foreign_keys=ON")); }
    const Status &status() const { return m_status; }

private:
    SqliteConnection &m_connection;
    Status m_status = success();
};

// After a rebuild, with foreign keys off: every reference must still resolve.
Status checkForeignKeys(SqliteConnection &connection)
{
    auto check = connection.prepare(QStringLiteral("PRAGMA foreign_key_check"));
    if (!check)
        return check.error();
    Result<bool> row = (*check)->step();
    if (!row)
        return row.error();
    if (*row)
        return Status::failure(ErrorCode::InvalidData, QStringLiteral("%1: table %2 row %3 refers to a missing %4 row: the catalog is damaged")
                                                           .arg(connection.path(), (*check)->text(0))
                                                           .arg((*check)->int64(1))
                                                           .arg((*check)->text(2)));
    return success();
}

} // namespace

int CatalogSchema::latestVersion() { return static_cast<int>(std::size(kMigrations)); }

Result<int> CatalogSchema::version(SqliteConnection &connection)
{
    auto query = connection.prepare(QStringLiteral("PRAGMA user_version"));
    if (!query)
        return query.error();
    Result<bool> row = (*query)->step();
    if (!row)
        return row.error();
    const int version = static_cast<int>((*query)->int64(0));
    (void)(*query)->step();
    return version;
}

Status CatalogSchema::migrate(SqliteConnection &connection, int targetVersion)
{
    if (targetVersion < 0)
        targetVersion = latestVersion();
    Result<int> current = version(connection);
    if (!current)
        return current.error();
    if (*current < 0)
        return Status::failure(ErrorCode::InvalidData,
                               QStringLiteral("%1: catalog schema version %2 is not one Lookbook writes: the file is damaged, or not a Lookbook catalog")
                                   .arg(connection.path())
                                   .arg(*current));
    if (*current > latestVersion())
        return Status::failure(ErrorCode::InvalidData,
                               QStringLiteral("%1: catalog schema version %2 was written by a newer Lookbook (this one knows up to %3)")
                                   .arg(connection.path())
                                   .arg(*current)
                                   .arg(latestVersion()));
    for (int next = *current + 1; next <= targetVersion; ++next) {
        const Migration &migration = kMigrations[next - 1];
        std::optional<ForeignKeysOff> foreignKeysOff;
        if (migration.rebuildsTables) {
            foreignKeysOff.emplace(connection);
            if (!foreignKeysOff->status())
                return foreignKeysOff->status();
        }
        SqliteTransaction transaction(connection);
        if (!transaction.begun())
            return transaction.begun();
        if (Status applied = connection.execute(QString::fromUtf8(migration.sql)); !applied)
            return applied;
        if (migration.rebuildsTables) {
            if (Status intact = checkForeignKeys(connection); !intact)
                return intact;
        }
        if (Status stamped = connection.execute(QStringLiteral("PRAGMA user_version=%1").arg(next)); !stamped)
            return stamped;
        if (Status committed = transaction.commit(); !committed)
            return committed;
        qCInfo(lcCatalog) << connection.path() << "migrated to schema version" << next;
    }
    return success();
}

} // namespace lookbook::catalog
