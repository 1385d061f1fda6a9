"""Throughput of scipy's Marcum Q (ncx2.sf and ncx2.cdf, i.e. Q and 1 - Q) on the range of MarcumQBenchmark's
"range" regime: M uniform in 1..8, a and b uniform in [0, 15]. Vectorised over 10^6 points, CPU time by
time.process_time(), best of 5; prints pairs (Q and 1 - Q) per CPU-second. Run it next to
  java -jar benchmarks/target/benchmarks.jar MarcumQBenchmark.marcumQ -p regime=range
on a quiet machine to compare the two.
"""
import time

import numpy as np
from scipy.stats import ncx2

rng = np.random.default_rng(1)
n = 1_000_000
m = rng.integers(1, 9, n)
a = 15 * rng.random(n)
b = 15 * rng.random(n)
best = float("inf")
for _ in range(5):
    start = time.process_time()
    q = ncx2.sf(b * b, 2 * m, a * a)
    p = ncx2.cdf(b * b, 2 * m, a * a)
    best = min(best, time.process_time() - start)
print(f"scipy {n / best:.3g} Q and 1-Q pairs per CPU-second ({n} points, best of 5)")
