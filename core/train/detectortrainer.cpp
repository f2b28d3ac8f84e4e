#include "train/detectortrainer.h"

#include "common/atomicfile.h"
#include "dataset/cocodataset.h"
#include "dataset/deepfashion2io.h"
#include "dataset/deepfashion2tococo.h"
#include "detection/detectionpostprocess.h"
#include "eval/cocoevaluator.h"
#include "models/decodedimage.h"
#include "models/detectordecoder.h"
#include "models/preprocessor.h"
#include "train/centernetloss_p.h"
#include "train/centernetnetwork_p.h"
#include "train/centernettargets_p.h"
#include "train/learningrateschedule.h"
#include "train/photometricjitter_p.h"
#include "train/trainingprogress.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <opencv2/core.hpp>

#include <algorithm>
#include <memory>
#include <numeric>
#include <random>
#include <sstream>

namespace lookbook::train {

namespace {

using Config = DetectorTrainingConfig;

// A photo as training and validation read it: RGB bytes at the input size (the manifest's
// preprocessing, so training sees what detection::Detector will feed), boxes in input pixels.
struct CachedPhoto final {
    torch::Tensor pixels;  // uint8 [3, S, S]
    std::vector<TargetBox> boxes;
    models::ResizeGeometry geometry;
    qint64 imageId = 0;
    bool shop = false;
};

struct CachedSplit final {
    dataset::DeepFashion2Split split;  // the annotations used (the first N when limited)
    std::vector<CachedPhoto> photos;
    int boxes = 0;
};

Result<CachedSplit> cacheSplit(const QString &root, int limit, const models::Preprocessing &preprocessing)
{
    Result<dataset::DeepFashion2Split> split = dataset::DeepFashion2Io::readSplit(root);
    if (!split)
        return split.error();
    if (!split->errors.isEmpty())
        return Error{ErrorCode::InvalidData, QStringLiteral("%1: %2").arg(root, split->errors.first())};
    CachedSplit cached{std::move(split).value(), {}, 0};
    if (limit > 0 && static_cast<int>(cached.split.annotations.size()) > limit)
        cached.split.annotations.resize(static_cast<size_t>(limit));
    if (cached.split.annotations.empty())
        return Error{ErrorCode::InvalidData, QStringLiteral("%1: annos: no annotated photos").arg(root)};

    const int side = preprocessing.inputWidth;
    for (const dataset::ImageAnnotation &annotation : cached.split.annotations) {
        const Result<models::DecodedImage> image = models::DecodedImage::load(cached.split.imagePath(annotation.imageId));
        if (!image)
            return image.error();
        const models::TensorBatch input = models::Preprocessor::wholeImage(*image, preprocessing);
        CachedPhoto photo;
        // 0–255 without mean or std: every value is a whole byte, so the cache is exact and small.
        photo.pixels = torch::from_blob(const_cast<float *>(input.data.data()), {3, side, side}, torch::kFloat32).to(torch::kUInt8);
        photo.geometry = input.geometry.front();
        photo.imageId = annotation.imageId;
        photo.shop = annotation.source == dataset::ImageSource::Shop;
        const models::ResizeGeometry &g = photo.geometry;
        for (const dataset::GarmentItem &item : annotation.items) {
            if (item.categoryId < 1 || item.categoryId > CenterNetArchitecture::kClasses)
                continue;
            const Box box{item.box.x1 * g.scaleX() + g.padLeft(), item.box.y1 * g.scaleY() + g.padTop(), item.box.x2 * g.scaleX() + g.padLeft(),
                          item.box.y2 * g.scaleY() + g.padTop()};
            photo.boxes.push_back({box, item.categoryId - 1});
        }
        cached.boxes += static_cast<int>(photo.boxes.size());
        cached.photos.push_back(std::move(photo));
    }
    return cached;
}

// CropAugmenter works on single-garment crops; whole photos need their boxes moved with the pixels,
// so this is the photo counterpart: flip with the boxes, then the colour jitter CropAugmenter uses.
class PhotoAugmenter final
{
public:
    PhotoAugmenter(const Config &config, quint64 seed)
        : m_config(config), m_jitter(config.brightness, config.contrast, config.saturation), m_rng(seed)
    {
    }

