#include "models/indexrebuild.h"

#include "catalog/catalog.h"
#include "index/indexparams.h"
#include "search/catalogindex.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace lookbook::ui {

Result<QString> rebuildIndex(const QString &catalogPath, const QString &vectorSet, const QString &indexType)
{
    Result<std::unique_ptr<catalog::Catalog>> catalog = catalog::Catalog::open(catalogPath);
    if (!catalog)
        return catalog.error();
    const Result<catalog::VectorSetInfo> set = (*catalog)->chooseVectorSet(vectorSet);
    if (!set)
        return set.error();
    const catalog::VectorSetInfo &chosen = *set;
    index::IndexParams params;
    if (!indexType.isEmpty() && indexType != chosen.indexType) {
        const std::optional<index::IndexParams::Type> type = index::IndexParams::typeFromName(indexType);
        if (!type)
            return Result<QString>::failure(ErrorCode::InvalidArgument,
                                            QCoreApplication::translate("IndexRebuild", "unknown index type '%1' (expected flat, hnsw or ivfpq)")
                                                .arg(indexType));
        params.type = *type;
    } else if (!chosen.indexType.isEmpty()) {
        Result<index::IndexParams> recorded = index::IndexParams::fromJson(QJsonDocument::fromJson(chosen.indexParams).object(), catalogPath);
        if (!recorded)
            return recorded.error();
        params = *recorded;
    }
    Result<std::unique_ptr<search::CatalogIndex>> built = search::CatalogIndex::build(**catalog, chosen.name, params);
    if (!built)
        return built.error();
    return chosen.name;
}

} // namespace lookbook::ui
