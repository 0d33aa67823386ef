"""Print the scorer's figures as the Markdown table the README shows: python3 tools/devsuite/table.py"""

from __future__ import annotations

import contextlib
import io
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import score


def cell(figures: dict[str, object] | None, key: str) -> str:
    value = figures.get(key) if figures else None
    return "–" if value is None else f"{value:.2f}"


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "figures.json"
        with contextlib.redirect_stdout(io.StringIO()):
            score.main(["--json", str(out)])
        figures = json.loads(out.read_text(encoding="utf-8"))
    rows = ["| style | items | PDF recall | PDF precision | PDF status | text recall | text precision | text status |",
            "|---|---|---|---|---|---|---|---|"]
    for name, by_format in [*sorted(figures["styles"].items()), ("**overall**", figures["overall"])]:
        pdf, text = by_format.get("pdf"), by_format.get("text")
        rows.append(
            f"| {name} | {pdf['expected'] if pdf else 0} | {cell(pdf, 'recall')} | {cell(pdf, 'precision')} "
            f"| {cell(pdf, 'status')} | {cell(text, 'recall')} | {cell(text, 'precision')} | {cell(text, 'status')} |"
        )
    print("\n".join(rows))


if __name__ == "__main__":
    main()
