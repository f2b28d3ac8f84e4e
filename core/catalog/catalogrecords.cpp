#include "catalog/catalogrecords.h"

#include <array>
#include <utility>

namespace lookbook::catalog {
namespace {

const std::array<std::pair<ItemOrigin, const char *>, 4> kOrigins{{
    {ItemOrigin::GroundTruth, "ground_truth"},
    {ItemOrigin::Detector, "detector"},
    {ItemOrigin::Fused, "fused"},
    {ItemOrigin::HandCorrected, "hand_corrected"},
}};

const std::array<std::pair<ReviewState, const char *>, 4> kReviewStates{{
    {ReviewState::Unreviewed, "unreviewed"},
    {ReviewState::Accepted, "accepted"},
    {ReviewState::Rejected, "rejected"},
    {ReviewState::NeedsFix, "needs_fix"},
}};

template<typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[candidate, name] : table) {
        if (candidate == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char *>, N> &table, const QString &name)
{
    for (const auto &[value, candidate] : table) {
        if (name == QLatin1String(candidate))
            return value;
    }
    return std::nullopt;
}

} // namespace

QString originName(ItemOrigin origin) { return nameOf(kOrigins, origin); }
std::optional<ItemOrigin> originFromName(const QString &name) { return valueOf(kOrigins, name); }
QString reviewStateName(ReviewState state) { return nameOf(kReviewStates, state); }
std::optional<ReviewState> reviewStateFromName(const QString &name) { return valueOf(kReviewStates, name); }

} // namespace lookbook::catalog
