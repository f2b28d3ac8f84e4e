#include "models/reviewdocument.h"

#include "common/atomicfile.h"
#include "common/logging.h"
#include "models/errortext.h"
#include "models/reviewcommands_p.h"
#include "review/reviewstore.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUndoStack>

#include <algorithm>

namespace lookbook::ui {

namespace {

bool sameItem(const catalog::CatalogItem &a, const catalog::CatalogItem &b)
{
    return a.box == b.box && a.categoryId == b.categoryId && a.style == b.style && a.score == b.score && a.origin == b.origin
        && a.review == b.review;
}

QJsonObject itemToJson(const catalog::CatalogItem &item, qint64 id, qint64 acceptedFrom)
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("box"), QJsonArray{item.box.x1, item.box.y1, item.box.x2, item.box.y2}},
                  {QStringLiteral("category_id"), item.categoryId},
                  {QStringLiteral("style"), item.style},
                  {QStringLiteral("origin"), catalog::originName(item.origin)},
                  {QStringLiteral("review_state"), catalog::reviewStateName(item.review)},
                  {QStringLiteral("accepted_from"), acceptedFrom}};
    if (item.score)
        o.insert(QStringLiteral("score"), *item.score);
    return o;
}

} // namespace

bool EditorItem::operator==(const EditorItem &other) const
{
    return key == other.key && acceptedFrom == other.acceptedFrom && sameItem(item, other.item);
}

bool ImageState::operator==(const ImageState &other) const
{
    return reviewed == other.reviewed && pairId == other.pairId && items == other.items;
}

const EditorItem *ImageState::find(int key) const
{
    const auto found = std::find_if(items.begin(), items.end(), [key](const EditorItem &item) { return item.key == key; });
    return found == items.end() ? nullptr : &*found;
}

