#include "cli/detectcommand.h"

#include "cli/clicommand.h"
#include "cli/fusionoptions.h"
#include "cli/inferenceoptions.h"
#include "search/detectionensemble.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace lookbook::cli {

namespace {

QJsonArray detectionsJson(const std::vector<ScoredBox> &boxes)
{
    QJsonArray list;
    for (const ScoredBox &b : boxes)
        list.append(QJsonObject{{QStringLiteral("box"), QJsonArray{b.box.x1, b.box.y1, b.box.x2, b.box.y2}},
                                {QStringLiteral("score"), b.score}, {QStringLiteral("label"), b.label}});
    return list;
}

} // namespace

int runDetectCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Runs detectors on a photo. Prints {\"image_size\": [W, H], \"models\": [{\"name\", \"weight\", \"detections\"}]}, the\n"
        "input format of `lookbook-cli fuse`; with --fuse, also \"fused\": the fused detections (DeepFashion2 categories, pixels)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("image"), QStringLiteral("the photo"));
    parser.addOption({QStringLiteral("models"), QStringLiteral("detector manifests (repeat, or give several after --models)"), QStringLiteral("manifest")});
    parser.addOption({QStringLiteral("fuse"), QStringLiteral("also fuse the detectors' boxes, weighted by each manifest's fusion_weight")});
    addFusionOptions(parser);
    addInferenceOptions(parser);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (const std::optional<int> done = parseOrHelp(parser, arguments, QStringLiteral("lookbook-cli detect"), out, err))
        return *done;
    // `--models a.json b.json` reads naturally: extra positional arguments after the image are manifests too.
    QStringList positional = parser.positionalArguments();
    QStringList manifests = parser.values(QStringLiteral("models"));
    if (positional.isEmpty() || (manifests.isEmpty() && positional.size() < 2)) {
        err << "lookbook-cli detect: expected IMAGE --models MANIFEST [MANIFEST …]\n";
        return ExitBadInput;
    }
    const QString imagePath = positional.takeFirst();
    manifests += positional;
    fusion::FusionParams params;
    QString problem;
    models::InferenceOptions inference;
    if (!readFusionOptions(parser, QStringLiteral("detect"), params, problem, err) || !readInferenceOptions(parser, inference, problem)) {
        err << "lookbook-cli detect: " << problem << '\n';
        return ExitBadInput;
    }

    const Result<models::DecodedImage> image = models::DecodedImage::load(imagePath);
    if (!image) {
        err << "lookbook-cli detect: " << errorText(image.error()) << '\n';
        return ExitBadInput;
    }
    const Result<search::DetectionEnsemble> ensemble = search::DetectionEnsemble::load(manifests, inference);
    if (!ensemble) {
        err << "lookbook-cli detect: " << errorText(ensemble.error()) << '\n';
        return exitCodeForInput(ensemble.error());
    }
    for (const QString &note : ensemble->placementNotes())
        err << "lookbook-cli detect: note: " << note << '\n';
    const Result<search::Detections> detections = ensemble->detect(*image);
    if (!detections) {
        err << "lookbook-cli detect: " << errorText(detections.error()) << '\n';
        return ExitFailure;
    }
    QJsonArray models;
    for (std::size_t m = 0; m < detections->perModel.size(); ++m)
        models.append(QJsonObject{{QStringLiteral("name"), detections->modelNames[m]}, {QStringLiteral("weight"), detections->weights[m]},
                                  {QStringLiteral("detections"), detectionsJson(detections->perModel[m])}});
    QJsonObject report{{QStringLiteral("image_size"), QJsonArray{image->width(), image->height()}}, {QStringLiteral("models"), models}};
    if (parser.isSet(QStringLiteral("fuse"))) {
        const Result<std::vector<ScoredBox>> fused = search::DetectionEnsemble::fuse(*detections, params);
        if (!fused) {
            err << "lookbook-cli detect: " << errorText(fused.error()) << '\n';
            return ExitBadInput;
        }
        report.insert(QStringLiteral("fused"), detectionsJson(*fused));
    }
    out << QJsonDocument(report).toJson(QJsonDocument::Compact) << '\n';
    return ExitOk;
}

} // namespace lookbook::cli
