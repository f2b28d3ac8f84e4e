#include "backend/backendreport.h"

#include "backend/opencvinfo.h"
#include "backend/torchplugin.h"
#include "index/faissinfo.h"

namespace lookbook::backend {

std::vector<BackendInfo> backendReport()
{
    return {TorchPlugin::info(), index::faissInfo(), opencvInfo()};
}

} // namespace lookbook::backend
