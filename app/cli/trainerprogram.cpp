#include "cli/trainerprogram.h"

#include "cli/clicommand.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <vector>

#include <unistd.h>

namespace lookbook::cli {

int runTrainerProgram(const QStringList &arguments)
{
    // Built: beside lookbook-cli. Installed: in <libexecdir>/lookbook.
    const QDir here(QCoreApplication::applicationDirPath());
    const QStringList candidates = {here.filePath(QStringLiteral("lookbook-train")),
                                    QDir::cleanPath(here.filePath(QStringLiteral(LOOKBOOK_TRAINER_INSTALLED)))};
    QTextStream err(stderr);
    const auto found = std::find_if(candidates.begin(), candidates.end(), [](const QString &path) { return QFileInfo(path).isExecutable(); });
    if (found == candidates.end()) {
        err << arguments.value(0) << ": the training program is not installed (looked for " << candidates.join(QStringLiteral(" and ")) << ")\n";
        return ExitFailure;
    }
    QStringList forwarded = QCoreApplication::arguments();
    forwarded[0] = *found;
    std::vector<QByteArray> encoded;
    for (const QString &argument : forwarded)
        encoded.push_back(QFile::encodeName(argument));
    std::vector<char *> argv;
    for (QByteArray &argument : encoded)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    execv(argv.front(), argv.data());
    err << arguments.value(0) << ": cannot start " << *found << ": " << std::strerror(errno) << '\n';
    return ExitFailure;
}

} // namespace lookbook::cli
