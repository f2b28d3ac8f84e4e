#pragma once

// JSON helpers shared by core's readers and writers; private to core (nlohmann stays out of public headers).

#include "common/result.h"

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdint>
#include <limits>
#include <new>
#include <optional>
#include <vector>

namespace lookbook::detail {

// Refuses documents nested deeper than limits::kMaxJsonDepth, by a scan of the bytes that skips
// strings: nlohmann's destructor and dump() recurse once per level.
Status checkJsonDepth(const QByteArray &bytes, const QString &source);

// nlohmann's message without its "[json.exception.parse_error.101] " prefix.
QString jsonExceptionText(const std::exception &e);

// Parses a document; on failure, "<source>: not valid JSON: parse error at line L, column C: …".
// Every reader goes through here: a number outside double range (1e400) is nlohmann's out_of_range,
// caught here like a syntax error.
template<typename Json>
Result<Json> parseJson(const QByteArray &bytes, const QString &source)
{
    if (Status depth = checkJsonDepth(bytes, source); !depth)
        return depth.error();
    try {
        return Json::parse(bytes.begin(), bytes.end());
    } catch (const nlohmann::json::exception &e) {
        return Error{ErrorCode::ParseError, QStringLiteral("%1: not valid JSON: %2").arg(source, jsonExceptionText(e))};
    } catch (const std::bad_alloc &) {
        return Error{ErrorCode::IoError, QStringLiteral("%1: not enough memory to read it (%2 bytes)").arg(source).arg(bytes.size())};
    }
}

// Runs a reader over parsed JSON: a nlohmann exception that its checks missed (get<int>() on a
// string, at() on a missing key) becomes an error naming the source instead of an abort.
template<typename T, typename Read>
Result<T> guardedRead(const QString &source, Read &&read)
{
    try {
        return read();
    } catch (const nlohmann::json::exception &e) {
        return Error{ErrorCode::InvalidData, QStringLiteral("%1: unexpected content: %2").arg(source, jsonExceptionText(e))};
    }
}

// A short rendering of a value for a message: never the whole of an arbitrary value (which may be
// huge), only its type and a scalar's text, cut at 40 characters.
template<typename Json>
QString jsonPreview(const Json &value)
{
    const QString type = QString::fromLatin1(value.type_name());
    if (value.is_array() || value.is_object())
        return QStringLiteral("%1 of %2 entries").arg(type).arg(value.size());
    QString text = value.is_string() ? QLatin1Char('"') + QString::fromStdString(value.template get_ref<const std::string &>().substr(0, 80)) + QLatin1Char('"')
                                     : QString::fromStdString(value.dump());
    if (text.size() > 40)
        text = text.left(37) + QStringLiteral("...");
    return QStringLiteral("%1 %2").arg(type, text);
}

// A JSON number as an int when it is a whole number an int holds. Casting any other double to int is
// undefined behaviour (fuzzing found a landmark visibility of 4.8e9 cast so).
inline std::optional<int> wholeInt(double value)
{
    if (!(value >= std::numeric_limits<int>::min() && value <= std::numeric_limits<int>::max()) || value != std::floor(value))
        return std::nullopt;
    return static_cast<int>(value);
}

// Integral values are written as integers, so that files that had integers keep them.
template<typename Json>
Json jsonNumber(double value)
{
    if (std::floor(value) == value && std::abs(value) < 9007199254740992.0)
        return Json(static_cast<int64_t>(value));
    return Json(value);
}

// Polygons [[x1, y1, …], …] as DeepFashion2 and COCO write segmentations.
template<typename Json>
Json jsonPolygons(const std::vector<std::vector<double>> &polygons)
{
    Json list = Json::array();
    for (const std::vector<double> &polygon : polygons) {
        Json coords = Json::array();
        for (double v : polygon)
            coords.push_back(jsonNumber<Json>(v));
        list.push_back(coords);
    }
    return list;
}

} // namespace lookbook::detail
