#include "dataset/syntheticgenerator.h"

#include "common/limits.h"
#include "common/logging.h"
#include "dataset/deepfashion2io.h"
#include "dataset/lookdesigner.h"
#include "dataset/streetcomposer.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImageWriter>
#include <QMutex>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <numeric>
#include <optional>

namespace lookbook::dataset {

namespace {

// Streams of random numbers, one per purpose, so that adding a draw to one never shifts another.
enum Stream : quint32 { SplitStream = 1, AnchorStream = 2, OutfitStream = 3, ImageStream = 16 };

// Pairs per colourway family, and the share of the family's other pairs that copy its first garment.
constexpr int kColourway = 4;
constexpr double kColourwayShare = 0.75;

std::mt19937 generatorFor(quint64 seed, quint32 index, quint32 stream)
{
    std::seed_seq sequence{static_cast<quint32>(seed), static_cast<quint32>(seed >> 32), index, stream};
    return std::mt19937(sequence);
}

double unitDraw(std::mt19937 &rng)
{
    return std::uniform_real_distribution<double>(0, 1)(rng);
}

GarmentLook anchorLook(quint64 seed, int pairIndex)
{
    std::mt19937 rng = generatorFor(seed, static_cast<quint32>(pairIndex), AnchorStream);
    return LookDesigner::design(LookDesigner::randomCategory(rng), rng);
}

QByteArray encodeJpeg(const QImage &image, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(quality);
    writer.write(image);
    return bytes;
}

SyntheticImage toSyntheticImage(ComposedImage composed, ImageSource source, int pairId)
{
    SyntheticImage image;
    image.annotation.source = source;
    image.annotation.pairId = pairId;
    image.annotation.items = std::move(composed.items);
    image.jpeg = encodeJpeg(composed.image, composed.jpegQuality);
    return image;
}

QString splitName(bool validation)
{
    return validation ? QStringLiteral("validation") : QStringLiteral("train");
}

} // namespace

Status SyntheticGenerator::checkParams(const Params &params)
{
    const auto invalid = [](const QString &message) { return Status::failure(ErrorCode::InvalidArgument, message); };
    if (params.outDir.isEmpty())
        return invalid(QStringLiteral("outDir: no output folder given"));
    if (params.pairs < 1)
        return invalid(QStringLiteral("pairs: expected at least 1, got %1").arg(params.pairs));
    if (!(params.validationFraction >= 0 && params.validationFraction <= 1))
        return invalid(QStringLiteral("validationFraction: expected 0–1, got %1").arg(params.validationFraction));
    if (params.streetSize.width() < 128 || params.streetSize.height() < 128 || params.shopSize.width() < 128 || params.shopSize.height() < 128)
        return invalid(QStringLiteral("streetSize/shopSize: images must be at least 128 × 128 pixels"));
    if (Status threads = limits::checkThreadCount(params.threads, QStringLiteral("threads")); !threads)
        return threads;
    return success();
}

PairPlan SyntheticGenerator::planPair(quint64 seed, int pairIndex, double validationFraction)
{
    PairPlan plan;
    plan.pairIndex = pairIndex;
    // Pairs come in colourways of kColourway: a family shares a split, so each hard negative sits in
    // the same gallery as the garment it imitates.
    const int head = pairIndex - pairIndex % kColourway;
    std::mt19937 split = generatorFor(seed, static_cast<quint32>(head / kColourway), SplitStream);
    plan.validation = unitDraw(split) < validationFraction;

    std::mt19937 rng = generatorFor(seed, static_cast<quint32>(pairIndex), OutfitStream);
    GarmentLook anchor = anchorLook(seed, pairIndex);
    if (pairIndex != head && unitDraw(rng) < kColourwayShare) {
        // Same cut and colours as the family's first garment, another pattern: colour alone cannot
        // tell them apart, as with a real product line sold in several prints.
        const GarmentLook original = anchorLook(seed, head);
        anchor.categoryId = original.categoryId;
        anchor.primary = original.primary;
        anchor.secondary = original.secondary;
        anchor.trim = original.trim;
        anchor.length = original.length;
        anchor.width = original.width;
        anchor.pattern = LookDesigner::nthOtherPattern(original.pattern, pairIndex - head);
        plan.hardNegativeOf = head;
    }

    int style = 0;
    for (const GarmentLook &look : LookDesigner::outfitAround(anchor, rng)) {
        const bool isAnchor = look.detailSeed == anchor.detailSeed && look.categoryId == anchor.categoryId;
        const bool styled = isAnchor || unitDraw(rng) < 0.6;
        plan.outfit.push_back({look, styled ? ++style : 0});
        if (styled) {
            plan.shopStyles.push_back(style);
            if (unitDraw(rng) < 0.3)
                plan.shopStyles.push_back(style);  // a second product photo of the same item
        }
    }
    return plan;
}

std::vector<SyntheticImage> SyntheticGenerator::renderPair(const Params &params, const PairPlan &plan)
{
    const StreetComposer composer(params.streetSize, params.shopSize);
    const int pairId = plan.pairIndex + 1;
    const quint32 index = static_cast<quint32>(plan.pairIndex);
    std::vector<SyntheticImage> images;
    std::mt19937 rng = generatorFor(params.seed, index, ImageStream);
    images.push_back(toSyntheticImage(composer.street(plan.outfit, rng), ImageSource::User, pairId));
    for (size_t k = 0; k < plan.shopStyles.size(); ++k) {
        std::mt19937 shopRng = generatorFor(params.seed, index, ImageStream + 1 + static_cast<quint32>(k));
        const int style = plan.shopStyles[k];
        const auto styled = std::find_if(plan.outfit.begin(), plan.outfit.end(), [&](const StyledLook &s) { return s.style == style; });
        Q_ASSERT(styled != plan.outfit.end());
        images.push_back(toSyntheticImage(composer.shop(*styled, shopRng), ImageSource::Shop, pairId));
    }
    return images;
}

Result<SyntheticReport> SyntheticGenerator::generate(const Params &params, const Progress &progress)
{
    if (Status status = checkParams(params); !status)
        return status.error();
    QElapsedTimer timer;
    timer.start();

    // Image ids are numbered per split in pair order; only the first id of each pair is kept, the
    // plans themselves are cheap to redo in the workers.
    SyntheticReport report;
    report.pairs = params.pairs;
    std::vector<int> firstImageId(static_cast<size_t>(params.pairs));
    for (int p = 0; p < params.pairs; ++p) {
        const PairPlan plan = planPair(params.seed, p, params.validationFraction);
        int &next = plan.validation ? report.validationImages : report.trainImages;
        firstImageId[static_cast<size_t>(p)] = next + 1;
        next += plan.imageCount();
        report.hardNegativePairs += plan.hardNegativeOf >= 0 ? 1 : 0;
    }
    const int totalImages = report.trainImages + report.validationImages;

    const QDir root(params.outDir);
    for (bool validation : {false, true}) {
        if ((validation ? report.validationImages : report.trainImages) == 0)
            continue;
        for (const char *folder : {"image", "annos"}) {
            const QString path = root.filePath(splitName(validation) + QLatin1Char('/') + QLatin1String(folder));
            if (!QDir().mkpath(path))
                return Error{ErrorCode::IoError, QStringLiteral("%1: cannot create the folder").arg(path)};
        }
    }

    QMutex mutex;
    std::optional<Error> failure;
    int done = 0;
    bool stopped = false;
    const auto work = [&](int pairIndex) {
        if ([&] { QMutexLocker lock(&mutex); return stopped || failure.has_value(); }())
            return;
        const PairPlan plan = planPair(params.seed, pairIndex, params.validationFraction);
        const QDir split(root.filePath(splitName(plan.validation)));
        int imageId = firstImageId[static_cast<size_t>(pairIndex)];
        int items = 0, styleZero = 0, shops = 0;
        for (const SyntheticImage &image : renderPair(params, plan)) {
            const int id = imageId++;
            const QString stem = DeepFashion2Io::fileStem(id);
            const QString imagePath = split.filePath(QStringLiteral("image/%1.jpg").arg(stem));
            QFile file(imagePath);
            Status status = success();
            if (!file.open(QIODevice::WriteOnly) || file.write(image.jpeg) != image.jpeg.size())
                status = Status::failure(ErrorCode::IoError, QStringLiteral("%1: cannot write: %2").arg(imagePath, file.errorString()));
            file.close();
            if (status) {
                ImageAnnotation annotation = image.annotation;
                annotation.imageId = id;
                status = DeepFashion2Io::writeAnnotation(split.filePath(QStringLiteral("annos/%1.json").arg(stem)), annotation);
            }
            QMutexLocker lock(&mutex);
            if (!status) {
                if (!failure)
                    failure = status.error();
                return;
            }
            shops += image.annotation.source == ImageSource::Shop ? 1 : 0;
            for (const GarmentItem &item : image.annotation.items) {
                ++items;
                styleZero += item.style == 0 ? 1 : 0;
            }
            ++done;
            if (!reportProgress(progress, {}, done, totalImages))
                stopped = true;
        }
        QMutexLocker lock(&mutex);
        report.items += items;
        report.styleZeroItems += styleZero;
        report.shopImages += shops;
        report.streetImages += 1;
    };

    QThreadPool pool;
    pool.setMaxThreadCount(params.threads > 0 ? params.threads : QThread::idealThreadCount());
    std::vector<int> pairIndices(static_cast<size_t>(params.pairs));
    std::iota(pairIndices.begin(), pairIndices.end(), 0);
    QtConcurrent::blockingMap(&pool, pairIndices, work);

    if (failure)
        return *failure;
    if (stopped)
        return Error{ErrorCode::Cancelled, QStringLiteral("%1: generation cancelled after %2 of %3 images").arg(params.outDir).arg(done).arg(totalImages)};
    report.seconds = timer.elapsed() / 1000.0;
    qCDebug(lcDataset) << "synthetic dataset:" << totalImages << "images in" << report.seconds << "s to" << params.outDir;
    return report;
}

} // namespace lookbook::dataset
