#pragma once

#include <QString>
#include <QStringList>

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

} // namespace lookbook::cli
