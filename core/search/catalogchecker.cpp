#include "search/catalogchecker.h"

#include "catalog/catalog.h"
#include "catalog/sqliteconnection.h"
#include "catalog/sqlitestatement.h"
#include "index/vectorindex.h"
#include "models/modelmanifest.h"
#include "search/catalogindex.h"
#include "search/indexsidecar.h"

#include <QFileInfo>

namespace lookbook::search {
namespace {

// SQLite's check of every page (it stops listing after 100 problems).
void checkIntegrity(catalog::SqliteConnection &connection, CatalogCheckReport &report)
{
    auto integrity = connection.prepare(QStringLiteral("PRAGMA integrity_check"));
    if (!integrity) {
        report.problems << integrity.error().message;
        return;
    }
    report.integrityOk = true;
    const Status checked = (*integrity)->forEachRow([&] {
        const QString line = (*integrity)->text(0);
        if (line != QLatin1String("ok")) {
            report.integrityOk = false;
            report.problems << QStringLiteral("%1: integrity check: %2").arg(connection.path(), line);
        }
    });
    if (!checked) {
        report.integrityOk = false;
        report.problems << checked.error().message;
    }
}

void checkIndexes(const QString &path, CatalogCheckReport &report)
{
    Result<std::unique_ptr<catalog::Catalog>> opened = catalog::Catalog::open(path);
    if (!opened) {
        report.problems << opened.error().message;
        return;
    }
    catalog::Catalog &catalog = **opened;
    Result<std::vector<catalog::VectorSetInfo>> sets = catalog.vectorSets();
    if (!sets) {
        report.problems << sets.error().message;
        return;
    }
    for (const catalog::VectorSetInfo &set : *sets) {
        ++report.vectorSets;
        Result<std::unique_ptr<CatalogIndex>> index = CatalogIndex::open(catalog, set.name);
        if (!index) {
            report.problems << index.error().message;
            continue;
        }
    }
}

void checkPhotos(catalog::SqliteConnection &connection, CatalogCheckReport &report)
{
    auto query = connection.prepare(QStringLiteral("SELECT id, path, content_hash FROM images ORDER BY id"));
    if (!query) {
        report.problems << query.error().message;
        return;
    }
    catalog::SqliteStatement &q = **query;
    const Status read = q.forEachRow([&] {
        ++report.photos;
        const qint64 id = q.int64(0);
        const QString photo = q.text(1);
        const QString stored = q.text(2);
        if (!QFileInfo::exists(photo)) {
            report.problems << QStringLiteral("%1: missing (photo %2 of %3)").arg(photo).arg(id).arg(connection.path());
            return;
        }
        const Result<QString> actual = models::ModelManifest::sha256Of(photo);
        if (!actual)
            report.problems << actual.error().message;
        else if (stored.isEmpty())
            report.notes << QStringLiteral("%1: no content hash stored (photo %2), not checked").arg(photo).arg(id);
        else if (*actual != stored)
            report.problems << QStringLiteral("%1: changed since it was imported: its SHA-256 is %2, the catalog has %3 (photo %4)")
                                   .arg(photo, *actual, stored)
                                   .arg(id);
    });
    if (!read)
        report.problems << read.error().message;
}

} // namespace

Result<CatalogCheckReport> CatalogChecker::run(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return Result<CatalogCheckReport>::failure(ErrorCode::IoError, path + QStringLiteral(": no such catalog"));
    const QString absolute = QFileInfo(path).absoluteFilePath();
    CatalogCheckReport report;
    Result<std::unique_ptr<catalog::SqliteConnection>> connection = catalog::SqliteConnection::open(absolute, catalog::SqliteConnection::OpenMode::Inspect);
    if (!connection) {
        report.problems << connection.error().message;
        return report;
    }
    checkIntegrity(**connection, report);
    // The rest goes on through damage: each read that fails is one more problem line.
    checkIndexes(absolute, report);
    checkPhotos(**connection, report);
    return report;
}

} // namespace lookbook::search
