#!/usr/bin/env python3
"""Times the forward of a TorchScript file from Python, for comparison with bench_inference's
BM_ModelForward (same file, same input shape, same thread count).

    LOOKBOOK_BENCH_SAVE_MODEL=/tmp/resnet50.pt build/bench/bench_inference --benchmark_filter=Forward
    python3 bench/python_forward.py /tmp/resnet50.pt [threads]
"""
import sys
import time

import torch

path = sys.argv[1]
if len(sys.argv) > 2:
    torch.set_num_threads(int(sys.argv[2]))
module = torch.jit.load(path)
module.eval()
x = torch.randn(1, 3, 224, 224)
with torch.no_grad():
    module(x)  # warm-up, as Google Benchmark's first runs
    times = []
    for _ in range(5):
        start = time.perf_counter()
        module(x)
        times.append(time.perf_counter() - start)
times.sort()
print(f"python forward: median {times[len(times) // 2] * 1000:.0f} ms, best {times[0] * 1000:.0f} ms, threads {torch.get_num_threads()}")
