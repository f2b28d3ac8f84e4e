#pragma once

// Runs the built lookbook-cli (path from the LOOKBOOK_CLI compile definition) as a user would.
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace lookbook::test {

struct CliRun final {
    int exitCode = -1;  // -1: did not start or crashed
    QByteArray out;
    QByteArray err;
};

inline CliRun runCli(const QStringList &arguments, const QByteArray &stdinData = {},
                     const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(LOOKBOOK_CLI), arguments);
    if (!process.waitForStarted())
        return {};
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

} // namespace lookbook::test
