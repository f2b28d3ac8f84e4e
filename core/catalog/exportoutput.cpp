#include "catalog/exportoutput.h"

#include "catalog/catalog.h"
#include "common/atomicfile.h"
#include "common/logging.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>

namespace lookbook::catalog {
namespace {

const QString kStagingInfix = QStringLiteral(".lookbook-export-");

// `path` with every symbolic link resolved, also when it does not exist yet (then its nearest
// existing folder is resolved and the rest appended).
QString resolvedPath(const QString &path)
{
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    QString current = absolute;
    QString rest;
    while (true) {
        const QString canonical = QFileInfo(current).canonicalFilePath();
        if (!canonical.isEmpty())
            return rest.isEmpty() ? canonical : QDir::cleanPath(canonical + QLatin1Char('/') + rest);
        const qsizetype slash = current.lastIndexOf(QLatin1Char('/'));
        if (slash <= 0)
            return absolute;
        rest = rest.isEmpty() ? current.mid(slash + 1) : current.mid(slash + 1) + QLatin1Char('/') + rest;
        current = current.left(slash);
    }
}

// Whether `path` is `folder` or lies below it (both resolved).
bool within(const QString &path, const QString &folder)
{
    return path == folder || path.startsWith(folder.endsWith(QLatin1Char('/')) ? folder : folder + QLatin1Char('/'));
}

Status refuse(const QString &target, const QString &why)
{
    return Status::failure(ErrorCode::InvalidArgument, QStringLiteral("%1: %2; export somewhere else").arg(target, why));
}

// The catalog's database, photos and source splits against the target.
Status checkOwnership(Catalog &catalog, const QString &target)
{
    const QString resolved = resolvedPath(target);
    const QString database = resolvedPath(catalog.path());
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal"), QStringLiteral("-import.lock")}) {
        if (resolved == database + suffix)
            return refuse(target, QStringLiteral("is the catalog database %1%2; the export would destroy it").arg(catalog.path(), suffix));
    }
    if (within(database, resolved))
        return refuse(target, QStringLiteral("holds the catalog database %1; the export would destroy it").arg(catalog.path()));
    Result<QStringList> folders = catalog.imageFolders();
    if (!folders)
        return folders.error();
    for (const QString &stored : *folders) {
        const QString folder = resolvedPath(stored);
        if (within(folder, resolved))
            return refuse(target, QStringLiteral("holds photos of the catalog (in %1); the export would delete them").arg(stored));
        if (within(resolved, folder)) {
            Result<std::optional<CatalogImage>> photo = catalog.imageByPath(QDir(stored).filePath(QDir(folder).relativeFilePath(resolved)));
            if (!photo)
                return photo.error();
            if (*photo)
                return refuse(target, QStringLiteral("is a photo of the catalog (%1); the export would destroy it").arg((*photo)->path));
        }
        // <split>/image/ beside <split>/annos/: the DeepFashion2 split the photos were imported from.
        const QFileInfo imageFolder(folder);
        const QString split = imageFolder.absolutePath();
        if (imageFolder.fileName() == QLatin1String("image") && QFileInfo(split + QStringLiteral("/annos")).isDir() && within(resolved, split))
            return refuse(target, QStringLiteral("lies in the DeepFashion2 split %1 that the catalog's photos were imported from; the export "
                                                 "would change it")
                                      .arg(QFileInfo(stored).absolutePath()));
    }
    return success();
}

bool isEarlierSplitExport(const QString &folder, QString &why)
{
    QFile marker(QDir(folder).filePath(ExportOutput::markerName()));
    if (!marker.open(QIODevice::ReadOnly)) {
        why = QStringLiteral("is not a DeepFashion2 split written by Lookbook's export (it has no %1)").arg(ExportOutput::markerName());
        return false;
    }
    if (QJsonDocument::fromJson(marker.read(1 << 16)).object().value(QStringLiteral("format")).toString() != QLatin1String("deepfashion2")) {
        why = QStringLiteral("%1 does not say it is a DeepFashion2 export").arg(marker.fileName());
        return false;
    }
    const QStringList allowed{ExportOutput::markerName(), QStringLiteral("annos"), QStringLiteral("image")};
    for (const QString &entry : QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)) {
        if (!allowed.contains(entry)) {
            why = QStringLiteral("holds %1, which an export does not write").arg(entry);
            return false;
        }
    }
    return true;
}

