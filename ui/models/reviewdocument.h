#pragma once

#include "common/result.h"
#include "review/reviewrecords.h"

#include <QObject>
#include <QTimer>

#include <map>
#include <optional>
#include <memory>
#include <vector>

class QUndoStack;

namespace lookbook::review {
class ReviewStore;
}

namespace lookbook::ui {

// An item as the editor holds it: `key` names it for the whole session (undo commands refer to
// it), whatever id the database gives it when it is saved.
struct EditorItem final {
    int key = 0;
    catalog::CatalogItem item;
    qint64 acceptedFrom = 0;  // the prediction a ground-truth box was accepted from

    bool operator==(const EditorItem &other) const;
};

// An image as a person is leaving it: what undo commands swap and what a save writes.
struct ImageState final {
    bool reviewed = false;
    int pairId = 0;
    std::vector<EditorItem> items;

    bool operator==(const ImageState &other) const;
    bool operator!=(const ImageState &other) const { return !(*this == other); }
    const EditorItem *find(int key) const;
};

// The review workspace's document: a review catalog, the images a person has looked at, and their
// edits. Every change goes through the undo stack (a drag is one command, arrow nudges of one box
// merge); save() writes all edited images in one transaction with the review log; unsaved edits are
// journalled to `<catalog>.recovery` every few seconds (atomically), so a crash loses at most those
// seconds, and the next open offers them back. The journal is not a save: saving stays a decision.
class ReviewDocument final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kJournalIntervalMs = 3000;

    explicit ReviewDocument(QObject *parent = nullptr);
    ~ReviewDocument() override;

    Status open(const QString &catalogPath);
    void close();
    bool isOpen() const { return m_store != nullptr; }
    QString path() const;
    review::ReviewStore *store() const { return m_store.get(); }
    QUndoStack *undoStack() const { return m_undo; }
    bool isModified() const;

    // Makes `imageId` the image shown and edited, reading it the first time.
    Status showImage(qint64 imageId);
    qint64 currentImageId() const { return m_current; }
    const review::ReviewImage *currentImage() const;
    const ImageState *currentState() const;
    const ImageState *state(qint64 imageId) const;
    // The current image's ground truth matched against its predictions, as it is now.
    const eval::QaResult &qa() const { return m_qa; }
    // How the item fares in qa(); nullopt for an item of an image the detectors have not seen.
    std::optional<eval::QaOutcome> outcomeOf(int key) const;
    // The detectors have run on the current image (or it holds predictions).
    bool isChecked() const;
    const eval::QaParams &qaParams() const { return m_qaParams; }
    // Matches at another IoU threshold / score floor from now on, and stores them in the catalog
    // (its stored counts are redone by ReviewStore::refreshAllQa).
    Status setQaParams(const eval::QaParams &params);

    // Edits of the current image; each is one undo step. Ground-truth boxes that change become
    // 'hand_corrected'. They return the key of the item made, or false/0 when nothing changed.
    int addBox(const Box &box, int categoryId);
    bool setBox(int key, const Box &box);
    bool nudge(int key, double dx, double dy);
    bool deleteItem(int key);
    bool setCategory(int key, int categoryId);
    bool setStyle(int key, int style);
    bool setPairId(int pairId);
    int acceptPrediction(int key);
    bool setReviewed(bool reviewed);

    // Writes every edited image in one transaction; the undo stack is marked clean.
    Status save();

    QString journalPath() const;
    void setJournalInterval(int milliseconds) { m_journalTimer.setInterval(milliseconds); }
    Status writeJournal();
    bool hasJournal() const;
    // Applies the journal's edits as one undoable step (they stay unsaved until save()).
    Status restoreJournal();
    void discardJournal();

Q_SIGNALS:
    void opened();
    void currentImageChanged(qint64 imageId);
    // The current image's items, review flag or pair id changed (an edit, an undo, a redo).
    void imageEdited();
    void modifiedChanged(bool modified);
    void saved(const std::vector<qint64> &imageIds);
    void journalWritten();
    void failed(const QString &message);

private:
    friend class ImageEditCommand;
    struct Entry final {
        review::ReviewImage image;
        ImageState saved;
        ImageState current;
    };

    Result<Entry *> load(qint64 imageId);
    // Pushes a command that takes the current image from its state to `after`.
    bool edit(const ImageState &after, const QString &text, int mergeKey = -1);
    // What undo and redo call: sets the image's state (showing that image if it is not shown).
    void apply(qint64 imageId, const ImageState &state);
    void recomputeQa();
    static void markCorrected(EditorItem &item);

    std::unique_ptr<review::ReviewStore> m_store;
    QUndoStack *m_undo = nullptr;
    std::map<qint64, Entry> m_images;
    std::map<int, qint64> m_itemIds;  // key → database id, for items that are stored
    qint64 m_current = 0;
    int m_nextKey = 1;
    eval::QaParams m_qaParams;
    eval::QaResult m_qa;
    std::map<int, eval::QaOutcome> m_outcomes;  // item key → outcome, for the current image
    QTimer m_journalTimer;
    bool m_journalStale = false;
};

} // namespace lookbook::ui
