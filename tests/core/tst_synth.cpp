// The synthetic street-to-shop generator and the DeepFashion2 schema validator.
#include "../testfiles.h"
#include "../testimages.h"
#include "dataset/categories.h"
#include "dataset/deepfashion2io.h"
#include "dataset/deepfashion2validator.h"
#include "dataset/garmentrenderer.h"
#include "dataset/lookdesigner.h"
#include "dataset/syntheticgenerator.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <random>
#include <functional>

using namespace lookbook;
using namespace lookbook::dataset;

namespace {

using lookbook::test::readFile;
using lookbook::test::writeFile;

// Relative path → content of every file under `root`.
QMap<QString, QByteArray> snapshot(const QString &root)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(QDir(root).relativeFilePath(path), readFile(path));
    }
    return files;
}

bool hasProblem(const std::vector<ValidationProblem> &problems, const QString &file, const QString &field)
{
    return std::any_of(problems.begin(), problems.end(), [&](const ValidationProblem &p) { return p.file == file && p.field == field; });
}

double distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF d = b - a;
    const double length2 = QPointF::dotProduct(d, d);
    const double t = length2 > 0 ? std::clamp(QPointF::dotProduct(p - a, d) / length2, 0.0, 1.0) : 0.0;
    const QPointF q = a + d * t - p;
    return std::hypot(q.x(), q.y());
}

bool segmentsCross(QPointF a, QPointF b, QPointF c, QPointF d)
{
    const auto cross = [](QPointF o, QPointF p, QPointF q) { return (p.x() - o.x()) * (q.y() - o.y()) - (p.y() - o.y()) * (q.x() - o.x()); };
    return cross(a, b, c) * cross(a, b, d) < 0 && cross(c, d, a) * cross(c, d, b) < 0;
}

// Empty when the outline is a simple polygon (no two non-adjacent edges cross).
QString selfCrossing(const QPolygonF &outline)
{
    const qsizetype n = outline.size();
    for (qsizetype i = 0; i < n; ++i) {
        for (qsizetype j = i + 2; j < n; ++j) {
            if (i == 0 && j == n - 1)
                continue;
            if (segmentsCross(outline[i], outline[(i + 1) % n], outline[j], outline[(j + 1) % n]))
                return QStringLiteral("edges %1 and %2 cross").arg(i).arg(j);
        }
    }
    return {};
}

