#include "cli/clicommand.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace lookbook::cli {

QString errorText(const Error &error)
{
    const QStringList &a = error.remedyArguments;
    switch (error.remedy) {
    case Remedy::None: break;
    case Remedy::ReplaceOutput: return error.message + QStringLiteral(" (--force)");
    case Remedy::ChooseVectorSet: return error.message + QStringLiteral(" (--vector-set NAME)");
    case Remedy::NameDetectors: return error.message + QStringLiteral(" (--detectors MANIFEST…)");
    case Remedy::NameEmbedder: return error.message + QStringLiteral(" (--model MANIFEST)");
    case Remedy::ImportPhotos: return error.message + QStringLiteral(" (lookbook-cli catalog import)");
    case Remedy::RebuildIndex:
        return error.message + QStringLiteral("; rebuild it with: lookbook-cli index build \"%1\" --vector-set %2").arg(a.value(0), a.value(1));
    case Remedy::CheckCatalog: return error.message + QStringLiteral("; check it with: lookbook-cli catalog check \"%1\"").arg(a.value(0));
    case Remedy::BuildDemo:
        return error.message + (a.isEmpty() ? QStringLiteral("; build the demo set with: lookbook-cli demo build")
                                            : QStringLiteral(" (train it with: lookbook-cli demo build --only %1)").arg(a.value(0)));
    }
    return error.message;
}

int exitCodeFor(const Error &error)
{
    const bool usersFault = error.code == ErrorCode::InvalidArgument || error.code == ErrorCode::ParseError
                            || error.code == ErrorCode::InvalidData;
    return usersFault ? ExitBadInput : ExitFailure;
}

int exitCodeForInput(const Error &error)
{
    return error.code == ErrorCode::BackendError || error.code == ErrorCode::BackendUnavailable ? ExitFailure : ExitBadInput;
}

std::optional<int> parseOrHelp(QCommandLineParser &parser, const QStringList &arguments, const QString &command, QTextStream &out,
                               QTextStream &err)
{
    if (!parser.parse(arguments)) {
        err << command << ": " << parser.errorText() << '\n';
        return ExitBadInput;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return ExitOk;
    }
    return std::nullopt;
}

int runSubCommand(const QStringList &arguments, const QString &family, const QString &noun, const std::vector<CliCommand> &subCommands)
{
    const QString name = arguments.size() > 1 ? arguments.at(1) : QString();
    for (const CliCommand &candidate : subCommands) {
        if (candidate.name == name) {
            QStringList rest = arguments.mid(1);
            rest[0] = arguments.at(0) + QLatin1Char(' ') + name;
            return candidate.run(rest);
        }
    }
    const bool help = name.isEmpty() || name == QStringLiteral("--help") || name == QStringLiteral("-h");
    QTextStream out(help ? stdout : stderr);
    if (!help)
        out << "lookbook-cli " << family << ": unknown " << noun << " '" << name << "'\n\n";
    out << "Usage: lookbook-cli " << family << ' ' << noun.toUpper() << " [options]   (lookbook-cli " << family << ' ' << noun.toUpper()
        << " --help for its options)\n\n"
        << noun.at(0).toUpper() << noun.mid(1) << "s:\n";
    for (const CliCommand &candidate : subCommands)
        out << "  " << candidate.name.leftJustified(10) << candidate.summary << '\n';
    return help ? ExitOk : ExitBadInput;
}

} // namespace lookbook::cli
