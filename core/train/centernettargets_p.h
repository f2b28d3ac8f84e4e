#pragma once

// Private to core/train's .cpp files: names torch types.

#include "common/box.h"

#include <torch/torch.h>

#include <vector>

namespace lookbook::train {

// A ground-truth box in input-tensor pixels with its model class (DeepFashion2 category − 1).
struct TargetBox final {
    Box box;
    int classIndex = 0;
};

// CenterNet's training targets for a batch, at the output resolution (input / stride):
// heat map [B, C, h, w] with a Gaussian peak of 1 at each object's centre cell, size [B, 2, h, w]
// (w, h in output cells) and offset [B, 2, h, w] (centre − its cell) at the centre cells, and the
// mask [B, 1, h, w] of those cells.
struct CenterNetTargets final {
    torch::Tensor heatmap;
    torch::Tensor size;
    torch::Tensor offset;
    torch::Tensor mask;

    static CenterNetTargets build(const std::vector<std::vector<TargetBox>> &boxes, int classes, int outputWidth, int outputHeight, int stride);
    // CenterNet's gaussian_radius (min_overlap 0.7), kept as its code has it: the smallest of three
    // quadratic roots, so that boxes off by that many cells still overlap the truth by min_overlap.
    static double gaussianRadius(double height, double width, double minOverlap = 0.7);
};

} // namespace lookbook::train
