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
    Result<std::vector<catalog::VectorSetInfo>> sets = (*catalog)->vectorSets();
    if (!sets)
        return sets.error();
    const catalog::VectorSetInfo *chosen = nullptr;
    for (const catalog::VectorSetInfo &set : *sets) {
        if (set.name == vectorSet || (vectorSet.isEmpty() && sets->size() == 1))
            chosen = &set;
    }
    if (!chosen)
        return Result<QString>::failure(ErrorCode::InvalidArgument,
                                        QCoreApplication::translate("IndexRebuild", "%1: no vector set to index (%2 sets; choose one)")
                                            .arg(catalogPath)
                                            .arg(sets->size()));
    index::IndexParams params;
    if (!indexType.isEmpty() && indexType != chosen->indexType) {
        const std::optional<index::IndexParams::Type> type = index::IndexParams::typeFromName(indexType);
        if (!type)
            return Result<QString>::failure(ErrorCode::InvalidArgument,
                                            QCoreApplication::translate("IndexRebuild", "unknown index type '%1' (expected flat, hnsw or ivfpq)")
                                                .arg(indexType));
        params.type = *type;
    } else if (!chosen->indexType.isEmpty()) {
        Result<index::IndexParams> recorded = index::IndexParams::fromJson(QJsonDocument::fromJson(chosen->indexParams).object(), catalogPath);
        if (!recorded)
            return recorded.error();
        params = *recorded;
    }
    Result<std::unique_ptr<search::CatalogIndex>> built = search::CatalogIndex::build(**catalog, chosen->name, params);
    if (!built)
        return built.error();
    return chosen->name;
}

} // namespace lookbook::ui
