#include "common/version.h"

#include "dataset/opencvinfo.h"
#include "detection/torchinfo.h"
#include "index/faissinfo.h"

namespace lookbook {

QString versionString()
{
    return QStringLiteral(LOOKBOOK_VERSION);
}

std::vector<BackendInfo> backendReport()
{
    return {detection::torchInfo(), index::faissInfo(), dataset::opencvInfo()};
}

} // namespace lookbook
