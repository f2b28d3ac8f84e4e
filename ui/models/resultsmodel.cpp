#include "models/resultsmodel.h"

#include "common/csv.h"
#include "dataset/categories.h"
#include "models/thumbnailcache.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lookbook::ui {

ResultsModel::ResultsModel(ThumbnailCache *thumbnails, QObject *parent)
    : QAbstractListModel(parent), m_thumbnails(thumbnails)
{
    connect(m_thumbnails, &ThumbnailCache::thumbnailReady, this, &ResultsModel::thumbnailArrived);
}

void ResultsModel::setResults(const std::vector<search::SearchHit> &hits, const std::vector<catalog::ItemDetails> &details)
{
    Q_ASSERT(hits.size() == details.size());
    beginResetModel();
    m_rows.clear();
    for (std::size_t i = 0; i < hits.size() && i < details.size(); ++i)
        m_rows.push_back({hits[i], details[i]});
    endResetModel();
}

void ResultsModel::clear()
{
    if (m_rows.empty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int ResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant ResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[static_cast<std::size_t>(index.row())];
    const catalog::ItemDetails &d = row.details;
    switch (role) {
    case Qt::ToolTipRole:
        return tr("<b>#%1</b> similarity %2<br>%3").arg(index.row() + 1).arg(row.hit.score, 0, 'f', 3).arg(itemDetailsData(d, role, *m_thumbnails).toString());
    case RankRole:
        return index.row() + 1;
    case ScoreRole:
        return double(row.hit.score);
    default:
        return itemDetailsData(d, role, *m_thumbnails);
    }
}

QHash<int, QByteArray> ResultsModel::roleNames() const
{
    return itemRoleNames(QAbstractListModel::roleNames());
}

void ResultsModel::thumbnailArrived(qint64 itemId)
{
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].details.item.id == itemId) {
            const QModelIndex changed = index(static_cast<int>(i));
            Q_EMIT dataChanged(changed, changed, {Qt::DecorationRole});
        }
    }
}

QByteArray ResultsModel::toJson() const
{
    QJsonArray results;
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows[i];
        const catalog::ItemDetails &d = row.details;
        QJsonObject result{{QStringLiteral("rank"), int(i + 1)},
                           {QStringLiteral("score"), double(row.hit.score)},
                           {QStringLiteral("item_id"), d.item.id},
                           {QStringLiteral("category_id"), d.item.categoryId},
                           {QStringLiteral("category"), dataset::categoryName(d.item.categoryId)},
                           {QStringLiteral("image"), d.image.path},
                           {QStringLiteral("pair_id"), d.image.pairId},
                           {QStringLiteral("box"), QJsonArray{d.item.box.x1, d.item.box.y1, d.item.box.x2, d.item.box.y2}}};
        if (d.product) {
            result.insert(QStringLiteral("title"), d.product->title);
            if (d.product->price)
                result.insert(QStringLiteral("price"), *d.product->price);
            result.insert(QStringLiteral("currency"), d.product->currency);
            result.insert(QStringLiteral("url"), d.product->url);
        }
        results.append(result);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("results"), results}}).toJson(QJsonDocument::Indented);
}

QByteArray ResultsModel::toCsv() const
{
    QStringList lines{QStringLiteral("rank,score,item_id,category_id,category,pair_id,x1,y1,x2,y2,image,title,price,currency,url")};
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows[i];
        const catalog::ItemDetails &d = row.details;
        const bool product = d.product.has_value();
        lines << QStringList{QString::number(i + 1),
                             QString::number(double(row.hit.score), 'f', 6),
                             QString::number(d.item.id),
                             QString::number(d.item.categoryId),
                             Csv::field(dataset::categoryName(d.item.categoryId)),
                             QString::number(d.image.pairId),
                             QString::number(d.item.box.x1),
                             QString::number(d.item.box.y1),
                             QString::number(d.item.box.x2),
                             QString::number(d.item.box.y2),
                             Csv::field(d.image.path),
                             product ? Csv::field(d.product->title) : QString(),
                             product && d.product->price ? QString::number(*d.product->price, 'f', 2) : QString(),
                             product ? Csv::field(d.product->currency) : QString(),
                             product ? Csv::field(d.product->url) : QString()}
                     .join(QLatin1Char(','));
    }
    return (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
}

} // namespace lookbook::ui
