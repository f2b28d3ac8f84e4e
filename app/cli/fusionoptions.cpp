#include "cli/fusionoptions.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <optional>

namespace lookbook::cli {

namespace {

using namespace lookbook::fusion;

std::optional<double> parseNumber(const QCommandLineParser &parser, const QString &name, QString &problem)
{
    if (!parser.isSet(name))
        return std::nullopt;
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    if (!ok)
        problem = QStringLiteral("--%1: expected a number, got '%2'").arg(name, parser.value(name));
    return value;
}

template<typename Enum>
bool parseChoice(const QCommandLineParser &parser, const QString &name, std::optional<Enum> (*parse)(std::string_view),
                 const QString &choices, Enum &out, QString &problem)
{
    if (!parser.isSet(name))
        return true;
    const std::optional<Enum> value = parse(parser.value(name).toStdString());
    if (!value) {
        problem = QStringLiteral("--%1: unknown value '%2' (expected %3)").arg(name, parser.value(name), choices);
        return false;
    }
    out = *value;
    return true;
}

} // namespace

void addFusionOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {QStringLiteral("method"), QStringLiteral("wbf (default), nms, soft-nms or nmw"), QStringLiteral("method")},
        {QStringLiteral("iou-thr"), QStringLiteral("IoU above which boxes match (default 0.55 wbf/nmw, 0.5 nms/soft-nms)"), QStringLiteral("x")},
        {QStringLiteral("skip-box-thr"), QStringLiteral("drop boxes scoring below this (wbf, nmw; default 0)"), QStringLiteral("x")},
        {QStringLiteral("conf-type"), QStringLiteral("avg (default), max, box_and_model_avg or absent_model_aware_avg (wbf)"), QStringLiteral("type")},
        {QStringLiteral("allows-overflow"), QStringLiteral("let avg scores exceed 1 (wbf)")},
        {QStringLiteral("sigma"), QStringLiteral("gaussian soft-NMS sigma (default 0.5)"), QStringLiteral("x")},
        {QStringLiteral("thresh"), QStringLiteral("soft-NMS: drop boxes whose decayed score is at or below this (default 0.001)"), QStringLiteral("x")},
        {QStringLiteral("soft-method"), QStringLiteral("linear or gaussian (default) soft-NMS"), QStringLiteral("kernel")},
    });
}

bool readFusionOptions(const QCommandLineParser &parser, const QString &command, FusionParams &params, QString &problem, QTextStream &err)
{
    if (!parseChoice(parser, QStringLiteral("method"), &parseMethod, QStringLiteral("wbf, nms, soft-nms or nmw"), params.method, problem)
        || !parseChoice(parser, QStringLiteral("conf-type"), &parseConfType,
                        QStringLiteral("avg, max, box_and_model_avg or absent_model_aware_avg"), params.confType, problem)
        || !parseChoice(parser, QStringLiteral("soft-method"), &parseSoftNmsKernel, QStringLiteral("linear or gaussian"),
                        params.softKernel, problem))
        return false;
    params.iouThr = parseNumber(parser, QStringLiteral("iou-thr"), problem);
    params.skipBoxThr = parseNumber(parser, QStringLiteral("skip-box-thr"), problem).value_or(params.skipBoxThr);
    params.sigma = parseNumber(parser, QStringLiteral("sigma"), problem).value_or(params.sigma);
    params.thresh = parseNumber(parser, QStringLiteral("thresh"), problem).value_or(params.thresh);
    params.allowsOverflow = parser.isSet(QStringLiteral("allows-overflow"));
    if (!problem.isEmpty())
        return false;

    const Method method = params.method;
    const auto ignored = [&](const QString &option, bool used) {
        if (parser.isSet(option) && !used)
            err << "lookbook-cli " << command << ": note: --" << option << " has no effect with --method "
                << QString::fromLatin1(methodName(method).data()) << '\n';
    };
    ignored(QStringLiteral("skip-box-thr"), method == Method::Wbf || method == Method::Nmw);
    ignored(QStringLiteral("conf-type"), method == Method::Wbf);
    ignored(QStringLiteral("allows-overflow"), method == Method::Wbf);
    ignored(QStringLiteral("sigma"), method == Method::SoftNms);
    ignored(QStringLiteral("thresh"), method == Method::SoftNms);
    ignored(QStringLiteral("soft-method"), method == Method::SoftNms);
    return true;
}

} // namespace lookbook::cli
