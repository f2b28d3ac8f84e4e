#pragma once

// Typed reading of a training config's JSON. Private to core/train/*.cpp.

#include "common/result.h"

#include <QString>

#include <nlohmann/json.hpp>

#include <initializer_list>
#include <optional>

namespace lookbook::train {

// Reads typed fields from the objects of one config document. A field that is absent keeps the
// caller's default; a field of the wrong type or out of range gives an error that names the config
// file and the field path (`backbone.width`), so that the user can find what to fix. `path` is the
// prefix of the object's fields ("" at the top, "backbone." inside a section).
class ConfigReader final
{
public:
    using Json = nlohmann::json;

    // Errors name `configPath` ("config" when empty); relative paths resolve against its folder
    // (the current one when empty).
    explicit ConfigReader(const QString &configPath);

    // The parsed document, which must be a JSON object.
    Result<Json> document(const QByteArray &json) const;

    // The first error of a list of reads, in reading order: the list reads every field, so that a
    // section reads as one statement, and the error reported is the first one of the file's layout.
    static std::optional<Error> first(std::initializer_list<std::optional<Error>> errors);

    Error error(const QString &field, const QString &problem) const;

    // The section `key` of `parent` (nullptr when absent), with its keys checked against `allowed`.
    std::optional<Error> object(const Json &parent, const char *key, const QString &path, std::initializer_list<const char *> allowed,
                                const Json *&out) const;
    std::optional<Error> checkKeys(const Json &object, const QString &path, std::initializer_list<const char *> allowed) const;

    // The readers below accept a null `parent` (an absent section) and leave `out` as it is then.
    std::optional<Error> number(const Json *parent, const char *key, const QString &path, double &out, double min, double max) const;
    std::optional<Error> integer(const Json *parent, const char *key, const QString &path, int &out, int min, int max) const;
    // An integer from `min` (1 or 0) up, with a message that says "positive" or "non-negative".
    std::optional<Error> positiveInteger(const Json *parent, const char *key, const QString &path, int &out, int min = 1) const;
    std::optional<Error> boolean(const Json *parent, const char *key, const QString &path, bool &out) const;
    std::optional<Error> string(const Json *parent, const char *key, const QString &path, QString &out) const;
    // One of `names`: `out` becomes its index.
    std::optional<Error> choice(const Json *parent, const char *key, const QString &path, std::initializer_list<const char *> names, int &out) const;
    // A non-empty string, resolved against the config's folder.
    std::optional<Error> folder(const Json *parent, const char *key, const QString &path, QString &out) const;

    QString absolute(const QString &path) const;

private:
    QString m_source;
    QString m_baseDir;
};

} // namespace lookbook::train
