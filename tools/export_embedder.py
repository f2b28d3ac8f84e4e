#!/usr/bin/env python3
"""Exports a metric-learning embedder to TorchScript + a Lookbook manifest.

A torchvision ResNet backbone (or your own module via --module) is exported as a feature-map model,
and Lookbook's pooling head does the rest: GeM, MAC, SPoC or a CGD combination of them.

    python3 tools/export_embedder.py --arch resnet50 --weights embedder.pth --out models/ --name r50-gem \\
        [--head gem:3] [--head mac] [--input-size 224 224] [--crop-margin 0.1]

If your network already ends in its own head and outputs [B, D] vectors, pass --embedding D instead
of --head: the manifest then says "output": "embedding".
"""
import argparse
import os

import torch
import torchvision

from lookbook_manifest import IMAGENET, write_manifest


def parse_head(text):
    kind, _, p = text.partition(":")
    if kind not in ("gem", "mac", "spoc"):
        raise argparse.ArgumentTypeError(f"unknown pooling '{kind}' (gem, mac or spoc)")
    return {"type": kind, "p": float(p)} if kind == "gem" and p else {"type": kind}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--arch", default="resnet50", help="a torchvision.models classifier whose last two children are pooling and fc")
    parser.add_argument("--weights", help="state dict (.pth) for the backbone (or the whole --module)")
    parser.add_argument("--module", help="a TorchScript file to wrap instead of a torchvision backbone")
    parser.add_argument("--out", required=True)
    parser.add_argument("--name", required=True)
    parser.add_argument("--head", type=parse_head, action="append", help="gem[:p], mac or spoc; repeat for CGD")
    parser.add_argument("--embedding", type=int, help="the network outputs [B, D] vectors itself")
    parser.add_argument("--input-size", type=int, nargs=2, default=[224, 224], metavar=("W", "H"))
    parser.add_argument("--crop-margin", type=float, default=0.0)
    args = parser.parse_args()

    if args.module:
        scripted = torch.jit.load(args.module)
    else:
        classifier = getattr(torchvision.models, args.arch)(weights=None)
        backbone = torch.nn.Sequential(*list(classifier.children())[:-2])  # up to the last feature map
        if args.weights:
            backbone.load_state_dict(torch.load(args.weights, map_location="cpu"), strict=False)
        backbone.eval()
        scripted = torch.jit.script(backbone)
    os.makedirs(args.out, exist_ok=True)
    model_path = os.path.join(args.out, args.name + ".pt")
    scripted.save(model_path)

    w, h = args.input_size
    with torch.no_grad():
        output = scripted(torch.zeros(1, 3, h, w))
    if args.embedding:
        embedder = {"output": "embedding", "dimension": args.embedding, "crop_margin": args.crop_margin}
    else:
        heads = args.head or [{"type": "gem", "p": 3.0}]
        embedder = {"output": "feature_map", "dimension": int(output.shape[1]) * len(heads), "head": heads,
                    "crop_margin": args.crop_margin}
    preprocess = dict(IMAGENET, input_size=[w, h], resize="stretch")
    print(write_manifest(model_path, args.name, "embedder", preprocess, embedder))


if __name__ == "__main__":
    main()