// An earlier COCO export: a JSON object with images, annotations and categories arrays.
bool isEarlierCocoExport(const QString &file, QString &why)
{
    why = QStringLiteral("is not a COCO annotation file (a JSON object with images, annotations and categories)");
    QFile input(file);
    if (!QFileInfo(file).isFile() || !input.open(QIODevice::ReadOnly))
        return false;
    // Whatever does not start like a JSON object (a photo, a database) is refused before reading it all.
    const QByteArray start = input.peek(4096).trimmed();
    if (!start.startsWith('{'))
        return false;
    const QJsonObject document = QJsonDocument::fromJson(input.readAll()).object();
    return document.value(QStringLiteral("images")).isArray() && document.value(QStringLiteral("annotations")).isArray()
           && document.value(QStringLiteral("categories")).isArray();
}

// What killed exports to `target` left beside it: staging folders (empty, or carrying the marker)
// and the earlier exports they had swapped out.
void removeStaleStaging(const QString &target)
{
    const QFileInfo info(target);
    const QRegularExpression pattern(QStringLiteral("^\\.%1%2[A-Za-z0-9]{6}$").arg(QRegularExpression::escape(info.fileName()), QRegularExpression::escape(kStagingInfix)));
    QDir parent = info.absoluteDir();
    for (const QFileInfo &entry : parent.entryInfoList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot | QDir::NoSymLinks)) {
        if (!pattern.match(entry.fileName()).hasMatch())
            continue;
        QDir stale(entry.absoluteFilePath());
        if (!stale.exists(ExportOutput::markerName()) && !stale.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
            continue;
        if (stale.removeRecursively())
            qCInfo(lcDataset) << "removed" << entry.absoluteFilePath() << "that an interrupted export left";
        else
            qCWarning(lcDataset) << entry.absoluteFilePath() << ": left by an interrupted export, and cannot be removed";
    }
}

} // namespace

ExportOutput::ExportOutput(const QString &path, Kind kind) : m_path(QFileInfo(path).absoluteFilePath()), m_kind(kind) {}

ExportOutput::~ExportOutput() = default;

QString ExportOutput::markerName() { return QStringLiteral(".lookbook-export.json"); }

