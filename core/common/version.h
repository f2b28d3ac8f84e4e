#pragma once

#include <QString>

namespace lookbook {

QString versionString();

} // namespace lookbook
