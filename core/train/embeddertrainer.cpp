#include "train/embeddertrainer.h"

#include "common/atomicfile.h"
#include "common/logging.h"
#include "dataset/deepfashion2io.h"
#include "embedding/colourhistogramembedder.h"
#include "eval/retrievalprobe.h"
#include "models/decodedimage_p.h"
#include "models/modelmanifest.h"
#include "models/preprocessor.h"
#include "train/cropaugmenter_p.h"
#include "train/embeddernetwork_p.h"
#include "train/learningrateschedule.h"
#include "train/metriclosses_p.h"
#include "train/pksampler.h"
#include "train/trainingprogress.h"

#include <opencv2/core.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

#include <array>
#include <chrono>
#include <map>
#include <random>
#include <tuple>

namespace lookbook::train {

namespace {

// ImageNet statistics: the usual normalisation of ResNets, recorded in the manifest.
constexpr std::array<double, 3> kMean{0.485, 0.456, 0.406};
constexpr std::array<double, 3> kStd{0.229, 0.224, 0.225};

models::Preprocessing preprocessingOf(const EmbedderTrainingConfig &config)
{
    models::Preprocessing p;
    p.inputWidth = config.inputSize;
    p.inputHeight = config.inputSize;
    p.resize = models::ResizeMode::Stretch;
    p.bgr = false;
    p.unitRange = true;
    p.mean = kMean;
    p.std = kStd;
    return p;
}

// The ground-truth crops of the training splits, decoded once and cached at the input size plus the
// jitter margin; labels are identities with at least two crops, numbered from 0.
struct TrainingSet final {
    std::vector<cv::Mat> crops;
    std::vector<int> labels;
    int classes = 0;
};

Result<TrainingSet> readTrainingSet(const EmbedderTrainingConfig &config)
{
    using Key = std::tuple<int, int, int>;  // (dataset, pair_id, style): pair ids are per dataset
    std::vector<cv::Mat> crops;
    std::vector<Key> keys;
    for (int root = 0; root < config.trainRoots.size(); ++root) {
        Result<dataset::DeepFashion2Split> split = dataset::DeepFashion2Io::readSplit(config.trainRoots[root]);
        if (!split)
            return split.error();
        if (!split->errors.isEmpty())
            qCWarning(lcTrain) << config.trainRoots[root] << ":" << split->errors.size() << "annotation files skipped, first:" << split->errors.constFirst();
        for (const dataset::ImageAnnotation &annotation : split->annotations) {
            bool pairable = false;
            for (const dataset::GarmentItem &item : annotation.items)
                pairable = pairable || item.style > 0;
            if (!pairable)
                continue;
            const QString path = split->imagePath(annotation.imageId);
            // The app's image reader: its pixel limit and plain messages hold for training data too.
            const Result<models::DecodedImage> decoded = models::DecodedImage::load(path);
            if (!decoded)
                return decoded.error();
            const cv::Mat &image = decoded->pixels().bgr;
            for (const dataset::GarmentItem &item : annotation.items) {
                if (item.style <= 0)
                    continue;
                crops.push_back(CropAugmenter::cache(image, item.box.x1, item.box.y1, item.box.x2, item.box.y2, config.augmentation.cacheMargin, config.inputSize));
                keys.emplace_back(root, annotation.pairId, item.style);
            }
        }
    }
    std::map<Key, int> counts;
    for (const Key &key : keys)
        ++counts[key];
    std::map<Key, int> classOf;
    for (const auto &[key, count] : counts) {
        if (count >= 2)
            classOf.emplace(key, static_cast<int>(classOf.size()));
    }
    TrainingSet set;
    for (size_t i = 0; i < keys.size(); ++i) {
        const auto found = classOf.find(keys[i]);
        if (found == classOf.end())
            continue;
        set.crops.push_back(crops[i]);
        set.labels.push_back(found->second);
    }
    set.classes = static_cast<int>(classOf.size());
    return set;
}

// BGR crops → the normalised RGB tensor the manifest describes (as models::Preprocessor fills it).
at::Tensor toTensor(const std::vector<cv::Mat> &crops, int size)
{
    at::Tensor batch = torch::empty({static_cast<int64_t>(crops.size()), 3, size, size});
    float *out = batch.data_ptr<float>();
    const size_t plane = static_cast<size_t>(size) * size;
    for (size_t i = 0; i < crops.size(); ++i) {
        for (int y = 0; y < size; ++y) {
            const cv::Vec3b *row = crops[i].ptr<cv::Vec3b>(y);
            for (int x = 0; x < size; ++x) {
                for (int c = 0; c < 3; ++c)
                    out[(3 * i + static_cast<size_t>(c)) * plane + static_cast<size_t>(y) * size + x] =
                        static_cast<float>((row[x][2 - c] / 255.0 - kMean[static_cast<size_t>(c)]) / kStd[static_cast<size_t>(c)]);
            }
        }
    }
    return batch;
}

// Per-epoch seeds: the sampler and the augmenter restart from (seed, epoch), so a resumed run draws
// the same batches as an uninterrupted one without saving generator states.
quint64 epochSeed(quint64 seed, int epoch, quint64 stream)
{
    std::seed_seq sequence{static_cast<unsigned>(seed), static_cast<unsigned>(seed >> 32), static_cast<unsigned>(epoch), static_cast<unsigned>(stream)};
    std::mt19937_64 generator(sequence);
    return generator();
}

QJsonObject metricsToJson(const EpochMetrics &m)
{
    QJsonObject terms, acc;
    for (const auto &[name, value] : m.terms)
        terms.insert(name, value);
    for (const auto &[k, value] : m.validation.accuracy)
        acc.insert(QString::number(k), value);
    return {{QStringLiteral("epoch"), m.epoch}, {QStringLiteral("loss"), m.loss}, {QStringLiteral("terms"), terms},
            {QStringLiteral("lr"), m.learningRate}, {QStringLiteral("images_per_second"), m.imagesPerSecond}, {QStringLiteral("seconds"), m.seconds},
            {QStringLiteral("acc"), acc}, {QStringLiteral("queries"), m.validation.queries}};
}

EpochMetrics metricsFromJson(const QJsonObject &o)
{
    EpochMetrics m;
    m.epoch = o.value(QStringLiteral("epoch")).toInt();
    m.loss = o.value(QStringLiteral("loss")).toDouble();
    const QJsonObject terms = o.value(QStringLiteral("terms")).toObject();
    for (auto it = terms.begin(); it != terms.end(); ++it)
        m.terms.emplace_back(it.key(), it.value().toDouble());
    m.learningRate = o.value(QStringLiteral("lr")).toDouble();
    m.imagesPerSecond = o.value(QStringLiteral("images_per_second")).toDouble();
    m.seconds = o.value(QStringLiteral("seconds")).toDouble();
    const QJsonObject acc = o.value(QStringLiteral("acc")).toObject();
    for (auto it = acc.begin(); it != acc.end(); ++it)
        m.validation.accuracy[it.key().toInt()] = it.value().toDouble();
    m.validation.queries = o.value(QStringLiteral("queries")).toInt();
    return m;
}

// The exported epoch: the best Acc@10 (the target), then the best Acc@1; the earlier on ties.
bool better(const EpochMetrics &a, const EpochMetrics &b)
{
    const auto acc = [](const EpochMetrics &m, int k) {
        const auto it = m.validation.accuracy.find(k);
        return it == m.validation.accuracy.end() ? 0.0 : it->second;
    };
    return acc(a, 10) > acc(b, 10) || (acc(a, 10) == acc(b, 10) && acc(a, 1) > acc(b, 1));
}

// Checkpoints live in <dir>/epoch-NNN/: written under epoch-NNN.partial and renamed when complete,
// so that a crash never leaves a checkpoint that looks whole.
class CheckpointStore final
{
public:
    explicit CheckpointStore(QString dir) : m_dir(std::move(dir)) {}

