#pragma once

#include <QString>

namespace lookbook::ui {

// A DeepFashion2 category's name in the user's language, for what the window shows (files the
// application writes keep dataset::categoryName's English names). An unknown id gives "category N".
QString categoryLabel(int categoryId);

} // namespace lookbook::ui
