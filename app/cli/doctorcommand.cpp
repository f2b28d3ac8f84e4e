#include "cli/doctorcommand.h"

#include "backend/backendreport.h"
#include "cli/clicommand.h"
#include "common/version.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace lookbook::cli {

int runDoctorCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Reports the versions and devices of LibTorch, faiss and OpenCV and runs a small check of each."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("json"), QStringLiteral("print one JSON object")});
    QTextStream out(stdout);
    if (!parser.parse(arguments)) {
        QTextStream(stderr) << "lookbook-cli doctor: " << parser.errorText() << '\n';
        return ExitBadInput;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return ExitOk;
    }

    bool allPassed = true;
    QJsonArray backends;
    for (const BackendInfo &info : backend::backendReport()) {
        QJsonArray devices;
        for (const std::string &device : info.devices)
            devices.append(QString::fromStdString(device));
        const QString error = QString::fromStdString(info.checkError);
        allPassed = allPassed && error.isEmpty();
        backends.append(QJsonObject{{QStringLiteral("name"), QString::fromStdString(info.name)},
                                    {QStringLiteral("version"), QString::fromStdString(info.version)},
                                    {QStringLiteral("devices"), devices},
                                    {QStringLiteral("gpu_support"), info.gpuSupport},
                                    {QStringLiteral("check"), error.isEmpty() ? QStringLiteral("ok") : error}});
    }
    if (parser.isSet(QStringLiteral("json"))) {
        const QJsonObject report{{QStringLiteral("lookbook"), versionString()}, {QStringLiteral("backends"), backends}};
        out << QJsonDocument(report).toJson(QJsonDocument::Compact) << '\n';
    } else {
        out << "Lookbook " << versionString() << '\n';
        for (const QJsonValue &value : backends) {
            const QJsonObject backend = value.toObject();
            QStringList devices;
            for (const QJsonValue &device : backend.value(QStringLiteral("devices")).toArray())
                devices << device.toString();
            out << "  " << backend.value(QStringLiteral("name")).toString().leftJustified(9) << ' '
                << backend.value(QStringLiteral("version")).toString().leftJustified(8)
                << " devices: " << devices.join(QStringLiteral(", "))
                << (backend.value(QStringLiteral("gpu_support")).toBool() ? " (GPU available)" : "")
                << "  check: " << backend.value(QStringLiteral("check")).toString() << '\n';
        }
    }
    return allPassed ? ExitOk : ExitFailure;
}

} // namespace lookbook::cli
