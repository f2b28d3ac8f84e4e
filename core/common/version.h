#pragma once

#include "common/backendinfo.h"

#include <QString>
#include <vector>

namespace lookbook {

QString versionString();

// Versions, devices and a tiny self-check of every heavy backend this build links.
std::vector<BackendInfo> backendReport();

} // namespace lookbook
