#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QMap>
#include <QString>

#include <vector>

namespace lookbook::dataset {

// One category of a taxonomy: what a box's category_id means.
struct TaxonomyCategory final {
    int id = 0;
    QString name;            // as the source names it ("long sleeve top", "handbag")
    QString supercategory;   // optional ("upper body", "accessory")
    QString colour;          // optional "#rrggbb"; empty: the views derive one from the name
    QMap<QString, QString> names;  // optional names per language ("de" → "Tasche")

    bool operator==(const TaxonomyCategory &other) const;
};

// The label set of a catalog, a dataset or a model: any number of categories with their own ids
// (they need not start at 1 or be contiguous). Names are unique as names are matched (see key()),
// so a detector's class "Long_Sleeve-Top" finds the category "long sleeve top". DeepFashion2's 13
// categories, with its ids, are the built-in default.
class Taxonomy final
{
public:
    Taxonomy() = default;

    static const Taxonomy &deepFashion2();
    // Checks the categories: at least one, ids unique and ≥ 0, names non-empty and unique by key(),
    // colours "#rrggbb" or empty. `source` names where they came from in the messages.
    static Result<Taxonomy> make(std::vector<TaxonomyCategory> categories, const QString &source);
    // A taxonomy JSON: {"categories": [{"id": 1, "name": "bag", "supercategory": "accessory",
    // "colour": "#a0522d", "names": {"de": "Tasche"}}, …]} (a COCO file's categories read as one), or
    // that list alone. Other keys are ignored.
    static Result<Taxonomy> parse(const QByteArray &json, const QString &source);
    static Result<Taxonomy> load(const QString &path);
    // The JSON parse() reads.
    QByteArray toJson() const;

    // How names are matched: lower case, without spaces, '_' and '-'.
    static QString key(const QString &name);

    const std::vector<TaxonomyCategory> &categories() const { return m_categories; }
    bool isEmpty() const { return m_categories.empty(); }
    int size() const { return static_cast<int>(m_categories.size()); }
    const TaxonomyCategory *byId(int id) const;
    const TaxonomyCategory *byName(const QString &name) const;
    // The category another source's category `name` (its id `id`) means here: the one of that name,
    // or, where this taxonomy has DeepFashion2's category `id`, the one the DeepFashion2 COCO
    // converter names `name` ("short_sleeved_shirt" is "short sleeve top").
    const TaxonomyCategory *match(const QString &name, int id) const;
    // The same ids with the same names (by key()) as DeepFashion2's: what its formats can hold.
    bool isDeepFashion2() const;

    bool operator==(const Taxonomy &other) const { return m_categories == other.m_categories; }
    bool operator!=(const Taxonomy &other) const { return !(*this == other); }

private:
    std::vector<TaxonomyCategory> m_categories;  // in id order
};

} // namespace lookbook::dataset
