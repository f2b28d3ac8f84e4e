#include "widgets/reviewcanvas.h"

#include "dataset/categories.h"
#include "models/categorylabel.h"
#include "models/reviewdocument.h"
#include "widgets/qastyle.h"

#include <QGraphicsPixmapItem>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>
#include <array>
#include <cstdlib>

namespace lookbook::ui {

namespace {
constexpr int kHandleRadius = 5;   // view pixels
constexpr int kClickSlop = 4;      // a press that moves less is a click
constexpr double kMinBox = 4.0;    // photo pixels; a smaller drawn box is a slip

// Handle positions: corners (0 top-left, 1 top-right, 2 bottom-right, 3 bottom-left), then edges
// (4 top, 5 right, 6 bottom, 7 left).
std::array<QPointF, 8> handlePoints(const lookbook::Box &b)
{
    const double cx = (b.x1 + b.x2) / 2;
    const double cy = (b.y1 + b.y2) / 2;
    return {QPointF(b.x1, b.y1), QPointF(b.x2, b.y1), QPointF(b.x2, b.y2), QPointF(b.x1, b.y2),
            QPointF(cx, b.y1),   QPointF(b.x2, cy),   QPointF(cx, b.y2),   QPointF(b.x1, cy)};
}

QRectF rectOf(const lookbook::Box &b) { return QRectF(b.x1, b.y1, b.width(), b.height()); }
} // namespace

ReviewCanvas::ReviewCanvas(ReviewDocument *document, QWidget *parent) : ZoomableView(parent), m_document(document)
{
    setFocusPolicy(Qt::StrongFocus);
    connect(m_document, &ReviewDocument::imageEdited, this, [this] {
        const ImageState *state = m_document->currentState();
        if (m_selected && (!state || !state->find(m_selected)))
            setSelectedKey(0);
        viewport()->update();
    });
    connect(m_document, &ReviewDocument::currentImageChanged, this, [this] { setSelectedKey(0); });
}

void ReviewCanvas::setPhoto(const QImage &image)
{
    scene()->clear();
    m_photo = scene()->addPixmap(QPixmap::fromImage(image));
    m_photo->setTransformationMode(Qt::SmoothTransformation);
    scene()->setSceneRect(m_photo->boundingRect());
    m_drag = Drag::None;
    m_preview.reset();
    fitToWindow();
}

void ReviewCanvas::clearPhoto(const QString &message)
{
    scene()->clear();
    m_photo = nullptr;
    m_emptyMessage = message;
    viewport()->update();
}

const QGraphicsItem *ReviewCanvas::fitItem() const { return m_photo; }

QPoint ReviewCanvas::viewPoint(double x, double y) const { return mapFromScene(QPointF(x, y)); }

void ReviewCanvas::setSelectedKey(int key)
{
    if (m_selected == key)
        return;
    m_selected = key;
    viewport()->update();
    Q_EMIT selectionChanged(key);
}

void ReviewCanvas::setDrawCategory(int categoryId)
{
    if (categoryId < 1 || categoryId > dataset::kCategoryCount || categoryId == m_drawCategory)
        return;
    m_drawCategory = categoryId;
    Q_EMIT drawCategoryChanged(categoryId);
}

bool ReviewCanvas::isEditable(int key) const
{
    const ImageState *state = m_document->currentState();
    const EditorItem *item = state ? state->find(key) : nullptr;
    return item && review::isGroundTruth(item->item.origin);
}

std::optional<lookbook::Box> ReviewCanvas::selectedBox() const
{
    const ImageState *state = m_document->currentState();
    const EditorItem *item = state ? state->find(m_selected) : nullptr;
    if (!item)
        return std::nullopt;
    return item->item.box;
}

int ReviewCanvas::handleAt(const QPoint &pos) const
{
    const std::optional<lookbook::Box> box = selectedBox();
    if (!box || !isEditable(m_selected))
        return -1;
    const auto points = handlePoints(*box);
    for (int h = 0; h < 8; ++h) {
        const QPoint p = mapFromScene(points[static_cast<std::size_t>(h)]);
        if (std::abs(p.x() - pos.x()) <= kHandleRadius + 1 && std::abs(p.y() - pos.y()) <= kHandleRadius + 1)
            return h;
    }
    return -1;
}

int ReviewCanvas::itemAt(const QPoint &pos) const
{
    const ImageState *state = m_document->currentState();
    if (!state)
        return 0;
    const QPointF p = mapToScene(pos);
    int best = 0;
    double bestArea = 0.0;
    for (const EditorItem &e : state->items) {
        const lookbook::Box &b = e.item.box;
        if (p.x() < b.x1 || p.x() > b.x2 || p.y() < b.y1 || p.y() > b.y2)
            continue;
        if (review::isPrediction(e.item.origin) && e.item.score.value_or(0.0) < m_document->qaParams().minScore)
            continue;  // not drawn, not clickable
        // Ground truth first (it is what is edited; Tab reaches a prediction under it), then the
        // smallest box, so that nested garments stay reachable.
        const double area = b.area() + (review::isGroundTruth(e.item.origin) ? 0.0 : 1e12);
        if (!best || area < bestArea) {
            best = e.key;
            bestArea = area;
        }
    }
    return best;
}

lookbook::Box ReviewCanvas::clamped(const lookbook::Box &box) const
{
    if (!m_photo)
        return box;
    const QRectF photo = m_photo->boundingRect();
    return {std::clamp(box.x1, 0.0, photo.width()), std::clamp(box.y1, 0.0, photo.height()), std::clamp(box.x2, 0.0, photo.width()),
            std::clamp(box.y2, 0.0, photo.height())};
}

lookbook::Box ReviewCanvas::dragged(const QPointF &scenePos) const
{
    const double dx = scenePos.x() - m_pressScene.x();
    const double dy = scenePos.y() - m_pressScene.y();
    lookbook::Box b = m_dragOrigin;
    switch (m_drag) {
    case Drag::Draw:
        return clamped({std::min(m_pressScene.x(), scenePos.x()), std::min(m_pressScene.y(), scenePos.y()),
                        std::max(m_pressScene.x(), scenePos.x()), std::max(m_pressScene.y(), scenePos.y())});
    case Drag::Move: {
        const QRectF photo = m_photo->boundingRect();
        const double mx = std::clamp(dx, -b.x1, photo.width() - b.x2);
        const double my = std::clamp(dy, -b.y1, photo.height() - b.y2);
        return {b.x1 + mx, b.y1 + my, b.x2 + mx, b.y2 + my};
    }
    case Drag::Resize: {
        const bool left = m_handle == 0 || m_handle == 3 || m_handle == 7;
        const bool right = m_handle == 1 || m_handle == 2 || m_handle == 5;
        const bool top = m_handle == 0 || m_handle == 1 || m_handle == 4;
        const bool bottom = m_handle == 2 || m_handle == 3 || m_handle == 6;
        if (left)
            b.x1 += dx;
        if (right)
            b.x2 += dx;
        if (top)
            b.y1 += dy;
        if (bottom)
            b.y2 += dy;
        // Dragging an edge past the opposite one flips the box rather than inverting it.
        return clamped({std::min(b.x1, b.x2), std::min(b.y1, b.y2), std::max(b.x1, b.x2), std::max(b.y1, b.y2)});
    }
    default:
        return b;
    }
}

void ReviewCanvas::mousePressEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    m_pressPos = pos;
    if (event->button() == Qt::MiddleButton) {
        m_drag = Drag::Pan;
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    if (event->button() != Qt::LeftButton || !m_photo)
        return QGraphicsView::mousePressEvent(event);
    setFocus(Qt::MouseFocusReason);
    m_pressScene = mapToScene(pos);
    m_preview.reset();
    if (const int handle = handleAt(pos); handle >= 0) {
        m_drag = Drag::Resize;
        m_handle = handle;
        m_dragOrigin = *selectedBox();
    } else if (const int key = itemAt(pos); key) {
        setSelectedKey(key);
        m_drag = isEditable(key) ? Drag::Move : Drag::None;
        m_dragOrigin = *selectedBox();
    } else {
        m_drag = Drag::Pending;  // a click deselects; a drag draws
    }
    event->accept();
}

void ReviewCanvas::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_drag == Drag::Pan) {
        const QPoint delta = pos - m_pressPos;
        m_pressPos = pos;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    if (m_drag == Drag::Pending && (pos - m_pressPos).manhattanLength() > kClickSlop) {
        m_drag = Drag::Draw;
        setSelectedKey(0);
    }
    if (m_drag == Drag::Draw || m_drag == Drag::Move || m_drag == Drag::Resize) {
        m_preview = dragged(mapToScene(pos));
        viewport()->update();
        event->accept();
        return;
    }
    updateCursor(pos);
    QGraphicsView::mouseMoveEvent(event);
}

void ReviewCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    const Drag drag = m_drag;
    const std::optional<lookbook::Box> preview = (drag == Drag::Draw || drag == Drag::Move || drag == Drag::Resize)
        ? std::optional<lookbook::Box>(dragged(mapToScene(event->position().toPoint())))
        : std::nullopt;
    m_drag = Drag::None;
    m_preview.reset();
    if (drag == Drag::Pan) {
        updateCursor(event->position().toPoint());
        return;
    }
    if (event->button() != Qt::LeftButton)
        return QGraphicsView::mouseReleaseEvent(event);
    if (drag == Drag::Pending) {
        setSelectedKey(0);
    } else if (drag == Drag::Draw && preview && preview->width() >= kMinBox && preview->height() >= kMinBox) {
        if (const int key = m_document->addBox(*preview, m_drawCategory))
            setSelectedKey(key);
    } else if ((drag == Drag::Move || drag == Drag::Resize) && preview && !(*preview == m_dragOrigin) && preview->width() >= 1.0
               && preview->height() >= 1.0) {
        // The whole drag is one undo step, pushed now.
        m_document->setBox(m_selected, *preview);
    }
    viewport()->update();
    event->accept();
}

void ReviewCanvas::updateCursor(const QPoint &pos)
{
    static const Qt::CursorShape shapes[] = {Qt::SizeFDiagCursor, Qt::SizeBDiagCursor, Qt::SizeFDiagCursor, Qt::SizeBDiagCursor,
                                             Qt::SizeVerCursor,   Qt::SizeHorCursor,   Qt::SizeVerCursor,   Qt::SizeHorCursor};
    if (const int handle = handleAt(pos); handle >= 0)
        viewport()->setCursor(shapes[handle]);
    else if (const int key = itemAt(pos); key && isEditable(key))
        viewport()->setCursor(Qt::SizeAllCursor);
    else
        viewport()->setCursor(m_photo ? Qt::CrossCursor : Qt::ArrowCursor);
}