    // `pixels` [B, 3, S, S] floats 0–255, RGB, on the CPU.
    torch::Tensor apply(torch::Tensor pixels, std::vector<std::vector<TargetBox>> &boxes)
    {
        const int64_t batch = pixels.size(0);
        const int64_t size = pixels.size(3);
        const double side = static_cast<double>(size);
        for (int64_t b = 0; b < batch; ++b) {
            const bool flip = uniform(0, 1) < m_config.flip;
            const PhotometricJitter::Factors colour = m_jitter.draw(m_rng);
            if (flip) {
                pixels[b] = pixels[b].flip({2});
                for (TargetBox &t : boxes[static_cast<size_t>(b)])
                    t.box = {side - t.box.x2, t.box.y1, side - t.box.x1, t.box.y2};
            }
            // OpenCV wants the channels last; the result is copied back before `hwc` goes.
            const torch::Tensor hwc = pixels[b].permute({1, 2, 0}).contiguous();
            const cv::Mat jittered = PhotometricJitter::apply(cv::Mat(static_cast<int>(pixels.size(2)), static_cast<int>(size), CV_32FC3, hwc.data_ptr<float>()),
                                                              colour, PhotometricJitter::ChannelOrder::Rgb);
            Q_ASSERT(jittered.isContinuous());
            pixels[b] = torch::from_blob(jittered.data, {pixels.size(2), size, 3}, torch::kFloat32).permute({2, 0, 1}).clone();
        }
        return pixels.clamp(0, 255);
    }

private:
    double uniform(double low, double high) { return std::uniform_real_distribution<double>(low, high + 1e-12)(m_rng); }

    const Config &m_config;
    PhotometricJitter m_jitter;
    std::mt19937_64 m_rng;
};

torch::Tensor stackPixels(const std::vector<CachedPhoto> &photos, const std::vector<size_t> &indices)
{
    std::vector<torch::Tensor> list;
    for (size_t i : indices)
        list.push_back(photos[i].pixels);
    return torch::stack(list).to(torch::kFloat32);
}

Result<eval::CocoMetrics> validate(CenterNetNetwork &network, const CachedSplit &validation, const dataset::CocoDataset &groundTruth, int batchSize)
{
    torch::NoGradGuard noGrad;
    network.setTraining(false);
    models::DetectorSpec spec;
    for (int i = 1; i <= CenterNetArchitecture::kClasses; ++i)
        spec.classes.push_back(i);
    spec.scoreThreshold = 0.001;  // COCO AP wants the low-scoring tail too (up to 100 per image)
    std::vector<dataset::CocoDetection> detections;
    for (size_t start = 0; start < validation.photos.size(); start += static_cast<size_t>(batchSize)) {
        std::vector<size_t> indices(std::min(validation.photos.size() - start, static_cast<size_t>(batchSize)));
        std::iota(indices.begin(), indices.end(), start);
        const c10::Dict<c10::IValue, c10::IValue> out = network.forward(stackPixels(validation.photos, indices)).toGenericDict();
        const torch::Tensor boxes = out.at(models::detectoroutput::kBoxes).toTensor().to(torch::kFloat64).contiguous();
        const torch::Tensor scores = out.at(models::detectoroutput::kScores).toTensor().to(torch::kFloat64).contiguous();
        const torch::Tensor labels = out.at(models::detectoroutput::kLabels).toTensor().to(torch::kFloat64).contiguous();
        const auto bx = boxes.accessor<double, 3>();
        const auto s = scores.accessor<double, 2>();
        const auto l = labels.accessor<double, 2>();
        for (size_t b = 0; b < indices.size(); ++b) {
            std::vector<torchbackend::RawDetection> raw;
            const auto row = static_cast<int64_t>(b);
            for (int64_t k = 0; k < boxes.size(1); ++k)
                raw.push_back({bx[row][k][0], bx[row][k][1], bx[row][k][2], bx[row][k][3], s[row][k], static_cast<int>(l[row][k])});
            const CachedPhoto &photo = validation.photos[indices[b]];
            for (const ScoredBox &d : detection::DetectionPostprocess::apply(raw, photo.geometry, spec, false))
                detections.push_back({photo.imageId, d.label, d.box.x1, d.box.y1, d.box.width(), d.box.height(), d.score});
        }
    }
    network.setTraining(true);
    return eval::CocoEvaluator::evaluate(groundTruth, detections);
}

QJsonObject epochToJson(const DetectorEpoch &e)
{
    return {{QStringLiteral("epoch"), e.epoch},         {QStringLiteral("loss"), e.loss},   {QStringLiteral("heatmap"), e.heatmapLoss},
            {QStringLiteral("size"), e.sizeLoss},       {QStringLiteral("offset"), e.offsetLoss}, {QStringLiteral("images_per_second"), e.imagesPerSecond},
            {QStringLiteral("ap"), e.ap},               {QStringLiteral("ap50"), e.ap50}};
}

DetectorEpoch epochFromJson(const QJsonObject &o)
{
    return {o.value(QStringLiteral("epoch")).toInt(),  o.value(QStringLiteral("loss")).toDouble(),
            o.value(QStringLiteral("heatmap")).toDouble(), o.value(QStringLiteral("size")).toDouble(),
            o.value(QStringLiteral("offset")).toDouble(), o.value(QStringLiteral("images_per_second")).toDouble(),
            o.value(QStringLiteral("ap")).toDouble(),      o.value(QStringLiteral("ap50")).toDouble()};
}

// The checkpoint: weights and batch-norm statistics by name, the optimiser's state, and the
// history (JSON) in one archive, replaced atomically, so that a crash leaves the previous one whole.
class Checkpoint final
{
public:
    explicit Checkpoint(QString path) : m_path(std::move(path)) {}

