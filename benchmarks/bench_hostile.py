"""The slow and hostile cases of issue 13, run as a user runs them, with their wall time and peak memory.

    python3 benchmarks/bench_hostile.py [--out benchmarks/RESULTS.md]

Each case is one `python3 -m hpextract extract … -q` process (default limits: 2 GiB per worker beyond its start,
100 MiB of input, 600 s); peak memory is the largest resident set among that process and the workers it waited for.
The bombs come from tools/make_hostile_inputs.py; the 20 MiB dump and the 5 000-item reports are made here.
The figures replace the section "Hostile inputs" of RESULTS.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from run import BARE_SCRIPT

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
HOSTILE = DATA / "hostile"
SECTION = "## Hostile inputs (issue 13)"


def measure(args: list[str], stdin: str | None) -> dict[str, object]:
    """Run in a process of its own (see `main`): the command's exit code, wall time, peak RSS, last error."""
    started = time.perf_counter()
    with open(stdin, "rb") if stdin else open(os.devnull, "rb") as source:
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
        done = subprocess.run(args, stdin=source, capture_output=True, env=env)
    wall = time.perf_counter() - started
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    errors = [line for line in done.stderr.decode(errors="replace").splitlines() if line.startswith("error: ")]
    return {"code": done.returncode, "wall": wall, "peak_mib": peak_kib / 1024, "error": errors[-1] if errors else "",
            "traceback": b"Traceback" in done.stderr}


def run_case(args: list[str], stdin: str | None = None) -> dict[str, object]:
    out = subprocess.run([sys.executable, __file__, "--measure", json.dumps({"args": args, "stdin": stdin})],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def make_inputs(folder: Path) -> dict[str, Path]:
    """The 20 MiB text dump (the corpus dump repeated), and 5 000 items (50 goals × 100) as text and as PDF."""
    plain = (DATA / "v2021_plain.txt").read_text(encoding="utf-8") + "\n\n"
    dump = folder / "dump_20mib.txt"
    dump.write_text(plain * (20 * 1024 * 1024 // len(plain.encode()) + 1), encoding="utf-8")
    lines = ["Uppföljning av handlingsplan för en stor verksamhet", ""]
    for goal in range(1, 51):
        lines += [f"{goal}. Mål {goal}", ""]
        for item in range(1, 101):
            lines += [f"{goal}.{item} Utreda möjligheterna till förbättring nummer {goal}.{item}.", "",
                      f"Status för uppdrag {goal}.{item}:", "Arbetet pågår enligt plan.", ""]
    text = folder / "items_5000.txt"
    text.write_text("\n".join(lines), encoding="utf-8")
    pdf = folder / "items_5000.pdf"
    _write_pdf(lines, pdf)
    bare = folder / "bare_loop.py"  # the reading alone, as benchmarks/run.py times it beside extract
    bare.write_text(BARE_SCRIPT, encoding="utf-8")
    return {"dump": dump, "text": text, "pdf": pdf, "bare": bare}


def _write_pdf(lines: list[str], path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVu", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    pdf = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    y = 800.0
    for line in lines:
        if y < 60:
            pdf.showPage()
            y = 800.0
        if line:
            pdf.setFont("DejaVu", 10)
            pdf.drawString(60, y, line)
        y -= 13 if line else 7
    pdf.showPage()
    pdf.save()


def cases(made: dict[str, Path], out: Path) -> list[tuple[str, list[str], str | None]]:
    cli = [sys.executable, "-m", "hpextract", "extract"]
    run = [(name, [*cli, str(HOSTILE / name), "-o", str(out), "-q", "--force"], None) for name in
           ("cycle.pdf", "flate_bomb.pdf", "many_runs.pdf", "predictor.pdf", "huge_page.pdf", "rotated.pdf")]
    run += [
        ("20 MiB text dump", [*cli, str(made["dump"]), "-o", str(out), "-q", "--force"], None),
        ("5 000 items, text", [*cli, str(made["text"]), "-o", str(out), "-q", "--force"], None),
        ("5 000 items, PDF", [*cli, str(made["pdf"]), "-o", str(out), "-q", "--force"], None),
        ("5 000 items, PDF: bare pdfplumber loop (reference)", [sys.executable, str(made["bare"]), str(made["pdf"])],
         None),
        ("/dev/zero on stdin", [*cli, "-", "-o", str(out / "stdin.json"), "-q", "--force"], "/dev/zero"),
    ]
    return run


def markdown(results: list[tuple[str, dict[str, object]]]) -> str:
    load = os.getloadavg()[0]
    rows = "\n".join(
        f"| {name} | {r['wall']:.1f} | {r['peak_mib']:.0f} | {r['code']} | {'yes' if r['traceback'] else 'no'} | "
        f"{str(r['error']).replace('|', '/')[:110] or '(done; no error line)'} |"
        for name, r in results
    )
    return (
        f"{SECTION}\n\n`python3 benchmarks/bench_hostile.py` on {dt.date.today()}, load average {load:.1f} "
        f"(the 1-minute average when the run ended: above 1, the machine was doing more than this run). "
        f"One `hpextract extract` process per row, "
        f"default limits (2 GiB per worker beyond what it starts with, 100 MiB input, 600 s); the row after the "
        f"5 000-item PDF reads that file with a bare pdfplumber `extract_text` loop, for scale.\n\n"
        "| case | wall s | peak RSS MiB | exit | traceback | outcome |\n|---|---|---|---|---|---|\n"
        f"{rows}\n"
    )


def replace_section(path: Path, section: str) -> None:
    old = path.read_text(encoding="utf-8") if path.exists() else "# Benchmark results\n\n"
    pattern = re.compile(rf"{re.escape(SECTION)}\n.*?(?=\n## |\Z)", re.S)
    new = pattern.sub(section.rstrip("\n"), old) if pattern.search(old) else old.rstrip("\n") + "\n\n" + section
    path.write_text(new.rstrip("\n") + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "RESULTS.md")
    parser.add_argument("--measure", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.measure:
        spec = json.loads(options.measure)
        print(json.dumps(measure(spec["args"], spec["stdin"])))
        return
    with tempfile.TemporaryDirectory() as folder:
        made = make_inputs(Path(folder))
        out = Path(folder) / "out"
        results = []
        for name, args, stdin in cases(made, out):
            result = run_case(args, stdin)
            print(f"{name}: {result}", flush=True)
            results.append((name, result))
    replace_section(options.out, markdown(results))
    print(f"wrote {options.out}")


if __name__ == "__main__":
    main()
