#include "cli/catalogcommand.h"
#include "cli/clicommand.h"
#include "cli/datasetcommand.h"
#include "cli/democommand.h"
#include "cli/detectcommand.h"
#include "cli/doctorcommand.h"
#include "cli/embedcommand.h"
#include "cli/evalcommand.h"
#include "cli/evaluatecommand.h"
#include "cli/expandcommand.h"
#include "cli/experimentcommand.h"
#include "cli/exportcommand.h"
#include "cli/fusecommand.h"
#include "cli/indexcommand.h"
#include "cli/rerankcommand.h"
#include "cli/reviewlogcommand.h"
#include "cli/searchcommand.h"
#include "cli/synthcommand.h"
#include "cli/trainerprogram.h"
#include "cli/tunefusioncommand.h"
#include "cli/validatecommand.h"
#include "common/version.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <memory>

using namespace lookbook::cli;

int main(int argc, char *argv[])
{
    // `experiment` draws charts, and Qt's fonts need a QGuiApplication: offscreen, so no display is needed.
    const bool drawsCharts = argc > 1 && qstrcmp(argv[1], "experiment") == 0;
    if (drawsCharts)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app =
        drawsCharts ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lookbook-cli"));
    QCoreApplication::setApplicationVersion(lookbook::versionString());

    const CliCommand commands[] = {
        {QStringLiteral("fuse"), QStringLiteral("fuse the boxes of several detectors (WBF, NMS, soft-NMS, NMW)"), &runFuseCommand},
        {QStringLiteral("detect"), QStringLiteral("run TorchScript detectors on a photo (and fuse their boxes)"), &runDetectCommand},
        {QStringLiteral("embed"), QStringLiteral("embed boxes of a photo with a TorchScript embedder or ensemble"), &runEmbedCommand},
        {QStringLiteral("catalog"), QStringLiteral("create a shop catalog, import photos into it (embedded and indexed), describe it"), &runCatalogCommand},
        {QStringLiteral("index"), QStringLiteral("build, check or update a catalog's vector index (flat, HNSW, IVF-PQ)"), &runIndexCommand},
        {QStringLiteral("search"), QStringLiteral("find the shop items matching the garments of a street photo"), &runSearchCommand},
        {QStringLiteral("evaluate"), QStringLiteral("run the whole pipeline on a DeepFashion2 split and print Acc@k"), &runEvaluateCommand},
        {QStringLiteral("dataset"), QStringLiteral("convert a DeepFashion2 split: to COCO, or to retrieval ground truth"), &runDatasetCommand},
        {QStringLiteral("export"), QStringLiteral("write a catalog's corrected annotations as a DeepFashion2 split or COCO JSON"), &runExportCommand},
        {QStringLiteral("review-log"), QStringLiteral("write a catalog's review log (who changed what, when) as CSV"), &runReviewLogCommand},
        {QStringLiteral("eval"), QStringLiteral("evaluate retrieval (DeepFashion2 Acc@k) or detection (COCO box AP) results"), &runEvalCommand},
        {QStringLiteral("doctor"), QStringLiteral("report LibTorch, faiss and OpenCV versions and devices, and self-check them"), &runDoctorCommand},
        {QStringLiteral("synth"), QStringLiteral("write a synthetic street-to-shop dataset in the DeepFashion2 layout"), &runSynthCommand},
        {QStringLiteral("rerank"), QStringLiteral("k-reciprocal re-ranking of query vectors against a gallery (.npy in, distances out)"), &runRerankCommand},
        {QStringLiteral("expand"), QStringLiteral("alpha-query expansion, alpha-database augmentation or PCA whitening of .npy vectors"), &runExpandCommand},
        {QStringLiteral("validate"), QStringLiteral("check a DeepFashion2 split (real or synthetic) and list every problem"), &runValidateCommand},
        {QStringLiteral("train"), QStringLiteral("train a model: `train embedder|detector --config FILE [--resume]`"), &runTrainerProgram},
        {QStringLiteral("experiment"), QStringLiteral("the paper's tables (detector AP, fusion, embedders, post-processing) on a dataset"), &runExperimentCommand},
        {QStringLiteral("tune-fusion"), QStringLiteral("search detector weights and fusion thresholds for the best AP50 on a dataset"), &runTuneFusionCommand},
        {QStringLiteral("demo"), QStringLiteral("`demo build`: train the demo model set; `demo catalog`: make or find the demo catalog"), &runDemoCommand},
    };

    QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.size() > 1 ? arguments.at(1) : QString();
    for (const CliCommand &candidate : commands) {
        if (candidate.name == command) {
            arguments.removeFirst();
            arguments[0] = QStringLiteral("lookbook-cli ") + command;
            return candidate.run(arguments);
        }
    }

    QTextStream out(command.isEmpty() || command == QStringLiteral("--help") || command == QStringLiteral("help") ? stdout : stderr);
    if (command == QStringLiteral("--version")) {
        QTextStream(stdout) << "lookbook-cli " << lookbook::versionString() << '\n';
        return ExitOk;
    }
    if (!command.isEmpty() && command != QStringLiteral("--help") && command != QStringLiteral("help"))
        out << "lookbook-cli: unknown command '" << command << "'\n\n";
    out << "Usage: lookbook-cli COMMAND [options]   (lookbook-cli COMMAND --help for its options)\n\nCommands:\n";
    for (const CliCommand &candidate : commands)
        out << "  " << candidate.name.leftJustified(12) << candidate.summary << '\n';
    return command.isEmpty() || command == QStringLiteral("--help") || command == QStringLiteral("help") ? ExitOk : ExitBadInput;
}
