"""Writes a Lookbook model manifest beside a TorchScript file (see README "Models")."""
import hashlib
import json
import os


def sha256_of(path):
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def write_manifest(model_path, name, kind, preprocess, section, op_libraries=None):
    """model_path: the saved TorchScript file; section: the "detector" or "embedder" object;
    op_libraries: shared libraries registering custom operators the model calls (e.g. torchvision's)."""
    manifest = {
        "name": name,
        "kind": kind,
        "file": os.path.basename(model_path),
        "sha256": sha256_of(model_path),
        "preprocess": preprocess,
        kind: section,
    }
    if op_libraries:
        manifest["op_libraries"] = op_libraries
    manifest_path = os.path.splitext(model_path)[0] + ".json"
    with open(manifest_path, "w") as f:
        json.dump(manifest, f, indent=2)
    return manifest_path


IMAGENET = {"channels": "RGB", "range": "0-1", "mean": [0.485, 0.456, 0.406], "std": [0.229, 0.224, 0.225]}