int ReviewCanvas::categoryForKey(const QKeyEvent *event) const
{
    const int key = event->key();
    if (key < Qt::Key_0 || key > Qt::Key_9)
        return 0;
    const int digit = key - Qt::Key_0;
    if (event->modifiers().testFlag(Qt::AltModifier))
        return digit >= 1 && digit <= 3 ? 10 + digit : 0;
    if (event->modifiers() & ~(Qt::KeypadModifier))
        return 0;
    return digit == 0 ? 10 : digit;
}

bool ReviewCanvas::event(QEvent *event)
{
    // Tab walks through the image's boxes (Shift+Tab backwards) instead of moving the focus.
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) && m_document->currentState()) {
            std::vector<int> keys;
            for (const EditorItem &e : m_document->currentState()->items) {
                if (!review::isPrediction(e.item.origin) || e.item.score.value_or(0.0) >= m_document->qaParams().minScore)
                    keys.push_back(e.key);
            }
            if (!keys.empty()) {
                const auto at = std::find(keys.begin(), keys.end(), m_selected);
                const int n = static_cast<int>(keys.size());
                const int i = at == keys.end() ? -1 : static_cast<int>(at - keys.begin());
                const int next = key->key() == Qt::Key_Tab ? (i + 1) % n : (i <= 0 ? n - 1 : i - 1);
                setSelectedKey(keys[static_cast<std::size_t>(next)]);
            }
            return true;
        }
    }
    // The canvas's own keys win over the window's shortcuts while it has focus (F fits this photo,
    // not the search one; digits, arrows and Delete edit boxes).
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers mods = key->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier);
        switch (key->key()) {
        case Qt::Key_Delete:
        case Qt::Key_Backspace:
        case Qt::Key_Left:
        case Qt::Key_Right:
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_Escape:
        case Qt::Key_F:
            if (mods == Qt::NoModifier) {
                event->accept();
                return true;
            }
            break;
        default:
            if (categoryForKey(key)) {
                event->accept();
                return true;
            }
        }
    }
    return QGraphicsView::event(event);
}

