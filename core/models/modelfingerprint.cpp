#include "models/modelfingerprint.h"

#include <QCryptographicHash>
#include <QFile>

namespace lookbook::models {

Result<QString> modelFingerprint(const models::ModelManifest &manifest)
{
    QFile file(manifest.path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QString>::failure(ErrorCode::IoError, manifest.path + QStringLiteral(": cannot read: ") + file.errorString());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(file.readAll());
    QStringList runFiles;
    if (!manifest.modelFile.isEmpty())
        runFiles << manifest.modelFile;
    for (const models::PoolingDescriptor &pooling : manifest.embedder.head) {
        if (!pooling.projection.isEmpty())
            runFiles << pooling.projection;
    }
    for (const QString &path : runFiles) {
        Result<QString> sha = models::ModelManifest::sha256Of(path);
        if (!sha)
            return sha.error();
        hash.addData(sha->toLatin1());
    }
    for (const models::EnsembleMember &member : manifest.members) {
        Result<models::ModelManifest> memberManifest = models::ModelManifest::load(member.manifestPath);
        if (!memberManifest)
            return memberManifest.error();
        Result<QString> memberFingerprint = modelFingerprint(*memberManifest);
        if (!memberFingerprint)
            return memberFingerprint;
        hash.addData(memberFingerprint->toLatin1());
        hash.addData(QByteArray::number(member.weight, 'g', 17));
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace lookbook::models
