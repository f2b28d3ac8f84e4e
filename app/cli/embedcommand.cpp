#include "cli/embedcommand.h"

#include "cli/boxoption.h"
#include "cli/clicommand.h"
#include "cli/inferenceoptions.h"
#include "embedding/embedder.h"
#include "search/searchpipeline.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace lookbook::cli {

int runEmbedCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Embeds boxes of a photo. Prints {\"model\", \"dimension\", \"embeddings\": [{\"box\", \"vector\"}]}; the vectors are L2-normalised."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("image"), QStringLiteral("the photo"));
    parser.addOption({QStringLiteral("model"), QStringLiteral("embedder or ensemble manifest"), QStringLiteral("manifest")});
    parser.addOption({QStringLiteral("box"), QStringLiteral("x1,y1,x2,y2 in pixels (repeat for several)"), QStringLiteral("box")});
    addInferenceOptions(parser);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (const std::optional<int> done = parseOrHelp(parser, arguments, QStringLiteral("lookbook-cli embed"), out, err))
        return *done;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("model")) || !parser.isSet(QStringLiteral("box"))) {
        err << "lookbook-cli embed: expected IMAGE --model MANIFEST --box x1,y1,x2,y2\n";
        return ExitBadInput;
    }
    models::InferenceOptions inference;
    QString problem;
    if (!readInferenceOptions(parser, inference, problem)) {
        err << "lookbook-cli embed: " << problem << '\n';
        return ExitBadInput;
    }
    std::vector<Box> boxes;
    for (const QString &text : parser.values(QStringLiteral("box"))) {
        const std::optional<Box> box = parseBoxOption(text);
        if (!box) {
            err << "lookbook-cli embed: --box: expected x1,y1,x2,y2, finite numbers with x1 < x2 and y1 < y2, got '" << text << "'\n";
            return ExitBadInput;
        }
        boxes.push_back(*box);
    }
    const Result<models::DecodedImage> image = models::DecodedImage::load(parser.positionalArguments().constFirst());
    if (!image) {
        err << "lookbook-cli embed: " << errorText(image.error()) << '\n';
        return ExitBadInput;
    }
    const Result<std::unique_ptr<embedding::Embedder>> embedder = embedding::Embedder::load(parser.value(QStringLiteral("model")), inference);
    if (!embedder) {
        err << "lookbook-cli embed: " << errorText(embedder.error()) << '\n';
        return exitCodeForInput(embedder.error());
    }
    if (!(*embedder)->placementNote().isEmpty())
        err << "lookbook-cli embed: note: " << (*embedder)->placementNote() << '\n';
    const Result<std::vector<Box>> clipped = search::SearchPipeline::clipToImage(boxes, image->width(), image->height(), QStringLiteral("--box"));
    if (!clipped) {
        err << "lookbook-cli embed: " << errorText(clipped.error()) << '\n';
        return ExitBadInput;
    }
    boxes = *clipped;
    const Result<std::vector<std::vector<float>>> vectors = (*embedder)->embed(*image, boxes);
    if (!vectors) {
        err << "lookbook-cli embed: " << errorText(vectors.error()) << '\n';
        return ExitFailure;
    }
    QJsonArray embeddings;
    for (size_t i = 0; i < boxes.size(); ++i) {
        QJsonArray vector;
        for (float v : vectors.value()[i])
            vector.append(static_cast<double>(v));
        embeddings.append(QJsonObject{{QStringLiteral("box"), QJsonArray{boxes[i].x1, boxes[i].y1, boxes[i].x2, boxes[i].y2}},
                                      {QStringLiteral("vector"), vector}});
    }
    const QJsonObject report{{QStringLiteral("model"), (*embedder)->manifest().name},
                             {QStringLiteral("dimension"), (*embedder)->dimension()},
                             {QStringLiteral("embeddings"), embeddings}};
    out << QJsonDocument(report).toJson(QJsonDocument::Compact) << '\n';
    return ExitOk;
}

} // namespace lookbook::cli
