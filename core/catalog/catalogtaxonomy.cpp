#include "catalog/catalogtaxonomy.h"

#include "catalog/sqliteconnection.h"
#include "catalog/sqlitestatement.h"
#include "catalog/sqlitetransaction.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace lookbook::catalog {

namespace {

QString namesJson(const QMap<QString, QString> &names)
{
    QJsonObject object;
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Status upsert(SqliteConnection &connection, const dataset::TaxonomyCategory &category)
{
    auto statement = connection.prepare(QStringLiteral(
        "INSERT INTO categories (id, name, supercategory, colour, names) VALUES (?1, ?2, ?3, ?4, ?5) "
        "ON CONFLICT (id) DO UPDATE SET name = excluded.name, supercategory = excluded.supercategory, colour = excluded.colour, "
        "names = excluded.names"));
    if (!statement)
        return statement.error();
    SqliteStatement &q = **statement;
    q.bind(1, static_cast<qint64>(category.id)).bind(2, category.name);
    const auto bindOptional = [&q](int index, const QString &value) {
        if (value.isEmpty())
            q.bindNull(index);
        else
            q.bind(index, value);
    };
    bindOptional(3, category.supercategory);
    bindOptional(4, category.colour);
    bindOptional(5, category.names.isEmpty() ? QString() : namesJson(category.names));
    return q.run();
}

} // namespace

Result<dataset::Taxonomy> CatalogTaxonomy::read(SqliteConnection &connection)
{
    auto query = connection.prepare(QStringLiteral("SELECT id, name, supercategory, colour, names FROM categories ORDER BY id"));
    if (!query)
        return query.error();
    SqliteStatement &q = **query;
    std::vector<dataset::TaxonomyCategory> categories;
    if (Status read = q.forEachRow([&] {
            dataset::TaxonomyCategory category;
            category.id = static_cast<int>(q.int64(0));
            category.name = q.text(1);
            category.supercategory = q.text(2);
            category.colour = q.text(3);
            const QJsonObject names = QJsonDocument::fromJson(q.text(4).toUtf8()).object();
            for (auto it = names.begin(); it != names.end(); ++it)
                category.names.insert(it.key(), it.value().toString());
            categories.push_back(std::move(category));
        });
        !read)
        return read.error();
    return dataset::Taxonomy::make(std::move(categories), QStringLiteral("%1: the categories table").arg(connection.path()));
}

Status CatalogTaxonomy::replace(SqliteConnection &connection, const dataset::Taxonomy &taxonomy)
{
    if (taxonomy.isEmpty())
        return Status::failure(ErrorCode::InvalidArgument, QStringLiteral("%1: a catalog's taxonomy needs at least one category").arg(connection.path()));
    SqliteTransaction transaction(connection);
    if (!transaction.begun())
        return transaction.begun();
    Result<QMap<int, qint64>> used = itemCounts(connection);
    if (!used)
        return used.error();
    Result<dataset::Taxonomy> current = read(connection);
    if (!current)
        return current.error();
    QStringList missing;
    for (auto it = used->cbegin(); it != used->cend(); ++it) {
        if (!taxonomy.byId(it.key())) {
            const dataset::TaxonomyCategory *old = current->byId(it.key());
            missing << QStringLiteral("%1 \"%2\" (%3 items)").arg(it.key()).arg(old ? old->name : QString()).arg(it.value());
        }
    }
    if (!missing.isEmpty())
        return Status::failure(ErrorCode::InvalidArgument,
                               QStringLiteral("%1: the catalog's items use categories the new taxonomy lacks: %2").arg(connection.path(), missing.join(QStringLiteral(", "))));
    for (const dataset::TaxonomyCategory &old : current->categories()) {
        if (taxonomy.byId(old.id))
            continue;
        auto remove = connection.prepare(QStringLiteral("DELETE FROM categories WHERE id = ?1"));
        if (!remove)
            return remove.error();
        (*remove)->bind(1, static_cast<qint64>(old.id));
        if (Status removed = (*remove)->run(); !removed)
            return removed;
    }
    for (const dataset::TaxonomyCategory &category : taxonomy.categories()) {
        if (Status stored = upsert(connection, category); !stored)
            return stored;
    }
    return transaction.commit();
}

Result<int> CatalogTaxonomy::add(SqliteConnection &connection, dataset::TaxonomyCategory category)
{
    SqliteTransaction transaction(connection);
    if (!transaction.begun())
        return transaction.begun().error();
    Result<dataset::Taxonomy> current = read(connection);
    if (!current)
        return current.error();
    std::vector<dataset::TaxonomyCategory> categories = current->categories();
    if (category.id < 0)
        category.id = categories.empty() ? 1 : categories.back().id + 1;
    categories.push_back(category);
    // The whole taxonomy is checked again: the new name must not match an old one.
    Result<dataset::Taxonomy> extended = dataset::Taxonomy::make(std::move(categories), connection.path());
    if (!extended)
        return extended.error();
    if (Status stored = upsert(connection, *extended->byId(category.id)); !stored)
        return stored.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return category.id;
}

Result<QMap<int, qint64>> CatalogTaxonomy::itemCounts(SqliteConnection &connection)
{
    auto query = connection.prepare(QStringLiteral("SELECT category_id, count(*) FROM items GROUP BY category_id"));
    if (!query)
        return query.error();
    QMap<int, qint64> counts;
    if (Status read = (*query)->forEachRow([&] { counts.insert(static_cast<int>((*query)->int64(0)), (*query)->int64(1)); }); !read)
        return read.error();
    return counts;
}

} // namespace lookbook::catalog
