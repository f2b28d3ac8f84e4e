#pragma once

#include "common/error.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace lookbook::cli {

// Exit codes shared by every command.
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1,     // the work itself failed (a backend check, an I/O error while writing)
    ExitBadInput = 2,    // the command line or an input file is wrong; the message says where
};

// A sub-command: `arguments` starts with the command's own name (as QCommandLineParser expects).
struct CliCommand final {
    QString name;
    QString summary;
    int (*run)(const QStringList &arguments);
};

// A core error's exit code: bad arguments and malformed input are the user's to fix, the rest is a failure.
int exitCodeFor(const Error &error);

// Runs the sub-command `arguments[1]` of `family` (`lookbook-cli train embedder …`), or lists them.
int runSubCommand(const QStringList &arguments, const QString &family, const QString &noun, const std::vector<CliCommand> &subCommands);

} // namespace lookbook::cli
