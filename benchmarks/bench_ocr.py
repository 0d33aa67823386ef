"""Benchmark the OCR stage: seconds per scanned page with jobs=1 and jobs=2, and the cache-hit time.

    python benchmarks/bench_ocr.py [SCANNED.pdf] [--truth LAYOUT.json]

Defaults: `tests/data/v2021_scanned.pdf` and `tests/data/v2021.layout.json`.
Each cold run starts with an empty cache directory; the cache-hit run rereads the jobs=2 run's cache.
Also prints the word accuracy of the OCR'd body text (header and footer lines dropped) against the
layout JSON's page texts, and the machine. Not a test: the figures depend on the machine and its load.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import resource
import subprocess
import tempfile
import time
from pathlib import Path

from hpextract.evaluation import word_errors
from hpextract.sources.ocr import ocr_pdf_pages
from hpextract.sources.page import Page
from hpextract.sources.tesseract import tesseract_version

ROOT = Path(__file__).resolve().parents[1]
HEADER_BOTTOM, FOOTER_HEIGHT = 70.0, 60.0


def cpu_seconds() -> float:
    """CPU time of this process and its reaped children (tesseract when jobs=1; not pool workers)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed_run(pdf: Path, pages: list[int], jobs: int, cache: Path) -> tuple[float, float, dict[int, Page]]:
    """Wall seconds, CPU seconds and the pages of one OCR run."""
    os.environ["HPEXTRACT_CACHE_DIR"] = str(cache)
    start, start_cpu = time.perf_counter(), cpu_seconds()
    result = ocr_pdf_pages(pdf, pages, jobs=jobs)
    return time.perf_counter() - start, cpu_seconds() - start_cpu, result


def accuracy(result: dict[int, Page], truth: Path) -> tuple[float, float, int]:
    """Overall word accuracy, the worst page's, and the number of reference words."""
    layout = json.loads(truth.read_text(encoding="utf-8"))
    errors = total = 0
    worst = 1.0
    for number, page in result.items():
        reference = " ".join(layout["pages"][number - 1]["lines"]).split()
        body = [ln.text for ln in page.lines if HEADER_BOTTOM < ln.top < page.height - FOOTER_HEIGHT]
        page_errors = word_errors(reference, " ".join(body).split())
        worst = min(worst, 1 - page_errors / len(reference))
        errors, total = errors + page_errors, total + len(reference)
    return 1 - errors / total, worst, total


def cpu_model() -> str:
    out = subprocess.run(["lscpu"], capture_output=True, text=True, check=False).stdout
    models = [line.split(":", 1)[1].strip() for line in out.splitlines() if line.startswith("Model name")]
    return models[0] if models else platform.processor()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pdf", type=Path, nargs="?", default=ROOT / "tests/data/v2021_scanned.pdf")
    parser.add_argument("--truth", type=Path, default=ROOT / "tests/data/v2021.layout.json")
    args = parser.parse_args()
    import pypdfium2

    pages = list(range(1, len(pypdfium2.PdfDocument(args.pdf)) + 1))
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory() as cold1, tempfile.TemporaryDirectory() as cold2:
        jobs1, cpu1, result = timed_run(args.pdf, pages, 1, Path(cold1))
        jobs2, _, result2 = timed_run(args.pdf, pages, 2, Path(cold2))
        hit1, _, cached = timed_run(args.pdf, pages, 1, Path(cold2))
        hit2, _, _ = timed_run(args.pdf, pages, 2, Path(cold2))
    load_after = os.getloadavg()
    overall, worst, words = accuracy(result, args.truth)
    n = len(pages)
    print(f"## OCR\n\n`{args.pdf.name}`, {n} pages, dpi 300, lang swe, {tesseract_version()}\n")
    print("| run | total s | s/page |\n|---|---|---|")
    for name, seconds in [
        ("jobs=1, cold cache", jobs1),
        ("jobs=2, cold cache", jobs2),
        ("jobs=1, cache hit", hit1),
        ("jobs=2, cache hit", hit2),
    ]:
        print(f"| {name} | {seconds:.2f} | {seconds / n:.3f} |")
    print(f"\nCPU time with jobs=1, cold cache: {cpu1 / n:.2f} s/page (tesseract included)")
    print(f"\nWord accuracy vs `{args.truth.name}` (body text, {words} words): {overall:.2%}", end="")
    print(f", worst page {worst:.2%}")
    print(f"jobs=1 and jobs=2 give the same pages: {result == result2}", end="")
    print(f"; the cache hit gives the same: {cached == result2}")
    print(f"\nMachine: nproc {os.cpu_count()}, {cpu_model()}, Python {platform.python_version()}")
    print(f"Load average (1 min) before {load_before[0]:.2f}, after {load_after[0]:.2f}")
    print(f"Date: {datetime.date.today().isoformat()}")


if __name__ == "__main__":
    main()
