#include "index/indexparams.h"

#include <QJsonValue>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace lookbook::index {

namespace {

// One row per integer field: its JSON key, where it lives and its valid range. toJson, fromJson
// and validate all walk this table, so a new knob is added in one place.
struct IntField final {
    const char *key;
    int IndexParams::*member;
    int min;
    int max;
    IndexParams::Type type;  // the index type the field belongs to
};

constexpr int kIntMax = std::numeric_limits<int>::max();

const std::array<IntField, 9> kIntFields = {{
    {"m", &IndexParams::m, 2, 512, IndexParams::Type::Hnsw},
    {"efConstruction", &IndexParams::efConstruction, 1, kIntMax, IndexParams::Type::Hnsw},
    {"efSearch", &IndexParams::efSearch, 1, kIntMax, IndexParams::Type::Hnsw},
    {"nlist", &IndexParams::nlist, 0, kIntMax, IndexParams::Type::IvfPq},
    {"pqM", &IndexParams::pqM, 0, kIntMax, IndexParams::Type::IvfPq},
    {"pqBits", &IndexParams::pqBits, 1, 16, IndexParams::Type::IvfPq},
    {"nprobe", &IndexParams::nprobe, 1, kIntMax, IndexParams::Type::IvfPq},
    {"refineBits", &IndexParams::refineBits, 0, 16, IndexParams::Type::IvfPq},
    {"refineFactor", &IndexParams::refineFactor, 1, 1000, IndexParams::Type::IvfPq},
}};

Error invalid(const QString &source, const QString &what)
{
    return {ErrorCode::InvalidArgument, QStringLiteral("%1: %2").arg(source, what)};
}

// The scalar quantisers faiss has: 4, 6 or 8 bits per component, or half floats.
Status checkRefineBits(int bits, const QString &source)
{
    if (bits == 0 || bits == 4 || bits == 6 || bits == 8 || bits == 16)
        return success();
    return invalid(source, QStringLiteral("'refineBits' must be 0 (none), 4, 6, 8 or 16 (half floats), got %1").arg(bits));
}

constexpr std::array<std::pair<IndexParams::Type, const char *>, 3> kTypeNames = {{
    {IndexParams::Type::Flat, "flat"}, {IndexParams::Type::Hnsw, "hnsw"}, {IndexParams::Type::IvfPq, "ivfpq"}}};

} // namespace

QJsonObject IndexParams::toJson() const
{
    QJsonObject json;
    json.insert(QStringLiteral("type"), typeName(type));
    for (const IntField &field : kIntFields) {
        if (field.type == type)
            json.insert(QLatin1String(field.key), this->*field.member);
    }
    json.insert(QStringLiteral("useGpu"), useGpu);
    return json;
}

Result<IndexParams> IndexParams::fromJson(const QJsonObject &json, const QString &source)
{
    IndexParams params;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        if (key == QLatin1String("type")) {
            const std::optional<Type> type = typeFromName(value.toString());
            if (!type)
                return invalid(source, QStringLiteral("'type' must be \"flat\", \"hnsw\" or \"ivfpq\", got %1")
                                           .arg(value.isString() ? value.toString() : QStringLiteral("a non-string")));
            params.type = *type;
        } else if (key == QLatin1String("useGpu")) {
            if (!value.isBool())
                return invalid(source, QStringLiteral("'useGpu' must be true or false"));
            params.useGpu = value.toBool();
        } else {
            const auto field = std::find_if(kIntFields.begin(), kIntFields.end(),
                                            [&](const IntField &f) { return key == QLatin1String(f.key); });
            if (field == kIntFields.end())
                return invalid(source, QStringLiteral("unknown key '%1'").arg(key));
            const double number = value.toDouble(std::numeric_limits<double>::quiet_NaN());
            if (!value.isDouble() || std::floor(number) != number || number < field->min || number > field->max)
                return invalid(source, QStringLiteral("'%1' must be an integer in [%2, %3], got %4")
                                           .arg(key)
                                           .arg(field->min)
                                           .arg(field->max)
                                           .arg(value.isDouble() ? QString::number(number) : QStringLiteral("a non-number")));
            params.*(field->member) = static_cast<int>(number);
        }
    }
    if (Status bits = checkRefineBits(params.refineBits, source); !bits)
        return bits.error();
    return params;
}

