#include "catalog/reviewlogexporter.h"

#include "catalog/catalog.h"
#include "common/atomicfile.h"
#include "common/csv.h"
#include "common/logging.h"

#include <QFileInfo>

namespace lookbook::catalog {
namespace {

constexpr qint64 kProgressEvery = 256;

QString isoUtc(const QDateTime &time) { return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString(); }

QByteArray csvLine(const QStringList &fields)
{
    return Csv::line(fields).toUtf8() + "\r\n";
}

} // namespace

Result<ReviewLogExportReport> ReviewLogExporter::run(const Progress &progress)
{
    using Failure = Result<ReviewLogExportReport>;
    if (m_params.outputPath.isEmpty())
        return Failure::failure(ErrorCode::InvalidArgument, QStringLiteral("%1: no output file given").arg(m_params.catalogPath));
    if (m_params.from.isValid() && m_params.to.isValid() && m_params.to < m_params.from)
        return Failure::failure(ErrorCode::InvalidArgument, QStringLiteral("the time range ends (%1) before it starts (%2)")
                                                                .arg(isoUtc(m_params.to), isoUtc(m_params.from)));
    ReviewLogExportReport report;
    report.outputPath = QFileInfo(m_params.outputPath).absoluteFilePath();

    Result<std::unique_ptr<Catalog>> opened = Catalog::open(m_params.catalogPath);
    if (!opened)
        return opened.error();
    Catalog &catalog = **opened;
    const QString from = isoUtc(m_params.from);
    const QString to = isoUtc(m_params.to);
    Result<qint64> total = catalog.reviewLogCount(from, to);
    if (!total)
        return total.error();

    const Status written = AtomicFile::write(report.outputPath, [&](QIODevice &file) -> Status {
        file.write(csvLine({QStringLiteral("at"), QStringLiteral("user"), QStringLiteral("action"), QStringLiteral("image"), QStringLiteral("item"),
                            QStringLiteral("detail")}));
        const Status read = catalog.forEachReviewLogEntry(from, to, [&](const ReviewLogEntry &entry) {
            const QString image = !entry.image.isEmpty() ? entry.image : entry.imageId > 0 ? QString::number(entry.imageId) : QString();
            const QString item = entry.itemId > 0 ? QString::number(entry.itemId) : QString();
            const QByteArray line = csvLine({entry.at, entry.user, entry.action, image, item, QString::fromUtf8(entry.detailJson)});
            if (file.write(line) != line.size())
                return false;  // the commit reports the device's reason
            ++report.rows;
            if (report.rows % kProgressEvery == 0 && !reportProgress(progress, {}, report.rows, *total)) {
                report.cancelled = true;
                return false;
            }
            return true;
        });
        if (!read)
            return read;
        if (report.cancelled)
            return Status::failure(ErrorCode::Cancelled, QStringLiteral("%1: cancelled").arg(report.outputPath));
        reportProgress(progress, {}, report.rows, *total);
        return success();
    });
    if (report.cancelled)
        return report;
    if (!written)
        return written.error();
    qCInfo(lcCatalog) << "wrote" << report.rows << "review log rows to" << report.outputPath;
    return report;
}

} // namespace lookbook::catalog
