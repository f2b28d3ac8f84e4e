#pragma once

#include "common/box.h"
#include "models/decodedimage.h"
#include "models/modelmanifest.h"
#include "models/resizegeometry.h"

#include <vector>

namespace lookbook::models {

// A batch ready for TorchDetector / TorchEmbedder: batch × 3 × height × width floats, and for each
// entry how its pixels were placed, to map boxes back.
struct TensorBatch final {
    std::vector<float> data;
    int batch = 0;
    int height = 0;
    int width = 0;
    std::vector<ResizeGeometry> geometry;  // per entry, in the entry's own pixels
    std::vector<Box> regions;              // per entry, the image region it shows (the whole image, or a crop)
};

// Pixels → model input, as the manifest's `preprocess` says: resize (stretch, letterbox, shorter
// side with divisor padding), channel order, range, mean and std, CHW layout.
class Preprocessor final
{
public:
    static TensorBatch wholeImage(const DecodedImage &image, const Preprocessing &preprocessing);
    // Several photos in one batch: each placed as wholeImage would, at the top left of a tensor as
    // large as the largest of them (shorter-side inputs differ in size), the rest padded.
    static TensorBatch wholeImages(const std::vector<DecodedImage> &images, const Preprocessing &preprocessing);
    // One entry per box, each widened by `margin` × its size on every side (clipped to the image).
    // All crops share one input size, so every resize mode but shorter-side batches them as they are;
    // shorter-side crops are letterboxed to the input size instead (a batch needs one shape).
    static TensorBatch crops(const DecodedImage &image, const std::vector<Box> &boxes, double margin, const Preprocessing &preprocessing);
};

} // namespace lookbook::models