    const QString &path() const { return m_path; }
    bool exists() const { return QFileInfo::exists(m_path); }

    Status save(CenterNetNetwork &network, torch::optim::Optimizer &optimizer, const QJsonObject &state) const
    {
        std::ostringstream stream;
        try {
            torch::serialize::OutputArchive archive;
            for (const auto &p : network.module().named_parameters())
                archive.write("model." + p.name, p.value);
            for (const auto &b : network.module().named_buffers())
                archive.write("model." + b.name, b.value, true);
            torch::serialize::OutputArchive optimizerArchive;
            optimizer.save(optimizerArchive);
            archive.write("optimizer", optimizerArchive);
            archive.write("state", c10::IValue(QJsonDocument(state).toJson(QJsonDocument::Compact).toStdString()));
            archive.save_to(stream);
        } catch (const std::exception &e) {
            return Status::failure(ErrorCode::BackendError, QStringLiteral("%1: cannot save the checkpoint: %2").arg(m_path, QString::fromStdString(e.what())));
        }
        const std::string bytes = stream.str();
        return AtomicFile::write(m_path, QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size())));
    }

    // The weights only load into the architecture they were trained with (`architecture`).
    Result<QJsonObject> load(CenterNetNetwork &network, torch::optim::Optimizer &optimizer, const QString &architecture) const
    {
        try {
            torch::serialize::InputArchive archive;
            archive.load_from(m_path.toStdString());
            c10::IValue state;
            archive.read("state", state);
            const QJsonObject json = QJsonDocument::fromJson(QByteArray::fromStdString(state.toStringRef())).object();
            const QString saved = json.value(QStringLiteral("architecture")).toString();
            if (saved != architecture)
                return Error{ErrorCode::InvalidData, QStringLiteral("%1: the checkpoint is of %2, the config asks for %3 (backbone or input_size changed)")
                                                         .arg(m_path, saved, architecture)};
            torch::NoGradGuard noGrad;
            for (const auto &p : network.module().named_parameters()) {
                torch::Tensor value;
                archive.read("model." + p.name, value);
                p.value.copy_(value);
            }
            for (const auto &b : network.module().named_buffers()) {
                torch::Tensor value;
                archive.read("model." + b.name, value, true);
                b.value.copy_(value);
            }
            torch::serialize::InputArchive optimizerArchive;
            archive.read("optimizer", optimizerArchive);
            optimizer.load(optimizerArchive);
            return json;
        } catch (const std::exception &e) {
            const std::string what = e.what();
            return Error{ErrorCode::BackendError, QStringLiteral("%1: cannot resume: %2").arg(m_path, QString::fromStdString(what.substr(0, what.find('\n'))))};
        }
    }

private:
    QString m_path;
};