    QString folder(int epoch) const { return QDir(m_dir).filePath(QStringLiteral("epoch-%1").arg(epoch, 3, 10, QLatin1Char('0'))); }
    QString bestModel() const { return QDir(m_dir).filePath(QStringLiteral("best.pt")); }

    int latest() const
    {
        int epoch = 0;
        static const QRegularExpression pattern(QStringLiteral("^epoch-(\\d+)$"));
        for (const QString &name : QDir(m_dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            const QRegularExpressionMatch match = pattern.match(name);
            if (match.hasMatch() && QFile::exists(QDir(m_dir).filePath(name + QStringLiteral("/state.json"))))
                epoch = std::max(epoch, match.captured(1).toInt());
        }
        return epoch;
    }

    Status save(int epoch, torch::jit::Module &model, torch::optim::SGD &optimizer, const at::Tensor &centers, const QJsonObject &state, bool best) const
    {
        const QString final = folder(epoch);
        const QString partial = final + QStringLiteral(".partial");
        QDir(partial).removeRecursively();
        if (!QDir().mkpath(partial))
            return Status::failure(ErrorCode::IoError, QStringLiteral("%1: cannot create the checkpoint folder").arg(partial));
        model.save(QFile::encodeName(QDir(partial).filePath(QStringLiteral("model.pt"))).toStdString());
        torch::save(optimizer, QFile::encodeName(QDir(partial).filePath(QStringLiteral("optimizer.pt"))).toStdString());
        torch::save(centers, QFile::encodeName(QDir(partial).filePath(QStringLiteral("centers.pt"))).toStdString());
        if (Status written = AtomicFile::write(QDir(partial).filePath(QStringLiteral("state.json")), QJsonDocument(state).toJson()); !written)
            return written;
        if (best) {
            const QString bestPartial = bestModel() + QStringLiteral(".partial");
            model.save(QFile::encodeName(bestPartial).toStdString());
            QFile::remove(bestModel());
            if (!QFile::rename(bestPartial, bestModel()))
                return Status::failure(ErrorCode::IoError, QStringLiteral("%1: cannot write").arg(bestModel()));
        }
        QDir(final).removeRecursively();
        if (!QDir().rename(partial, final))
            return Status::failure(ErrorCode::IoError, QStringLiteral("%1: cannot rename to %2").arg(partial, final));
        return success();
    }

private:
    QString m_dir;
};

QString accText(const eval::RetrievalMetrics &m, int k)
{
    const auto it = m.accuracy.find(k);
    return it == m.accuracy.end() ? QStringLiteral("–") : QString::number(it->second, 'f', 3);
}

QByteArray modelCard(const EmbedderTrainingConfig &config, const EmbedderTrainer::Report &report, double gemP, const QByteArray &configJson)
{
    QString card;
    card += QStringLiteral("# %1\n\nA Lookbook embedder trained by `lookbook-cli train embedder` (DeepFashion2 2020 2nd-place recipe, scaled down).\n\n").arg(config.name);
    QStringList blocks;
    for (int b : config.stageBlocks)
        blocks << QString::number(b);
    card += QStringLiteral("## Model\n\n- backbone: ResNet, basic blocks [%1], base width %2, input %3×%3 (stretch, RGB, 0–1, ImageNet mean/std)\n")
                .arg(blocks.join(QStringLiteral(", ")))
                .arg(config.baseWidth)
                .arg(config.inputSize);
    card += QStringLiteral("- head: %1, dimension %2%3\n").arg(config.headName()).arg(config.dimension).arg(gemP > 0 ? QStringLiteral(", learned GeM p = %1").arg(gemP, 0, 'f', 3) : QString());
    card += QStringLiteral("- exported epoch: %1 (best validation Acc@10, then Acc@1)\n\n## Data\n\n").arg(report.bestEpoch);
    for (const QString &root : config.trainRoots)
        card += QStringLiteral("- train: `%1`\n").arg(root);
    card += QStringLiteral("- validation: `%1`%2\n- %3 training crops of %4 identities (pair_id, style > 0; street and shop crops of an identity are positives)\n\n")
                .arg(config.validationRoot, config.validationImages > 0 ? QStringLiteral(" (first %1 images)").arg(config.validationImages) : QString())
                .arg(report.trainCrops)
                .arg(report.identities);
    card += QStringLiteral("## Validation (official DeepFashion2 retrieval Acc@k, ground-truth boxes)\n\n| epoch | loss | lr | img/s | Acc@1 | Acc@5 | Acc@10 | Acc@20 |\n|---|---|---|---|---|---|---|---|\n");
    for (const EpochMetrics &m : report.epochs)
        card += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 |\n")
                    .arg(m.epoch)
                    .arg(m.loss, 0, 'f', 4)
                    .arg(m.learningRate, 0, 'g', 3)
                    .arg(m.imagesPerSecond, 0, 'f', 1)
                    .arg(accText(m.validation, 1), accText(m.validation, 5), accText(m.validation, 10), accText(m.validation, 20));
    card += QStringLiteral("| colour histogram (baseline) | | | | %1 | %2 | %3 | %4 |\n\n")
                .arg(accText(report.baseline, 1), accText(report.baseline, 5), accText(report.baseline, 10), accText(report.baseline, 20));
    card += QStringLiteral("## Config\n\n```json\n%1\n```\n").arg(QString::fromUtf8(configJson).trimmed());
    return card.toUtf8();
}

Result<QByteArray> readConfigBytes(const EmbedderTrainingConfig &config)
{
    if (config.path.isEmpty())
        return QByteArray("{}");
    QFile file(config.path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::IoError, QStringLiteral("%1: cannot read: %2").arg(config.path, file.errorString())};
    return file.readAll();
}

Result<EmbedderTrainer::Report> train(const EmbedderTrainer::Params &params)
{
    const EmbedderTrainingConfig &config = params.config;
    EmbedderTrainer::Report report;

    Result<TrainingSet> set = readTrainingSet(config);
    if (!set)
        return set.error();
    // A first sampler checks that the data can fill P×K batches and counts what it keeps.
    Result<PkSampler> sampling = PkSampler::create(set->labels, config.identitiesPerBatch, config.instancesPerIdentity, config.seed);
    if (!sampling)
        return Error{sampling.error().code, QStringLiteral("%1: data.train: %2").arg(config.path, sampling.error().message)};
    report.trainCrops = sampling->sampleCount();
    report.identities = sampling->identityCount();
    Result<dataset::DeepFashion2Split> validation = dataset::DeepFashion2Io::readSplit(config.validationRoot);
    if (!validation)
        return validation.error();

    const embedding::ColourHistogramEmbedder histogram;
    Result<eval::RetrievalMetrics> baseline = eval::RetrievalProbe::evaluate(
        *validation, [&histogram](const models::DecodedImage &image, const std::vector<Box> &boxes) -> Result<FloatMatrix> { return histogram.embed(image, boxes); },
        config.validationImages);
    if (!baseline)
        return baseline.error();
    report.baseline = *baseline;

    const int stepsPerEpoch = params.stepsPerEpoch > 0 ? params.stepsPerEpoch : sampling->batchesPerEpoch();
    const int batchSize = config.identitiesPerBatch * config.instancesPerIdentity;
    const LearningRateSchedule schedule({config.learningRate, config.warmupSteps, config.warmupFactor, stepsPerEpoch * config.epochs, config.cosineFloor});

    const CheckpointStore store(config.checkpointDir);
    const int done = params.resume ? store.latest() : 0;
    const QString resumeFolder = store.folder(done);
    const auto resumeFile = [&resumeFolder](const char *name) { return QFile::encodeName(QDir(resumeFolder).filePath(QLatin1String(name))).toStdString(); };
    torch::manual_seed(config.seed);
    torch::jit::Module model = done > 0 ? torch::jit::load(resumeFile("model.pt")) : EmbedderNetwork::build(config, set->classes);
    for (at::Tensor p : EmbedderNetwork::parameters(model))
        p.set_requires_grad(true);
    at::Tensor centers = torch::randn({set->classes, config.dimension}) * 0.1;
    if (done > 0)
        torch::load(centers, resumeFile("centers.pt"));
    centers.set_requires_grad(true);
    torch::optim::SGD optimizer(EmbedderNetwork::parameters(model),
                                torch::optim::SGDOptions(config.learningRate).momentum(config.momentum).weight_decay(config.weightDecay));
    torch::optim::SGD centerOptimizer({centers}, torch::optim::SGDOptions(config.loss.centerLearningRate));
    if (done > 0) {
        torch::load(optimizer, resumeFile("optimizer.pt"));
        QFile stateFile(QDir(resumeFolder).filePath(QStringLiteral("state.json")));
        if (!stateFile.open(QIODevice::ReadOnly))
            return Error{ErrorCode::IoError, QStringLiteral("%1: cannot read: %2").arg(stateFile.fileName(), stateFile.errorString())};
        const QJsonObject state = QJsonDocument::fromJson(stateFile.readAll()).object();
        for (const QJsonValue &epoch : state.value(QStringLiteral("history")).toArray())
            report.epochs.push_back(metricsFromJson(epoch.toObject()));
        report.bestEpoch = state.value(QStringLiteral("best_epoch")).toInt();
        qCInfo(lcTrain) << "resuming after epoch" << done << "from" << resumeFolder;
    }
    report.firstEpoch = done + 1;

    const models::Preprocessing preprocessing = preprocessingOf(config);
    const auto embedForEval = [&model, &preprocessing](const models::DecodedImage &image, const std::vector<Box> &boxes) -> Result<FloatMatrix> {
        models::TensorBatch batch = models::Preprocessor::crops(image, boxes, 0.0, preprocessing);
        torch::NoGradGuard noGrad;
        const at::Tensor input = torch::from_blob(batch.data.data(), {batch.batch, 3, batch.height, batch.width});
        const at::Tensor output = model.forward({input}).toTensor().contiguous();
        FloatMatrix out(output.size(0), static_cast<int>(output.size(1)));
        std::copy(output.data_ptr<float>(), output.data_ptr<float>() + output.numel(), out.values.begin());
        return out;
    };

    TrainingProgress progress(stepsPerEpoch * config.epochs, params.progress);
    const at::Tensor noCenters = torch::zeros({set->classes, config.dimension});
    for (int epoch = done + 1; epoch <= config.epochs; ++epoch) {
        PkSampler sampler = PkSampler::create(set->labels, config.identitiesPerBatch, config.instancesPerIdentity, epochSeed(config.seed, epoch, 1)).value();
        CropAugmenter augmenter(config.augmentation, config.inputSize, epochSeed(config.seed, epoch, 2));
        EpochMetrics metrics;
        metrics.epoch = epoch;
        std::map<QString, double> sums;
        double trainSeconds = 0;
        EmbedderNetwork::setTraining(model, true);
        for (int step = 0; step < stepsPerEpoch; ++step) {
            if (params.cancelled && params.cancelled())
                return Error{ErrorCode::Cancelled, QStringLiteral("training cancelled in epoch %1; the last checkpoint is epoch %2").arg(epoch).arg(epoch - 1)};
            const auto start = std::chrono::steady_clock::now();
            const int globalStep = (epoch - 1) * stepsPerEpoch + step;
            const double rate = schedule.rate(globalStep);
            for (auto &group : optimizer.param_groups())
                static_cast<torch::optim::SGDOptions &>(group.options()).lr(rate);

            const std::vector<int> indices = sampler.nextBatch();
            std::vector<cv::Mat> crops;
            std::vector<int64_t> labelValues;
            for (int index : indices) {
                crops.push_back(augmenter.augment(set->crops[static_cast<size_t>(index)]));
                labelValues.push_back(set->labels[static_cast<size_t>(index)]);
            }
            const at::Tensor labels = torch::tensor(labelValues, torch::kInt64);
            const auto outputs = model.get_method("train_forward")({toTensor(crops, config.inputSize)}).toTuple();
            const at::Tensor embedding = outputs->elements()[0].toTensor();
            const at::Tensor logits = outputs->elements()[1].toTensor();

            std::vector<std::pair<QString, at::Tensor>> terms;
            const LossParams &w = config.loss;
            if (w.softmax > 0)
                terms.emplace_back(QStringLiteral("ce"), w.softmax * MetricLosses::crossEntropy(logits, labels, w.labelSmoothing));
            if (w.center > 0)
                terms.emplace_back(QStringLiteral("center"), w.center * MetricLosses::center(embedding, labels, centers));
            if (w.triplet > 0)
                terms.emplace_back(QStringLiteral("triplet"), w.triplet * MetricLosses::batchHardTriplet(embedding, labels, w.tripletMargin, w.softMargin));
            if (w.multiSimilarity > 0)
                terms.emplace_back(QStringLiteral("ms"), w.multiSimilarity * MetricLosses::multiSimilarity(embedding, labels, w.msAlpha, w.msBeta, w.msBase, w.msEpsilon));
            at::Tensor loss = terms.front().second;
            for (size_t i = 1; i < terms.size(); ++i)
                loss = loss + terms[i].second;

            optimizer.zero_grad();
            centerOptimizer.zero_grad();
            loss.backward();
            optimizer.step();
            if (w.center > 0) {
                // Wen et al. / BoT: the centers move at their own rate, whatever the loss weight.
                centers.mutable_grad().div_(w.center);
                centerOptimizer.step();
            }
            trainSeconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

            TrainingProgress::Terms shown;
            for (const auto &[name, value] : terms) {
                const double v = value.item<double>();
                sums[name] += v;
                shown.emplace_back(name, v);
            }
            metrics.learningRate = rate;
            progress.update(globalStep + 1, shown, batchSize * (step + 1) / std::max(trainSeconds, 1e-9));
        }
        for (const auto &[name, sum] : sums) {
            metrics.terms.emplace_back(name, sum / stepsPerEpoch);
            metrics.loss += sum / stepsPerEpoch;
        }
        metrics.imagesPerSecond = batchSize * stepsPerEpoch / std::max(trainSeconds, 1e-9);

        const auto evalStart = std::chrono::steady_clock::now();
        EmbedderNetwork::setTraining(model, false);
        Result<eval::RetrievalMetrics> scored = eval::RetrievalProbe::evaluate(*validation, embedForEval, config.validationImages);
        EmbedderNetwork::setTraining(model, true);
        if (!scored)
            return scored.error();
        metrics.validation = *scored;
        metrics.seconds = trainSeconds + std::chrono::duration<double>(std::chrono::steady_clock::now() - evalStart).count();
        progress.finish();
        if (params.progress)
            std::fprintf(params.progress, "epoch %d/%d: loss %.4f, %.1f img/s, validation Acc@1 %.3f Acc@10 %.3f (colour histogram Acc@10 %.3f)\n", epoch, config.epochs,
                         metrics.loss, metrics.imagesPerSecond, metrics.validation.accuracy[1], metrics.validation.accuracy[10], report.baseline.accuracy[10]);

        const bool best = report.bestEpoch == 0 || better(metrics, report.epochs[static_cast<size_t>(report.bestEpoch - 1)]);
        report.epochs.push_back(metrics);
        if (best)
            report.bestEpoch = epoch;
        QJsonArray history;
        for (const EpochMetrics &m : report.epochs)
            history.append(metricsToJson(m));
        const QJsonObject state{{QStringLiteral("epoch"), epoch}, {QStringLiteral("seed"), QString::number(config.seed)}, {QStringLiteral("best_epoch"), report.bestEpoch},
                                {QStringLiteral("steps_per_epoch"), stepsPerEpoch}, {QStringLiteral("history"), history}};
        EmbedderNetwork::setTraining(model, false);  // a checkpoint's forward() is ready to evaluate
        const Status saved = store.save(epoch, model, optimizer, centers, state, best);
        EmbedderNetwork::setTraining(model, true);
        if (!saved)
            return saved.error();
    }

    // Export the best epoch: forward() only, no classifier, batch norm in inference mode.
    torch::jit::Module bestModel = torch::jit::load(QFile::encodeName(store.bestModel()).toStdString());
    EmbedderNetwork::setTraining(bestModel, false);
    torch::jit::Module exported = EmbedderNetwork::exportable(bestModel, config);
    const QDir out(config.outputDir);
    if (!QDir().mkpath(out.path()))
        return Error{ErrorCode::IoError, QStringLiteral("%1: cannot create the output folder").arg(out.path())};
    report.modelPath = out.filePath(config.name + QStringLiteral(".pt"));
    report.manifestPath = out.filePath(config.name + QStringLiteral(".json"));
    report.cardPath = out.filePath(config.name + QStringLiteral(".md"));
    const QString partial = report.modelPath + QStringLiteral(".partial");
    exported.save(QFile::encodeName(partial).toStdString());
    QFile::remove(report.modelPath);
    if (!QFile::rename(partial, report.modelPath))
        return Error{ErrorCode::IoError, QStringLiteral("%1: cannot write").arg(report.modelPath)};
    Result<QString> sha = models::ModelManifest::sha256Of(report.modelPath);
    if (!sha)
        return sha.error();
    models::ModelManifest manifest;
    manifest.path = report.manifestPath;
    manifest.name = config.name;
    manifest.kind = models::ModelKind::Embedder;
    manifest.modelFile = report.modelPath;
    manifest.sha256 = *sha;
    manifest.preprocessing = preprocessingOf(config);
    manifest.embedder.output = models::EmbedderOutput::Embedding;
    manifest.embedder.dimension = config.dimension;
    if (Status written = manifest.save(); !written)
        return written.error();
    Result<QByteArray> configBytes = readConfigBytes(config);
    if (!configBytes)
        return configBytes.error();
    if (Status written = AtomicFile::write(report.cardPath, modelCard(config, report, EmbedderNetwork::gemP(exported), *configBytes)); !written)
        return written.error();
    return report;
}

} // namespace

Result<EmbedderTrainer::Report> EmbedderTrainer::run(const Params &params)
{
    try {
        return train(params);
    } catch (const c10::Error &e) {
        return Error{ErrorCode::BackendError, QStringLiteral("%1: LibTorch: %2").arg(params.config.name, QString::fromStdString(e.what_without_backtrace()))};
    } catch (const cv::Exception &e) {
        return Error{ErrorCode::BackendError, QStringLiteral("%1: OpenCV: %2").arg(params.config.name, QString::fromStdString(e.msg))};
    } catch (const std::exception &e) {
        return Error{ErrorCode::BackendError, QStringLiteral("%1: %2").arg(params.config.name, QString::fromUtf8(e.what()))};
    }
}

} // namespace lookbook::train