void ReviewCanvas::keyPressEvent(QKeyEvent *event)
{
    const double step = event->modifiers().testFlag(Qt::ShiftModifier) ? 10.0 : 1.0;
    switch (event->key()) {
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (m_selected)
            m_document->deleteItem(m_selected);
        return;
    case Qt::Key_Left:
        m_document->nudge(m_selected, -step, 0);
        return;
    case Qt::Key_Right:
        m_document->nudge(m_selected, step, 0);
        return;
    case Qt::Key_Up:
        m_document->nudge(m_selected, 0, -step);
        return;
    case Qt::Key_Down:
        m_document->nudge(m_selected, 0, step);
        return;
    case Qt::Key_Escape:
        m_drag = Drag::None;
        m_preview.reset();
        setSelectedKey(0);
        viewport()->update();
        return;
    case Qt::Key_F:
        fitToWindow();
        return;
    default:
        break;
    }
    if (const int category = categoryForKey(event)) {
        setDrawCategory(category);
        if (m_selected)
            m_document->setCategory(m_selected, category);
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void ReviewCanvas::drawForeground(QPainter *painter, const QRectF &rect)
{
    QGraphicsView::drawForeground(painter, rect);
    painter->save();
    painter->resetTransform();
    if (!m_photo) {
        painter->setPen(QColor(0xc8, 0xcc, 0xd2));
        painter->drawText(viewport()->rect(), Qt::AlignCenter,
                          m_emptyMessage.isEmpty() ? tr("Open a review catalog (Dataset ▸ Open Review Catalog…)\n"
                                                        "or import a dataset (Dataset ▸ Import Dataset…)")
                                                   : m_emptyMessage);
        painter->restore();
        return;
    }
    const ImageState *state = m_document->currentState();
    QFont font = painter->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    font.setBold(true);
    painter->setFont(font);
    const QFontMetrics metrics(font);
    if (state) {
        // Predictions first, ground truth on top; the selected box last.
        std::vector<const EditorItem *> order;
        for (const EditorItem &e : state->items) {
            // Predictions too unsure to be judged (below the QA score floor) would only clutter.
            if (e.key == m_selected || !review::isPrediction(e.item.origin) || e.item.score.value_or(0.0) >= m_document->qaParams().minScore)
                order.push_back(&e);
        }
        std::stable_sort(order.begin(), order.end(), [this](const EditorItem *a, const EditorItem *b) {
            auto rank = [this](const EditorItem *e) { return e->key == m_selected ? 2 : (review::isGroundTruth(e->item.origin) ? 1 : 0); };
            return rank(a) < rank(b);
        });
        for (const EditorItem *e : order) {
            const bool truth = review::isGroundTruth(e->item.origin);
            const bool selected = e->key == m_selected;
            const lookbook::Box box = selected && m_preview && m_drag != Drag::Draw ? *m_preview : e->item.box;
            const std::optional<eval::QaOutcome> outcome = m_document->outcomeOf(e->key);
            const QColor colour = outcome ? outcomeColour(*outcome) : uncheckedColour();
            const QRect r = mapFromScene(rectOf(box)).boundingRect();
            QPen pen(colour, selected ? 3.5 : (truth ? 2.5 : 1.8));
            pen.setStyle(truth ? Qt::SolidLine : Qt::DashLine);
            pen.setJoinStyle(Qt::MiterJoin);
            painter->setPen(pen);
            QColor fill = colour;
            fill.setAlpha(selected ? 50 : 0);
            painter->setBrush(fill);
            painter->drawRect(r);
            // A tag: category, and the score of a prediction.
            QString text = categoryLabel(e->item.categoryId);
            if (!truth)
                text += QStringLiteral(" %1").arg(e->item.score.value_or(0.0), 0, 'f', 2);
            QRect tag(0, 0, metrics.horizontalAdvance(text) + 8, metrics.height() + 2);
            if (truth)
                tag.moveBottomLeft(QPoint(r.left(), r.top() - 1));
            else
                tag.moveTopRight(QPoint(r.right(), r.bottom() + 1));
            painter->fillRect(tag, truth ? colour : colour.darker(160));
            painter->setPen(truth ? QColor(0x1e, 0x1f, 0x22) : QColor(Qt::white));
            painter->drawText(tag, Qt::AlignCenter, text);
            if (selected && truth) {
                painter->setPen(QPen(Qt::black, 1));
                painter->setBrush(Qt::white);
                for (const QPointF &h : handlePoints(box)) {
                    const QPoint p = mapFromScene(h);
                    painter->drawRect(QRect(p.x() - kHandleRadius, p.y() - kHandleRadius, 2 * kHandleRadius, 2 * kHandleRadius));
                }
            }
        }
    }
    if (m_drag == Drag::Draw && m_preview) {
        QPen pen(Qt::white, 2, Qt::DashDotLine);
        painter->setPen(pen);
        painter->setBrush(QColor(255, 255, 255, 40));
        painter->drawRect(mapFromScene(rectOf(*m_preview)).boundingRect());
    }
    drawLegend(painter);
    painter->restore();
}

void ReviewCanvas::drawLegend(QPainter *painter)
{
    QFont font = painter->font();
    font.setBold(false);
    painter->setFont(font);
    const QFontMetrics metrics(font);
    QStringList lines;
    std::vector<QColor> swatches;
    const bool checked = m_document->isChecked();
    if (checked) {
        for (eval::QaOutcome outcome : kQaOutcomes) {
            lines << tr("%1: %2").arg(outcomeName(outcome)).arg(m_document->qa().counts.of(outcome));
            swatches.push_back(outcomeColour(outcome));
        }
        lines << tr("Suspicion %1 · IoU ≥ %2 · score ≥ %3")
                     .arg(m_document->qa().suspicion, 0, 'f', 2)
                     .arg(m_document->qaParams().iouThreshold, 0, 'f', 2)
                     .arg(m_document->qaParams().minScore, 0, 'f', 2);
    } else {
        lines << tr("Ground truth (no predictions yet: Dataset ▸ Run Detectors)");
        swatches.push_back(uncheckedColour());
    }
    lines << tr("── ground truth   - - prediction");
    const int lineHeight = metrics.height() + 2;
    int width = 0;
    for (const QString &line : lines)
        width = std::max(width, metrics.horizontalAdvance(line));
    const QRect panel(8, 8, width + 34, lineHeight * static_cast<int>(lines.size()) + 10);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0x1e, 0x1f, 0x22, 200));
    painter->drawRoundedRect(panel, 4, 4);
    for (int i = 0; i < lines.size(); ++i) {
        const int y = panel.top() + 5 + i * lineHeight;
        if (i < static_cast<int>(swatches.size()))
            painter->fillRect(QRect(panel.left() + 8, y + lineHeight / 2 - 5, 12, 10), swatches[static_cast<std::size_t>(i)]);
        painter->setPen(QColor(0xe8, 0xea, 0xed));
        painter->drawText(QRect(panel.left() + 26, y, width + 4, lineHeight), Qt::AlignVCenter | Qt::AlignLeft, lines.at(i));
    }
}

} // namespace lookbook::ui