Status ExportOutput::check(Catalog &catalog, bool replace) const
{
    const QFileInfo target(m_path);
    if (target.isSymLink() && !target.exists())
        return refuse(m_path, QStringLiteral("is a link to %1, which does not exist").arg(target.symLinkTarget()));
    if (Status owned = checkOwnership(catalog, m_path); !owned)
        return owned;
    if (!target.exists())
        return success();
    const bool split = m_kind == Kind::DeepFashion2Split;
    if (split && target.isSymLink())  // the swap into place would move the link, not the folder it names
        return refuse(m_path, QStringLiteral("is a link to %1; give that folder itself").arg(target.symLinkTarget()));
    if (split && target.isDir() && QDir(m_path).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        return success();
    if (!replace)
        return Status(Error{ErrorCode::InvalidArgument, QStringLiteral("%1: already exists; choose another output, or replace it").arg(m_path), Remedy::ReplaceOutput, {}});
    QString why;
    if (split && !target.isDir())
        why = QStringLiteral("is not a folder");
    else if (split ? isEarlierSplitExport(m_path, why) : isEarlierCocoExport(m_path, why))
        return success();
    return refuse(m_path, why + QStringLiteral("; only an earlier export of the same kind is replaced"));
}

Result<QString> ExportOutput::stage(const QString &catalogPath)
{
    Q_ASSERT(m_kind == Kind::DeepFashion2Split && !m_staging);
    const QFileInfo target(m_path);
    const QString parent = target.absolutePath();
    if (!QDir().mkpath(parent))
        return Result<QString>::failure(ErrorCode::IoError, QStringLiteral("%1: cannot create the folder").arg(parent));
    // The lock keeps a second export to the same target from taking this one's staging folder for a
    // killed one's; a lock left by a killed process is stale (its process is gone) and is taken over.
    m_lock = std::make_unique<QLockFile>(QDir(parent).filePath(QStringLiteral(".%1.lookbook-export.lock").arg(target.fileName())));
    if (!m_lock->tryLock(0))
        return Result<QString>::failure(ErrorCode::IoError, m_lock->error() == QLockFile::LockFailedError
                                                                ? QStringLiteral("%1: another export to it is running; try again when it has finished").arg(m_path)
                                                                : QStringLiteral("%1: cannot create a lock file in %2").arg(m_path, parent));
    removeStaleStaging(m_path);
    m_staging = std::make_unique<QTemporaryDir>(QDir(parent).filePath(QStringLiteral(".%1%2XXXXXX").arg(target.fileName(), kStagingInfix)));
    if (!m_staging->isValid())
        return Result<QString>::failure(ErrorCode::IoError, QStringLiteral("%1: cannot create a folder to write the export in: %2").arg(parent, m_staging->errorString()));
    const QJsonObject marker{{QStringLiteral("format"), QStringLiteral("deepfashion2")}, {QStringLiteral("catalog"), QFileInfo(catalogPath).absoluteFilePath()}};
    if (Status written = AtomicFile::write(m_staging->filePath(markerName()), QJsonDocument(marker).toJson()); !written)
        return written.error();
    return m_staging->path();
}

Status ExportOutput::publish()
{
    Q_ASSERT(m_staging);
    const QByteArray staging = QFile::encodeName(m_staging->path());
    const QByteArray target = QFile::encodeName(m_path);
    const auto failed = [&](const QString &what) {
        return Status::failure(ErrorCode::IoError, QStringLiteral("%1: cannot %2 (from %3): %4")
                                                       .arg(m_path, what, m_staging->path(), QString::fromLocal8Bit(std::strerror(errno))));
    };
    // check() allowed only an empty folder or an earlier export at the target. RENAME_EXCHANGE swaps
    // the two in one step; the earlier export then sits under the staging name and goes with it.
    const bool replacing = QFileInfo::exists(m_path);
    const int exchanged = replacing ? renameat2(AT_FDCWD, staging.constData(), AT_FDCWD, target.constData(), RENAME_EXCHANGE) : -1;
    const int exchangeError = errno;
    if (replacing && exchanged == 0) {
        if (!m_staging->remove())
            qCWarning(lcDataset) << m_staging->path() << ": the replaced export could not be deleted; the next export removes it";
    } else if (replacing) {
        if (exchangeError != EINVAL) {
            errno = exchangeError;
            return failed(QStringLiteral("swap the finished export into place"));
        }
        // A file system without the exchange: the earlier export goes aside under a staging name
        // first (a kill in between leaves no target, and the next export removes what is aside).
        QTemporaryDir aside(QStringLiteral("%1/.%2%3XXXXXX").arg(QFileInfo(m_path).absolutePath(), QFileInfo(m_path).fileName(), kStagingInfix));
        if (!aside.isValid() || std::rename(target.constData(), QFile::encodeName(aside.path()).constData()) != 0)
            return failed(QStringLiteral("move the earlier export aside"));
        if (std::rename(staging.constData(), target.constData()) != 0) {
            const Status moved = failed(QStringLiteral("move the finished export into place"));
            if (std::rename(QFile::encodeName(aside.path()).constData(), target.constData()) != 0) {
                aside.setAutoRemove(false);
                qCWarning(lcDataset) << aside.path() << ": holds the earlier export, which could not be moved back to" << m_path;
            }
            return moved;
        }
        m_staging->setAutoRemove(false);
    } else {
        if (std::rename(staging.constData(), target.constData()) != 0)
            return failed(QStringLiteral("move the finished export into place"));
        m_staging->setAutoRemove(false);
    }
    m_staging.reset();
    m_lock.reset();
    return success();
}

Status ExportOutput::writeFile(const QByteArray &bytes) const
{
    return AtomicFile::write(m_path, bytes);
}

} // namespace lookbook::catalog
