#include "backend/backendreport.h"

#include "backend/opencvinfo.h"
#include "backend/torch/torchinfo.h"
#include "index/faissinfo.h"

namespace lookbook::backend {

std::vector<BackendInfo> backendReport()
{
    return {torchbackend::torchInfo(), index::faissInfo(), opencvInfo()};
}

} // namespace lookbook::backend
