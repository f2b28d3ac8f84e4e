#include "cli/threadsoption.h"

#include "common/limits.h"

#include <QCommandLineParser>

namespace lookbook::cli {

bool readThreadsOption(const QCommandLineParser &parser, int &threads, QString &problem)
{
    const QString key = QStringLiteral("threads");
    if (!parser.isSet(key))
        return true;
    bool ok = false;
    const int value = parser.value(key).toInt(&ok);
    if (!ok || value < 1 || value > limits::maxThreads()) {
        problem = QStringLiteral("--threads: expected a number from 1 to %1 (%2 per core on this machine, at most %3), got '%4'")
                      .arg(limits::maxThreads())
                      .arg(limits::kMaxThreadsPerCore)
                      .arg(limits::kMaxThreads)
                      .arg(parser.value(key));
        return false;
    }
    threads = value;
    return true;
}

} // namespace lookbook::cli
