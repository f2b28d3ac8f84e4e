#pragma once

#include "common/backendinfo.h"

namespace lookbook::index {

// faiss's version and GPUs; the self-check builds an exact inner-product index and searches it.
BackendInfo faissInfo();

} // namespace lookbook::index
