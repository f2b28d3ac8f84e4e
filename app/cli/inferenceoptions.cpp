#include "cli/inferenceoptions.h"

#include <QCommandLineParser>

namespace lookbook::cli {

void addInferenceOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("device"), QStringLiteral("cpu, cuda, or auto (default: CUDA when LibTorch sees a GPU)"), QStringLiteral("device"),
         QStringLiteral("auto")},
        {QStringLiteral("half"), QStringLiteral("fp16 inference (CUDA only)")},
        {QStringLiteral("threads"), QStringLiteral("LibTorch threads (default: one per core)"), QStringLiteral("n")},
    });
}

bool readInferenceOptions(const QCommandLineParser &parser, detection::InferenceOptions &options, QString &problem)
{
    options.device = parser.value(QStringLiteral("device"));
    if (options.device != QStringLiteral("cpu") && options.device != QStringLiteral("cuda") && options.device != QStringLiteral("auto")) {
        problem = QStringLiteral("--device: unknown value '%1' (expected cpu, cuda or auto)").arg(options.device);
        return false;
    }
    options.half = parser.isSet(QStringLiteral("half"));
    if (parser.isSet(QStringLiteral("threads"))) {
        bool ok = false;
        const int threads = parser.value(QStringLiteral("threads")).toInt(&ok);
        if (!ok || threads < 1) {
            problem = QStringLiteral("--threads: expected a positive number, got '%1'").arg(parser.value(QStringLiteral("threads")));
            return false;
        }
        options.threads = threads;
    }
    return true;
}

} // namespace lookbook::cli
