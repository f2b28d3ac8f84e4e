#include "search/searchservice.h"

#include "catalog/catalog.h"

#include <QPromise>

#include <memory>

namespace lookbook::search {

SearchService::SearchService(QObject *parent) : QObject(parent)
{
    // One thread that never expires: everything the pipeline owns stays on the thread that made it.
    m_worker.setMaxThreadCount(1);
    m_worker.setExpiryTimeout(-1);
}

SearchService::~SearchService()
{
    for (auto &latest : m_latest)
        ++latest;  // queued requests give up
    // The pipeline was made on the worker; it is destroyed there too.
    m_worker.start([this] { m_pipeline.reset(); });
    m_worker.waitForDone();
}

template<typename T, typename Work>
QFuture<Result<T>> SearchService::submit(Kind kind, Work work)
{
    const quint64 ticket = ++m_latest[kind];
    // A promise, not QtConcurrent::run: waiting on a QtConcurrent future runs a still-queued task on
    // the waiting thread, which would take the pipeline off its thread and out of call order.
    auto promise = std::make_shared<QPromise<Result<T>>>();
    QFuture<Result<T>> future = promise->future();
    promise->start();
    m_worker.start([this, kind, ticket, promise, work = std::move(work)] {
        const std::function<bool()> superseded = [this, kind, ticket] { return m_latest[kind].load() != ticket; };
        if (superseded())
            promise->addResult(Result<T>::failure(ErrorCode::Cancelled, QStringLiteral("superseded by a newer request")));
        else if (kind != Open && !m_pipeline)
            promise->addResult(Result<T>::failure(ErrorCode::InvalidArgument, QStringLiteral("no catalog is open")));
        else
            promise->addResult(work(superseded));
        promise->finish();
    });
    return future;
}

QFuture<Result<catalog::VectorSetInfo>> SearchService::open(const SearchPipelineParams &params)
{
    return submit<catalog::VectorSetInfo>(Open, [this, params](const std::function<bool()> &) -> Result<catalog::VectorSetInfo> {
        m_pipeline.reset();
        Result<std::unique_ptr<SearchPipeline>> opened = SearchPipeline::open(params);
        if (!opened)
            return opened.error();
        m_pipeline = std::move(opened.value());
        return m_pipeline->vectorSet();
    });
}

QFuture<Result<Detections>> SearchService::detect(const models::DecodedImage &image)
{
    return submit<Detections>(Detect, [this, image](const std::function<bool()> &superseded) { return m_pipeline->detect(image, superseded); });
}

QFuture<Result<FloatMatrix>> SearchService::embed(const models::DecodedImage &image, const std::vector<Box> &boxes)
{
    return submit<FloatMatrix>(Embed, [this, image, boxes](const std::function<bool()> &) { return m_pipeline->embed(image, boxes); });
}

QFuture<Result<std::vector<std::vector<SearchHit>>>> SearchService::query(const FloatMatrix &queries, const SearchOptions &options)
{
    return submit<std::vector<std::vector<SearchHit>>>(Query, [this, queries, options](const std::function<bool()> &) { return m_pipeline->query(queries, options); });
}

QFuture<Result<std::vector<catalog::ItemDetails>>> SearchService::details(const std::vector<SearchHit> &hits)
{
    return submit<std::vector<catalog::ItemDetails>>(Details, [this, hits](const std::function<bool()> &) { return m_pipeline->details(hits); });
}

QFuture<Result<std::vector<catalog::ItemDetails>>> SearchService::browse(qint64 afterId, int limit)
{
    return submit<std::vector<catalog::ItemDetails>>(Browse, [this, afterId, limit](const std::function<bool()> &) -> Result<std::vector<catalog::ItemDetails>> {
        Result<std::vector<qint64>> ids = m_pipeline->catalog().itemIdsAfter(afterId, limit);
        if (!ids)
            return ids.error();
        return m_pipeline->catalog().itemDetails(*ids);
    });
}

void SearchService::cancel()
{
    for (Kind kind : {Detect, Embed, Query, Details})
        ++m_latest[kind];
}

} // namespace lookbook::search