ReviewDocument::ReviewDocument(QObject *parent) : QObject(parent), m_undo(new QUndoStack(this))
{
    connect(m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
    connect(m_undo, &QUndoStack::indexChanged, this, [this] { m_journalStale = true; });
    m_journalTimer.setInterval(kJournalIntervalMs);
    connect(&m_journalTimer, &QTimer::timeout, this, [this] {
        if (!m_journalStale)
            return;
        m_journalStale = false;
        if (!isModified())
            return discardJournal();
        if (Status written = writeJournal(); !written)
            Q_EMIT failed(ErrorText::of(written.error()));
    });
}

ReviewDocument::~ReviewDocument() = default;

QString ReviewDocument::path() const { return m_store ? m_store->path() : QString(); }

bool ReviewDocument::isModified() const { return !m_undo->isClean(); }

Status ReviewDocument::open(const QString &catalogPath)
{
    auto store = review::ReviewStore::open(catalogPath);
    if (!store)
        return store.error();
    close();
    m_store = std::move(store.value());
    m_qaParams = m_store->qaParams();
    m_journalTimer.start();
    Q_EMIT opened();
    return success();
}

void ReviewDocument::close()
{
    m_journalTimer.stop();
    m_undo->clear();
    m_images.clear();
    m_itemIds.clear();
    m_current = 0;
    m_qa = {};
    m_store.reset();
}

const review::ReviewImage *ReviewDocument::currentImage() const
{
    const auto found = m_images.find(m_current);
    return found == m_images.end() ? nullptr : &found->second.image;
}

const ImageState *ReviewDocument::currentState() const { return state(m_current); }

const ImageState *ReviewDocument::state(qint64 imageId) const
{
    const auto found = m_images.find(imageId);
    return found == m_images.end() ? nullptr : &found->second.current;
}

Status ReviewDocument::setQaParams(const eval::QaParams &params)
{
    if (m_store) {
        if (Status stored = m_store->setQaParams(params); !stored)
            return stored;
    }
    m_qaParams = params;
    recomputeQa();
    Q_EMIT imageEdited();
    return success();
}

Result<ReviewDocument::Entry *> ReviewDocument::load(qint64 imageId)
{
    if (const auto found = m_images.find(imageId); found != m_images.end())
        return &found->second;
    if (!m_store)
        return Result<Entry *>::failure(ErrorCode::InvalidArgument, tr("No review catalog is open."));
    Result<review::ReviewImage> image = m_store->image(imageId);
    if (!image)
        return image.error();
    Result<std::vector<catalog::CatalogItem>> items = m_store->catalog().itemsOfImage(imageId);
    if (!items)
        return items.error();
    Entry entry;
    entry.image = *image;
    entry.saved.reviewed = image->reviewed;
    entry.saved.pairId = image->image.pairId;
    for (catalog::CatalogItem item : *items) {
        const int key = m_nextKey++;
        m_itemIds[key] = item.id;
        item.id = 0;  // identity is the key; ids live in m_itemIds
        entry.saved.items.push_back({key, item, 0});
    }
    entry.current = entry.saved;
    return &m_images.emplace(imageId, std::move(entry)).first->second;
}

Status ReviewDocument::showImage(qint64 imageId)
{
    Result<Entry *> entry = load(imageId);
    if (!entry)
        return entry.error();
    if (m_current != imageId) {
        m_current = imageId;
        recomputeQa();
        Q_EMIT currentImageChanged(imageId);
    }
    return success();
}

void ReviewDocument::recomputeQa()
{
    m_qa = {};
    m_outcomes.clear();
    const ImageState *now = currentState();
    if (!now)
        return;
    std::vector<eval::QaBox> groundTruth;
    std::vector<eval::QaBox> predictions;
    std::vector<int> groundTruthKeys;
    std::vector<int> predictionKeys;
    for (const EditorItem &e : now->items) {
        if (review::isGroundTruth(e.item.origin)) {
            groundTruth.push_back({e.item.box, e.item.categoryId, 1.0});
            groundTruthKeys.push_back(e.key);
        } else if (review::isPrediction(e.item.origin) && e.item.score.value_or(0.0) >= m_qaParams.minScore) {
            predictions.push_back({e.item.box, e.item.categoryId, e.item.score.value_or(0.0)});
            predictionKeys.push_back(e.key);
        }
    }
    m_qa = eval::QaMatcher::match(groundTruth, predictions, m_qaParams);
    if (!isChecked())
        return;
    for (std::size_t i = 0; i < groundTruthKeys.size(); ++i)
        m_outcomes[groundTruthKeys[i]] = m_qa.groundTruthOutcome[i];
    for (std::size_t i = 0; i < predictionKeys.size(); ++i)
        m_outcomes[predictionKeys[i]] = m_qa.predictionOutcome[i];
}

std::optional<eval::QaOutcome> ReviewDocument::outcomeOf(int key) const
{
    const auto found = m_outcomes.find(key);
    return found == m_outcomes.end() ? std::nullopt : std::optional<eval::QaOutcome>(found->second);
}

bool ReviewDocument::isChecked() const
{
    const review::ReviewImage *image = currentImage();
    const ImageState *now = currentState();
    if (!image || !now)
        return false;
    return image->predicted
        || std::any_of(now->items.begin(), now->items.end(), [](const EditorItem &e) { return review::isPrediction(e.item.origin); });
}

void ReviewDocument::apply(qint64 imageId, const ImageState &state)
{
    Result<Entry *> entry = load(imageId);
    if (!entry)
        return Q_EMIT failed(ErrorText::of(entry.error()));
    (*entry)->current = state;
    const bool switched = m_current != imageId;
    m_current = imageId;
    recomputeQa();
    if (switched)
        Q_EMIT currentImageChanged(imageId);
    Q_EMIT imageEdited();
}

bool ReviewDocument::edit(const ImageState &after, const QString &text, int mergeKey)
{
    const ImageState *before = currentState();
    if (!before || *before == after)
        return false;
    m_undo->push(new ImageEditCommand(this, m_current, *before, after, text, mergeKey));
    return true;
}

void ReviewDocument::markCorrected(EditorItem &item)
{
    if (item.item.origin == catalog::ItemOrigin::GroundTruth)
        item.item.origin = catalog::ItemOrigin::HandCorrected;
}

int ReviewDocument::addBox(const Box &box, int categoryId)
{
    const ImageState *now = currentState();
    if (!now || box.width() <= 0 || box.height() <= 0 || categoryId < 1 || categoryId > 13)
        return 0;
    ImageState after = *now;
    EditorItem added;
    added.key = m_nextKey++;
    added.item.box = box;
    added.item.categoryId = categoryId;
    added.item.origin = catalog::ItemOrigin::HandCorrected;
    added.item.review = catalog::ReviewState::Accepted;
    after.items.push_back(added);
    return edit(after, tr("Add box")) ? added.key : 0;
}

bool ReviewDocument::setBox(int key, const Box &box)
{
    const ImageState *now = currentState();
    if (!now || box.width() <= 0 || box.height() <= 0)
        return false;
    ImageState after = *now;
    auto found = std::find_if(after.items.begin(), after.items.end(), [key](const EditorItem &e) { return e.key == key; });
    if (found == after.items.end() || !review::isGroundTruth(found->item.origin))
        return false;
    found->item.box = box;
    markCorrected(*found);
    return edit(after, tr("Move box"));
}

bool ReviewDocument::nudge(int key, double dx, double dy)
{
    const ImageState *now = currentState();
    const EditorItem *item = now ? now->find(key) : nullptr;
    if (!item || !review::isGroundTruth(item->item.origin))
        return false;
    const auto *image = currentImage();
    Box box = item->item.box;
    // Kept inside the photo: a nudge never pushes a box off it.
    dx = std::clamp(dx, -box.x1, image->image.width - box.x2);
    dy = std::clamp(dy, -box.y1, image->image.height - box.y2);
    box = {box.x1 + dx, box.y1 + dy, box.x2 + dx, box.y2 + dy};
    ImageState after = *now;
    for (EditorItem &e : after.items) {
        if (e.key == key) {
            e.item.box = box;
            markCorrected(e);
        }
    }
    return edit(after, tr("Nudge box"), key);
}

bool ReviewDocument::deleteItem(int key)
{
    const ImageState *now = currentState();
    if (!now || !now->find(key))
        return false;
    ImageState after = *now;
    const EditorItem *item = now->find(key);
    const QString text = review::isPrediction(item->item.origin) ? tr("Delete prediction") : tr("Delete box");
    after.items.erase(std::remove_if(after.items.begin(), after.items.end(), [key](const EditorItem &e) { return e.key == key; }), after.items.end());
    return edit(after, text);
}

bool ReviewDocument::setCategory(int key, int categoryId)
{
    const ImageState *now = currentState();
    if (!now || categoryId < 1 || categoryId > 13)
        return false;
    ImageState after = *now;
    for (EditorItem &e : after.items) {
        if (e.key == key && review::isGroundTruth(e.item.origin) && e.item.categoryId != categoryId) {
            e.item.categoryId = categoryId;
            markCorrected(e);
        }
    }
    return edit(after, tr("Change category"));
}

bool ReviewDocument::setStyle(int key, int style)
{
    const ImageState *now = currentState();
    if (!now || style < 0)
        return false;
    ImageState after = *now;
    for (EditorItem &e : after.items) {
        if (e.key == key && review::isGroundTruth(e.item.origin) && e.item.style != style) {
            e.item.style = style;
            markCorrected(e);
        }
    }
    return edit(after, tr("Change style"));
}

bool ReviewDocument::setPairId(int pairId)
{
    const ImageState *now = currentState();
    if (!now || pairId < 0)
        return false;
    ImageState after = *now;
    after.pairId = pairId;
    return edit(after, tr("Change pair id"));
}

int ReviewDocument::acceptPrediction(int key)
{
    const ImageState *now = currentState();
    const EditorItem *prediction = now ? now->find(key) : nullptr;
    if (!prediction || !review::isPrediction(prediction->item.origin))
        return 0;
    ImageState after = *now;
    EditorItem accepted;
    accepted.key = m_nextKey++;
    accepted.item = prediction->item;
    accepted.item.score.reset();
    accepted.item.origin = catalog::ItemOrigin::HandCorrected;
    accepted.item.review = catalog::ReviewState::Accepted;
    const auto id = m_itemIds.find(key);
    accepted.acceptedFrom = id == m_itemIds.end() ? 0 : id->second;
    after.items.push_back(accepted);
    return edit(after, tr("Accept prediction")) ? accepted.key : 0;
}

bool ReviewDocument::setReviewed(bool reviewed)
{
    const ImageState *now = currentState();
    if (!now)
        return false;
    ImageState after = *now;
    after.reviewed = reviewed;
    return edit(after, reviewed ? tr("Mark reviewed") : tr("Mark unreviewed"));
}

Status ReviewDocument::save()
{
    if (!m_store)
        return Status::failure(ErrorCode::InvalidArgument, tr("No review catalog is open."));
    std::vector<review::ImageChange> changes;
    std::vector<std::vector<int>> keys;  // per change, the key of each item, in order
    for (const auto &[imageId, entry] : m_images) {
        if (entry.current == entry.saved)
            continue;
        review::ImageChange change;
        change.imageId = imageId;
        change.reviewed = entry.current.reviewed;
        change.pairId = entry.current.pairId;
        std::vector<int> itemKeys;
        for (const EditorItem &e : entry.current.items) {
            review::ReviewItem item{e.item, e.acceptedFrom};
            const auto id = m_itemIds.find(e.key);
            item.item.id = id == m_itemIds.end() ? 0 : id->second;
            change.items.push_back(item);
            itemKeys.push_back(e.key);
        }
        for (const EditorItem &e : entry.saved.items) {
            if (!entry.current.find(e.key)) {
                if (const auto id = m_itemIds.find(e.key); id != m_itemIds.end())
                    change.removedIds.push_back(id->second);
            }
        }
        changes.push_back(std::move(change));
        keys.push_back(std::move(itemKeys));
    }
    if (!changes.empty()) {
        if (Status stored = m_store->save(changes); !stored)
            return stored;
    }
    std::vector<qint64> savedImages;
    for (std::size_t c = 0; c < changes.size(); ++c) {
        Entry &entry = m_images.at(changes[c].imageId);
        for (const EditorItem &e : entry.saved.items) {
            if (!entry.current.find(e.key))
                m_itemIds.erase(e.key);
        }
        for (std::size_t i = 0; i < keys[c].size(); ++i)
            m_itemIds[keys[c][i]] = changes[c].items[i].item.id;
        entry.saved = entry.current;
        if (Result<review::ReviewImage> refreshed = m_store->image(changes[c].imageId); refreshed)
            entry.image = *refreshed;
        savedImages.push_back(changes[c].imageId);
    }
    m_undo->setClean();
    discardJournal();
    m_journalStale = false;
    qCInfo(lcUi) << "saved" << savedImages.size() << "images to" << path();
    Q_EMIT saved(savedImages);
    return success();
}

QString ReviewDocument::journalPath() const { return m_store ? m_store->path() + QStringLiteral(".recovery") : QString(); }

Status ReviewDocument::writeJournal()
{
    if (!m_store)
        return success();
    QJsonArray images;
    for (const auto &[imageId, entry] : m_images) {
        if (entry.current == entry.saved)
            continue;
        QJsonArray items;
        for (const EditorItem &e : entry.current.items) {
            const auto id = m_itemIds.find(e.key);
            items.append(itemToJson(e.item, id == m_itemIds.end() ? 0 : id->second, e.acceptedFrom));
        }
        images.append(QJsonObject{{QStringLiteral("image_id"), imageId},
                                  {QStringLiteral("reviewed"), entry.current.reviewed},
                                  {QStringLiteral("pair_id"), entry.current.pairId},
                                  {QStringLiteral("items"), items}});
    }
    // A kill between a save's commit and the journal's removal leaves this journal behind, older
    // than the catalog: the review log's position tells restoreJournal which images were saved since.
    const Result<qint64> logId = m_store->lastLogId();
    if (!logId)
        return logId.error();
    const QJsonObject journal{{QStringLiteral("catalog"), m_store->path()},
                              {QStringLiteral("written_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                              {QStringLiteral("log_id"), *logId},
                              {QStringLiteral("images"), images}};
    // A crash while writing leaves the previous journal whole.
    if (Status written = AtomicFile::write(journalPath(), QJsonDocument(journal).toJson(QJsonDocument::Compact)); !written)
        return written;
    Q_EMIT journalWritten();
    return success();
}

bool ReviewDocument::hasJournal() const { return m_store && QFile::exists(journalPath()); }

void ReviewDocument::discardJournal()
{
    if (m_store)
        QFile::remove(journalPath());
}

Status ReviewDocument::restoreJournal()
{
    QFile file(journalPath());
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(ErrorCode::IoError, tr("%1: cannot read the recovery journal: %2").arg(journalPath(), file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Status::failure(ErrorCode::ParseError, tr("%1: the recovery journal is damaged (%2); it was left as it is")
                                                          .arg(journalPath(), parseError.errorString()));
    const QJsonArray images = document.object().value(QStringLiteral("images")).toArray();
    const qint64 logId = document.object().value(QStringLiteral("log_id")).toInteger(-1);  // −1: a journal from before log_id
    bool began = false;
    int outdated = 0;
    for (const QJsonValue &value : images) {
        const QJsonObject image = value.toObject();
        const qint64 imageId = image.value(QStringLiteral("image_id")).toInteger();
        if (logId >= 0) {
            const Result<bool> saved = m_store->savedSince(imageId, logId);
            if (!saved)
                return saved.error();
            if (*saved) {
                qCInfo(lcUi).noquote() << journalPath() << ": image" << imageId << "was saved after the journal was written; its entry is out of date";
                ++outdated;
                continue;
            }
        }
        Result<Entry *> entry = load(imageId);
        if (!entry) {
            qCWarning(lcUi).noquote() << journalPath() << ": image" << imageId << "is no longer in the catalog:" << ErrorText::of(entry.error());
            continue;
        }
        ImageState after;
        after.reviewed = image.value(QStringLiteral("reviewed")).toBool();
        after.pairId = image.value(QStringLiteral("pair_id")).toInt();
        for (const QJsonValue &itemValue : image.value(QStringLiteral("items")).toArray()) {
            const QJsonObject o = itemValue.toObject();
            const QJsonArray box = o.value(QStringLiteral("box")).toArray();
            EditorItem e;
            e.item.box = {box.at(0).toDouble(), box.at(1).toDouble(), box.at(2).toDouble(), box.at(3).toDouble()};
            e.item.categoryId = o.value(QStringLiteral("category_id")).toInt();
            e.item.style = o.value(QStringLiteral("style")).toInt();
            if (o.contains(QStringLiteral("score")))
                e.item.score = o.value(QStringLiteral("score")).toDouble();
            e.item.origin = catalog::originFromName(o.value(QStringLiteral("origin")).toString()).value_or(catalog::ItemOrigin::HandCorrected);
            e.item.review = catalog::reviewStateFromName(o.value(QStringLiteral("review_state")).toString()).value_or(catalog::ReviewState::Unreviewed);
            e.acceptedFrom = o.value(QStringLiteral("accepted_from")).toInteger();
            if (e.item.box.width() <= 0 || e.item.box.height() <= 0 || e.item.categoryId < 1 || e.item.categoryId > 13)
                continue;
            // A stored item keeps the key it was loaded with, so that the save updates it in place.
            const qint64 id = o.value(QStringLiteral("id")).toInteger();
            const auto known = std::find_if(m_itemIds.begin(), m_itemIds.end(), [id](const auto &pair) { return id > 0 && pair.second == id; });
            e.key = known != m_itemIds.end() ? known->first : m_nextKey++;
            after.items.push_back(e);
        }
        if (after == (*entry)->current)
            continue;
        if (!began) {
            m_undo->beginMacro(tr("Restore unsaved edits"));
            began = true;
        }
        m_undo->push(new ImageEditCommand(this, imageId, (*entry)->current, after, tr("Restore unsaved edits"), -1));
    }
    if (began)
        m_undo->endMacro();
    else if (outdated > 0)
        discardJournal();  // everything in it was saved since
    return success();
}

} // namespace lookbook::ui
