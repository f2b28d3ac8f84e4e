#pragma once

// Writes small TorchScript models and their manifests for the suites that run models end to end
// (the torch-free suites never include it). The module is built in C++, as users' Python would.
#include "models/modelmanifest.h"

#include "../testfiles.h"

#include <torch/script.h>

#include <QDir>
#include <QString>

namespace lookbook::test {

// `source` is the module's TorchScript; `body` is the manifest's kind-specific part.
inline QString makeModel(const QString &folder, const QString &name, const char *source, const QString &kind, const QString &preprocess,
                         const QString &body)
{
    const QDir dir(folder);
    torch::jit::Module module("M");
    module.define(source);
    const QString modelPath = dir.filePath(name + QStringLiteral(".pt"));
    module.save(modelPath.toStdString());
    const QString sha = models::ModelManifest::sha256Of(modelPath).value();
    const QString manifest = QStringLiteral(R"({"name": "%1", "kind": "%2", "file": "%1.pt", "sha256": "%3", "preprocess": %4, "%2": %5})")
                                 .arg(name, kind, sha, preprocess, body);
    return writeFile(dir.filePath(name + QStringLiteral(".json")), manifest.toUtf8());
}

} // namespace lookbook::test
