#pragma once

#include "common/box.h"

#include <QString>

#include <optional>

namespace lookbook::cli {

// "x1,y1,x2,y2" in pixels, finite numbers with x1 < x2 and y1 < y2 (`embed --box`, `search --box`).
std::optional<Box> parseBoxOption(const QString &text);

} // namespace lookbook::cli
