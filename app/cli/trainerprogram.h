#pragma once

#include <QStringList>

namespace lookbook::cli {

// `train …` and `demo build` run in lookbook-train, the one program that links LibTorch's training
// code, so that no other command loads it. This process becomes lookbook-train (exec) with the same
// arguments: its output, exit code and signals (Ctrl-C, kill) are the command's own.
int runTrainerProgram(const QStringList &arguments);

} // namespace lookbook::cli
