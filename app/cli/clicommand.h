#pragma once

#include "common/error.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

class QCommandLineParser;
class QTextStream;

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

// A core error as the CLI says it: the message, then what to do in lookbook-cli's own terms (its
// flags and commands), which core's messages never name.
QString errorText(const Error &error);

// A core error's exit code: bad arguments and malformed input are the user's to fix, the rest is a failure.
int exitCodeFor(const Error &error);
// The exit code when models, a catalog or a photo the user named cannot be opened: the input is at
// fault, unless the backend failed (a module that does not load, an exception inside torch or faiss).
int exitCodeForInput(const Error &error);

// Parses `arguments`; a command-line error (reported as "`command`: …") or --help ends the command
// with the returned exit code, otherwise the command goes on.
std::optional<int> parseOrHelp(QCommandLineParser &parser, const QStringList &arguments, const QString &command, QTextStream &out,
                               QTextStream &err);

// Runs the sub-command `arguments[1]` of `family` (`lookbook-cli train embedder …`), or lists them.
int runSubCommand(const QStringList &arguments, const QString &family, const QString &noun, const std::vector<CliCommand> &subCommands);

} // namespace lookbook::cli
