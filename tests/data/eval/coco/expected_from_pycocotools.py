#!/usr/bin/env python3
"""Writes CASE/expected.json from CASE/gt.json and CASE/dets.json with pycocotools' COCOeval (bbox).

Usage: PYTHONPATH=<cocoapi>/PythonAPI python3 expected_from_pycocotools.py CASE_DIR [CASE_DIR ...]
The cases' WORKING.md files say which pycocotools source they were computed with.
"""
import json
import sys
import types

import numpy as np

# cocoapi's coco.py imports matplotlib only to draw annotations, and its cocoeval.py still uses
# np.float, which numpy 1.24 removed: neither touches the numbers computed here.
for name in ("matplotlib", "matplotlib.pyplot", "matplotlib.collections", "matplotlib.patches"):
    sys.modules.setdefault(name, types.ModuleType(name))
sys.modules["matplotlib.collections"].PatchCollection = None
sys.modules["matplotlib.patches"].Polygon = None
if not hasattr(np, "float"):
    np.float = float

from pycocotools.coco import COCO  # noqa: E402
from pycocotools.cocoeval import COCOeval  # noqa: E402

NAMES = ["AP", "AP50", "AP75", "APs", "APm", "APl", "AR1", "AR10", "AR100", "ARs", "ARm", "ARl"]


def expected(case_dir):
    gt = COCO(f"{case_dir}/gt.json")
    with open(f"{case_dir}/dets.json") as f:
        dets = gt.loadRes(json.load(f))
    ev = COCOeval(gt, dets, "bbox")
    ev.evaluate()
    ev.accumulate()
    ev.summarize()
    report = {name: float(value) for name, value in zip(NAMES, ev.stats)}
    # AP per category: all IoU thresholds, all areas, 100 detections; -1 where undefined.
    per_category = {}
    for k, category in enumerate(ev.params.catIds):
        p = ev.eval["precision"][:, :, k, 0, 2]
        p = p[p > -1]
        per_category[str(category)] = float(np.mean(p)) if p.size else -1.0
    report["per_category_AP"] = per_category
    return report


for case_dir in sys.argv[1:]:
    with open(f"{case_dir}/expected.json", "w") as f:
        json.dump(expected(case_dir), f, indent=1)
        f.write("\n")
