#pragma once

#include "common/result.h"
#include "models/modelmanifest.h"

#include <QString>

namespace lookbook::models {

// What identifies the vectors a model makes: the manifest's bytes (preprocessing, head, dimension)
// and the sha256 of every file it runs (model, projections, ensemble members, recursively). Two
// copies of the same model in different folders have the same fingerprint; retraining changes it.
Result<QString> modelFingerprint(const models::ModelManifest &manifest);

} // namespace lookbook::models
