#include "dataset/streetcomposer.h"

#include "dataset/bodypose.h"
#include "dataset/categories.h"
#include "dataset/garmentrenderer.h"
#include "dataset/lookdesigner.h"

#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QRadialGradient>

#include <algorithm>
#include <cmath>
#include <optional>

namespace lookbook::dataset {

namespace {

double uniform(std::mt19937 &rng, double lo, double hi)
{
    return std::uniform_real_distribution<double>(lo, hi)(rng);
}

bool chance(std::mt19937 &rng, double p)
{
    return uniform(rng, 0, 1) < p;
}

int below(std::mt19937 &rng, int n)
{
    return std::uniform_int_distribution<int>(0, n - 1)(rng);
}

QColor vary(std::mt19937 &rng, QColor base, int spread)
{
    const auto c = [&](int v) { return std::clamp(v + below(rng, 2 * spread + 1) - spread, 0, 255); };
    return QColor(c(base.red()), c(base.green()), c(base.blue()));
}

double polygonArea(const QPolygonF &polygon)
{
    double twice = 0;
    for (qsizetype i = 0, n = polygon.size(); i < n; ++i) {
        const QPointF &a = polygon[i];
        const QPointF &b = polygon[(i + 1) % n];
        twice += a.x() * b.y() - b.x() * a.y();
    }
    return std::abs(twice) / 2;
}

double pathArea(const QPainterPath &path)
{
    double area = 0;
    for (const QPolygonF &polygon : path.toFillPolygons())
        area += polygonArea(polygon);
    return area;
}

QPainterPath polygonPath(const QPolygonF &polygon)
{
    QPainterPath path;
    path.addPolygon(polygon);
    path.closeSubpath();
    return path;
}

// DeepFashion2 buckets, measured on what was drawn: the share of the garment cut off by the frame
// (zoom_in), hidden by what is in front of it (occlusion), and its box's share of the image (scale).
int bucket(double value, double first, double second)
{
    return value < first ? 1 : value < second ? 2 : 3;
}

// A garment drawn on the canvas whose annotation is computed once everything in front of it is known.
struct PendingItem final {
    int categoryId = 0;
    int style = 0;
    QPolygonF outline;                // image coordinates
    std::vector<QPointF> landmarks;   // image coordinates
    int viewpoint = 2;

    // A garment drawn with `shape` through `transform`, in image coordinates.
    static PendingItem drawn(const StyledLook &styled, const GarmentShape &shape, const QTransform &transform, int viewpoint)
    {
        PendingItem item;
        item.categoryId = styled.look.categoryId;
        item.style = styled.style;
        item.outline = transform.map(shape.outline);
        for (const QPointF &landmark : shape.landmarks)
            item.landmarks.push_back(transform.map(landmark));
        item.viewpoint = viewpoint;
        return item;
    }
};

// The picture plus, in drawing order, every opaque shape that can hide a garment.
class Canvas final
{
public:
    // The fill matters: antialiased edges blend with what is under them, and a new QImage holds
    // whatever memory it got, which would make output differ between runs.
    explicit Canvas(QSize size) : m_image(filled(size)), m_painter(&m_image)
    {
        m_painter.setRenderHint(QPainter::Antialiasing);
    }

    QPainter &painter() { return m_painter; }

    void addOccluder(const QPainterPath &imagePath) { m_layers.push_back({imagePath, -1}); }

    void addItem(PendingItem item)
    {
        m_layers.push_back({polygonPath(item.outline), static_cast<int>(m_items.size())});
        m_items.push_back(std::move(item));
    }

    QImage finish()
    {
        m_painter.end();
        return m_image;
    }

    std::vector<GarmentItem> annotate() const;

private:
    static QImage filled(QSize size)
    {
        QImage image(size, QImage::Format_RGB32);
        image.fill(Qt::gray);
        return image;
    }

    struct Layer final {
        QPainterPath path;
        int item = -1;
    };

    std::optional<GarmentItem> annotateItem(const PendingItem &pending, const QPainterPath &path, const QPainterPath &above) const;

