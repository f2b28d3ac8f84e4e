#pragma once

#include "catalog/catalogrecords.h"
#include "common/box.h"
#include "common/floatmatrix.h"
#include "common/scoredbox.h"
#include "fusion/fusionparams.h"
#include "models/decodedimage.h"
#include "search/detectionensemble.h"
#include "search/searchoptions.h"
#include "search/searchpipeline.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>

#include <optional>
#include <vector>

namespace lookbook::search {
class SearchService;
}

namespace lookbook::ui {

class CatalogModel;
class ResultsModel;
class ThumbnailCache;

// The state of the search workspace and the work behind it. Opening, detection, embedding and
// search run on the SearchService's worker; their results come back to the GUI thread, where each
// is dropped if a newer request of its kind has been made meanwhile (request counters). Fusion runs
// here, on the cached detections: it takes microseconds, so a slider can re-fuse on every move.
class SearchSession final : public QObject
{
    Q_OBJECT

public:
    enum Work { Opening = 1, Detecting = 2, Searching = 4 };

    explicit SearchSession(QObject *parent = nullptr);
    ~SearchSession() override;

    // Loads catalog, index and models in the background; `opened` or `failed` follows.
    void open(const search::SearchPipelineParams &params);
    bool isOpen() const { return m_vectorSet.has_value(); }
    const std::optional<catalog::VectorSetInfo> &vectorSet() const { return m_vectorSet; }
    QStringList detectorNames() const { return m_detectorNames; }
    std::vector<double> manifestWeights() const { return m_manifestWeights; }
    // Where the layers' score thresholds start: the manifests' display thresholds.
    std::vector<double> displayThresholds() const { return m_displayThresholds; }

    // Detects on the photo once a catalog is open; the best fused box is then searched.
    void setPhoto(const models::DecodedImage &image);
    bool hasDetections() const { return m_hasDetections; }
    const search::Detections &detections() const { return m_detections; }
    // Each detector's boxes that pass its score threshold: what is drawn and what is fused.
    std::vector<std::vector<ScoredBox>> thresholdedDetections() const;
    const std::vector<ScoredBox> &fusedBoxes() const { return m_fused; }

    void setFusion(const fusion::FusionParams &params, const std::vector<double> &weights);
    const fusion::FusionParams &fusionParams() const { return m_fusion; }
    // Per detector, what the fusion uses: the panel's weights, or the manifests' until it sets some.
    std::vector<double> fusionWeights() const;
    const std::vector<double> &scoreThresholds() const { return m_thresholds; }
    // The catalog and models of the last open().
    const search::SearchPipelineParams &pipelineParams() const { return m_params; }
    void setScoreThresholds(const std::vector<double> &thresholds);
    void setSearchOptions(const search::SearchOptions &options);
    const search::SearchOptions &searchOptions() const { return m_options; }

    void selectFusedBox(int index);
    void searchBox(const Box &box);
    int selectedFusedBox() const { return m_selected; }
    std::optional<Box> queryBox() const { return m_queryBox; }
    // "long sleeve top 0.93" for a fused box, "your box" for one drawn by hand.
    QString queryDescription() const;

    // Drops the detection and search in flight (their results will be ignored).
    void cancel();
    bool isBusy() const { return m_busy != 0; }
    int busyWork() const { return m_busy; }

    ResultsModel *results() const { return m_results; }
    // The open catalog's shop items, paged.
    CatalogModel *catalogItems() const { return m_catalogItems; }
    ThumbnailCache *thumbnails() const { return m_thumbnails; }
    qint64 lastDetectMs() const { return m_lastDetectMs; }
    qint64 lastSearchMs() const { return m_lastSearchMs; }
    double lastFuseMs() const { return m_lastFuseMs; }
    // Results that arrived after a newer request had replaced theirs, and were ignored.
    int droppedResults() const { return m_droppedResults; }
    // Why the last request failed (ErrorCode::OutOfDate: the index needs rebuilding).
    ErrorCode lastErrorCode() const { return m_lastErrorCode; }

Q_SIGNALS:
    void opened(const lookbook::catalog::VectorSetInfo &info);
    void detectionsReady();
    void fusedBoxesChanged();
    void selectionChanged();
    void resultsReady();
    void busyChanged(int work);
    void failed(const QString &message);

private:
    // Drops the photo's detections, fused boxes, selection, query and results.
    void forgetDetections();
    void detect();
    void refuse();
    // Fuses the cached detections again (if any) and keeps the selected garment selected.
    void refuseFollowingSelection();
    void followSelection(const std::optional<Box> &previous);
    void runSearch(const Box &box);
    void runQuery(quint64 request);
    search::SearchOptions effectiveOptions() const;
    void setBusy(Work work, bool on);
    // True when the result of `request` must be ignored: counted, and its busy state left to the newer one.
    bool isStale(quint64 request, quint64 latest, const Error *error);
    void fail(Work work, const Error &error);

    search::SearchService *m_service = nullptr;
    ThumbnailCache *m_thumbnails = nullptr;
    ResultsModel *m_results = nullptr;
    CatalogModel *m_catalogItems = nullptr;

    search::SearchPipelineParams m_params;
    std::optional<catalog::VectorSetInfo> m_vectorSet;
    QStringList m_detectorNames;
    std::vector<double> m_manifestWeights;
    std::vector<double> m_displayThresholds;
    std::optional<models::DecodedImage> m_image;
    search::Detections m_detections;
    bool m_hasDetections = false;
    std::vector<ScoredBox> m_fused;
    fusion::FusionParams m_fusion;
    std::vector<double> m_weights;     // empty: the manifests' weights
    std::vector<double> m_thresholds;  // per detector; missing ones are 0
    search::SearchOptions m_options;

    int m_selected = -1;
    std::optional<Box> m_queryBox;
    std::optional<FloatMatrix> m_queryVector;  // the embedding of m_queryBox, once computed

    quint64 m_openRequest = 0;
    quint64 m_photoRequest = 0;
    quint64 m_queryRequest = 0;
    int m_busy = 0;
    int m_droppedResults = 0;
    ErrorCode m_lastErrorCode = ErrorCode::InvalidArgument;
    QElapsedTimer m_detectTimer;
    QElapsedTimer m_searchTimer;
    qint64 m_lastDetectMs = -1;
    qint64 m_lastSearchMs = -1;
    double m_lastFuseMs = -1.0;
};

} // namespace lookbook::ui
