"""Benchmarks of extraction, side by side in one run, with medians; prints a Markdown report.

    python benchmarks/run.py [--runs 5] [--out benchmarks/RESULTS.md]

1. whole processes: `hpextract extract` on the sample PDF against a script running a bare pdfplumber
   loop that calls extract_text() on every page, alternating, wall and CPU time (what a user waits for);
2. in one warm process: the same two, alternating;
3. the sample's pages repeated to ~200 pages: seconds per page against a 6-page cut;
4. CLI start-up: `hpextract --help` and `--version` (whole processes);
5. peak memory (RSS) of extract on the 200-page report (a process of its own);
6. batch throughput: pages per second on copies of the corpus (100 reports by default) with --jobs 1,
   --jobs 2 and --executor dask (a local two-worker cluster);
7. peers on the same files as whole processes (`--peers`, benchmarks/peers.py, run in their own
   virtual environments, never dependencies of hpextract): unstructured (strategy "fast") and docling
   (its standard pipeline without layout or OCR models), with the item headings each recovers.
Every figure carries the load average of the shared machine when it was taken.
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
CORPUS = [ROOT / "tests" / "data" / name for name in ("v2021.pdf", "v2022.pdf", "other_plan.pdf")]
# The bare loop as a script of its own: the whole-process baseline (interpreter, imports, parsing).
BARE_SCRIPT = """import sys
import pdfplumber
with pdfplumber.open(sys.argv[1]) as pdf:
    for page in pdf.pages:
        page.extract_text()
        page.close()
