#include "dataset/categories.h"

namespace lookbook::dataset {

const std::array<Category, kCategoryCount> &categories()
{
    static constexpr std::array<Category, kCategoryCount> table = {{
        {1, "short sleeve top", "short_sleeved_shirt", 25},
        {2, "long sleeve top", "long_sleeved_shirt", 33},
        {3, "short sleeve outwear", "short_sleeved_outwear", 31},
        {4, "long sleeve outwear", "long_sleeved_outwear", 39},
        {5, "vest", "vest", 15},
        {6, "sling", "sling", 15},
        {7, "shorts", "shorts", 10},
        {8, "trousers", "trousers", 14},
        {9, "skirt", "skirt", 8},
        {10, "short sleeve dress", "short_sleeved_dress", 29},
        {11, "long sleeve dress", "long_sleeved_dress", 37},
        {12, "vest dress", "vest_dress", 19},
        {13, "sling dress", "sling_dress", 19},
    }};
    return table;
}

const Category *categoryById(int id)
{
    if (id < 1 || id > kCategoryCount)
        return nullptr;
    return &categories()[static_cast<size_t>(id - 1)];
}

int cocoKeypointOffset(int categoryId)
{
    int offset = 0;
    for (int id = 1; id < categoryId && id <= kCategoryCount; ++id)
        offset += categories()[static_cast<size_t>(id - 1)].landmarkCount;
    return offset;
}

QString categoryName(int id)
{
    const Category *category = categoryById(id);
    return category ? QString::fromLatin1(category->name) : QString();
}

} // namespace lookbook::dataset
