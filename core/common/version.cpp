#include "common/version.h"

namespace lookbook {

QString versionString()
{
    return QStringLiteral(LOOKBOOK_VERSION);
}

} // namespace lookbook
