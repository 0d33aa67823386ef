"""Benchmarks of extraction, side by side in one run, with medians; prints a Markdown report.

    python benchmarks/run.py [--runs 5] [--out benchmarks/RESULTS.md]

1. extract on the sample PDF against a bare pdfplumber loop calling extract_text() on every page;
2. the same on the sample's pages repeated to ~200 pages: seconds per page against a 6-page cut;
3. CLI start-up: `hpextract --help` and `--version` (whole processes);
4. peak memory (RSS) of extract on the 200-page report (a process of its own);
5. batch scaling: 8 copies of the sample with --jobs 1 and --jobs 2.
Normalizer and OCR throughput have scripts of their own beside this one.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "tests" / "data" / "v2021.pdf"
BIN = Path(sys.executable).parent


def median_seconds(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def paired_seconds(first: Callable[[], object], second: Callable[[], object], runs: int) -> tuple[float, float, float]:
    """Medians of two actions run alternately, and the median of their per-round ratios (second / first):
    alternating keeps a noisy, shared machine from favouring one side."""
    a, b = [], []
    for _ in range(runs):
        a.append(median_seconds(first, 1))
        b.append(median_seconds(second, 1))
    return statistics.median(a), statistics.median(b), statistics.median(y / x for x, y in zip(a, b, strict=True))


def bare_pdfplumber(path: Path) -> None:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()
            page.close()


def hpextract_extract(path: Path) -> None:
    from hpextract.pipeline import extract

    extract(path)


def repeated_pdf(pages: int, folder: Path) -> Path:
    """The sample's pages repeated (or cut) to the given count."""
    from pypdf import PdfReader, PdfWriter

    source = PdfReader(SAMPLE)
    writer = PdfWriter()
    for k in range(pages):
        writer.add_page(source.pages[k % len(source.pages)])
    path = folder / f"sample_{pages}p.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    return path


def command_seconds(arguments: list[str], runs: int) -> float:
    return median_seconds(lambda: subprocess.run(arguments, capture_output=True, check=True), runs)


def peak_rss_mib(path: Path) -> float:
    """Peak RSS of a fresh process that extracts the file (max over that child only)."""
    code = (
        "import resource,sys; from pathlib import Path; from hpextract.pipeline import extract; "
        "extract(Path(sys.argv[1])); print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
    )
    output = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True)
    return int(output.stdout.strip()) / 1024


def batch_seconds(folder: Path, jobs: int, runs: int) -> float:
    out = folder / f"out_{jobs}"
    arguments = [str(BIN / "hpextract"), "extract", str(folder / "batch"), "-o", str(out), "-j", str(jobs), "-q"]
    return median_seconds(lambda: subprocess.run(arguments, capture_output=True, check=True), runs)


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{os.cpu_count()} cores, {cpu}, {memory:.0f} GiB, Python {platform.python_version()}, {platform.system()}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    runs = args.runs
    hpextract_extract(SAMPLE)  # load spaCy and friends once: the figures are per document after start-up
    rows: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        bare, ours, ratio = paired_seconds(lambda: bare_pdfplumber(SAMPLE), lambda: hpextract_extract(SAMPLE), runs)
        rows += [("sample (9 p): bare pdfplumber extract_text loop", f"{bare:.3f} s"),
                 ("sample (9 p): hpextract extract", f"{ours:.3f} s"),
                 ("**ratio extract / bare loop**, median of alternating rounds (target ≤ 1.3)", f"**{ratio:.2f}**")]
        short, long_ = repeated_pdf(6, folder), repeated_pdf(200, folder)
        long_runs = max(1, runs // 2)
        per_short = median_seconds(lambda: hpextract_extract(short), runs) / 6
        bare_long, per_long, ratio_long = paired_seconds(
            lambda: bare_pdfplumber(long_), lambda: hpextract_extract(long_), long_runs
        )
        rows += [("6 p: seconds per page", f"{per_short * 1000:.1f} ms"),
                 ("200 p: seconds per page", f"{per_long / 200 * 1000:.1f} ms"),
                 ("200 p: bare loop, seconds per page", f"{bare_long / 200 * 1000:.1f} ms"),
                 ("**per-page cost 200 p / 6 p** (target ≤ 1.1)", f"**{per_long / 200 / per_short:.2f}**"),
                 ("200 p: ratio extract / bare loop", f"{ratio_long:.2f}")]
        executable = str(BIN / "hpextract")
        rows += [("`hpextract --help` (target ≤ 0.3 s)", f"{command_seconds([executable, '--help'], runs * 2):.3f} s"),
                 ("`hpextract --version`", f"{command_seconds([executable, '--version'], runs * 2):.3f} s"),
                 ("bare `python -c pass`", f"{command_seconds([sys.executable, '-c', 'pass'], runs * 2):.3f} s")]
        rows.append(("peak RSS, extract of 200 p (target ≤ 300 MB)", f"{peak_rss_mib(long_):.0f} MiB"))
        (folder / "batch").mkdir()
        for k in range(8):
            shutil.copy(SAMPLE, folder / "batch" / f"copy_{k}.pdf")
        two, one, speed_up = paired_seconds(
            lambda: batch_seconds(folder, 2, 1), lambda: batch_seconds(folder, 1, 1), max(3, runs // 2)
        )
        rows += [("8 files, --jobs 1", f"{one:.2f} s"), ("8 files, --jobs 2", f"{two:.2f} s"),
                 ("**speed-up --jobs 2**, median of alternating rounds (target ≥ 1.7)", f"**{speed_up:.2f}×**")]
    report = [f"## extract ({dt.date.today().isoformat()}, medians of {runs} runs)", "",
              f"Machine: {machine()}.", "", "| measure | value |", "|---|---|"]
    report += [f"| {name} | {value} |" for name, value in rows]
    text = "\n".join(report) + "\n"
    print(text)
    if args.out:
        replace_section(args.out, text)


def replace_section(path: Path, section: str) -> None:
    """Put this run's section into the results file, keeping the other sections (normalize, OCR)."""
    old = path.read_text(encoding="utf-8") if path.exists() else "# Benchmark results\n\n"
    pattern = re.compile(r"^## extract .*?(?=^## |\Z)", re.S | re.M)
    new = pattern.sub(lambda _: section + "\n", old) if pattern.search(old) else old.rstrip() + "\n\n" + section
    path.write_text(new, encoding="utf-8")


if __name__ == "__main__":
    main()
