#include "backend/detectorruntime.h"

#include "backend/torch/lookbooktorch.h"
#include "backend/torchplugin.h"

#include <QFile>

#include <algorithm>

namespace lookbook::backend {

DetectorRuntime::~DetectorRuntime()
{
    m_plugin.api().freeDetector(m_detector);
}

Result<std::unique_ptr<DetectorRuntime>> DetectorRuntime::load(const QString &modelPath, const torchbackend::TorchDetectorConfig &config)
{
    const Result<const TorchPlugin *> plugin = TorchPlugin::instance();
    if (!plugin)
        return plugin.error();
    const LookbookDetectorConfig c{static_cast<int>(config.decoder), config.scoreThreshold, config.name.c_str(), config.device.c_str(), config.half ? 1 : 0};
    const char *error = nullptr;
    LookbookTorchDetector *detector = (*plugin)->api().loadDetector(QFile::encodeName(modelPath).constData(), &c, &error);
    if (!detector)
        return Error{ErrorCode::BackendError, QString::fromUtf8(error)};
    return std::unique_ptr<DetectorRuntime>(new DetectorRuntime(**plugin, detector));
}

Result<std::vector<std::vector<torchbackend::RawDetection>>> DetectorRuntime::detect(torchbackend::InputPixels input, int batch, int height,
                                                                                       int width) const
{
    std::vector<std::vector<torchbackend::RawDetection>> out(static_cast<std::size_t>(std::max(batch, 0)));
    const auto sink = [](void *context, int image, const LookbookRawDetection *d) {
        auto &lists = *static_cast<std::vector<std::vector<torchbackend::RawDetection>> *>(context);
        if (image >= 0 && static_cast<std::size_t>(image) < lists.size())
            lists[static_cast<std::size_t>(image)].push_back({d->x1, d->y1, d->x2, d->y2, d->score, d->modelClass});
    };
    const char *error = nullptr;
    if (!m_plugin.api().detect(m_detector, input.data, input.size, batch, height, width, sink, &out, &error))
        return Error{ErrorCode::BackendError, QString::fromUtf8(error)};
    return out;
}

bool DetectorRuntime::needsNms() const
{
    return m_plugin.api().detectorNeedsNms(m_detector) != 0;
}

QString DetectorRuntime::device() const
{
    return QString::fromUtf8(m_plugin.api().detectorDevice(m_detector));
}

QString DetectorRuntime::placementNote() const
{
    return QString::fromUtf8(m_plugin.api().detectorPlacementNote(m_detector));
}

} // namespace lookbook::backend
