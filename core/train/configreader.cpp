#include "train/configreader_p.h"

#include "common/jsonsupport_p.h"

#include <QDir>
#include <QFileInfo>
#include <QStringList>

#include <cmath>
#include <limits>
#include <string>

namespace lookbook::train {

ConfigReader::ConfigReader(const QString &configPath)
    : m_source(configPath.isEmpty() ? QStringLiteral("config") : configPath),
      m_baseDir(configPath.isEmpty() ? QDir::currentPath() : QFileInfo(configPath).absolutePath())
{
}

Result<ConfigReader::Json> ConfigReader::document(const QByteArray &json) const
{
    Result<Json> parsed = detail::parseJson<Json>(json, m_source);
    if (parsed && !parsed->is_object())
        return error(QStringLiteral("$"), QStringLiteral("expected an object"));
    return parsed;
}

std::optional<Error> ConfigReader::first(std::initializer_list<std::optional<Error>> errors)
{
    for (const std::optional<Error> &e : errors) {
        if (e)
            return e;
    }
    return std::nullopt;
}

Error ConfigReader::error(const QString &field, const QString &problem) const
{
    return {ErrorCode::InvalidData, QStringLiteral("%1: %2: %3").arg(m_source, field, problem)};
}

std::optional<Error> ConfigReader::object(const Json &parent, const char *key, const QString &path, std::initializer_list<const char *> allowed,
                                          const Json *&out) const
{
    out = nullptr;
    const auto it = parent.find(key);
    if (it == parent.end())
        return std::nullopt;
    if (!it->is_object())
        return error(path + QLatin1String(key), QStringLiteral("expected an object"));
    if (auto e = checkKeys(*it, path + QLatin1String(key) + QLatin1Char('.'), allowed))
        return e;
    out = &*it;
    return std::nullopt;
}

std::optional<Error> ConfigReader::checkKeys(const Json &object, const QString &path, std::initializer_list<const char *> allowed) const
{
    for (auto field = object.begin(); field != object.end(); ++field) {
        bool known = false;
        for (const char *name : allowed)
            known = known || field.key() == name;
        if (!known)
            return error(path + QString::fromStdString(field.key()), QStringLiteral("unknown key"));
    }
    return std::nullopt;
}

std::optional<Error> ConfigReader::number(const Json *parent, const char *key, const QString &path, double &out, double min, double max) const
{
    if (!parent || !parent->contains(key))
        return std::nullopt;
    const Json &value = (*parent)[key];
    if (!value.is_number() || !std::isfinite(value.get<double>()) || value.get<double>() < min || value.get<double>() > max)
        return error(path + QLatin1String(key), QStringLiteral("expected a number in [%1, %2]").arg(min).arg(max));
    out = value.get<double>();
    return std::nullopt;
}

std::optional<Error> ConfigReader::integer(const Json *parent, const char *key, const QString &path, int &out, int min, int max) const
{
    if (!parent || !parent->contains(key))
        return std::nullopt;
    const Json &value = (*parent)[key];
    if (!value.is_number_integer() || value.get<long long>() < min || value.get<long long>() > max)
        return error(path + QLatin1String(key), QStringLiteral("expected an integer in [%1, %2]").arg(min).arg(max));
    out = value.get<int>();
    return std::nullopt;
}

std::optional<Error> ConfigReader::positiveInteger(const Json *parent, const char *key, const QString &path, int &out, int min) const
{
    if (!parent || !parent->contains(key))
        return std::nullopt;
    const Json &value = (*parent)[key];
    if (!value.is_number_integer() || value.get<long long>() < min || value.get<long long>() > std::numeric_limits<int>::max())
        return error(path + QLatin1String(key), min > 0 ? QStringLiteral("expected a positive integer") : QStringLiteral("expected a non-negative integer"));
    out = value.get<int>();
    return std::nullopt;
}

std::optional<Error> ConfigReader::boolean(const Json *parent, const char *key, const QString &path, bool &out) const
{
    if (!parent || !parent->contains(key))
        return std::nullopt;
    if (!(*parent)[key].is_boolean())
        return error(path + QLatin1String(key), QStringLiteral("expected true or false"));
    out = (*parent)[key].get<bool>();
    return std::nullopt;
}

std::optional<Error> ConfigReader::string(const Json *parent, const char *key, const QString &path, QString &out) const
{
    if (!parent || !parent->contains(key))
        return std::nullopt;
    if (!(*parent)[key].is_string() || (*parent)[key].get<std::string>().empty())
        return error(path + QLatin1String(key), QStringLiteral("expected a non-empty string"));
    out = QString::fromStdString((*parent)[key].get<std::string>());
    return std::nullopt;
}

std::optional<Error> ConfigReader::choice(const Json *parent, const char *key, const QString &path, std::initializer_list<const char *> names, int &out) const
{
    QString value;
    if (auto e = string(parent, key, path, value))
        return e;
    if (value.isEmpty())
        return std::nullopt;
    QStringList expected;
    int index = 0;
    for (const char *name : names) {
        if (value == QLatin1String(name)) {
            out = index;
            return std::nullopt;
        }
        expected << QLatin1Char('"') + QLatin1String(name) + QLatin1Char('"');
        ++index;
    }
    return error(path + QLatin1String(key), QStringLiteral("expected %1").arg(expected.join(QStringLiteral(" or "))));
}

std::optional<Error> ConfigReader::folder(const Json *parent, const char *key, const QString &path, QString &out) const
{
    QString text;
    if (auto e = string(parent, key, path, text))
        return e;
    if (!text.isEmpty())
        out = absolute(text);
    return std::nullopt;
}

QString ConfigReader::absolute(const QString &path) const
{
    return QDir::cleanPath(QDir(m_baseDir).absoluteFilePath(path));
}

} // namespace lookbook::train
