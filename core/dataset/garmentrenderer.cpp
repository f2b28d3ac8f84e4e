#include "dataset/garmentrenderer.h"

#include "dataset/categories.h"

#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <random>

namespace lookbook::dataset {

namespace {

enum class Sleeve { Short, Long, Vest, Sling };

QPointF unit(QPointF v)
{
    const double length = std::hypot(v.x(), v.y());
    return length > 0 ? v / length : QPointF(0, 1);
}

// The normal of a limb direction that points away from the body's centre line.
QPointF outward(QPointF direction, int side)
{
    return side > 0 ? QPointF(direction.y(), -direction.x()) : QPointF(-direction.y(), direction.x());
}

// Keeps a point at least `halfWidth` from the centre line on its side, so that sleeves and legs never
// cross the torso or each other and the outline stays a simple polygon.
QPointF outside(QPointF p, int side, double halfWidth)
{
    return {side > 0 ? std::max(p.x(), 100 + halfWidth) : std::min(p.x(), 100 - halfWidth), p.y()};
}

QPointF mirrorSide(QPointF left, QPointF right, int side)
{
    return side > 0 ? right : left;
}

// How far the torso side reaches from the centre line between the armpit and `bottom`. `side` holds
// (half-width, y) points from the armpit down. A sleeve kept beyond it cannot cross the torso (the
// region beyond is convex), so the outline stays a simple polygon however the arm hangs.
double torsoReach(const std::vector<QPointF> &torso, double bottom)
{
    double reach = torso.front().x();
    for (size_t k = 1; k < torso.size(); ++k) {
        const QPointF &a = torso[k - 1], &b = torso[k];
        if (b.y() >= bottom) {
            const double t = std::clamp((bottom - a.y()) / (b.y() - a.y()), 0.0, 1.0);
            return std::max(reach, a.x() + t * (b.x() - a.x()));
        }
        reach = std::max(reach, b.x());
    }
    return reach;
}

// Shoulder-to-armpit points of one side of an upper garment; adds the sleeve's panel and cuff.
// `torsoBelow`: the torso side under the armpit as (half-width, y) points.
std::vector<QPointF> armSide(Sleeve sleeve, const GarmentLook &look, const BodyPose &pose, int side,
                             const std::vector<QPointF> &torsoBelow, GarmentShape &shape)
{
    const double w = look.width;
    const double armpitHalf = (pose.shoulderHalfWidth - 6) * std::min(w, 1.1);
    const QPointF s = mirrorSide(pose.shoulderLeft, pose.shoulderRight, side) + QPointF(side * 2, -1);
    const QPointF e = mirrorSide(pose.elbowLeft, pose.elbowRight, side);
    const QPointF wrist = mirrorSide(pose.wristLeft, pose.wristRight, side);
    QPointF armpit(100 + side * armpitHalf, 118);
    std::vector<QPointF> torso = {QPointF(armpitHalf, armpit.y())};
    torso.insert(torso.end(), torsoBelow.begin(), torsoBelow.end());

    switch (sleeve) {
    case Sleeve::Short: {
        const double t = std::clamp(0.45 + 0.3 * (look.length - 1), 0.3, 0.6);
        const QPointF c = s + (e - s) * t;
        const QPointF n = outward(unit(e - s), side);
        const QPointF outer = c + n * 14 * w;
        const QPointF rawInner = c - n * 14 * w;
        const QPointF inner = outside(rawInner, side, torsoReach(torso, rawInner.y()) + 1.5);
        armpit.setY(std::max(armpit.y(), inner.y() + 3));
        shape.panels.push_back(QPolygonF({s, outer, inner, armpit}));
        shape.trims.push_back(QPolygonF({outer, inner}));
        shape.seams.push_back(QPolygonF({s + n * -2, armpit}));
        return {s, outer, inner, armpit};
    }
    case Sleeve::Long: {
        const QPointF n1 = outward(unit(e - s), side);
        const QPointF n2 = outward(unit(wrist - e), side);
        const QPointF ne = unit(n1 + n2);
        const QPointF outerElbow = e + ne * 13 * w;
        const QPointF outerWrist = wrist + n2 * 10 * w;
        const QPointF rawElbow = e - ne * 13 * w, rawWrist = wrist - n2 * 10 * w;
        const double reach = torsoReach(torso, std::max(rawElbow.y(), rawWrist.y())) + 1.5;
        const QPointF innerElbow = outside(rawElbow, side, reach);
        const QPointF innerWrist = outside(rawWrist, side, reach);
        armpit.setY(std::max(armpit.y(), std::min(innerElbow.y() - 20, 124.0)));
        shape.panels.push_back(QPolygonF({s, outerElbow, outerWrist, innerWrist, innerElbow, armpit}));
        const QPointF up = unit(e - wrist) * 9;
        shape.bands.push_back(QPolygonF({outerWrist, innerWrist, innerWrist + up, outerWrist + up}));
        shape.seams.push_back(QPolygonF({s, armpit}));
        return {s, outerElbow, outerWrist, innerWrist, innerElbow, armpit};
    }
    case Sleeve::Vest: {
        const QPointF strap(100 + side * 29, 80);
        const QPointF armhole(100 + side * pose.shoulderHalfWidth * 0.85, 102);
        shape.trims.push_back(QPolygonF({strap, armhole, armpit}));
        return {strap, armhole, armpit};
    }
    case Sleeve::Sling:
        return {QPointF(100 + side * 26, 80), QPointF(100 + side * (armpitHalf + 2), 122)};
    }
    return {};
}

void append(QPolygonF &polygon, const std::vector<QPointF> &points)
{
    for (const QPointF &point : points)
        polygon << point;
}

void appendReversed(QPolygonF &polygon, const std::vector<QPointF> &points)
{
    for (auto it = points.rbegin(); it != points.rend(); ++it)
        polygon << *it;
}

void buildUpper(const GarmentLook &look, const BodyPose &pose, bool open, GarmentShape &shape)
{
    const int c = look.categoryId;
    const Sleeve sleeve = (c == 1 || c == 3 || c == 10) ? Sleeve::Short
        : (c == 2 || c == 4 || c == 11)                  ? Sleeve::Long
        : (c == 5 || c == 12)                            ? Sleeve::Vest
                                                         : Sleeve::Sling;
    const bool outer = c == 3 || c == 4;
    const bool dress = c >= 10;
    const double w = look.width;

    double hemY = 232 * look.length;
    double hemHalf = pose.hipHalfWidth * w * 0.98;
    if (outer) {
        hemY = 262 * look.length;
        hemHalf = (pose.hipHalfWidth + 6) * w;
    } else if (dress) {
        hemY = 335 * look.length;
        hemHalf = pose.hipHalfWidth * w * (1.2 + 0.4 * (look.length - 0.95));
    }
    const double waistOffset = outer ? 5 : 1;
    const QPointF waistL(100 - pose.waistHalfWidth * w - waistOffset, pose.waistY);
    const QPointF waistR(100 + pose.waistHalfWidth * w + waistOffset, pose.waistY);
    const QPointF hemL(100 - hemHalf, hemY), hemR(100 + hemHalf, hemY);

    const std::vector<QPointF> torsoBelow = {QPointF(waistR.x() - 100, waistR.y()), QPointF(hemHalf, hemY)};
    const std::vector<QPointF> left = armSide(sleeve, look, pose, -1, torsoBelow, shape);
    const std::vector<QPointF> right = armSide(sleeve, look, pose, +1, torsoBelow, shape);

    std::vector<QPointF> neckline;
    if (sleeve == Sleeve::Sling) {
        neckline = {{80, 80}, {78, 118}, {100, 124}, {122, 118}, {120, 80}};
    } else {
        const int kind = outer ? 3 : look.neckline;
        static const QPointF dips[4][3] = {{{90, 79}, {100, 82}, {110, 79}},
                                          {{92, 86}, {100, 104}, {108, 86}},
                                          {{87, 90}, {100, 98}, {113, 90}},
                                          {{93, 92}, {100, 116}, {107, 92}}};
        neckline = {{85, 70}, dips[kind][0], dips[kind][1], dips[kind][2], {115, 70}};
    }

    QPolygonF &o = shape.outline;
    if (outer && open) {
        const double g = 12;
        o << QPointF(100 - g, hemY) << hemL << waistL;
        appendReversed(o, left);
        o << QPointF(85, 70) << QPointF(115, 70);
        append(o, right);
        o << waistR << hemR << QPointF(100 + g, hemY) << QPointF(100 + g, 112) << QPointF(106, 76) << QPointF(94, 76)
          << QPointF(100 - g, 112);
        shape.trims.push_back(QPolygonF({QPointF(100 - g, hemY), QPointF(100 - g, 112), QPointF(85, 70)}));
        shape.trims.push_back(QPolygonF({QPointF(100 + g, hemY), QPointF(100 + g, 112), QPointF(115, 70)}));
    } else {
        append(o, neckline);
        append(o, right);
        o << waistR << hemR;
        if (dress)
            o << QPointF(100, hemY + 6);
        o << hemL << waistL;
        appendReversed(o, left);
        shape.trims.push_back(QPolygonF(neckline.begin(), neckline.end()));
        if (outer || (look.buttons && !dress && sleeve != Sleeve::Sling)) {
            // A turned-down collar: what makes a jacket or a shirt read as one at a glance.
            shape.bands.push_back(QPolygonF({neckline[0], QPointF(79, 88), neckline[1]}));
            shape.bands.push_back(QPolygonF({neckline[4], QPointF(121, 88), neckline[3]}));
        }
        if (outer) {
            shape.seams.push_back(QPolygonF({neckline[2], QPointF(100, hemY)}));
            if (look.buttons) {
                for (double y = 128; y < hemY - 8; y += 26)
                    shape.buttons.push_back({103, y});
            }
        } else if (look.buttons && !dress) {
            shape.seams.push_back(QPolygonF({neckline[2], QPointF(100, hemY)}));
            for (double y = neckline[2].y() + 12; y < hemY - 8; y += 22)
                shape.buttons.push_back({100, y});
        }
    }
    if (dress) {
        shape.bands.push_back(QPolygonF({waistL + QPointF(1, -4), waistR + QPointF(-1, -4), waistR + QPointF(-1, 4),
                                         waistL + QPointF(1, 4)}));
        for (double x : {-0.5, 0.0, 0.5})
            shape.seams.push_back(QPolygonF({QPointF(100 + x * pose.waistHalfWidth, pose.waistY + 10),
                                             QPointF(100 + x * hemHalf * 1.3, hemY - 6)}));
    } else {
        shape.seams.push_back(QPolygonF({hemL + QPointF(2, -7), hemR + QPointF(-2, -7)}));
    }
    if (look.pockets) {
        if (outer) {
            shape.pockets.push_back({100 - hemHalf * 0.75, hemY - 48, 22, 18});
            shape.pockets.push_back({100 + hemHalf * 0.75 - 22, hemY - 48, 22, 18});
        } else {
            shape.pockets.push_back({112, 122, 14, 15});
        }
    }
    shape.printCentre = {100, 145};
}

void buildLower(const GarmentLook &look, const BodyPose &pose, GarmentShape &shape)
{
    const int c = look.categoryId;
    const double w = look.width;
    const double waistY = pose.waistY - 4;
    const QPointF waistL(100 - pose.waistHalfWidth * w - 2, waistY), waistR(100 + pose.waistHalfWidth * w + 2, waistY);
    const QPointF hipL(100 - pose.hipHalfWidth * w - 2, pose.hipY), hipR(100 + pose.hipHalfWidth * w + 2, pose.hipY);
    QPolygonF &o = shape.outline;
    o << waistL << waistR << hipR;

    if (c == 9) {
        const double hemY = std::clamp(330 * look.length, 290.0, 440.0);
        const double hemHalf = pose.hipHalfWidth * w * (1.1 + 0.35 * (hemY - 290) / 150);
        o << QPointF(100 + hemHalf, hemY) << QPointF(100, hemY + 5) << QPointF(100 - hemHalf, hemY) << hipL;
        for (double x : {-0.6, -0.2, 0.2, 0.6})
            shape.seams.push_back(QPolygonF({QPointF(100 + x * pose.waistHalfWidth * w, waistY + 12),
                                             QPointF(100 + x * hemHalf * 1.05, hemY - 2)}));
        shape.printCentre = {100, (waistY + hemY) / 2};
    } else {
        struct Leg {
            QPointF outerKnee, outerHem, innerHem, innerKnee;
        };
        const auto leg = [&](int side) {
            const QPointF h = mirrorSide(pose.hipJointLeft, pose.hipJointRight, side);
            const QPointF k = mirrorSide(pose.kneeLeft, pose.kneeRight, side);
            const QPointF a = mirrorSide(pose.ankleLeft, pose.ankleRight, side);
            Leg result;
            if (c == 7) {
                const double t = std::clamp(0.45 + 0.5 * (look.length - 1), 0.3, 0.7);
                const QPointF hem = h + (k - h) * t;
                const QPointF n = outward(unit(k - h), side);
                result.outerHem = hem + n * 22 * w;
                result.innerHem = outside(hem - n * 20 * w, side, 1.5);
                shape.seams.push_back(QPolygonF({result.outerHem + QPointF(-side * 2, -7), result.innerHem + QPointF(0, -7)}));
            } else {
                const QPointF n1 = outward(unit(k - h), side), n2 = outward(unit(a - k), side);
                const QPointF nk = unit(n1 + n2);
                const double hemWidth = 14 * w * w;  // loose trousers flare at the hem
                result.outerKnee = k + nk * 17 * w;
                result.innerKnee = outside(k - nk * 17 * w, side, 1.5);
                result.outerHem = a + n2 * hemWidth;
                result.innerHem = outside(a - n2 * hemWidth, side, 1.5);
                shape.seams.push_back(QPolygonF({QPointF(h.x(), pose.hipY + 10), k, a + QPointF(0, -4)}));
                shape.panels.push_back(QPolygonF({result.outerHem, result.innerHem, result.innerKnee, result.outerKnee}));
            }
            return result;
        };
        const Leg left = leg(-1), right = leg(+1);
        const double crotchY = std::min(pose.crotchY, std::min(left.innerHem.y(), right.innerHem.y()) - 6);
        if (c == 8)
            o << right.outerKnee;
        o << right.outerHem << right.innerHem;
        if (c == 8)
            o << right.innerKnee;
        o << QPointF(100, crotchY);
        if (c == 8)
            o << left.innerKnee;
        o << left.innerHem << left.outerHem;
        if (c == 8)
            o << left.outerKnee;
        o << hipL;
        shape.seams.push_back(QPolygonF({QPointF(104, waistY + 10), QPointF(104, crotchY - 18), QPointF(100, crotchY - 10)}));
        shape.seams.push_back(QPolygonF({waistL + QPointF(10, 8), hipL + QPointF(4, -16)}));
        shape.seams.push_back(QPolygonF({waistR + QPointF(-10, 8), hipR + QPointF(-4, -16)}));
        shape.printCentre = {100 + pose.hipHalfWidth * 0.5, pose.hipY + 20};
    }
    shape.bands.push_back(QPolygonF({waistL, waistR, waistR + QPointF(0, 9), waistL + QPointF(0, 9)}));
    if (look.buttons)
        shape.buttons.push_back({100, waistY + 4.5});
    if (look.pockets && c != 9)
        shape.pockets.push_back({hipR.x() - 20, pose.hipY + 8, 14, 16});
}

// Spreads `count` landmarks over the outline: every vertex, then the rest on the edges in proportion
// to their length, so that each landmark lies on the segmentation contour.
std::vector<QPointF> landmarksOn(const QPolygonF &outline, int count)
{
    const int n = static_cast<int>(outline.size());
    Q_ASSERT(n <= count);
    std::vector<double> lengths(static_cast<size_t>(n));
    double total = 0;
    for (int i = 0; i < n; ++i) {
        const QPointF d = outline[(i + 1) % n] - outline[i];
        lengths[static_cast<size_t>(i)] = std::hypot(d.x(), d.y());
        total += lengths[static_cast<size_t>(i)];
    }
    const int extra = count - n;
    std::vector<int> perEdge(static_cast<size_t>(n));
    std::vector<std::pair<double, int>> remainders;
    int assigned = 0;
    for (int i = 0; i < n; ++i) {
        const double ideal = total > 0 ? extra * lengths[static_cast<size_t>(i)] / total : 0;
        perEdge[static_cast<size_t>(i)] = static_cast<int>(ideal);
        assigned += perEdge[static_cast<size_t>(i)];
        remainders.push_back({ideal - perEdge[static_cast<size_t>(i)], i});
    }
    std::stable_sort(remainders.begin(), remainders.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (int k = 0; k < extra - assigned; ++k)
        ++perEdge[static_cast<size_t>(remainders[static_cast<size_t>(k)].second)];

    std::vector<QPointF> result;
    result.reserve(static_cast<size_t>(count));
    for (int i = 0; i < n; ++i) {
        result.push_back(outline[i]);
        const int m = perEdge[static_cast<size_t>(i)];
        for (int k = 1; k <= m; ++k)
            result.push_back(outline[i] + (outline[(i + 1) % n] - outline[i]) * (double(k) / (m + 1)));
    }
    return result;
}

void paintMotif(QPainter &painter, const GarmentLook &look, QPointF centre, const QColor &colour, const QColor &accent)
{
    std::mt19937 rng(look.detailSeed);
    const double r = 16 * look.patternScale;
    painter.setPen(Qt::NoPen);
    switch (rng() % 4) {
    case 0:
        painter.setBrush(colour);
        painter.drawEllipse(centre, r, r);
        painter.setBrush(accent);
        painter.drawEllipse(centre, r * 0.55, r * 0.55);
        break;
    case 1: {
        QPolygonF star;
        for (int k = 0; k < 10; ++k) {
            const double a = M_PI / 5 * k - M_PI / 2;
            const double radius = k % 2 ? r * 0.45 : r;
            star << centre + QPointF(radius * std::cos(a), radius * std::sin(a));
        }
        painter.setBrush(colour);
        painter.drawPolygon(star);
        break;
    }
    case 2:
        painter.setBrush(colour);
        for (int k = -1; k <= 1; ++k)
            painter.drawRect(QRectF(centre.x() - r, centre.y() + k * r * 0.6 - r * 0.2, 2 * r, r * 0.4));
        break;
    default:
        painter.setBrush(colour);
        painter.drawPolygon(QPolygonF({centre + QPointF(0, -r), centre + QPointF(r, r * 0.8), centre + QPointF(-r, r * 0.8)}));
        painter.setBrush(accent);
        painter.drawEllipse(centre + QPointF(0, r * 0.25), r * 0.3, r * 0.3);
        break;
    }
}

void paintPattern(QPainter &painter, const GarmentLook &look, const GarmentShape &shape, bool back)
{
    const QRectF r = shape.outline.boundingRect().adjusted(-2, -2, 2, 2);
    const QColor secondary = QColor::fromRgba(look.secondary);
    const QColor trim = QColor::fromRgba(look.trim);
    const double k = look.patternScale;
    painter.setPen(Qt::NoPen);
    switch (look.pattern) {
    case GarmentPattern::Solid:
        break;
    case GarmentPattern::Stripes:
        for (double y = r.top(); y < r.bottom(); y += 14 * k)
            painter.fillRect(QRectF(r.left(), y, r.width(), 6 * k), secondary);
        break;
    case GarmentPattern::VerticalStripes:
        for (double x = r.left(); x < r.right(); x += 10 * k)
            painter.fillRect(QRectF(x, r.top(), 2.8 * k, r.height()), secondary);
        break;
    case GarmentPattern::Checks: {
        QColor band = secondary;
        band.setAlpha(120);
        for (double y = r.top(); y < r.bottom(); y += 20 * k)
            painter.fillRect(QRectF(r.left(), y, r.width(), 10 * k), band);
        for (double x = r.left(); x < r.right(); x += 20 * k)
            painter.fillRect(QRectF(x, r.top(), 10 * k, r.height()), band);
        QColor line = trim;
        line.setAlpha(150);
        for (double y = r.top() + 15 * k; y < r.bottom(); y += 20 * k)
            painter.fillRect(QRectF(r.left(), y, r.width(), 1.2), line);
        for (double x = r.left() + 15 * k; x < r.right(); x += 20 * k)
            painter.fillRect(QRectF(x, r.top(), 1.2, r.height()), line);
        break;
    }
    case GarmentPattern::Dots: {
        painter.setBrush(secondary);
        int row = 0;
        for (double y = r.top(); y < r.bottom(); y += 13 * k, ++row) {
            for (double x = r.left() + (row % 2) * 6.5 * k; x < r.right(); x += 13 * k)
                painter.drawEllipse(QPointF(x, y), 2.8 * k, 2.8 * k);
        }
        break;
    }
    case GarmentPattern::Floral: {
        std::mt19937 rng(look.detailSeed);
        std::uniform_real_distribution<double> ux(r.left(), r.right()), uy(r.top(), r.bottom());
        const int count = static_cast<int>(r.width() * r.height() / (22 * k * 22 * k));
        const QColor petals[2] = {secondary, secondary.lighter(135)};
        for (int i = 0; i < count; ++i) {
            const QPointF c(ux(rng), uy(rng));
            painter.setBrush(petals[i % 2]);
            for (int p = 0; p < 5; ++p) {
                const double a = 2 * M_PI * p / 5 + i;
                painter.drawEllipse(c + QPointF(4 * k * std::cos(a), 4 * k * std::sin(a)), 3 * k, 3 * k);
            }
            painter.setBrush(trim);
            painter.drawEllipse(c, 1.6 * k, 1.6 * k);
        }
        break;
    }
    case GarmentPattern::Graphic:
        if (!back)
            paintMotif(painter, look, shape.printCentre, secondary, trim);
        break;
    case GarmentPattern::ColourBlock:
        painter.fillRect(QRectF(r.left(), r.center().y() + 10, r.width(), r.height()), secondary);
        painter.fillRect(QRectF(r.left(), r.center().y() + 4, r.width(), 6), trim);
        break;
    }
}

} // namespace

GarmentShape GarmentRenderer::shape(const GarmentLook &look, const BodyPose &pose, bool open)
{
    GarmentShape shape;
    if (look.categoryId >= 7 && look.categoryId <= 9)
        buildLower(look, pose, shape);
    else
        buildUpper(look, pose, open, shape);
    const Category *category = categoryById(look.categoryId);
    Q_ASSERT(category);
    shape.landmarks = landmarksOn(shape.outline, category->landmarkCount);
    return shape;
}

void GarmentRenderer::paint(QPainter &painter, const GarmentLook &look, const GarmentShape &shape, bool back)
{
    const QColor primary = QColor::fromRgba(look.primary);
    const QColor trim = QColor::fromRgba(look.trim);
    QPainterPath outline;
    outline.addPolygon(shape.outline);
    outline.closeSubpath();

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(primary);
    painter.drawPath(outline);
    painter.setClipPath(outline);
    paintPattern(painter, look, shape, back);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0, 0, 0, 30));
    for (const QPolygonF &panel : shape.panels)
        painter.drawPolygon(panel);
    painter.setBrush(trim);
    for (const QPolygonF &band : shape.bands)
        painter.drawPolygon(band);

