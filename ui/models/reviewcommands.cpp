#include "models/reviewcommands_p.h"

namespace lookbook::ui {

ImageEditCommand::ImageEditCommand(ReviewDocument *document, qint64 imageId, ImageState before, ImageState after, const QString &text,
                                   int mergeKey)
    : QUndoCommand(text), m_document(document), m_imageId(imageId), m_before(std::move(before)), m_after(std::move(after)), m_mergeKey(mergeKey)
{
}

void ImageEditCommand::undo() { m_document->apply(m_imageId, m_before); }

void ImageEditCommand::redo() { m_document->apply(m_imageId, m_after); }

bool ImageEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ImageEditCommand *>(other);
    if (next->m_imageId != m_imageId || next->m_mergeKey != m_mergeKey)
        return false;
    m_after = next->m_after;
    return true;
}

} // namespace lookbook::ui
