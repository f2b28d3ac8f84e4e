#include "fusion/fusionparams.h"

#include <array>
#include <utility>

namespace lookbook::fusion {

namespace {

template<typename Enum, size_t N>
std::optional<Enum> lookup(const std::array<std::pair<Enum, std::string_view>, N> &names, std::string_view name)
{
    for (const auto &[value, text] : names) {
        if (text == name)
            return value;
    }
    return std::nullopt;
}

template<typename Enum, size_t N>
std::string_view nameOf(const std::array<std::pair<Enum, std::string_view>, N> &names, Enum value)
{
    for (const auto &[candidate, text] : names) {
        if (candidate == value)
            return text;
    }
    return {};
}

constexpr std::array<std::pair<Method, std::string_view>, 4> kMethods = {{
    {Method::Wbf, "wbf"}, {Method::Nms, "nms"}, {Method::SoftNms, "soft-nms"}, {Method::Nmw, "nmw"}}};
constexpr std::array<std::pair<ConfType, std::string_view>, 4> kConfTypes = {{
    {ConfType::Avg, "avg"},
    {ConfType::Max, "max"},
    {ConfType::BoxAndModelAvg, "box_and_model_avg"},
    {ConfType::AbsentModelAwareAvg, "absent_model_aware_avg"}}};
constexpr std::array<std::pair<SoftNmsKernel, std::string_view>, 2> kKernels = {{
    {SoftNmsKernel::Linear, "linear"}, {SoftNmsKernel::Gaussian, "gaussian"}}};

} // namespace

double defaultIouThr(Method method)
{
    return method == Method::Nms || method == Method::SoftNms ? 0.5 : 0.55;
}

double FusionParams::effectiveIouThr() const
{
    return iouThr.value_or(defaultIouThr(method));
}

std::string_view methodName(Method method) { return nameOf(kMethods, method); }
std::string_view confTypeName(ConfType confType) { return nameOf(kConfTypes, confType); }
std::string_view softNmsKernelName(SoftNmsKernel kernel) { return nameOf(kKernels, kernel); }
std::optional<Method> parseMethod(std::string_view name) { return lookup(kMethods, name); }
std::optional<ConfType> parseConfType(std::string_view name) { return lookup(kConfTypes, name); }
std::optional<SoftNmsKernel> parseSoftNmsKernel(std::string_view name) { return lookup(kKernels, name); }

} // namespace lookbook::fusion
