#include "models/searchsession.h"

#include "models/catalogmodel.h"
#include "models/categorylabel.h"
#include "models/errortext.h"
#include "models/modelmanifest.h"
#include "models/resultsmodel.h"
#include "models/thumbnailcache.h"
#include "search/searchservice.h"

#include <algorithm>
#include <limits>

namespace lookbook::ui {

namespace {
// A fused box that moved less than this (IoU) after re-fusing is still "the selected garment".
constexpr double kFollowIou = 0.3;
} // namespace

SearchSession::SearchSession(QObject *parent)
    : QObject(parent)
    , m_service(new search::SearchService(this))
    , m_thumbnails(new ThumbnailCache(ThumbnailCache::kDefaultCapacity, this))
    , m_results(new ResultsModel(m_thumbnails, this))
    , m_catalogItems(new CatalogModel(m_service, m_thumbnails, this))
{
}

SearchSession::~SearchSession() = default;

void SearchSession::setBusy(Work work, bool on)
{
    const int busy = on ? (m_busy | work) : (m_busy & ~work);
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(m_busy);
}

bool SearchSession::isStale(quint64 request, quint64 latest, const Error *error)
{
    // The service answers a superseded request with Cancelled; a newer one of ours is under way.
    if (request == latest && !(error && error->code == ErrorCode::Cancelled))
        return false;
    ++m_droppedResults;
    return true;
}

void SearchSession::fail(Work work, const Error &error)
{
    setBusy(work, false);
    m_lastErrorCode = error.code;
    Q_EMIT failed(ErrorText::of(error));
}

void SearchSession::open(const search::SearchPipelineParams &params)
{
    m_params = params;
    const quint64 request = ++m_openRequest;
    ++m_photoRequest;
    ++m_queryRequest;
    m_vectorSet.reset();
    forgetDetections();
    m_catalogItems->reset(0);
    m_detectorNames.clear();
    m_manifestWeights.clear();
    m_displayThresholds.clear();
    for (const QString &path : params.detectorManifests) {
        // Small JSON files, read again here for the names, weights and thresholds the panels show.
        const Result<models::ModelManifest> manifest = models::ModelManifest::load(path);
        m_detectorNames << (manifest ? manifest->name : path);
        m_manifestWeights.push_back(manifest ? manifest->detector.fusionWeight : 1.0);
        m_displayThresholds.push_back(manifest ? manifest->detector.displayThreshold : 0.0);
    }
    m_weights.clear();
    m_thresholds.clear();
    setBusy(Detecting, false);
    setBusy(Searching, false);
    setBusy(Opening, true);
    Q_EMIT fusedBoxesChanged();
    m_service->open(params).then(this, [this, request](const Result<catalog::VectorSetInfo> &loaded) {
        if (isStale(request, m_openRequest, loaded ? nullptr : &loaded.error()))
            return;
        if (!loaded)
            return fail(Opening, loaded.error());
        m_vectorSet = *loaded;
        m_catalogItems->reset(m_vectorSet->vectorCount);
        setBusy(Opening, false);
        Q_EMIT opened(*m_vectorSet);
        if (m_image)
            detect();
    });
}

void SearchSession::forgetDetections()
{
    m_hasDetections = false;
    m_detections = {};
    m_fused.clear();
    m_selected = -1;
    m_queryBox.reset();
    m_queryVector.reset();
    m_results->clear();
}

void SearchSession::setPhoto(const models::DecodedImage &image)
{
    m_image = image;
    ++m_queryRequest;
    forgetDetections();
    setBusy(Searching, false);
    Q_EMIT fusedBoxesChanged();
    Q_EMIT selectionChanged();
    if (isOpen())
        detect();
}

void SearchSession::detect()
{
    const quint64 request = ++m_photoRequest;
    setBusy(Detecting, true);
    m_detectTimer.start();
    m_service->detect(*m_image).then(this, [this, request](const Result<search::Detections> &detections) {
        if (isStale(request, m_photoRequest, detections ? nullptr : &detections.error()))
            return;
        if (!detections)
            return fail(Detecting, detections.error());
        m_lastDetectMs = m_detectTimer.elapsed();
        m_detections = *detections;
        m_hasDetections = true;
        setBusy(Detecting, false);
        Q_EMIT detectionsReady();
        refuse();
        if (m_fused.empty())
            return;
        // Start with the garment the fusion is surest of, so a photo shows results without a click.
        const auto best = std::max_element(m_fused.begin(), m_fused.end(),
                                           [](const ScoredBox &a, const ScoredBox &b) { return a.score < b.score; });
        selectFusedBox(static_cast<int>(best - m_fused.begin()));
    });
}

std::vector<std::vector<ScoredBox>> SearchSession::thresholdedDetections() const
{
    return m_detections.above(m_thresholds).perModel;
}

void SearchSession::refuse()
{
    QElapsedTimer timer;
    timer.start();
    search::Detections kept = m_detections;
    kept.perModel = thresholdedDetections();
    const bool weightsFit = m_weights.size() == kept.perModel.size();
    Result<std::vector<ScoredBox>> fused = search::DetectionEnsemble::fuse(kept, m_fusion, weightsFit ? m_weights : std::vector<double>{});
    m_lastFuseMs = timer.nsecsElapsed() / 1e6;
    if (!fused) {
        m_fused.clear();
        m_selected = -1;  // it indexed the boxes just dropped
        Q_EMIT fusedBoxesChanged();
        return fail(Searching, fused.error());
    }
    m_fused = std::move(fused.value());
    Q_EMIT fusedBoxesChanged();
}

void SearchSession::setFusion(const fusion::FusionParams &params, const std::vector<double> &weights)
{
    m_fusion = params;
    m_weights = weights;
    refuseFollowingSelection();
}

std::vector<double> SearchSession::fusionWeights() const
{
    return m_weights.size() == m_manifestWeights.size() ? m_weights : m_manifestWeights;
}

void SearchSession::setScoreThresholds(const std::vector<double> &thresholds)
{
    m_thresholds = thresholds;
    refuseFollowingSelection();
}

void SearchSession::refuseFollowingSelection()
{
    if (!m_hasDetections)
        return;
    const std::optional<Box> previous = m_selected >= 0 ? m_queryBox : std::nullopt;
    refuse();
    followSelection(previous);
}

void SearchSession::followSelection(const std::optional<Box> &previous)
{
    if (!previous) {
        // A box drawn by hand does not depend on the fusion; a fused selection may have gone.
        if (m_selected >= 0) {
            m_selected = -1;
            Q_EMIT selectionChanged();
        }
        return;
    }
    int best = -1;
    double bestIou = kFollowIou;
    for (std::size_t i = 0; i < m_fused.size(); ++i) {
        const double iou = Box::iou(m_fused[i].box, *previous);
        if (iou >= bestIou) {
            bestIou = iou;
            best = static_cast<int>(i);
        }
    }
    if (best < 0) {
        ++m_queryRequest;
        m_selected = -1;
        m_queryBox.reset();
        m_queryVector.reset();
        m_results->clear();
        setBusy(Searching, false);
        Q_EMIT selectionChanged();
        return;
    }
    if (m_fused[static_cast<std::size_t>(best)].box == *previous) {
        m_selected = best;  // the same garment, the same box: the results still hold
        Q_EMIT selectionChanged();
        return;
    }
    selectFusedBox(best);
}

void SearchSession::setSearchOptions(const search::SearchOptions &options)
{
    m_options = options;
    if (!m_queryVector)
        return;  // nothing searched yet, or an embedding on its way (it will use these options)
    const quint64 request = ++m_queryRequest;
    setBusy(Searching, true);
    m_searchTimer.start();
    runQuery(request);
}

void SearchSession::selectFusedBox(int index)
{
    if (index < 0 || index >= static_cast<int>(m_fused.size()))
        return;
    m_selected = index;
    runSearch(m_fused[static_cast<std::size_t>(index)].box);
}

void SearchSession::searchBox(const Box &box)
{
    m_selected = -1;
    runSearch(box);
}

QString SearchSession::queryDescription() const
{
    if (!m_queryBox)
        return {};
    if (m_selected < 0 || m_selected >= static_cast<int>(m_fused.size()))
        return tr("your box");
    const ScoredBox &box = m_fused[static_cast<std::size_t>(m_selected)];
    return tr("%1 %2").arg(categoryLabel(box.label)).arg(box.score, 0, 'f', 2);
}

void SearchSession::runSearch(const Box &box)
{
    if (!m_image || !isOpen())
        return;
    m_queryBox = box;
    m_queryVector.reset();
    const quint64 request = ++m_queryRequest;
    setBusy(Searching, true);
    m_searchTimer.start();
    Q_EMIT selectionChanged();
    m_service->embed(*m_image, {box}).then(this, [this, request](const Result<FloatMatrix> &vectors) {
        if (isStale(request, m_queryRequest, vectors ? nullptr : &vectors.error()))
            return;
        if (!vectors)
            return fail(Searching, vectors.error());
        m_queryVector = *vectors;
        runQuery(request);
    });
}

search::SearchOptions SearchSession::effectiveOptions() const
{
    // The paper's neighbourhood sizes assume thousands of shop items; a small catalog (a demo, a
    // test) gets neighbourhoods as large as it is instead of an error.
    search::SearchOptions options = m_options;
    const int gallery = static_cast<int>(std::min<qint64>(m_vectorSet ? m_vectorSet->vectorCount : 0, std::numeric_limits<int>::max()));
    options.qeNeighbours = std::min(options.qeNeighbours, gallery);
    options.dbaNeighbours = std::min(options.dbaNeighbours, gallery);
    if (options.rerank) {
        options.rerank->k1 = std::clamp(options.rerank->k1, 1, std::max(1, gallery));
        options.rerank->k2 = std::clamp(options.rerank->k2, 1, std::max(1, gallery + 1));  // the pool holds the query too
    }
    return options;
}

void SearchSession::runQuery(quint64 request)
{
    m_service->query(*m_queryVector, effectiveOptions()).then(this, [this, request](const Result<std::vector<std::vector<search::SearchHit>>> &found) {
        if (isStale(request, m_queryRequest, found ? nullptr : &found.error()))
            return;
        if (!found)
            return fail(Searching, found.error());
        const std::vector<search::SearchHit> hits = found->empty() ? std::vector<search::SearchHit>{} : found->front();
        m_service->details(hits).then(this, [this, request, hits](const Result<std::vector<catalog::ItemDetails>> &details) {
            if (isStale(request, m_queryRequest, details ? nullptr : &details.error()))
                return;
            if (!details)
                return fail(Searching, details.error());
            m_results->setResults(hits, *details);
            m_lastSearchMs = m_searchTimer.elapsed();
            setBusy(Searching, false);
            Q_EMIT resultsReady();
        });
    });
}

void SearchSession::cancel()
{
    m_service->cancel();
    ++m_photoRequest;
    ++m_queryRequest;
    setBusy(Detecting, false);
    setBusy(Searching, false);
}

} // namespace lookbook::ui
