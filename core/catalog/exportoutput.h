#pragma once

#include "common/result.h"

#include <QString>

#include <memory>

class QLockFile;
class QTemporaryDir;

namespace lookbook::catalog {

class Catalog;

// The file or folder an export writes, and the rules that keep an export from touching what it does
// not own. Nothing the catalog owns is ever a target: the database (and its -wal, -shm, -journal),
// its photos, the DeepFashion2 splits they were imported from, or a folder that holds any of them
// (paths compared with every symbolic link resolved). An existing target is replaced only when it
// is an earlier export of the same kind: a split folder carrying the marker file that every split
// export writes, or a COCO annotation file. A split is written into a hidden folder beside the
// target (".<name>.lookbook-export-XXXXXX") and swapped onto it whole; what a killed export left
// there is removed by the next export to the same target.
class ExportOutput final
{
public:
    enum class Kind { DeepFashion2Split, CocoFile };

    ExportOutput(const QString &path, Kind kind);
    ~ExportOutput();  // removes an unpublished staging folder
    ExportOutput(const ExportOutput &) = delete;
    ExportOutput &operator=(const ExportOutput &) = delete;

    // The target as an absolute path.
    const QString &path() const { return m_path; }
    // The marker file at the top of every split export: {"format": "deepfashion2", "catalog": …}.
    static QString markerName();

    // Refuses (InvalidArgument, with a message that names what would be destroyed) a target that
    // is or holds something of `catalog`, or that exists and is not replaceable: without `replace`
    // anything but an empty folder, with it anything but an earlier export of the same kind.
    Status check(Catalog &catalog, bool replace) const;

    // Split: takes the target's lock (a second export to it is refused), removes what killed
    // exports left beside it and creates the marked staging folder, whose path it returns.
    Result<QString> stage(const QString &catalogPath);
    // Split: puts the staging folder in place of the target in one step (an earlier export is
    // swapped out, then deleted), so that a kill at any moment leaves the old output or the new.
    Status publish();
    // COCO: writes `bytes` to the target atomically.
    Status writeFile(const QByteArray &bytes) const;

private:
    QString m_path;
    Kind m_kind;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<QTemporaryDir> m_staging;
};

} // namespace lookbook::catalog
