#pragma once

#include <QString>

class QCommandLineParser;

namespace lookbook::cli {

// --threads N, from 1 to limits::maxThreads() (4 per core, at most 256): `threads` is left as it is
// when the option is absent; false with `problem` set on a bad value.
bool readThreadsOption(const QCommandLineParser &parser, int &threads, QString &problem);

} // namespace lookbook::cli