QString modelCard(const Config &config, const CachedSplit &train, const CachedSplit &validation, const std::vector<DetectorEpoch> &epochs, int bestEpoch)
{
    const auto shops = [](const CachedSplit &s) { return std::count_if(s.photos.begin(), s.photos.end(), [](const CachedPhoto &p) { return p.shop; }); };
    QString card = QStringLiteral("# %1\n\nA CenterNet (Objects as Points, Zhou et al. 2019) garment detector trained with `lookbook-cli train detector`"
                                  "%2. Load it through `%1.json` (decoder `lookbook`, classes 0–12 → DeepFashion2 categories 1–13).\n\n")
                       .arg(config.name, config.path.isEmpty() ? QString() : QStringLiteral(" from `%1`").arg(config.path));
    card += QStringLiteral("## Data\n\n- train: `%1`: %2 photos (%3 user, %4 shop), %5 boxes\n- validation: `%6`: %7 photos (%8 user, %9 shop), %10 boxes\n\n")
                .arg(config.trainRoot)
                .arg(train.photos.size())
                .arg(static_cast<qint64>(train.photos.size()) - shops(train))
                .arg(shops(train))
                .arg(train.boxes)
                .arg(config.validationRoot)
                .arg(validation.photos.size())
                .arg(static_cast<qint64>(validation.photos.size()) - shops(validation))
                .arg(shops(validation))
                .arg(validation.boxes);
    card += QStringLiteral("## Configuration\n\n%1\n\n## Epochs\n\nCOCO box AP on the validation split (Lookbook's COCOeval).\n\n"
                           "| epoch | loss | heat map | size (L1) | offset (L1) | img/s | AP | AP50 |\n|---:|---:|---:|---:|---:|---:|---:|---:|\n")
                .arg(config.summary());
    for (const DetectorEpoch &e : epochs) {
        card += QStringLiteral("| %1%2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 |\n")
                    .arg(e.epoch)
                    .arg(e.epoch == bestEpoch ? QStringLiteral(" (best)") : QString())
                    .arg(e.loss, 0, 'f', 4)
                    .arg(e.heatmapLoss, 0, 'f', 4)
                    .arg(e.sizeLoss, 0, 'f', 4)
                    .arg(e.offsetLoss, 0, 'f', 4)
                    .arg(e.imagesPerSecond, 0, 'f', 1)
                    .arg(e.ap, 0, 'f', 4)
                    .arg(e.ap50, 0, 'f', 4);
    }
    return card;
}

std::unique_ptr<torch::optim::Optimizer> makeOptimizer(const Config &config, const std::vector<torch::Tensor> &parameters)
{
    if (config.optimizer == Config::Optimizer::Sgd)
        return std::make_unique<torch::optim::SGD>(parameters, torch::optim::SGDOptions(config.learningRate).momentum(config.momentum).weight_decay(config.weightDecay));
    return std::make_unique<torch::optim::Adam>(parameters, torch::optim::AdamOptions(config.learningRate).weight_decay(config.weightDecay));
}

