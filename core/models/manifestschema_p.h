#pragma once

// The manifest's JSON vocabulary, named once for ModelManifest's reader and writer (README "Models").

#include "models/modelmanifest.h"

#include <array>
#include <utility>

namespace lookbook::models::manifestschema {

inline constexpr char kName[] = "name";
inline constexpr char kKind[] = "kind";
inline constexpr char kFile[] = "file";
inline constexpr char kSha256[] = "sha256";
inline constexpr char kOpLibraries[] = "op_libraries";

inline constexpr char kPreprocess[] = "preprocess";
inline constexpr char kInputSize[] = "input_size";
inline constexpr char kResize[] = "resize";
inline constexpr char kSizeDivisor[] = "size_divisor";
inline constexpr char kPadValue[] = "pad_value";
inline constexpr char kChannels[] = "channels";
inline constexpr char kRange[] = "range";
inline constexpr char kMean[] = "mean";
inline constexpr char kStd[] = "std";

inline constexpr char kDetector[] = "detector";
inline constexpr char kDecoder[] = "decoder";
inline constexpr char kClasses[] = "classes";
inline constexpr char kScoreThreshold[] = "score_threshold";
inline constexpr char kDisplayThreshold[] = "display_threshold";
inline constexpr char kFusionWeight[] = "fusion_weight";
inline constexpr char kNmsIou[] = "nms_iou";

inline constexpr char kEmbedder[] = "embedder";
inline constexpr char kOutput[] = "output";
inline constexpr char kDimension[] = "dimension";
inline constexpr char kCropMargin[] = "crop_margin";
inline constexpr char kHead[] = "head";
inline constexpr char kType[] = "type";
inline constexpr char kP[] = "p";
inline constexpr char kProjection[] = "projection";

inline constexpr char kEnsemble[] = "ensemble";
inline constexpr char kMembers[] = "members";
inline constexpr char kManifest[] = "manifest";
inline constexpr char kWeight[] = "weight";

inline constexpr char kRgb[] = "RGB";
inline constexpr char kBgr[] = "BGR";
inline constexpr char kUnitRange[] = "0-1";
inline constexpr char kByteRange[] = "0-255";

template<typename Enum, std::size_t N>
using Spellings = std::array<std::pair<const char *, Enum>, N>;

inline constexpr Spellings<ModelKind, 3> kKinds = {{{kDetector, ModelKind::Detector}, {kEmbedder, ModelKind::Embedder}, {kEnsemble, ModelKind::Ensemble}}};
inline constexpr Spellings<ResizeMode, 3> kResizeModes = {{
    {"stretch", ResizeMode::Stretch}, {"letterbox", ResizeMode::Letterbox}, {"shorter-side", ResizeMode::ShorterSide}}};
inline constexpr Spellings<DetectorDecoder, 5> kDecoders = {{
    {"torchvision", DetectorDecoder::Torchvision}, {"mmdeploy", DetectorDecoder::Mmdeploy}, {"yolo", DetectorDecoder::Yolo},
    {"yolo_nms", DetectorDecoder::YoloNms}, {"lookbook", DetectorDecoder::Lookbook}}};
inline constexpr Spellings<EmbedderOutput, 2> kOutputs = {{{"embedding", EmbedderOutput::Embedding}, {"feature_map", EmbedderOutput::FeatureMap}}};
inline constexpr Spellings<PoolingType, 3> kPoolings = {{{"gem", PoolingType::Gem}, {"mac", PoolingType::Mac}, {"spoc", PoolingType::Spoc}}};

// The section that holds a kind's own fields.
inline const char *sectionOf(ModelKind kind)
{
    return kind == ModelKind::Detector ? kDetector : kind == ModelKind::Embedder ? kEmbedder : kEnsemble;
}

template<typename Enum, std::size_t N>
const char *spellingOf(const Spellings<Enum, N> &spellings, Enum value)
{
    for (const auto &[text, entry] : spellings) {
        if (entry == value)
            return text;
    }
    return spellings.front().first;  // unreachable: every enumerator has a spelling
}

} // namespace lookbook::models::manifestschema
