#pragma once

#include "common/result.h"

#include <QString>
#include <QStringList>

namespace lookbook::search {

struct CatalogCheckReport final {
    QStringList problems;  // one line each, naming the file at fault
    QStringList notes;     // worth knowing, not damage (an index written before checksums)
    bool integrityOk = false;
    int vectorSets = 0;
    qint64 photos = 0;
};

// `lookbook-cli catalog check`: what can be checked without the models. SQLite's integrity check
// of every page; each vector set's index (present, its checksum, dimension, model fingerprint and
// ids against the catalog); and each photo against the SHA-256 stored when it was imported. It
// reads every page and every photo, so it takes as long as reading them: run it when something
// looks wrong, or after copying a catalog.
class CatalogChecker final
{
public:
    // Fails only when there is nothing to check (no such file); damage is reported in problems.
    static Result<CatalogCheckReport> run(const QString &path);
};

} // namespace lookbook::search
