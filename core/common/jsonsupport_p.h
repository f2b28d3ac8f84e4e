#pragma once

// JSON helpers shared by core's readers and writers; private to core (nlohmann stays out of public headers).

#include "common/result.h"

#include <QByteArray>
#include <QRegularExpression>
#include <QString>

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdint>
#include <vector>

namespace lookbook::detail {

// Parses a document; on failure, "<source>: not valid JSON: parse error at line L, column C: …".
template<typename Json>
Result<Json> parseJson(const QByteArray &bytes, const QString &source)
{
    try {
        return Json::parse(bytes.begin(), bytes.end());
    } catch (const typename Json::parse_error &e) {
        static const QRegularExpression prefix(QStringLiteral("^\\[json\\.exception\\.[a-z_]+\\.\\d+\\] "));
        const QString what = QString::fromUtf8(e.what()).remove(prefix);
        return Error{ErrorCode::ParseError, QStringLiteral("%1: not valid JSON: %2").arg(source, what)};
    }
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