    QImage m_image;
    QPainter m_painter;
    std::vector<Layer> m_layers;
    std::vector<PendingItem> m_items;
};

std::vector<GarmentItem> Canvas::annotate() const
{
    std::vector<std::optional<GarmentItem>> byItem(m_items.size());
    QPainterPath above;  // union of everything drawn after the current layer
    for (auto layer = m_layers.rbegin(); layer != m_layers.rend(); ++layer) {
        if (layer->item >= 0)
            byItem[static_cast<size_t>(layer->item)] = annotateItem(m_items[static_cast<size_t>(layer->item)], layer->path, above);
        above = above.isEmpty() ? layer->path : above.united(layer->path);
    }
    std::vector<GarmentItem> items;
    for (std::optional<GarmentItem> &item : byItem) {
        if (item) {
            item->itemNumber = static_cast<int>(items.size()) + 1;
            items.push_back(std::move(*item));
        }
    }
    return items;
}

std::optional<GarmentItem> Canvas::annotateItem(const PendingItem &pending, const QPainterPath &path, const QPainterPath &above) const
{
    const QRectF frame(QPointF(0, 0), QSizeF(m_image.size()));
    QPainterPath framePath;
    framePath.addRect(frame);
    const QPainterPath inFrame = path.intersected(framePath);
    const bool covered = !above.isEmpty() && above.boundingRect().intersects(inFrame.boundingRect());
    const QPainterPath visible = covered ? inFrame.subtracted(above) : inFrame;

    GarmentItem item;
    double x1 = frame.width(), y1 = frame.height(), x2 = 0, y2 = 0, visibleArea = 0;
    for (const QPolygonF &polygon : visible.toFillPolygons()) {
        // Integer pixels, as DeepFashion2 has them; the box is then the exact bounds of what is written.
        QPolygonF rounded;
        for (const QPointF &p : polygon) {
            const QPointF r(std::round(p.x()), std::round(p.y()));
            if (rounded.isEmpty() || rounded.constLast() != r)
                rounded << r;
        }
        while (rounded.size() > 1 && rounded.constFirst() == rounded.constLast())
            rounded.removeLast();
        const double area = polygonArea(rounded);
        if (rounded.size() < 3 || area < 1)
            continue;
        visibleArea += area;
        std::vector<double> coords;
        for (const QPointF &p : rounded) {
            coords.push_back(p.x());
            coords.push_back(p.y());
            x1 = std::min(x1, p.x());
            y1 = std::min(y1, p.y());
            x2 = std::max(x2, p.x());
            y2 = std::max(y2, p.y());
        }
        item.segmentation.push_back(std::move(coords));
    }
    // Slivers a person could not label are left out, as DeepFashion2's annotators left them out.
    if (item.segmentation.empty() || visibleArea < 150 || x2 - x1 < 4 || y2 - y1 < 4)
        return std::nullopt;

    const double fullArea = polygonArea(pending.outline);
    const double frameArea = std::max(pathArea(inFrame), visibleArea);
    item.categoryId = pending.categoryId;
    item.categoryName = categoryName(pending.categoryId);
    item.style = pending.style;
    item.box = {x1, y1, x2, y2};
    item.zoomIn = bucket(1 - frameArea / fullArea, 0.05, 0.35);
    item.occlusion = bucket(1 - visibleArea / frameArea, 0.1, 0.4);
    item.scale = bucket((x2 - x1) * (y2 - y1) / (frame.width() * frame.height()), 0.1, 0.35);
    item.viewpoint = pending.viewpoint;
    for (const QPointF &p : pending.landmarks) {
        if (!frame.contains(p)) {
            item.landmarks.push_back({0, 0, 0});  // outside the picture: not labelled
            continue;
        }
        const int visibility = !above.isEmpty() && above.contains(p) ? 1 : 2;
        item.landmarks.push_back({std::round(p.x()), std::round(p.y()), visibility});
    }
    return item;
}

bool isOuter(int c)
{
    return c == 3 || c == 4;
}

bool isTop(int c)
{
    return c == 1 || c == 2 || c == 5 || c == 6;
}

// a → b → c as a tapered limb.
QPolygonF limb(QPointF a, QPointF b, QPointF c, double wa, double wb, double wc)
{
    const auto normal = [](QPointF from, QPointF to) {
        const QPointF d = to - from;
        const double length = std::max(1e-6, std::hypot(d.x(), d.y()));
        return QPointF(d.y() / length, -d.x() / length);
    };
    const QPointF n1 = normal(a, b), n2 = normal(b, c);
    const QPointF nb = (n1 + n2) / 2;
    return QPolygonF({a + n1 * wa, b + nb * wb, c + n2 * wc, c - n2 * wc, b - nb * wb, a - n1 * wa});
}

struct Person final {
    BodyPose pose;
    QColor skin;
    QColor hair;
    QColor shoes;
    bool longHair = false;
    bool back = false;
    int viewpoint = 2;
};

Person randomPerson(std::mt19937 &rng, bool back, int viewpoint)
{
    static const QColor skins[] = {QColor(246, 214, 190), QColor(234, 192, 160), QColor(198, 150, 112),
                                   QColor(160, 110, 78), QColor(110, 72, 50), QColor(80, 52, 38)};
    static const QColor hairs[] = {QColor(30, 22, 18), QColor(70, 45, 25), QColor(140, 95, 50), QColor(210, 180, 120),
                                   QColor(120, 120, 120), QColor(160, 60, 40)};
    Person person;
    person.pose = BodyPose::standing(uniform(rng, 4, 22), uniform(rng, 0, 14), uniform(rng, 1, 7), uniform(rng, 0.88, 1.12));
    person.skin = vary(rng, skins[below(rng, 6)], 8);
    person.hair = vary(rng, hairs[below(rng, 6)], 10);
    person.shoes = chance(rng, 0.6) ? QColor(30, 30, 34) : vary(rng, QColor(200, 200, 200), 50);
    person.longHair = chance(rng, 0.45);
    person.back = back;
    person.viewpoint = viewpoint;
    return person;
}

// Draws a figure wearing `outfit` through `transform` and registers its garments and body.
void drawPerson(Canvas &canvas, const Person &person, const std::vector<StyledLook> &outfit, const QTransform &transform)
{
    QPainter &p = canvas.painter();
    p.setTransform(transform);
    const BodyPose &b = person.pose;
    QPainterPath body;
    const auto fill = [&](const QPainterPath &path, const QColor &colour) {
        p.fillPath(path, colour);
        body.addPath(path);
    };
    QPainterPath hairBack;
    hairBack.addRoundedRect(QRectF(77, 14, 46, 100), 16, 16);
    if (person.longHair && !person.back)
        fill(hairBack, person.hair);

    QPainterPath skin;
    skin.setFillRule(Qt::WindingFill);
    skin.addPolygon(limb(b.hipJointLeft, b.kneeLeft, b.ankleLeft, 15, 11, 8));
    skin.addPolygon(limb(b.hipJointRight, b.kneeRight, b.ankleRight, 15, 11, 8));
    skin.addPolygon(limb(b.shoulderLeft + QPointF(3, 4), b.elbowLeft, b.wristLeft, 10, 8, 6));
    skin.addPolygon(limb(b.shoulderRight + QPointF(-3, 4), b.elbowRight, b.wristRight, 10, 8, 6));
    skin.addPolygon(QPolygonF({b.shoulderLeft + QPointF(-1, -2), QPointF(90, 66), QPointF(110, 66), b.shoulderRight + QPointF(1, -2),
                               QPointF(100 + b.waistHalfWidth, b.waistY), QPointF(100 + b.hipHalfWidth, b.hipY),
                               QPointF(100, b.crotchY), QPointF(100 - b.hipHalfWidth, b.hipY),
                               QPointF(100 - b.waistHalfWidth, b.waistY)}));
    skin.addRect(QRectF(92, 50, 16, 22));
    skin.addEllipse(QPointF(100, 36), 19, 24);
    const auto hand = [&](QPointF elbow, QPointF wrist) {
        const QPointF d = wrist - elbow;
        skin.addEllipse(wrist + d / std::hypot(d.x(), d.y()) * 7, 6, 7.5);
    };
    hand(b.elbowLeft, b.wristLeft);
    hand(b.elbowRight, b.wristRight);
    fill(skin.simplified(), person.skin);
    QPainterPath shoes;
    shoes.addEllipse(b.ankleLeft + QPointF(-3, 8), 10, 6);
    shoes.addEllipse(b.ankleRight + QPointF(3, 8), 10, 6);
    fill(shoes, person.shoes);
    QPainterPath cap;
    // From the front the hair stops above the eyes; from behind it covers the whole head.
    cap.addEllipse(QPointF(100, person.back ? 34 : 22), 21, person.back ? 26 : 12);
    fill(cap, person.hair);
    if (!person.back) {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(40, 30, 30));
        p.drawEllipse(QPointF(93, 38), 1.8, 1.8);
        p.drawEllipse(QPointF(107, 38), 1.8, 1.8);
        p.setPen(QPen(person.skin.darker(140), 1.4));
        p.drawLine(QPointF(96, 49), QPointF(104, 49));
    }
    // The body hides whatever is behind this person, but not the person's own clothes.
    canvas.addOccluder(transform.map(body));

