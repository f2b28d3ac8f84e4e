#pragma once

#include "common/result.h"

#include <QString>
#include <QStringList>

namespace lookbook::search {

// The photos of a folder and its subfolders (.jpg, .jpeg, .png, .bmp, .webp in any case; hidden
// entries are left out). Whatever looks like it could hold a photo but cannot be read or named is
// listed in `skipped` with the reason, never passed over in silence: a name that is not valid
// UTF-8, a subfolder that cannot be listed, a link that leads nowhere, a link to a folder (not
// followed), a pipe or device with a photo's name.
class PhotoFolder final
{
public:
    // Sorted absolute paths; an error only when `root` itself cannot be listed.
    static Result<QStringList> photos(const QString &root, QStringList &skipped);
};

} // namespace lookbook::search