Status IndexParams::validate(int dimension, const QString &source) const
{
    if (dimension < 1)
        return invalid(source, QStringLiteral("the dimension must be at least 1, got %1").arg(dimension));
    for (const IntField &field : kIntFields) {
        const int value = this->*field.member;
        if (value < field.min || value > field.max)
            return invalid(source, QStringLiteral("'%1' must be in [%2, %3], got %4")
                                       .arg(QLatin1String(field.key))
                                       .arg(field.min)
                                       .arg(field.max)
                                       .arg(value));
    }
    if (Status bits = checkRefineBits(refineBits, source); !bits)
        return bits;
    if (type == Type::IvfPq && pqM > 0 && dimension % pqM != 0)
        return invalid(source, QStringLiteral("'pqM' %1 does not divide the dimension %2").arg(pqM).arg(dimension));
    return success();
}

int IndexParams::resolvedNlist(std::int64_t trainingRows) const
{
    if (nlist > 0)
        return nlist;
    // faiss's rule of thumb is 4·sqrt(n) lists; k-means wants at least 39 training points per list.
    const auto bySize = static_cast<std::int64_t>(4.0 * std::sqrt(static_cast<double>(trainingRows)));
    return static_cast<int>(std::clamp<std::int64_t>(std::min(bySize, trainingRows / 39), 1, 65536));
}

int IndexParams::resolvedPqM(int dimension) const
{
    if (pqM > 0)
        return pqM;
    // With a re-ranking copy the PQ codes only shortlist: sub-vectors of about 16 dimensions (64-byte
    // codes for 1024-d embeddings; 1M vectors with a 6-bit copy in ~0.9 GB, bench_index). Without
    // one they rank the results themselves: about 4 dimensions (256-byte codes), which still lose the
    // order inside a cluster (recall@10 0.71 at 1M).
    const int subDimensions = refineBits > 0 ? 16 : 4;
    for (int m = std::max(1, dimension / subDimensions); m > 1; --m) {
        if (dimension % m == 0)
            return m;
    }
    return 1;
}

QString IndexParams::typeName(Type type)
{
    for (const auto &[value, name] : kTypeNames) {
        if (value == type)
            return QLatin1String(name);
    }
    return {};
}

std::optional<IndexParams::Type> IndexParams::typeFromName(const QString &name)
{
    for (const auto &[value, text] : kTypeNames) {
        if (name == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

QString IndexParams::describe() const
{
    QString text = typeName(type);
    switch (type) {
    case Type::Flat:
        text += QStringLiteral(" exact");
        break;
    case Type::Hnsw:
        text += QStringLiteral(" m=%1 efConstruction=%2 efSearch=%3").arg(m).arg(efConstruction).arg(efSearch);
        break;
    case Type::IvfPq:
        text += QStringLiteral(" nlist=%1 pqM=%2x%3 nprobe=%4")
                    .arg(nlist > 0 ? QString::number(nlist) : QStringLiteral("auto"),
                         pqM > 0 ? QString::number(pqM) : QStringLiteral("auto"))
                    .arg(pqBits)
                    .arg(nprobe);
        if (refineBits > 0)
            text += QStringLiteral(" refine=%1x%2").arg(refineBits == 16 ? QStringLiteral("fp16") : QStringLiteral("sq%1").arg(refineBits)).arg(refineFactor);
        break;
    }
    if (useGpu)
        text += QStringLiteral(" gpu");
    return text;
}

} // namespace lookbook::index