    const bool innerTop = std::any_of(outfit.begin(), outfit.end(), [](const StyledLook &s) { return isTop(s.look.categoryId); });
    for (const StyledLook &styled : outfit) {
        // Worn open over a top when seen from the front; from behind the opening cannot be seen.
        const bool open = isOuter(styled.look.categoryId) && innerTop && !person.back;
        const GarmentShape shape = GarmentRenderer::shape(styled.look, b, open);
        GarmentRenderer::paint(p, styled.look, shape, person.back);
        canvas.addItem(PendingItem::drawn(styled, shape, transform, person.viewpoint));
    }
    // Seen from behind, long hair falls over the collar and hides part of the top.
    if (person.longHair && person.back) {
        p.fillPath(hairBack, person.hair);
        canvas.addOccluder(transform.map(hairBack));
    }
    p.resetTransform();
}

// Canonical figure → image: scale and place the figure, turn it (horizontal squeeze), lean it, and
// tilt the camera (a keystone perspective).
QTransform placeFigure(QPointF anchorImage, double anchorY, double scale, double turn, double lean, double keystone)
{
    QTransform affine;
    affine.translate(anchorImage.x(), anchorImage.y());
    affine.rotate(lean);
    affine.scale(scale * turn, scale);
    affine.translate(-100, -anchorY);
    const QRectF r = affine.mapRect(QRectF(0, 0, 200, 490));
    const double dx = keystone * r.width();
    const QPolygonF from({r.topLeft(), r.topRight(), r.bottomRight(), r.bottomLeft()});
    const QPolygonF to({r.topLeft() + QPointF(dx, 0), r.topRight() - QPointF(dx, 0), r.bottomRight() + QPointF(dx * 0.3, 0),
                        r.bottomLeft() - QPointF(dx * 0.3, 0)});
    QTransform perspective;
    if (!QTransform::quadToQuad(from, to, perspective))
        return affine;
    return affine * perspective;
}

void drawBuildings(QPainter &p, QSize size, double horizon, std::mt19937 &rng)
{
    static const QColor facades[] = {QColor(170, 90, 70), QColor(215, 200, 170), QColor(150, 150, 155), QColor(235, 230, 220),
                                     QColor(120, 100, 90), QColor(190, 170, 140)};
    for (double x = -uniform(rng, 0, 40); x < size.width();) {
        const double w = uniform(rng, 70, 190);
        const double top = uniform(rng, -40, horizon * 0.6);
        const QColor facade = vary(rng, facades[below(rng, 6)], 12);
        p.fillRect(QRectF(x, top, w, horizon - top + 2), facade);
        const QColor glass = chance(rng, 0.5) ? QColor(60, 70, 90) : QColor(150, 170, 190);
        const double step = uniform(rng, 20, 30);
        for (double wy = top + 10; wy < horizon - 50; wy += step * 1.3) {
            for (double wx = x + 8; wx < x + w - 14; wx += step)
                p.fillRect(QRectF(wx, wy, step * 0.55, step * 0.75), vary(rng, glass, 15));
        }
        // A shop front at street level: dark glass with light in it.
        p.fillRect(QRectF(x + 6, horizon - 46, w - 12, 40), vary(rng, QColor(45, 45, 50), 10));
        for (int k = 0; k < 3; ++k) {
            QColor light = vary(rng, QColor(250, 220, 160), 40);
            light.setAlpha(120);
            p.setPen(Qt::NoPen);
            p.setBrush(light);
            p.drawEllipse(QPointF(x + uniform(rng, 10, w - 10), horizon - uniform(rng, 12, 40)), 5, 5);
        }
        p.fillRect(QRectF(x + 10, horizon - 62, uniform(rng, 30, 70), 12), vary(rng, QColor(200, 60, 50), 60));
        x += w + uniform(rng, 0, 6);
    }
}

void drawTrees(QPainter &p, double horizon, double width, int count, std::mt19937 &rng)
{
    p.setPen(Qt::NoPen);
    for (int k = 0; k < count; ++k) {
        const double x = uniform(rng, 0, width), r = uniform(rng, 22, 55);
        p.fillRect(QRectF(x - 4, horizon - r * 1.2, 8, r * 1.3), QColor(90, 65, 45));
        for (int blob = 0; blob < 3; ++blob) {
            p.setBrush(vary(rng, QColor(60, 110, 55), 25));
            p.drawEllipse(QPointF(x + uniform(rng, -r * 0.5, r * 0.5), horizon - r * 1.5 + uniform(rng, -r * 0.4, r * 0.3)), r * 0.7, r * 0.6);
        }
    }
}

void drawGround(QPainter &p, QSize size, double horizon, QColor colour, std::mt19937 &rng)
{
    QLinearGradient ground(0, horizon, 0, size.height());
    ground.setColorAt(0, colour.lighter(115));
    ground.setColorAt(1, colour.darker(115));
    p.fillRect(QRectF(0, horizon, size.width(), size.height() - horizon), ground);
    // Paving joints converging on a vanishing point give the scene depth.
    const QPointF vanishing(size.width() * uniform(rng, 0.3, 0.7), horizon);
    QColor joint = colour.darker(140);
    joint.setAlpha(90);
    p.setPen(QPen(joint, 1));
    for (int k = -10; k <= 10; ++k)
        p.drawLine(vanishing, QPointF(vanishing.x() + k * size.width() * 0.22, size.height()));
    for (int k = 1; k < 12; ++k) {
        const double y = horizon + (size.height() - horizon) * (k / 12.0) * (k / 12.0);
        p.drawLine(QPointF(0, y), QPointF(size.width(), y));
    }
}

void drawIndoor(QPainter &p, QSize size, double floorLine, std::mt19937 &rng)
{
    static const QColor walls[] = {QColor(225, 215, 195), QColor(200, 205, 210), QColor(230, 200, 190), QColor(190, 210, 195)};
    p.fillRect(QRectF(0, 0, size.width(), floorLine), vary(rng, walls[below(rng, 4)], 10));
    const QColor wood = vary(rng, QColor(150, 110, 75), 20);
    p.fillRect(QRectF(0, floorLine, size.width(), size.height() - floorLine), wood);
    p.setPen(QPen(wood.darker(130), 1));
    for (double y = floorLine; y < size.height(); y += 10 + (y - floorLine) * 0.15)
        p.drawLine(QPointF(0, y), QPointF(size.width(), y));
    p.setPen(Qt::NoPen);
    for (int k = 0, n = 2 + below(rng, 3); k < n; ++k) {
        const QRectF frame(uniform(rng, 0, size.width() - 60), uniform(rng, 20, floorLine * 0.6), uniform(rng, 40, 110), uniform(rng, 30, 90));
        p.fillRect(frame, QColor(60, 50, 40));
        p.fillRect(frame.adjusted(4, 4, -4, -4), vary(rng, QColor(120, 150, 180), 80));
        p.setBrush(vary(rng, QColor(200, 120, 80), 70));
        p.drawEllipse(frame.center(), frame.width() * 0.2, frame.height() * 0.25);
    }
    // A shelf or a door.
    const double x = uniform(rng, 0, size.width() - 80);
    p.fillRect(QRectF(x, floorLine - 160, uniform(rng, 60, 100), 160), vary(rng, QColor(110, 80, 60), 30));
    p.setBrush(QColor(80, 120, 60));
    const double plant = uniform(rng, 20, size.width() - 20);
    p.fillRect(QRectF(plant - 12, floorLine - 30, 24, 30), QColor(170, 90, 60));
    for (int leaf = 0; leaf < 5; ++leaf)
        p.drawEllipse(QPointF(plant + uniform(rng, -18, 18), floorLine - 40 - uniform(rng, 0, 30)), 10, 16);
}

double drawBackground(QPainter &p, QSize size, std::mt19937 &rng)
{
    const double horizon = size.height() * uniform(rng, 0.38, 0.58);
    const int kind = below(rng, 3);
    if (kind == 1) {
        drawIndoor(p, size, horizon, rng);
        return horizon;
    }
    QLinearGradient sky(0, 0, 0, horizon);
    sky.setColorAt(0, vary(rng, QColor(110, 150, 200), 30));
    sky.setColorAt(1, vary(rng, QColor(210, 220, 230), 15));
    p.fillRect(QRectF(0, 0, size.width(), horizon), sky);
    if (kind == 0) {
        drawBuildings(p, size, horizon, rng);
        drawGround(p, size, horizon, vary(rng, QColor(150, 150, 150), 20), rng);
        if (chance(rng, 0.4))
            drawTrees(p, horizon, size.width(), 1 + below(rng, 2), rng);
        for (int k = 0, cars = below(rng, 3); k < cars; ++k) {
            const QRectF car(uniform(rng, -40, size.width() - 60), horizon - 30, uniform(rng, 90, 150), 36);
            p.setPen(Qt::NoPen);
            p.setBrush(vary(rng, QColor(120, 120, 130), 90));
            p.drawRoundedRect(car, 10, 10);
            p.setBrush(QColor(150, 180, 200));
            p.drawRoundedRect(car.adjusted(car.width() * 0.2, -12, -car.width() * 0.25, -car.height() + 4), 6, 6);
            p.setBrush(QColor(25, 25, 25));
            p.drawEllipse(QPointF(car.left() + 20, car.bottom()), 9, 9);
            p.drawEllipse(QPointF(car.right() - 20, car.bottom()), 9, 9);
        }
    } else {
        drawTrees(p, horizon, size.width(), 4 + below(rng, 5), rng);
        drawGround(p, size, horizon, vary(rng, QColor(95, 140, 70), 20), rng);
        const double mid = size.width() * uniform(rng, 0.3, 0.7);
        p.setPen(Qt::NoPen);
        p.setBrush(vary(rng, QColor(200, 185, 150), 15));
        p.drawPolygon(QPolygonF({QPointF(mid - 10, horizon), QPointF(mid + 10, horizon), QPointF(mid + size.width() * 0.5, size.height()),
                                 QPointF(mid - size.width() * 0.5, size.height())}));
    }
    return horizon;
}

// Things between the camera and the person: a lamp post, a bag in the hand, a railing.
void drawProps(Canvas &canvas, QSize size, const Person &person, const QTransform &transform, std::mt19937 &rng)
{
    QPainter &p = canvas.painter();
    if (chance(rng, 0.25)) {
        const bool left = chance(rng, 0.5);
        const QPointF wrist = left ? person.pose.wristLeft : person.pose.wristRight;
        QPainterPath bag;
        bag.addRoundedRect(QRectF(wrist.x() - 18, wrist.y() + 8, 36, uniform(rng, 34, 50)), 5, 5);
        p.setTransform(transform);
        p.setPen(QPen(QColor(40, 30, 25), 2.5));
        p.drawLine(wrist + QPointF(-10, 10), wrist);
        p.drawLine(wrist + QPointF(10, 10), wrist);
        p.setPen(Qt::NoPen);
        p.fillPath(bag, vary(rng, QColor(120, 70, 40), 60));
        p.resetTransform();
        canvas.addOccluder(transform.map(bag));
    }
    if (chance(rng, 0.12)) {
        const double x = uniform(rng, 0, size.width()), w = uniform(rng, 8, 18);
        QPainterPath pole;
        pole.addRect(QRectF(x, -1, w, size.height() + 2));
        QLinearGradient metal(x, 0, x + w, 0);
        metal.setColorAt(0, QColor(70, 75, 70));
        metal.setColorAt(0.4, QColor(140, 145, 140));
        metal.setColorAt(1, QColor(50, 55, 50));
        p.fillPath(pole, metal);
        canvas.addOccluder(pole);
    }
    if (chance(rng, 0.1)) {
        const double top = size.height() * uniform(rng, 0.75, 0.9);
        QPainterPath railing;
        railing.addRect(QRectF(-1, top, size.width() + 2, 9));
        for (double x = uniform(rng, 0, 40); x < size.width(); x += uniform(rng, 50, 90))
            railing.addRect(QRectF(x, top, 7, size.height() - top + 1));
        railing = railing.simplified();
        p.fillPath(railing, vary(rng, QColor(40, 60, 50), 20));
        canvas.addOccluder(railing);
    }
}

void relight(QImage &image, std::mt19937 &rng)
{
    QPainter p(&image);
    const double w = image.width(), h = image.height();
    QLinearGradient light(QPointF(uniform(rng, 0, w), 0), QPointF(uniform(rng, 0, w), h));
    light.setColorAt(0, QColor(255, 255, 255, below(rng, 50)));
    light.setColorAt(1, QColor(0, 0, 0, 20 + below(rng, 70)));
    p.fillRect(image.rect(), light);
    static const QColor tints[] = {QColor(255, 170, 90), QColor(90, 140, 255), QColor(120, 255, 140)};
    QColor tint = tints[below(rng, 3)];
    tint.setAlpha(below(rng, 45));  // strong enough that matching on raw colour suffers
    p.fillRect(image.rect(), tint);
    if (chance(rng, 0.4)) {
        QRadialGradient vignette(QPointF(w / 2, h / 2), std::hypot(w, h) / 2);
        vignette.setColorAt(0.6, QColor(0, 0, 0, 0));
        vignette.setColorAt(1, QColor(0, 0, 0, 90));
        p.fillRect(image.rect(), vignette);
    }
}

// Camera defects: defocus or motion softness, then sensor noise (JPEG artefacts come at encoding).
void degrade(QImage &image, std::mt19937 &rng)
{
    if (chance(rng, 0.35)) {
        const double f = uniform(rng, 1.4, 2.4);
        const QSize size = image.size();
        image = image.scaled(size / f, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                    .scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                    .convertToFormat(QImage::Format_RGB32);
    }
    if (chance(rng, 0.5)) {
        const int amplitude = 3 + below(rng, 8);
        quint32 state = static_cast<quint32>(rng()) | 1u;
        for (int y = 0; y < image.height(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
            for (int x = 0; x < image.width(); ++x) {
                state ^= state << 13;
                state ^= state >> 17;
                state ^= state << 5;
                // Sum of two uniforms: a cheap bell-shaped noise.
                const int n = static_cast<int>(state % (amplitude + 1)) + static_cast<int>((state >> 16) % (amplitude + 1)) - amplitude;
                const QRgb c = line[x];
                line[x] = qRgb(std::clamp(qRed(c) + n, 0, 255), std::clamp(qGreen(c) + n, 0, 255), std::clamp(qBlue(c) + n, 0, 255));
            }
        }
    }
}

std::vector<StyledLook> extrasOutfit(std::mt19937 &rng)
{
    std::vector<StyledLook> outfit;
    for (const GarmentLook &look : LookDesigner::outfitAround(LookDesigner::design(LookDesigner::randomCategory(rng), rng), rng))
        outfit.push_back({look, 0});
    return outfit;
}

} // namespace

StreetComposer::StreetComposer(QSize streetSize, QSize shopSize) : m_streetSize(streetSize), m_shopSize(shopSize) {}

ComposedImage StreetComposer::street(const std::vector<StyledLook> &outfit, std::mt19937 &rng) const
{
    const double w = m_streetSize.width(), h = m_streetSize.height();
    Canvas canvas(m_streetSize);
    const double horizon = drawBackground(canvas.painter(), m_streetSize, rng);

    // Full figure, upper body or close-up: the zoom_in that DeepFashion2 records.
    const double framing = uniform(rng, 0, 1);
    const double centreX = w * uniform(rng, 0.35, 0.65);
    double scale = 0, anchorY = 5, anchorImageY = 0;
    if (framing < 0.55) {
        const double height = h * uniform(rng, 0.7, 0.95);
        scale = height / 480;
        anchorImageY = h * uniform(rng, 0.01, std::max(0.02, 0.99 - height / h));
    } else if (framing < 0.85) {
        scale = h / uniform(rng, 300, 360);
        anchorImageY = h * uniform(rng, 0, 0.06);
    } else {
        scale = h / uniform(rng, 200, 240);
        anchorY = uniform(rng, 45, 75);
    }

    if (chance(rng, 0.3)) {
        // Someone further away, on the other side of the frame.
        const double farScale = h / 480 * uniform(rng, 0.35, 0.6);
        const double x = centreX < w / 2 ? w * uniform(rng, 0.65, 0.95) : w * uniform(rng, 0.05, 0.35);
        const double feet = std::max(horizon + 10, h * uniform(rng, 0.55, 0.8));
        const bool farBack = chance(rng, 0.3);
        const Person far = randomPerson(rng, farBack, farBack ? 3 : 2);
        drawPerson(canvas, far, extrasOutfit(rng), placeFigure({x, feet - 480 * farScale}, 5, farScale, uniform(rng, 0.75, 1), uniform(rng, -3, 3), 0));
    }

    const bool back = chance(rng, 0.18);
    const double turn = back ? uniform(rng, 0.85, 1.0) : chance(rng, 0.25) ? uniform(rng, 0.6, 0.8) : uniform(rng, 0.88, 1.0);
    const Person person = randomPerson(rng, back, back || turn < 0.8 ? 3 : 2);
    const QTransform transform = placeFigure({centreX, anchorImageY}, anchorY, scale, turn, uniform(rng, -4, 4), uniform(rng, -0.06, 0.1));
    drawPerson(canvas, person, outfit, transform);
    drawProps(canvas, m_streetSize, person, transform, rng);

    if (chance(rng, 0.1)) {
        // A passer-by close to the camera, cut by the frame.
        const double nearScale = h / uniform(rng, 250, 320);
        const double x = chance(rng, 0.5) ? w * uniform(rng, -0.1, 0.05) : w * uniform(rng, 0.95, 1.1);
        drawPerson(canvas, randomPerson(rng, chance(rng, 0.5), 3), extrasOutfit(rng),
                   placeFigure({x, h * uniform(rng, -0.05, 0.1)}, 5, nearScale, uniform(rng, 0.7, 1), 0, 0));
    }

    ComposedImage result;
    result.items = canvas.annotate();
    result.image = canvas.finish();
    relight(result.image, rng);
    degrade(result.image, rng);
    result.jpegQuality = 35 + below(rng, 56);
    return result;
}

ComposedImage StreetComposer::shop(const StyledLook &styled, std::mt19937 &rng) const
{
    const double w = m_shopSize.width(), h = m_shopSize.height();
    Canvas canvas(m_shopSize);
    static const QColor backgrounds[] = {QColor(255, 255, 255), QColor(246, 246, 246), QColor(236, 236, 238), QColor(244, 238, 230),
                                         QColor(232, 240, 246)};
    canvas.painter().fillRect(QRectF(0, 0, w, h), backgrounds[below(rng, 5)]);

    // Laid flat for the photo: sleeves and legs spread, as on a product page.
    const BodyPose pose = BodyPose::standing(uniform(rng, 28, 40), uniform(rng, 0, 8), uniform(rng, 5, 9), 1.0);
    const GarmentShape shape = GarmentRenderer::shape(styled.look, pose);
    const QRectF bounds = shape.outline.boundingRect();
    const double margin = std::min(w, h) * uniform(rng, 0.06, 0.14);
    const double scale = std::min((w - 2 * margin) / bounds.width(), (h - 2 * margin) / bounds.height());
    QTransform transform;
    transform.translate(w / 2, h / 2);
    transform.rotate(uniform(rng, -3, 3));
    transform.scale(scale, scale);
    transform.translate(-bounds.center().x(), -bounds.center().y());

    QPainter &p = canvas.painter();
    p.setTransform(transform * QTransform::fromTranslate(3, 5));
    p.fillPath(polygonPath(shape.outline), QColor(0, 0, 0, 35));
    p.setTransform(transform);
    GarmentRenderer::paint(p, styled.look, shape, false);
    p.resetTransform();

    canvas.addItem(PendingItem::drawn(styled, shape, transform, 1));  // viewpoint 1: no wear

    ComposedImage result;
    result.items = canvas.annotate();
    result.image = canvas.finish();
    result.jpegQuality = 85 + below(rng, 11);
    return result;
}

} // namespace lookbook::dataset
