#pragma once

#include "models/reviewdocument.h"

#include <QUndoCommand>

namespace lookbook::ui {

// Every review edit: the image's state before and after. Snapshots of one image (a few dozen
// boxes) are small, and swapping them undoes any edit exactly, including an accepted prediction
// or a change of origin. Arrow-key nudges of the same box merge into one step.
class ImageEditCommand final : public QUndoCommand
{
public:
    static constexpr int kNudgeId = 0x52564e44;  // "RVND"

    ImageEditCommand(ReviewDocument *document, qint64 imageId, ImageState before, ImageState after, const QString &text, int mergeKey);

    void undo() override;
    void redo() override;
    int id() const override { return m_mergeKey >= 0 ? kNudgeId : -1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    ReviewDocument *m_document;
    qint64 m_imageId;
    ImageState m_before;
    ImageState m_after;
    int m_mergeKey;
};

} // namespace lookbook::ui
