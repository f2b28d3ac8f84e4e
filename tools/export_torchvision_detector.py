#!/usr/bin/env python3
"""Exports a torchvision detector (Faster R-CNN, RetinaNet, FCOS, SSD, …) trained on DeepFashion2 to
TorchScript + a Lookbook manifest (decoder "torchvision").

    python3 tools/export_torchvision_detector.py --arch fasterrcnn_resnet50_fpn --weights df2.pth \\
        --out models/ --name frcnn-r50 [--fusion-weight 1.0] [--score-threshold 0.05]

The model is built with 14 classes (background + the 13 DeepFashion2 categories, so that its labels
are the categories themselves) and no pretrained download; --weights loads your state dict. torchvision
resizes and normalises inside the model, so the manifest feeds it 0–1 RGB pixels at its own
min_size/max_size (shorter side 800, longer at most 1333 by default) and maps boxes back from there.
The manifest's "op_libraries" points at torchvision's operator library (nms, roi_align), which the
model needs at run time; LOOKBOOK_TORCH_OP_LIBRARIES can name it instead.
"""
import argparse
import glob
import os
from typing import Dict, List

import torch
import torchvision

from lookbook_manifest import write_manifest


class LookbookDetector(torch.nn.Module):
    """forward(x [B, 3, H, W]) → List[Dict[str, Tensor]]: the `torchvision` decoder contract."""

    def __init__(self, model):
        super().__init__()
        self.model = model

    def forward(self, x: torch.Tensor) -> List[Dict[str, torch.Tensor]]:
        images = [image for image in x]
        _, detections = self.model(images)  # scripted torchvision detectors return (losses, detections)
        return detections


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--arch", default="fasterrcnn_mobilenet_v3_large_fpn", help="a torchvision.models.detection builder")
    parser.add_argument("--weights", help="state dict (.pth) of a model trained with 14 classes")
    parser.add_argument("--out", required=True)
    parser.add_argument("--name", required=True)
    parser.add_argument("--score-threshold", type=float, default=0.05)
    parser.add_argument("--fusion-weight", type=float, default=1.0)
    parser.add_argument("--min-size", type=int, default=800)
    parser.add_argument("--max-size", type=int, default=1333)
    args = parser.parse_args()

    builder = getattr(torchvision.models.detection, args.arch)
    model = builder(weights=None, weights_backbone=None, num_classes=14, min_size=args.min_size, max_size=args.max_size)
    if args.weights:
        model.load_state_dict(torch.load(args.weights, map_location="cpu"))
    model.eval()
    scripted = torch.jit.script(LookbookDetector(model))
    os.makedirs(args.out, exist_ok=True)
    model_path = os.path.join(args.out, args.name + ".pt")
    scripted.save(model_path)

    preprocess = {"input_size": [args.min_size, args.max_size], "resize": "shorter-side",
                  "channels": "RGB", "range": "0-1", "mean": [0, 0, 0], "std": [1, 1, 1]}
    detector = {"decoder": "torchvision", "classes": list(range(14)),  # label i is category i; 0 is background
                "score_threshold": args.score_threshold, "fusion_weight": args.fusion_weight}
    # The detection heads call torchvision's own operators (nms, roi_align): Lookbook loads the
    # library that registers them. The path is this machine's; edit it when the model moves.
    ops = sorted(glob.glob(os.path.join(os.path.dirname(torchvision.__file__), "_C*.so")))
    print(write_manifest(model_path, args.name, "detector", preprocess, detector, op_libraries=ops[:1]))


if __name__ == "__main__":
    main()
