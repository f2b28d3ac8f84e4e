#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace lookbook::fusion {

enum class Method { Wbf, Nms, SoftNms, Nmw };

// How WBF turns the scores of a cluster into one score (ensemble_boxes' `conf_type`).
enum class ConfType { Avg, Max, BoxAndModelAvg, AbsentModelAwareAvg };

enum class SoftNmsKernel { Linear, Gaussian };

// Every knob of every method; each method reads the ones it documents. Defaults are ensemble_boxes'.
struct FusionParams final {
    Method method = Method::Wbf;
    std::optional<double> iouThr;      // unset: the method's default (0.55 WBF/NMW, 0.5 NMS/soft-NMS)
    double skipBoxThr = 0.0;           // WBF, NMW: boxes scoring below it are dropped
    ConfType confType = ConfType::Avg; // WBF
    bool allowsOverflow = false;       // WBF with conf_type avg: scores may exceed 1
    double sigma = 0.5;                // soft-NMS, gaussian kernel
    double thresh = 0.001;             // soft-NMS: decayed scores at or below it are dropped
    SoftNmsKernel softKernel = SoftNmsKernel::Gaussian;

    double effectiveIouThr() const;
};

double defaultIouThr(Method method);

std::string_view methodName(Method method);
std::string_view confTypeName(ConfType confType);
std::string_view softNmsKernelName(SoftNmsKernel kernel);
std::optional<Method> parseMethod(std::string_view name);
std::optional<ConfType> parseConfType(std::string_view name);
std::optional<SoftNmsKernel> parseSoftNmsKernel(std::string_view name);

} // namespace lookbook::fusion
