#include "backend/torchplugin.h"

#include "backend/torch/lookbooktorch.h"
#include "common/limits.h"
#include "common/logging.h"
#include "models/modelmanifest.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibrary>
#include <QStringList>

#include <mutex>

namespace lookbook::backend {

namespace {

QStringList candidates()
{
    QStringList paths;
    if (const QString fromEnvironment = qEnvironmentVariable("LOOKBOOK_TORCH_MODULE"); !fromEnvironment.isEmpty())
        return {fromEnvironment};  // the user's choice: no silent fallback to another build
    if (QCoreApplication::instance())
        paths << QDir::cleanPath(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral(LOOKBOOK_TORCH_MODULE_INSTALLED)));
    paths << QStringLiteral(LOOKBOOK_TORCH_MODULE_BUILT);
    return paths;
}

} // namespace

Result<const TorchPlugin *> TorchPlugin::open()
{
    QStringList problems;
    for (const QString &path : candidates()) {
        if (!QFileInfo::exists(path)) {
            problems << QStringLiteral("%1: no such file").arg(path);
            continue;
        }
        // Never unloaded: models and their threads hold the module's code until the process ends.
        QLibrary library(path);
        library.setLoadHints(QLibrary::PreventUnloadHint);
        const auto entry = reinterpret_cast<LookbookTorchApiFunction>(library.resolve(LOOKBOOK_TORCH_API_SYMBOL));
        if (!entry) {
            problems << QStringLiteral("%1: cannot load: %2").arg(path, library.errorString());
            continue;
        }
        const LookbookTorchApi *api = entry();
        if (!api || api->version != LOOKBOOK_TORCH_API_VERSION) {
            problems << QStringLiteral("%1: made for another Lookbook version (interface %2, this Lookbook needs %3)")
                            .arg(path)
                            .arg(api ? api->version : 0)
                            .arg(LOOKBOOK_TORCH_API_VERSION);
            continue;
        }
        qCInfo(lcBackend) << "loaded the LibTorch module" << path;
        return new TorchPlugin(path, api);  // one per process, never freed
    }
    return Error{ErrorCode::BackendUnavailable,
                 QStringLiteral("the LibTorch module could not be loaded (set LOOKBOOK_TORCH_MODULE to its file): %1").arg(problems.join(QStringLiteral("; ")))};
}

Result<const TorchPlugin *> TorchPlugin::instance()
{
    static std::once_flag once;
    static Result<const TorchPlugin *> loaded = Error{ErrorCode::BackendUnavailable, QString()};
    std::call_once(once, [] { loaded = open(); });
    return loaded;
}

BackendInfo TorchPlugin::info()
{
    BackendInfo info;
    info.name = "LibTorch";
    const Result<const TorchPlugin *> plugin = instance();
    if (!plugin) {
        info.checkError = plugin.error().message.toStdString();
        return info;
    }
    const LookbookTorchApi &api = (*plugin)->api();
    info.version = api.libtorchVersion();
    info.devices.push_back("cpu");
    for (int i = 0; i < api.cudaDeviceCount(); ++i)
        info.devices.push_back("cuda:" + std::to_string(i));
    info.gpuSupport = info.devices.size() > 1;
    info.checkError = api.selfCheck();
    return info;
}

Status TorchPlugin::prepare(const models::ModelManifest &manifest, const models::InferenceOptions &options)
{
    if (Status verified = manifest.verifyModelFile(); !verified)
        return verified;
    const Result<const TorchPlugin *> plugin = instance();
    if (!plugin)
        return plugin.error();
    const LookbookTorchApi &api = (*plugin)->api();
    QStringList libraries = manifest.opLibraries;
    libraries += qEnvironmentVariable("LOOKBOOK_TORCH_OP_LIBRARIES").split(QLatin1Char(':'), Qt::SkipEmptyParts);
    for (const QString &library : libraries) {
        const char *error = nullptr;
        if (!api.loadOpLibrary(QFile::encodeName(library).constData(), &error))
            return Status::failure(ErrorCode::BackendError, QStringLiteral("%1: op_libraries: %2").arg(manifest.path, QString::fromUtf8(error)));
    }
    if (Status threads = limits::checkThreadCount(options.threads, QStringLiteral("threads")); !threads)
        return threads;
    api.setThreadCount(options.threads);
    return success();
}

} // namespace lookbook::backend
