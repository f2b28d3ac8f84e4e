#include "dataset/taxonomy.h"

#include "common/filebytes.h"
#include "common/jsonsupport_p.h"
#include "common/limits.h"
#include "dataset/categories.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace lookbook::dataset {

namespace {

using Json = nlohmann::json;

bool isColour(const QString &colour)
{
    static const QRegularExpression pattern(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    return pattern.match(colour).hasMatch();
}

Status fail(const QString &source, const QString &what)
{
    return Status::failure(ErrorCode::InvalidData, QStringLiteral("%1: %2").arg(source, what));
}

// An optional string field; `where` names the entry in the messages.
Result<QString> optionalString(const Json &entry, const char *key, const QString &where)
{
    const auto found = entry.find(key);
    if (found == entry.end() || found->is_null())
        return QString();
    if (!found->is_string())
        return Error{ErrorCode::InvalidData, QStringLiteral("%1: \"%2\" must be a string, not %3").arg(where, QString::fromLatin1(key), detail::jsonPreview(*found))};
    return QString::fromStdString(found->get<std::string>()).trimmed();
}

Result<TaxonomyCategory> readCategory(const Json &entry, const QString &where)
{
    if (!entry.is_object())
        return Error{ErrorCode::InvalidData, QStringLiteral("%1: must be an object with \"id\" and \"name\", not %2").arg(where, detail::jsonPreview(entry))};
    TaxonomyCategory category;
    const auto id = entry.find("id");
    const std::optional<int> whole = id != entry.end() && id->is_number() ? detail::wholeInt(id->get<double>()) : std::nullopt;
    if (!whole)
        return Error{ErrorCode::InvalidData, QStringLiteral("%1: \"id\" must be a whole number, not %2")
                                                 .arg(where, id == entry.end() ? QStringLiteral("missing") : detail::jsonPreview(*id))};
    category.id = *whole;
    Result<QString> name = optionalString(entry, "name", where);
    if (!name)
        return name.error();
    category.name = *name;
    Result<QString> supercategory = optionalString(entry, "supercategory", where);
    if (!supercategory)
        return supercategory.error();
    category.supercategory = *supercategory;
    // Both spellings: the annotation tools that write a colour write "color".
    Result<QString> colour = optionalString(entry, entry.contains("colour") ? "colour" : "color", where);
    if (!colour)
        return colour.error();
    category.colour = *colour;
    if (const auto names = entry.find("names"); names != entry.end() && !names->is_null()) {
        if (!names->is_object())
            return Error{ErrorCode::InvalidData, QStringLiteral("%1: \"names\" must be an object of language → name, not %2").arg(where, detail::jsonPreview(*names))};
        for (const auto &[language, translated] : names->items()) {
            if (!translated.is_string())
                return Error{ErrorCode::InvalidData, QStringLiteral("%1: names.%2 must be a string, not %3")
                                                         .arg(where, QString::fromStdString(language), detail::jsonPreview(translated))};
            category.names.insert(QString::fromStdString(language), QString::fromStdString(translated.get<std::string>()).trimmed());
        }
    }
    return category;
}

} // namespace

bool TaxonomyCategory::operator==(const TaxonomyCategory &other) const
{
    return id == other.id && name == other.name && supercategory == other.supercategory && colour == other.colour && names == other.names;
}

const Taxonomy &Taxonomy::deepFashion2()
{
    static const Taxonomy builtIn = [] {
        Taxonomy taxonomy;
        for (const Category &category : dataset::categories())
            taxonomy.m_categories.push_back({category.id, QString::fromLatin1(category.name), QStringLiteral("clothes"), {}, {}});
        return taxonomy;
    }();
    return builtIn;
}

QString Taxonomy::key(const QString &name)
{
    QString key;
    key.reserve(name.size());
    for (const QChar c : name) {
        if (!c.isSpace() && c != QLatin1Char('_') && c != QLatin1Char('-'))
            key += c.toCaseFolded();
    }
    return key;
}

Result<Taxonomy> Taxonomy::make(std::vector<TaxonomyCategory> categories, const QString &source)
{
    if (categories.empty())
        return fail(source, QStringLiteral("the taxonomy has no categories")).error();
    if (categories.size() > static_cast<std::size_t>(limits::kMaxCategories))
        return fail(source, QStringLiteral("%1 categories, more than the %2 Lookbook accepts").arg(categories.size()).arg(limits::kMaxCategories)).error();
    QSet<int> ids;
    QHash<QString, QString> keys;
    for (TaxonomyCategory &category : categories) {
        category.name = category.name.trimmed();
        category.supercategory = category.supercategory.trimmed();
        const QString where = QStringLiteral("category %1").arg(category.id);
        if (category.id < 0)
            return fail(source, QStringLiteral("%1: ids must be 0 or more").arg(where)).error();
        if (ids.contains(category.id))
            return fail(source, QStringLiteral("%1 is declared twice").arg(where)).error();
        ids.insert(category.id);
        if (key(category.name).isEmpty())
            return fail(source, QStringLiteral("%1 has no name").arg(where)).error();
        if (category.name.size() > limits::kMaxCategoryNameLength || category.supercategory.size() > limits::kMaxCategoryNameLength)
            return fail(source, QStringLiteral("%1: names are at most %2 characters").arg(where).arg(limits::kMaxCategoryNameLength)).error();
        if (const QString other = keys.value(key(category.name)); !other.isNull())
            return fail(source, QStringLiteral("%1 \"%2\" has the same name as \"%3\" (names are matched ignoring case, spaces, '_' and '-')")
                                    .arg(where, category.name, other))
                .error();
        keys.insert(key(category.name), category.name);
        if (!category.colour.isEmpty() && !isColour(category.colour))
            return fail(source, QStringLiteral("%1: colour \"%2\" is not of the form #rrggbb").arg(where, category.colour.left(40))).error();
    }
    std::sort(categories.begin(), categories.end(), [](const TaxonomyCategory &a, const TaxonomyCategory &b) { return a.id < b.id; });
    Taxonomy taxonomy;
    taxonomy.m_categories = std::move(categories);
    return taxonomy;
}

Result<Taxonomy> Taxonomy::parse(const QByteArray &json, const QString &source)
{
    Result<Json> document = detail::parseJson<Json>(json, source);
    if (!document)
        return document.error();
    return detail::guardedRead<Taxonomy>(source, [&]() -> Result<Taxonomy> {
        const Json *list = &*document;
        if (document->is_object()) {
            const auto found = document->find("categories");
            if (found == document->end())
                return fail(source, QStringLiteral("no \"categories\" list")).error();
            list = &*found;
        }
        if (!list->is_array())
            return fail(source, QStringLiteral("\"categories\" must be a list of {\"id\", \"name\"} objects, not %1").arg(detail::jsonPreview(*list))).error();
        if (list->size() > static_cast<std::size_t>(limits::kMaxCategories))
            return fail(source, QStringLiteral("%1 categories, more than the %2 Lookbook accepts").arg(list->size()).arg(limits::kMaxCategories)).error();
        std::vector<TaxonomyCategory> categories;
        for (std::size_t i = 0; i < list->size(); ++i) {
            Result<TaxonomyCategory> category = readCategory((*list)[i], QStringLiteral("%1: categories[%2]").arg(source).arg(i));
            if (!category)
                return category.error();
            categories.push_back(std::move(*category));
        }
        return make(std::move(categories), source);
    });
}

Result<Taxonomy> Taxonomy::load(const QString &path)
{
    Result<QByteArray> bytes = FileBytes::read(path, limits::kMaxJsonFileBytes);
    if (!bytes)
        return bytes.error();
    return parse(*bytes, FileBytes::displayName(path));
}

QByteArray Taxonomy::toJson() const
{
    Json list = Json::array();
    for (const TaxonomyCategory &category : m_categories) {
        Json entry = {{"id", category.id}, {"name", category.name.toStdString()}};
        if (!category.supercategory.isEmpty())
            entry["supercategory"] = category.supercategory.toStdString();
        if (!category.colour.isEmpty())
            entry["colour"] = category.colour.toStdString();
        if (!category.names.isEmpty()) {
            Json names = Json::object();
            for (auto it = category.names.cbegin(); it != category.names.cend(); ++it)
                names[it.key().toStdString()] = it.value().toStdString();
            entry["names"] = names;
        }
        list.push_back(std::move(entry));
    }
    return QByteArray::fromStdString(Json{{"categories", list}}.dump(2)) + '\n';
}

const TaxonomyCategory *Taxonomy::byId(int id) const
{
    const auto found = std::lower_bound(m_categories.begin(), m_categories.end(), id, [](const TaxonomyCategory &c, int value) { return c.id < value; });
    return found != m_categories.end() && found->id == id ? &*found : nullptr;
}

const TaxonomyCategory *Taxonomy::byName(const QString &name) const
{
    const QString wanted = key(name);
    const auto found = std::find_if(m_categories.begin(), m_categories.end(), [&](const TaxonomyCategory &c) { return key(c.name) == wanted; });
    return found != m_categories.end() ? &*found : nullptr;
}

const TaxonomyCategory *Taxonomy::match(const QString &name, int id) const
{
    if (const TaxonomyCategory *named = byName(name))
        return named;
    const Category *deepFashion2 = categoryById(id);
    const TaxonomyCategory *same = byId(id);
    if (deepFashion2 && same && key(same->name) == key(QString::fromLatin1(deepFashion2->name))
        && key(name) == key(QString::fromLatin1(deepFashion2->cocoName)))
        return same;
    return nullptr;
}

bool Taxonomy::isDeepFashion2() const
{
    const std::vector<TaxonomyCategory> &builtIn = deepFashion2().categories();
    return std::equal(m_categories.begin(), m_categories.end(), builtIn.begin(), builtIn.end(),
                      [](const TaxonomyCategory &a, const TaxonomyCategory &b) { return a.id == b.id && key(a.name) == key(b.name); });
}

} // namespace lookbook::dataset
