#pragma once

#include "common/backendinfo.h"

#include <vector>

namespace lookbook::backend {

// Versions, devices and a tiny self-check of every heavy backend this build links.
std::vector<BackendInfo> backendReport();

} // namespace lookbook::backend