"""


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


def load() -> str:
    return "load " + " ".join(f"{x:.1f}" for x in os.getloadavg())


def process_seconds(arguments: list[str]) -> tuple[float, float]:
    """Wall and CPU (user + system) seconds of one whole process."""
    wall, user, system = process_times(arguments)
    return wall, user + system


def process_times(arguments: list[str]) -> tuple[float, float, float]:
    """Wall, user CPU and system CPU seconds of one whole process and the workers it waited for."""
    before = os.times()
    start = time.perf_counter()
    subprocess.run(arguments, capture_output=True, check=True)
    wall = time.perf_counter() - start
    after = os.times()
    return wall, after.children_user - before.children_user, after.children_system - before.children_system


def whole_process_rows(folder: Path, runs: int, source: Path = SAMPLE, name: str = "") -> list[tuple[str, str]]:
    """extract against the bare loop as whole processes, alternating, with the interpreter itself (not a
    shim) so that both pay the same start-up; `name` tells the rows of another file than the sample apart."""
    script = folder / "bare_loop.py"
    script.write_text(BARE_SCRIPT, encoding="utf-8")
    bare_command = [sys.executable, str(script), str(source)]
    ours_command = [sys.executable, "-m", "hpextract.cli", "extract", "-q", "--force", str(source),
                    "-o", str(folder / "whole.json")]
    taken = load()
    bare, ours = [], []
    for _ in range(runs):
        bare.append(process_seconds(bare_command))
        ours.append(process_seconds(ours_command))
    wall_ratio = statistics.median(o[0] / b[0] for b, o in zip(bare, ours, strict=True))
    cpu_ratio = statistics.median(o[1] / b[1] for b, o in zip(bare, ours, strict=True))
    median = statistics.median
    target = "" if name else " (target ≤ 1.3)"
    return [
        (f"whole process{name}, bare pdfplumber loop script: wall / CPU",
         f"{median(b[0] for b in bare):.2f} s / {median(b[1] for b in bare):.2f} s ({taken})"),
        (f"whole process{name}, `python -m hpextract.cli extract`: wall / CPU",
         f"{median(o[0] for o in ours):.2f} s / {median(o[1] for o in ours):.2f} s"),
        (f"**whole-process ratio{name} extract / bare loop**, wall, median of alternating rounds{target}",
         f"**{wall_ratio:.2f}**"),
        (f"whole-process ratio{name}, CPU time", f"{cpu_ratio:.2f} ({load()})"),
    ]


def throughput_rows(folder: Path, reports: int) -> list[tuple[str, str]]:
    """Pages per second on `reports` copies of the corpus: --jobs 1, --jobs 2, and Dask on a local cluster."""
    from pypdf import PdfReader

    inputs = folder / "reports"
    inputs.mkdir()
    pages = 0
    for k in range(reports):
        source = CORPUS[k % len(CORPUS)]
        shutil.copy(source, inputs / f"report_{k:03d}.pdf")
        pages += len(PdfReader(source).pages)
    rows = []
    runs = {"--jobs 1": ["-j", "1"], "--jobs 2": ["-j", "2"], "--executor dask (LocalCluster, 2 workers)":
            ["--executor", "dask"]}
    seconds = {}
    for name, extra in runs.items():
        taken = load()
        arguments = [sys.executable, "-m", "hpextract.cli", "extract", "-q", "--force", str(inputs),
                     "-o", str(folder / f"out_{len(seconds)}"), *extra]
        seconds[name], user, system = process_times(arguments)
        rows.append((f"{reports} reports ({pages} pages), {name}",
                     f"{seconds[name]:.1f} s, {pages / seconds[name]:.1f} pages/s, user CPU {user:.1f} s, "
                     f"system {system:.1f} s ({taken} before, {load()} after)"))
    first = seconds["--jobs 1"]
    rows.append(("**speed-up --jobs 2 / --jobs 1** (target ≥ 1.8)", f"**{first / seconds['--jobs 2']:.2f}×**"))
    rows.append(("speed-up Dask local / --jobs 1", f"{first / seconds[list(runs)[2]]:.2f}×"))
    return rows


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


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{os.cpu_count()} cores, {cpu}, {memory:.0f} GiB, Python {platform.python_version()}, {platform.system()}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="rounds of the in-process measures")
    parser.add_argument("--whole-runs", type=int, default=7, help="alternating rounds of the whole processes")
    parser.add_argument("--reports", type=int, default=100, help="copies of the corpus in the throughput runs")
    parser.add_argument("--unstructured-python", type=Path, help="python of a virtual env with unstructured[pdf]")
    parser.add_argument("--docling-python", type=Path, help="python of a virtual env with docling")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--throughput-only", action="store_true", help="print the batch throughput rows alone")
    args = parser.parse_args()
    runs = args.runs
    rows: list[tuple[str, str]] = []
    if args.throughput_only:
        with tempfile.TemporaryDirectory() as temporary:
            print("\n".join(f"| {name} | {value} |" for name, value in throughput_rows(Path(temporary), args.reports)))
        return
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        rows += whole_process_rows(folder, args.whole_runs)
        executable = [sys.executable, "-m", "hpextract.cli"]
        rows += [("`hpextract --help` (target ≤ 0.3 s)", f"{command_seconds([*executable, '--help'], runs * 2):.3f} s"),
                 ("`hpextract --version`", f"{command_seconds([*executable, '--version'], runs * 2):.3f} s"),
                 ("bare `python -c pass`", f"{command_seconds([sys.executable, '-c', 'pass'], runs * 2):.3f} s"),
                 ("(load after start-up)", load())]
        hpextract_extract(SAMPLE)  # warm: the in-process figures are per document after start-up
        bare, ours, ratio = paired_seconds(lambda: bare_pdfplumber(SAMPLE), lambda: hpextract_extract(SAMPLE), runs)
        rows += [("in process, sample (9 p): bare pdfplumber extract_text loop", f"{bare:.3f} s ({load()})"),
                 ("in process, sample (9 p): hpextract extract", f"{ours:.3f} s"),
                 ("**in-process ratio extract / bare loop**, median of alternating rounds", f"**{ratio:.2f}**")]
        short, long_ = repeated_pdf(6, folder), repeated_pdf(200, folder)
        long_runs = max(1, runs // 2)
        per_short = median_seconds(lambda: hpextract_extract(short), runs) / 6
        bare_long, per_long, ratio_long = paired_seconds(
            lambda: bare_pdfplumber(long_), lambda: hpextract_extract(long_), long_runs
        )
        rows += [("6 p: seconds per page", f"{per_short * 1000:.1f} ms"),
                 ("200 p: seconds per page", f"{per_long / 200 * 1000:.1f} ms ({load()})"),
                 ("200 p: bare loop, seconds per page", f"{bare_long / 200 * 1000:.1f} ms"),
                 ("**per-page cost 200 p / 6 p** (target ≤ 1.1)", f"**{per_long / 200 / per_short:.2f}**"),
                 ("200 p: ratio extract / bare loop", f"{ratio_long:.2f}")]
        rows += whole_process_rows(folder, long_runs, long_, name=", 200 p")
        rows.append(("peak RSS, extract of 200 p (target ≤ 300 MB)", f"{peak_rss_mib(long_):.0f} MiB"))
        if args.reports:
            rows += throughput_rows(folder, args.reports)
        peers = peer_table(args.unstructured_python, args.docling_python, args.whole_runs)
    report = [f"## extract ({dt.date.today().isoformat()})", "", f"Machine: {machine()}.", "",
              "| measure | value |", "|---|---|"]
    report += [f"| {name} | {value} |" for name, value in rows]
    text = "\n".join(report + peers) + "\n"
    print(text)
    if args.out:
        replace_section(args.out, text)


def peer_table(unstructured: Path | None, docling: Path | None, runs: int) -> list[str]:
    """Each peer as a whole process on the corpus (benchmarks/peers.py in the peer's own environment)."""
    peers = [("unstructured (fast)", unstructured, "unstructured"), ("docling (no layout models)", docling, "docling")]
    lines = ["", "### peers (whole processes, same files)", "",
             "| tool | file | wall s (median) | item headings recovered | hpextract items |", "|---|---|---|---|---|"]
    from hpextract.pipeline import extract

    for name, python, kind in [("hpextract", Path(sys.executable), "hpextract"), *peers]:
        if python is None:
            continue
        for source in CORPUS:
            command = [str(python), str(ROOT / "benchmarks" / "peers.py"), kind, str(source)]
            walls, found = [], ""
            for _ in range(max(1, runs // 2)):
                start = time.perf_counter()
                done = subprocess.run(command, capture_output=True, text=True)
                walls.append(time.perf_counter() - start)
                found = done.stdout.strip() if done.returncode == 0 else f"failed: {done.stderr.strip()[-120:]}"
            ours = len(extract(source).items)
            lines.append(f"| {name} | {source.name} | {statistics.median(walls):.2f} | {found} | {ours} |")
    return lines


def replace_section(path: Path, section: str) -> None:
    """Put this run's section into the results file, keeping the other sections (normalize, OCR)."""
    old = path.read_text(encoding="utf-8") if path.exists() else "# Benchmark results\n\n"
    pattern = re.compile(r"^## extract .*?(?=^## |\Z)", re.S | re.M)
    new = pattern.sub(lambda _: section + "\n", old) if pattern.search(old) else old.rstrip() + "\n\n" + section
    path.write_text(new, encoding="utf-8")


if __name__ == "__main__":
    main()