    // Light from the upper left: garments read as cloth on a body, not as flat stickers.
    const QRectF bounds = shape.outline.boundingRect();
    QLinearGradient light(bounds.topLeft(), bounds.bottomRight());
    light.setColorAt(0, QColor(255, 255, 255, 45));
    light.setColorAt(0.45, QColor(255, 255, 255, 0));
    light.setColorAt(1, QColor(0, 0, 0, 60));
    painter.fillRect(bounds, light);
    painter.setClipping(false);

    painter.setBrush(Qt::NoBrush);
    QColor seam = primary.darker(160);
    seam.setAlpha(170);
    painter.setPen(QPen(seam, 1.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    for (const QPolygonF &line : shape.seams)
        painter.drawPolyline(line);
    painter.setPen(QPen(trim, 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    for (const QPolygonF &line : shape.trims)
        painter.drawPolyline(line);
    if (!back) {
        painter.setPen(QPen(seam, 1.2));
        for (const QRectF &pocket : shape.pockets)
            painter.drawRect(pocket);
        painter.setPen(Qt::NoPen);
        painter.setBrush(trim.lighter(150));
        for (const QPointF &button : shape.buttons)
            painter.drawEllipse(button, 2.4, 2.4);
    }
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(primary.darker(180), 1.3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(outline);
    painter.restore();
}

} // namespace lookbook::dataset
