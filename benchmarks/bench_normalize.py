"""Benchmark of the normalize stage (not a test): start-up and tokens/s on a long damaged document.

    PYTHONPATH=src python benchmarks/bench_normalize.py [--pages 100]

The document is the damaged sample (tests/data/seed_ocr.txt, 9 pages) repeated to about PAGES
pages. Reported: import time, lexicon loading (start-up), the first pass (every word type repaired
once) and the median of later passes (repairs cached per word type), pinned to one core, as wall
time and as CPU time of the process (less disturbed by other jobs on the machine).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "tests" / "data" / "seed_ocr.txt"
SEED_PAGES = 9


def main() -> None:
    """Run the benchmark and print the figures."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=100)
    ap.add_argument("--repeat", type=int, default=5)
    a = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    t0 = time.perf_counter()
    from hpextract.normalize.normalizer import Normalizer

    t1, c1 = time.perf_counter(), time.process_time()
    normalizer = Normalizer()
    _ = normalizer.repairer
    t2, c2 = time.perf_counter(), time.process_time()
    seed = SEED.read_text(encoding="utf-8")
    doc = "\n".join([seed] * max(1, round(a.pages / SEED_PAGES)))
    t3, c3 = time.perf_counter(), time.process_time()
    first = normalizer.repair(doc)
    t4, c4 = time.perf_counter(), time.process_time()
    times, cpu = [], []
    for _ in range(a.repeat):
        s, c = time.perf_counter(), time.process_time()
        normalizer.repair(doc)
        times.append(time.perf_counter() - s)
        cpu.append(time.process_time() - c)
    warm, warm_cpu = statistics.median(times), statistics.median(cpu)
    print(f"python {sys.version.split()[0]}; document: {first.tokens} tokens, {len(doc)} chars")
    print(f"import hpextract.normalize.normalizer: {t1 - t0:.3f} s")
    print(f"load average before: {os.getloadavg()[0]:.2f} (wall time suffers when other jobs run)")
    print(f"start-up (wordfreq + Hunspell + confusions): wall {t2 - t1:.3f} s, CPU {c2 - c1:.3f} s")
    n = first.tokens
    print(f"first pass (cold cache): wall {n / (t4 - t3):,.0f} tokens/s, CPU {n / (c4 - c3):,.0f} tokens/s")
    print(f"cached passes (median of {a.repeat}): wall {n / warm:,.0f} tokens/s, ", end="")
    print(f"CPU {n / warm_cpu:,.0f} tokens/s")
    print(f"changes per pass: {len(first.changes)}")


if __name__ == "__main__":
    main()
