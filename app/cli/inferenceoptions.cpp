#include "cli/inferenceoptions.h"

#include "cli/threadsoption.h"

#include <QCommandLineParser>

namespace lookbook::cli {

void addInferenceOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("device"), QStringLiteral("cpu, cuda, or auto (default: CUDA when LibTorch sees a GPU)"), QStringLiteral("device"),
         QStringLiteral("auto")},
        {QStringLiteral("half"), QStringLiteral("fp16 inference (CUDA only)")},
        {QStringLiteral("threads"), QStringLiteral("LibTorch threads, at most 4 per core (default: one per core)"), QStringLiteral("n")},
    });
}

bool readInferenceOptions(const QCommandLineParser &parser, models::InferenceOptions &options, QString &problem)
{
    options.device = parser.value(QStringLiteral("device"));
    if (options.device != QStringLiteral("cpu") && options.device != QStringLiteral("cuda") && options.device != QStringLiteral("auto")) {
        problem = QStringLiteral("--device: unknown value '%1' (expected cpu, cuda or auto)").arg(options.device);
        return false;
    }
    options.half = parser.isSet(QStringLiteral("half"));
    return readThreadsOption(parser, options.threads, problem);
}

} // namespace lookbook::cli
