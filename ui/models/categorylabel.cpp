#include "models/categorylabel.h"

#include "dataset/categories.h"

#include <QCoreApplication>

#include <iterator>

namespace lookbook::ui {

namespace {

// The same names as dataset::categoryName, in id order, marked here for the translators.
const char *const kNames[] = {
    QT_TRANSLATE_NOOP("Category", "short sleeve top"),   QT_TRANSLATE_NOOP("Category", "long sleeve top"),
    QT_TRANSLATE_NOOP("Category", "short sleeve outwear"), QT_TRANSLATE_NOOP("Category", "long sleeve outwear"),
    QT_TRANSLATE_NOOP("Category", "vest"),               QT_TRANSLATE_NOOP("Category", "sling"),
    QT_TRANSLATE_NOOP("Category", "shorts"),             QT_TRANSLATE_NOOP("Category", "trousers"),
    QT_TRANSLATE_NOOP("Category", "skirt"),              QT_TRANSLATE_NOOP("Category", "short sleeve dress"),
    QT_TRANSLATE_NOOP("Category", "long sleeve dress"),  QT_TRANSLATE_NOOP("Category", "vest dress"),
    QT_TRANSLATE_NOOP("Category", "sling dress"),
};
static_assert(std::size(kNames) == dataset::kCategoryCount, "one name per DeepFashion2 category");

} // namespace

QString categoryLabel(int categoryId)
{
    if (categoryId < 1 || categoryId > dataset::kCategoryCount)
        return dataset::categoryName(categoryId);
    const char *name = kNames[categoryId - 1];
    Q_ASSERT(dataset::categoryName(categoryId) == QLatin1String(name));
    return QCoreApplication::translate("Category", name);
}

} // namespace lookbook::ui
