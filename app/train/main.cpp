// lookbook-train: the training commands of lookbook-cli (`train …`, `demo build`), which runs this
// program for them so that its other commands never load LibTorch's training code.

#include "cli/clicommand.h"
#include "cli/demobuildcommand.h"
#include "cli/traincommand.h"
#include "common/version.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace lookbook::cli;

namespace {

int runDemoCommand(const QStringList &arguments)
{
    const std::vector<CliCommand> steps = {
        {QStringLiteral("build"), QStringLiteral("generate the training data and train the demo models (an hour or more on two cores)"), &runDemoBuildCommand},
    };
    return runSubCommand(arguments, QStringLiteral("demo"), QStringLiteral("step"), steps);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lookbook-cli"));
    QCoreApplication::setApplicationVersion(lookbook::versionString());

    const std::vector<CliCommand> commands = {
        {QStringLiteral("train"), QStringLiteral("train a model: `train embedder|detector --config FILE [--resume]`"), &runTrainCommand},
        {QStringLiteral("demo"), QStringLiteral("`demo build`: train the demo model set"), &runDemoCommand},
    };
    QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.value(1);
    for (const CliCommand &candidate : commands) {
        if (candidate.name == command) {
            arguments.removeFirst();
            arguments[0] = QStringLiteral("lookbook-cli ") + command;
            return candidate.run(arguments);
        }
    }
    QTextStream(stderr) << "lookbook-train runs the training commands of lookbook-cli: lookbook-cli train …, lookbook-cli demo build …\n";
    return ExitBadInput;
}
