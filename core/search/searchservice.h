#pragma once

#include "catalog/catalogrecords.h"
#include "common/floatmatrix.h"
#include "common/result.h"
#include "models/decodedimage.h"
#include "search/detectionensemble.h"
#include "search/searchoptions.h"
#include "search/searchpipeline.h"

#include <QFuture>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <vector>

namespace lookbook::search {

// A SearchPipeline on a worker thread of its own, for the GUI: every call returns at once with a
// QFuture, and the work runs in call order on that one thread (the pipeline's SQLite connection
// and models belong to it). Each kind of request supersedes the previous one of its kind: a request
// still queued when a newer one of the same kind arrives finishes at once with ErrorCode::Cancelled,
// so dragging a slider never builds a backlog.
class SearchService final : public QObject
{
    Q_OBJECT

public:
    explicit SearchService(QObject *parent = nullptr);
    ~SearchService() override;  // waits for the request in progress

    // Loads the catalog, index and models (replacing what was open).
    QFuture<Result<catalog::VectorSetInfo>> open(const SearchPipelineParams &params);
    QFuture<Result<Detections>> detect(const models::DecodedImage &image);
    QFuture<Result<FloatMatrix>> embed(const models::DecodedImage &image, const std::vector<Box> &boxes);
    QFuture<Result<std::vector<std::vector<SearchHit>>>> query(const FloatMatrix &queries, const SearchOptions &options);
    QFuture<Result<std::vector<catalog::ItemDetails>>> details(const std::vector<SearchHit> &hits);
    // The catalog's shop items after item `afterId` in id order, at most `limit` (a catalog browser's page).
    QFuture<Result<std::vector<catalog::ItemDetails>>> browse(qint64 afterId, int limit);
    // Gives up the photo's requests (detect, embed, query, details): queued ones finish with
    // ErrorCode::Cancelled at once, and a detection under way stops before its next detector.
    void cancel();

private:
    enum Kind { Open, Detect, Embed, Query, Details, Browse, KindCount };
    // Runs `work` on the worker unless a newer request of the same kind came in meanwhile; `work` gets
    // a function that tells it whether that has happened since it started.
    template<typename T, typename Work>
    QFuture<Result<T>> submit(Kind kind, Work work);

    QThreadPool m_worker;
    std::unique_ptr<SearchPipeline> m_pipeline;  // used on the worker thread only
    std::atomic<quint64> m_latest[KindCount] = {};
};

} // namespace lookbook::search