Result<DetectorTrainer::Report> run(const DetectorTrainer::Params &params)
{
    const Config &config = params.config;
    const models::Preprocessing preprocessing = CenterNetNetwork::preprocessing(
        config.inputSize, config.resize == Config::Resize::Letterbox ? models::ResizeMode::Letterbox : models::ResizeMode::Stretch);
    Result<CachedSplit> train = cacheSplit(config.trainRoot, config.trainImages, preprocessing);
    if (!train)
        return train.error();
    Result<CachedSplit> validation = cacheSplit(config.validationRoot, config.validationImages, preprocessing);
    if (!validation)
        return validation.error();
    const dataset::CocoConversion conversion = dataset::DeepFashion2ToCoco::convert(validation->split);
    const Result<dataset::CocoDataset> groundTruth = dataset::CocoDataset::parseGroundTruth(conversion.json, config.validationRoot);
    if (!groundTruth)
        return groundTruth.error();

    torch::manual_seed(config.seed);
    CenterNetNetwork network = CenterNetNetwork::create({config.inputSize, config.width, config.depth, config.maxDetections});
    std::vector<torch::Tensor> parameters = network.parameters();
    for (torch::Tensor &p : parameters)
        p.set_requires_grad(true);
    const std::unique_ptr<torch::optim::Optimizer> optimizer = makeOptimizer(config, parameters);

    const QString checkpointDir = config.checkpointDir.isEmpty() ? QDir(config.outputDir).filePath(QStringLiteral("checkpoints")) : config.checkpointDir;
    if (!QDir().mkpath(checkpointDir) || !QDir().mkpath(config.outputDir))
        return Error{ErrorCode::IoError, QStringLiteral("%1: cannot create the output or checkpoint folder").arg(config.path)};
    const Checkpoint checkpoint(QDir(checkpointDir).filePath(config.name + QStringLiteral("-checkpoint.pt")));

    DetectorTrainer::Report report;
    report.trainImages = static_cast<int>(train->photos.size());
    report.validationImages = static_cast<int>(validation->photos.size());
    report.manifestPath = QDir(config.outputDir).filePath(config.name + QStringLiteral(".json"));
    report.modelCardPath = QDir(config.outputDir).filePath(config.name + QStringLiteral(".md"));
    if (params.resume) {
        if (!checkpoint.exists())
            return Error{ErrorCode::InvalidArgument, QStringLiteral("%1: no checkpoint to resume from").arg(checkpoint.path())};
        const Result<QJsonObject> state = checkpoint.load(network, *optimizer, config.architectureKey());
        if (!state)
            return state.error();
        for (const QJsonValue &e : state->value(QStringLiteral("epochs")).toArray())
            report.epochs.push_back(epochFromJson(e.toObject()));
        report.bestEpoch = state->value(QStringLiteral("best_epoch")).toInt();
    }

    const int photos = static_cast<int>(train->photos.size());
    const int stepsPerEpoch = (photos + config.batchSize - 1) / config.batchSize;
    const LearningRateSchedule schedule({config.learningRate, config.warmupSteps, config.warmupFactor, config.epochs * stepsPerEpoch, config.cosineFloor});
    TrainingProgress progress(config.epochs * stepsPerEpoch, params.progress);
    const int outputSize = config.inputSize / CenterNetArchitecture::kStride;
    double trainingSeconds = 0;
    qint64 trainedImages = 0;

    for (int epoch = static_cast<int>(report.epochs.size()) + 1; epoch <= config.epochs; ++epoch) {
        // Each epoch draws from its own seed, so that a resumed run sees the order it would have seen.
        std::vector<size_t> order(train->photos.size());
        std::iota(order.begin(), order.end(), 0);
        std::shuffle(order.begin(), order.end(), std::mt19937_64(config.seed * 1000003u + static_cast<quint64>(epoch)));
        PhotoAugmenter augmenter(config, config.seed * 7919u + static_cast<quint64>(epoch));
        DetectorEpoch summary{epoch, 0, 0, 0, 0, 0, 0, 0};
        QElapsedTimer timer;
        timer.start();
        for (int step = 0; step < stepsPerEpoch; ++step) {
            if (params.cancelled && params.cancelled())
                return Error{ErrorCode::Cancelled, QStringLiteral("%1: training cancelled in epoch %2").arg(config.path).arg(epoch)};
            const int globalStep = (epoch - 1) * stepsPerEpoch + step;
            const double rate = schedule.rate(globalStep);
            for (auto &group : optimizer->param_groups())
                group.options().set_lr(rate);
            const size_t begin = static_cast<size_t>(step) * config.batchSize;
            const std::vector<size_t> indices(order.begin() + static_cast<std::ptrdiff_t>(begin),
                                              order.begin() + static_cast<std::ptrdiff_t>(std::min(order.size(), begin + config.batchSize)));
            std::vector<std::vector<TargetBox>> boxes;
            for (size_t i : indices)
                boxes.push_back(train->photos[i].boxes);
            const torch::Tensor input = augmenter.apply(stackPixels(train->photos, indices), boxes);
            const CenterNetTargets targets = CenterNetTargets::build(boxes, CenterNetArchitecture::kClasses, outputSize, outputSize, CenterNetArchitecture::kStride);
            const CenterNetLossTerms loss = CenterNetLoss::compute(network.heads(input), targets);
            optimizer->zero_grad();
            loss.total.backward();
            optimizer->step();

            const double heat = loss.heatmap.item<double>(), size = loss.size.item<double>(), offset = loss.offset.item<double>();
            summary.heatmapLoss += heat / stepsPerEpoch;
            summary.sizeLoss += size / stepsPerEpoch;
            summary.offsetLoss += offset / stepsPerEpoch;
            summary.loss += loss.total.item<double>() / stepsPerEpoch;
            trainedImages += static_cast<qint64>(indices.size());
            const double seconds = trainingSeconds + timer.nsecsElapsed() / 1e9;
            progress.update(globalStep + 1,
                            {{QStringLiteral("hm"), heat}, {QStringLiteral("wh"), CenterNetLoss::kSizeWeight * size}, {QStringLiteral("off"), CenterNetLoss::kOffsetWeight * offset}},
                            trainedImages / std::max(seconds, 1e-9));
        }
        const double epochSeconds = timer.nsecsElapsed() / 1e9;
        trainingSeconds += epochSeconds;
        summary.imagesPerSecond = photos / std::max(epochSeconds, 1e-9);

        const Result<eval::CocoMetrics> metrics = validate(network, *validation, *groundTruth, config.batchSize);
        if (!metrics)
            return metrics.error();
        summary.ap = metrics->stats[eval::CocoMetrics::AP];
        summary.ap50 = metrics->stats[eval::CocoMetrics::AP50];
        report.epochs.push_back(summary);
        progress.finish();
        if (params.progress)
            std::fprintf(params.progress, "epoch %d/%d: loss %.4f, %.1f img/s, validation AP %.3f AP50 %.3f\n", epoch, config.epochs, summary.loss,
                         summary.imagesPerSecond, summary.ap, summary.ap50);

        const auto best = std::find_if(report.epochs.begin(), report.epochs.end(), [&report](const DetectorEpoch &e) { return e.epoch == report.bestEpoch; });
        if (best == report.epochs.end() || summary.ap > best->ap) {
            report.bestEpoch = epoch;
            network.setTraining(false);
            const Result<QString> exported = CenterNetNetwork::exportModel(network.module(), config.outputDir, config.name, preprocessing,
                                                                           {config.scoreThreshold, config.displayThreshold, config.fusionWeight});
            network.setTraining(true);
            if (!exported)
                return exported.error();
        }
        QJsonArray history;
        for (const DetectorEpoch &e : report.epochs)
            history.append(epochToJson(e));
        const QJsonObject state{{QStringLiteral("architecture"), config.architectureKey()}, {QStringLiteral("epochs"), history},
                                {QStringLiteral("best_epoch"), report.bestEpoch}};
        if (Status saved = checkpoint.save(network, *optimizer, state); !saved)
            return saved.error();
        if (Status written = AtomicFile::write(report.modelCardPath, modelCard(config, *train, *validation, report.epochs, report.bestEpoch).toUtf8()); !written)
            return written.error();
    }
    progress.finish();
    report.imagesPerSecond = trainedImages / std::max(trainingSeconds, 1e-9);
    return report;
}

} // namespace

Result<DetectorTrainer::Report> DetectorTrainer::train(const Params &params)
{
    try {
        return run(params);
    } catch (const std::exception &e) {
        const std::string what = e.what();
        return Error{ErrorCode::BackendError,
                     QStringLiteral("%1: training failed: %2").arg(params.config.path, QString::fromStdString(what.substr(0, what.find('\n'))))};
    }
}

} // namespace lookbook::train
