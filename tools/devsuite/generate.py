"""Write every development report as `<name>.pdf`, `<name>.txt` and `<name>.expected.json`.

Run from the repository root: python3 tools/devsuite/generate.py [--out DIR]  (default tests/data/devsuite).
The output is byte-identical from run to run; files of reports that no longer exist are removed.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from devsuite.expected import EXPECTED_SUFFIX
from devsuite.render_pdf import render_pdf
from devsuite.render_text import render_text
from devsuite.reports import ALL
from devsuite.spec import Report

DEFAULT_OUT = Path(__file__).resolve().parents[2] / "tests" / "data" / "devsuite"
SUFFIXES = (".pdf", ".txt", EXPECTED_SUFFIX)


def generate(out: Path, reports: tuple[Report, ...] = ALL) -> list[Path]:
    """Write the files of every report into `out` and return their paths."""
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for report in reports:
        written.extend(write_report(report, out))
    remove_stale(out, set(written))
    return written


def write_report(report: Report, out: Path) -> list[Path]:
    pdf, text, expected = (out / f"{report.name}{suffix}" for suffix in SUFFIXES)
    render_pdf(report, pdf)
    text.write_text(render_text(report), encoding="utf-8")
    expected.write_text(json.dumps(report.expected_json(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return [pdf, text, expected]


def remove_stale(out: Path, keep: set[Path]) -> None:
    for path in out.iterdir():
        if path.name.endswith(SUFFIXES) and path not in keep:
            path.unlink()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="folder to write into")
    args = parser.parse_args()
    written = generate(args.out)
    print(f"{len(written) // len(SUFFIXES)} reports written to {args.out}")


if __name__ == "__main__":
    main()
