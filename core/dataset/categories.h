#pragma once

#include <QString>

#include <array>

namespace lookbook::dataset {

// The 13 DeepFashion2 categories, ids 1–13.
struct Category final {
    int id;
    const char *name;      // DeepFashion2's category_name
    const char *cocoName;  // the name the official COCO converter gives it
    int landmarkCount;     // landmarks of this category; the official COCO layout concatenates them
};

inline constexpr int kCategoryCount = 13;
inline constexpr int kCocoKeypointSlots = 294;  // all categories' landmarks, in id order

const std::array<Category, kCategoryCount> &categories();
// The category with this id, or nullptr outside 1–13.
const Category *categoryById(int id);
// Where the category's landmarks start in the 294-slot COCO keypoint array.
int cocoKeypointOffset(int categoryId);
QString categoryName(int id);

} // namespace lookbook::dataset
