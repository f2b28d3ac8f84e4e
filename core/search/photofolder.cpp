#include "search/photofolder.h"

#include <QFile>
#include <QFileInfo>

#include <filesystem>
#include <system_error>

namespace lookbook::search {
namespace {

namespace fs = std::filesystem;

bool hasPhotoSuffix(const std::string &name)
{
    const std::size_t dot = name.rfind('.');
    if (dot == std::string::npos)
        return false;
    std::string suffix = name.substr(dot + 1);
    for (char &c : suffix)
        c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return suffix == "jpg" || suffix == "jpeg" || suffix == "png" || suffix == "bmp" || suffix == "webp";
}

// A name that is not valid UTF-8, with its bytes outside printable ASCII written as \xNN.
QString escapedName(const std::string &name)
{
    QString shown;
    for (const unsigned char c : name)
        shown += c >= 0x20 && c < 0x7f ? QString(QLatin1Char(static_cast<char>(c))) : QStringLiteral("\\x%1").arg(c, 2, 16, QLatin1Char('0'));
    return shown;
}

QString reason(const std::error_code &error) { return QString::fromLocal8Bit(error.message().c_str()); }

void walk(const QString &folder, QStringList &photos, QStringList &skipped)
{
    std::error_code error;
    fs::directory_iterator it(QFile::encodeName(folder).toStdString(), error);
    if (error) {
        skipped << QStringLiteral("%1: cannot list this folder (%2); its photos were not imported").arg(folder, reason(error));
        return;
    }
    for (const fs::directory_iterator end; it != end; it.increment(error)) {
        const std::string name = it->path().filename().native();
        if (name.empty() || name.front() == '.')
            continue;
        const fs::file_status link = it->symlink_status(error);
        const fs::file_status target = it->status(error);
        const bool isFolder = fs::is_directory(target);
        const bool isLink = fs::is_symlink(link);
        if (!isFolder && !hasPhotoSuffix(name) && !(isLink && !fs::exists(target)))
            continue;  // not a photo by its name (products.json, notes, …)
        // The system names files in bytes; a name Qt cannot decode cannot be named back to it.
        const QString decoded = QFile::decodeName(QByteArray::fromStdString(name));
        if (QFile::encodeName(decoded).toStdString() != name) {
            skipped << QStringLiteral("%1/%2: the name is not valid UTF-8, so the %3 cannot be imported; rename it")
                           .arg(folder, escapedName(name), isFolder ? QStringLiteral("folder") : QStringLiteral("photo"));
            continue;
        }
        const QString path = folder + QLatin1Char('/') + decoded;
        if (isLink && !fs::exists(target)) {
            skipped << QStringLiteral("%1: a link to %2, which does not exist").arg(path, QFileInfo(path).symLinkTarget());
        } else if (isLink && isFolder) {
            skipped << QStringLiteral("%1: a link to a folder, which is not followed; import %2 itself").arg(path, QFileInfo(path).symLinkTarget());
        } else if (isFolder) {
            walk(path, photos, skipped);
        } else if (!fs::is_regular_file(target)) {
            skipped << QStringLiteral("%1: not a file (a pipe, socket or device)").arg(path);
        } else {
            photos << path;
        }
    }
    if (error)
        skipped << QStringLiteral("%1: listing this folder failed part-way (%2); some of its photos may not have been imported").arg(folder, reason(error));
}

} // namespace

Result<QStringList> PhotoFolder::photos(const QString &root, QStringList &skipped)
{
    const QString folder = QFileInfo(root).absoluteFilePath();
    std::error_code error;
    fs::directory_iterator probe(QFile::encodeName(folder).toStdString(), error);
    if (error)
        return Result<QStringList>::failure(ErrorCode::IoError, QStringLiteral("%1: cannot list the folder: %2").arg(folder, reason(error)));
    QStringList photos;
    walk(folder, photos, skipped);
    photos.sort();
    return photos;
}

} // namespace lookbook::search