QString describe(const std::vector<ValidationProblem> &problems)
{
    QStringList lines;
    for (const ValidationProblem &p : problems)
        lines << p.toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

Q_DECLARE_METATYPE(std::function<void(QJsonObject &)>)
Q_DECLARE_METATYPE(std::function<void(SyntheticGenerator::Params &)>)

class TestSynth final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SyntheticGenerator::Params m_params;
    SyntheticReport m_report;

    QString dataset(const QString &name) const { return m_dir.filePath(name); }

    std::vector<DeepFashion2Split> readSplits() const
    {
        std::vector<DeepFashion2Split> splits;
        for (const char *name : {"train", "validation"}) {
            const Result<DeepFashion2Split> split = DeepFashion2Io::readSplit(QDir(m_params.outDir).filePath(QLatin1String(name)));
            if (split && split->errors.isEmpty())
                splits.push_back(*split);
        }
        return splits;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_params.outDir = dataset(QStringLiteral("a"));
        m_params.pairs = 16;
        m_params.seed = 42;
        m_params.validationFraction = 0.3;
        m_params.threads = 2;
        qint64 lastDone = 0;
        int calls = 0;
        bool ordered = true;
        const Result<SyntheticReport> report = SyntheticGenerator::generate(m_params, [&](const QString &, qint64 done, qint64 total) {
            ordered = ordered && done > lastDone && done <= total;
            lastDone = done;
            ++calls;
            return true;
        });
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        m_report = *report;
        QVERIFY(ordered);
        QCOMPARE(calls, m_report.trainImages + m_report.validationImages);
        QCOMPARE(m_report.streetImages, m_params.pairs);
        QVERIFY(m_report.trainImages > 0);
        QVERIFY(m_report.validationImages > 0);
    }

    // Every category, in street and shop poses, with random cuts: the category's landmark count, every
    // landmark on the outline, and an outline that is a simple polygon (else the segmentation is wrong).
    void everyCategoryHasAValidShape()
    {
        std::mt19937 rng(7);
        std::uniform_real_distribution<double> unit(0, 1);
        for (int c = 1; c <= kCategoryCount; ++c) {
            for (int round = 0; round < 40; ++round) {
                const GarmentLook look = LookDesigner::design(c, rng);
                const bool shop = round % 2 == 1;
                const BodyPose pose = shop ? BodyPose::standing(28 + 12 * unit(rng), 8 * unit(rng), 5 + 4 * unit(rng), 1.0)
                                           : BodyPose::standing(4 + 18 * unit(rng), 14 * unit(rng), 1 + 6 * unit(rng), 0.88 + 0.24 * unit(rng));
                for (bool open : {false, true}) {
                    const GarmentShape shape = GarmentRenderer::shape(look, pose, open);
                    const QString where = QStringLiteral("category %1 round %2 open %3").arg(c).arg(round).arg(open);
                    QVERIFY2(int(shape.landmarks.size()) == categoryById(c)->landmarkCount, qPrintable(where));
                    const QString crossing = selfCrossing(shape.outline);
                    QVERIFY2(crossing.isEmpty(), qPrintable(where + QStringLiteral(": ") + crossing));
                    for (const QPointF &landmark : shape.landmarks) {
                        double nearest = 1e9;
                        for (qsizetype i = 0; i < shape.outline.size(); ++i)
                            nearest = std::min(nearest, distanceToSegment(landmark, shape.outline[i], shape.outline[(i + 1) % shape.outline.size()]));
                        QVERIFY2(nearest < 1e-6, qPrintable(where));
                    }
                }
            }
        }
    }

    void sameSeedGivesSameBytesWhateverTheThreads()
    {
        SyntheticGenerator::Params again = m_params;
        again.outDir = dataset(QStringLiteral("a-one-thread"));
        again.threads = 1;
        QVERIFY(SyntheticGenerator::generate(again));
        const QMap<QString, QByteArray> first = snapshot(m_params.outDir), second = snapshot(again.outDir);
        QCOMPARE(first.keys(), second.keys());
        QVERIFY(first.keys().contains(QStringLiteral("train/image/000001.jpg")));
        for (auto it = first.begin(); it != first.end(); ++it)
            QVERIFY2(it.value() == second.value(it.key()), qPrintable(it.key() + QStringLiteral(" differs between runs")));
    }

    void otherSeedGivesOtherData()
    {
        SyntheticGenerator::Params other = m_params;
        other.outDir = dataset(QStringLiteral("b"));
        other.seed = 43;
        other.pairs = 4;
        other.validationFraction = 0;
        QVERIFY(SyntheticGenerator::generate(other));
        for (const QString &file : {QStringLiteral("train/image/000001.jpg"), QStringLiteral("train/annos/000001.json")}) {
            const QByteArray a = readFile(QDir(m_params.outDir).filePath(file)), b = readFile(QDir(other.outDir).filePath(file));
            QVERIFY(!a.isEmpty() && !b.isEmpty());
            QVERIFY2(a != b, qPrintable(file));
        }
    }

    void validatorAcceptsGeneratedSplits()
    {
        for (const char *name : {"train", "validation"}) {
            const Result<ValidationReport> report =
                DeepFashion2Validator::validateSplit(QDir(m_params.outDir).filePath(QLatin1String(name)), {});
            QVERIFY(report);
            QVERIFY2(report->ok(), qPrintable(describe(report->problems)));
            QVERIFY(report->items > report->annotationFiles / 2);
        }
    }

    void annotationsMatchWhatWasDrawn()
    {
        const std::vector<DeepFashion2Split> splits = readSplits();
        QCOMPARE(splits.size(), size_t(2));
        int shop = 0, user = 0;
        for (const DeepFashion2Split &split : splits) {
            for (const ImageAnnotation &annotation : split.annotations) {
                const bool isShop = annotation.source == ImageSource::Shop;
                (isShop ? shop : user) += 1;
                const QImage image(split.imagePath(annotation.imageId));
                QCOMPARE(image.size(), isShop ? m_params.shopSize : m_params.streetSize);
                QVERIFY(annotation.pairId >= 1 && annotation.pairId <= m_params.pairs);
                if (isShop)
                    QCOMPARE(annotation.items.size(), size_t(1));
                for (const GarmentItem &item : annotation.items) {
                    const Category *category = categoryById(item.categoryId);
                    QVERIFY(category);
                    QCOMPARE(item.categoryName, QString::fromLatin1(category->name));
                    QCOMPARE(int(item.landmarks.size()), category->landmarkCount);
                    double x1 = 1e9, y1 = 1e9, x2 = -1e9, y2 = -1e9;
                    for (const std::vector<double> &polygon : item.segmentation) {
                        QVERIFY(polygon.size() >= 6 && polygon.size() % 2 == 0);
                        for (size_t k = 0; k < polygon.size(); k += 2) {
                            x1 = std::min(x1, polygon[k]);
                            x2 = std::max(x2, polygon[k]);
                            y1 = std::min(y1, polygon[k + 1]);
                            y2 = std::max(y2, polygon[k + 1]);
                        }
                    }
                    QCOMPARE(item.box, (Box{x1, y1, x2, y2}));  // exactly the bounds of the visible polygons
                    QVERIFY(x1 >= 0 && y1 >= 0 && x2 <= image.width() && y2 <= image.height());
                    QCOMPARE(item.viewpoint == 1, isShop);  // shop garments are not worn
                    if (isShop) {
                        QCOMPARE(item.occlusion, 1);
                        QCOMPARE(item.zoomIn, 1);
                        QVERIFY(std::all_of(item.landmarks.begin(), item.landmarks.end(), [](const Landmark &l) { return l.visibility == 2; }));
                    }
                }
            }
        }
        QVERIFY(user > 0 && shop > user);
    }

    void everyStyledStreetItemHasItsShopItem()
    {
        int styled = 0, styleZero = 0;
        for (const DeepFashion2Split &split : readSplits()) {
            QSet<QPair<int, int>> shopItems;
            for (const ImageAnnotation &annotation : split.annotations) {
                for (const GarmentItem &item : annotation.items) {
                    if (annotation.source == ImageSource::Shop) {
                        QVERIFY(item.style > 0);
                        shopItems.insert({annotation.pairId, item.style});
                    }
                }
            }
            for (const ImageAnnotation &annotation : split.annotations) {
                if (annotation.source != ImageSource::User)
                    continue;
                for (const GarmentItem &item : annotation.items) {
                    if (item.style == 0) {
                        ++styleZero;
                        continue;
                    }
                    ++styled;
                    QVERIFY2(shopItems.contains({annotation.pairId, item.style}),
                             qPrintable(QStringLiteral("image %1 item%2").arg(annotation.imageId).arg(item.itemNumber)));
                }
            }
        }
        QVERIFY(styled > 0);
        QVERIFY(styleZero > 0);
        QCOMPARE(styleZero, m_report.styleZeroItems);
    }

    void hardNegativesShareCategoryAndColourNotPattern()
    {
        int hardNegatives = 0;
        for (int p = 0; p < m_params.pairs; ++p) {
            const PairPlan plan = SyntheticGenerator::planPair(m_params.seed, p, m_params.validationFraction);
            QVERIFY(!plan.shopStyles.empty());
            if (plan.hardNegativeOf < 0)
                continue;
            ++hardNegatives;
            const PairPlan original = SyntheticGenerator::planPair(m_params.seed, plan.hardNegativeOf, m_params.validationFraction);
            QCOMPARE(plan.validation, original.validation);  // in the same gallery
            const auto findStyled = [](const PairPlan &pp, const GarmentLook &like, bool samePattern) {
                return std::any_of(pp.outfit.begin(), pp.outfit.end(), [&](const StyledLook &s) {
                    return s.style > 0 && s.look.categoryId == like.categoryId && s.look.primary == like.primary
                        && s.look.secondary == like.secondary && s.look.trim == like.trim
                        && (s.look.pattern == like.pattern) == samePattern;
                });
            };
            const bool found = std::any_of(plan.outfit.begin(), plan.outfit.end(), [&](const StyledLook &s) {
                return s.style > 0 && findStyled(original, s.look, false);
            });
            QVERIFY2(found, qPrintable(QStringLiteral("pair %1").arg(p)));
        }
        QVERIFY(hardNegatives > 0);
        QCOMPARE(hardNegatives, m_report.hardNegativePairs);
    }

    void validatorNamesFileAndField_data()
    {
        QTest::addColumn<QString>("expectedField");
        QTest::addColumn<std::function<void(QJsonObject &)>>("breakIt");
        const auto item = [](QJsonObject &root, const std::function<void(QJsonObject &)> &edit) {
            QJsonObject it = root.value(QLatin1String("item1")).toObject();
            edit(it);
            root.insert(QLatin1String("item1"), it);
        };
        const auto set = [item](const char *key, QJsonValue value) {
            return std::function<void(QJsonObject &)>([=](QJsonObject &root) {
                item(root, [&](QJsonObject &it) { it.insert(QLatin1String(key), value); });
            });
        };
        const auto box = [item](int index, double delta) {
            return std::function<void(QJsonObject &)>([=](QJsonObject &root) {
                item(root, [&](QJsonObject &it) {
                    QJsonArray b = it.value(QLatin1String("bounding_box")).toArray();
                    b[index] = b[index].toDouble() + delta;
                    it.insert(QLatin1String("bounding_box"), b);
                });
            });
        };
        QTest::newRow("category out of range") << "item1.category_id" << set("category_id", 14);
        QTest::newRow("category name") << "item1.category_name" << set("category_name", QStringLiteral("cape"));
        QTest::newRow("style negative") << "item1.style" << set("style", -1);
        QTest::newRow("scale") << "item1.scale" << set("scale", 0);
        QTest::newRow("occlusion") << "item1.occlusion" << set("occlusion", 4);
        QTest::newRow("zoom_in not an integer") << "item1.zoom_in" << set("zoom_in", 1.5);
        QTest::newRow("viewpoint not a number") << "item1.viewpoint" << set("viewpoint", QStringLiteral("front"));
        QTest::newRow("x2 < x1") << "item1.bounding_box" << box(2, -10000);
        QTest::newRow("box outside image") << "item1.bounding_box" << box(3, 5000);
        QTest::newRow("box off the polygons") << "item1.bounding_box" << box(0, -3);
        QTest::newRow("landmark count") << "item1.landmarks" << std::function<void(QJsonObject &)>([item](QJsonObject &root) {
            item(root, [](QJsonObject &it) {
                QJsonArray l = it.value(QLatin1String("landmarks")).toArray();
                l.removeLast();
                l.removeLast();
                l.removeLast();
                it.insert(QLatin1String("landmarks"), l);
            });
        });
        QTest::newRow("landmark visibility") << "item1.landmarks[0]" << std::function<void(QJsonObject &)>([item](QJsonObject &root) {
            item(root, [](QJsonObject &it) {
                QJsonArray l = it.value(QLatin1String("landmarks")).toArray();
                l[2] = 3;
                it.insert(QLatin1String("landmarks"), l);
            });
        });
        QTest::newRow("odd polygon") << "item1.segmentation[0]" << std::function<void(QJsonObject &)>([item](QJsonObject &root) {
            item(root, [](QJsonObject &it) {
                QJsonArray s = it.value(QLatin1String("segmentation")).toArray();
                QJsonArray polygon = s[0].toArray();
                polygon.removeLast();
                s[0] = polygon;
                it.insert(QLatin1String("segmentation"), s);
            });
        });
        QTest::newRow("two-point polygon") << "item1.segmentation[0]" << set("segmentation", QJsonArray{QJsonArray{1, 2, 3, 4}});
        QTest::newRow("no segmentation") << "item1.segmentation" << std::function<void(QJsonObject &)>([item](QJsonObject &root) {
            item(root, [](QJsonObject &it) { it.remove(QLatin1String("segmentation")); });
        });
        QTest::newRow("source") << "source" << std::function<void(QJsonObject &)>([](QJsonObject &root) {
            root.insert(QLatin1String("source"), QStringLiteral("catalogue"));
        });
        QTest::newRow("pair_id missing") << "pair_id" << std::function<void(QJsonObject &)>([](QJsonObject &root) {
            root.remove(QLatin1String("pair_id"));
        });
        QTest::newRow("no items") << "item1" << std::function<void(QJsonObject &)>([](QJsonObject &root) {
            for (const QString &key : root.keys()) {
                if (key.startsWith(QLatin1String("item")))
                    root.remove(key);
            }
        });
    }

    void validatorNamesFileAndField()
    {
        QFETCH(QString, expectedField);
        QFETCH(std::function<void(QJsonObject &)>, breakIt);
        const QString file = QDir(m_params.outDir).filePath(QStringLiteral("train/annos/000001.json"));
        const QByteArray original = readFile(file);
        const QSize size = m_params.streetSize;
        QVERIFY2(DeepFashion2Validator::validateAnnotation(original, file, size).empty(),
                 qPrintable(describe(DeepFashion2Validator::validateAnnotation(original, file, size))));
        QJsonObject root = QJsonDocument::fromJson(original).object();
        breakIt(root);
        const std::vector<ValidationProblem> problems =
            DeepFashion2Validator::validateAnnotation(QJsonDocument(root).toJson(), file, size);
        QVERIFY2(hasProblem(problems, file, expectedField), qPrintable(describe(problems)));
    }

    // A split with several bad files: every one is reported, not just the first.
    void validatorReportsEveryBadFile()
    {
        const QString split = dataset(QStringLiteral("broken"));
        const QString source = QDir(m_params.outDir).filePath(QStringLiteral("train"));
        QVERIFY(QDir().mkpath(split + QStringLiteral("/annos")) && QDir().mkpath(split + QStringLiteral("/image")));
        for (const char *stem : {"000001", "000002", "000003", "000004"}) {
            for (const QString &file : {QStringLiteral("annos/%1.json").arg(QLatin1String(stem)), QStringLiteral("image/%1.jpg").arg(QLatin1String(stem))})
                QVERIFY(QFile::copy(QDir(source).filePath(file), QDir(split).filePath(file)));
        }
        const QByteArray jpeg = readFile(split + QStringLiteral("/image/000002.jpg"));
        writeFile(split + QStringLiteral("/image/000002.jpg"), jpeg.left(200));                   // truncated image
        writeFile(split + QStringLiteral("/annos/000003.json"), QByteArrayLiteral("{\"source\": "));  // truncated JSON
        writeFile(split + QStringLiteral("/image/000003.jpg"), test::pngClaiming(20000, 20000));     // decompression bomb
        QVERIFY(QFile::remove(split + QStringLiteral("/image/000004.jpg")));                       // missing image
        QJsonObject root = QJsonDocument::fromJson(readFile(split + QStringLiteral("/annos/000001.json"))).object();
        QJsonObject item = root.value(QLatin1String("item1")).toObject();
        item.insert(QLatin1String("category_id"), 0);
        item.insert(QLatin1String("viewpoint"), 7);
        root.insert(QLatin1String("item1"), item);
        writeFile(split + QStringLiteral("/annos/000001.json"), QJsonDocument(root).toJson());
        writeFile(split + QStringLiteral("/image/000009.jpg"), jpeg);                              // no annotation

        const Result<ValidationReport> report = DeepFashion2Validator::validateSplit(split, {});
        QVERIFY(report);
        const std::vector<ValidationProblem> &problems = report->problems;
        QVERIFY2(hasProblem(problems, split + QStringLiteral("/annos/000001.json"), QStringLiteral("item1.category_id")), qPrintable(describe(problems)));
        QVERIFY(hasProblem(problems, split + QStringLiteral("/annos/000001.json"), QStringLiteral("item1.viewpoint")));
        QVERIFY(hasProblem(problems, split + QStringLiteral("/image/000002.jpg"), QStringLiteral("image")));
        QVERIFY(hasProblem(problems, split + QStringLiteral("/annos/000003.json"), QStringLiteral("(document)")));
        // Decoded with the app's own reader and limits, not Qt's ("Unable to read image data").
        QVERIFY2(describe(problems).contains(QStringLiteral("image is 20000×20000 pixels (400 megapixels), more than the limit of 200 megapixels")),
                 qPrintable(describe(problems)));
        QVERIFY(hasProblem(problems, split + QStringLiteral("/image/000004.jpg"), QStringLiteral("image")));
        QVERIFY(hasProblem(problems, split + QStringLiteral("/image/000009.jpg"), QStringLiteral("annotation")));
        QCOMPARE(report->annotationFiles, 4);

        QVERIFY(!DeepFashion2Validator::validateSplit(dataset(QStringLiteral("nowhere")), {}));
    }

    void badParamsAreNamed_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<std::function<void(SyntheticGenerator::Params &)>>("breakIt");
        QTest::newRow("pairs") << "pairs" << std::function<void(SyntheticGenerator::Params &)>([](auto &p) { p.pairs = 0; });
        QTest::newRow("fraction") << "validationFraction" << std::function<void(SyntheticGenerator::Params &)>([](auto &p) { p.validationFraction = 1.5; });
        QTest::newRow("threads") << "threads" << std::function<void(SyntheticGenerator::Params &)>([](auto &p) { p.threads = -1; });
        QTest::newRow("outDir") << "outDir" << std::function<void(SyntheticGenerator::Params &)>([](auto &p) { p.outDir.clear(); });
        QTest::newRow("size") << "streetSize/shopSize" << std::function<void(SyntheticGenerator::Params &)>([](auto &p) { p.shopSize = {64, 64}; });
    }

    void badParamsAreNamed()
    {
        QFETCH(QString, field);
        QFETCH(std::function<void(SyntheticGenerator::Params &)>, breakIt);
        SyntheticGenerator::Params params = m_params;
        params.outDir = dataset(QStringLiteral("never"));
        breakIt(params);
        const Result<SyntheticReport> report = SyntheticGenerator::generate(params);
        QVERIFY(!report);
        QCOMPARE(report.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(report.error().message.startsWith(field + QStringLiteral(":")), qPrintable(report.error().message));
        QVERIFY(!QDir(dataset(QStringLiteral("never"))).exists());
    }

    void cancelStopsBetweenPairs()
    {
        SyntheticGenerator::Params params = m_params;
        params.outDir = dataset(QStringLiteral("cancelled"));
        const Result<SyntheticReport> report = SyntheticGenerator::generate(params, [](const QString &, qint64, qint64) { return false; });
        QVERIFY(!report);
        QCOMPARE(report.error().code, ErrorCode::Cancelled);
        QVERIFY(snapshot(params.outDir).size() < snapshot(m_params.outDir).size());
    }
};

QTEST_GUILESS_MAIN(TestSynth)
#include "tst_synth.moc"
