"""Run the extractor on every development report and print per-style figures.

Run: python3 tools/devsuite/score.py [--style S ...] [--json PATH] [--data DIR] [--details] [--problems]
(it measures the src/ of the checkout it lives in). Items are matched by id (or number), else by the start of
their text (`title`). A report the extractor fails on counts as finding nothing. This is a measuring tool: it
exits 0 whatever the figures.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
# Measure this checkout's extractor (src/), whatever hpextract is installed, and import the devsuite package.
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tools")]

from devsuite.expected import expected_files, item_key, load_expected, report_name  # noqa: E402

DEFAULT_DATA = ROOT / "tests" / "data" / "devsuite"
FORMATS = {"pdf": ".pdf", "text": ".txt"}
PROGRESS_TOLERANCE = 3.0
# A title may follow a label the extractor kept in the text ("1. Familjecentral …"): allow this many characters.
TITLE_SLACK = 12


@dataclass
class Tally:
    """Counts for one report in one format, or the sum over several."""

    reports: int = 0
    errors: int = 0
    expected: int = 0
    found: int = 0
    matched: int = 0
    status_right: int = 0
    status_scored: int = 0
    kind_right: int = 0
    parent_right: int = 0
    progress_right: int = 0
    progress_scored: int = 0
    icon_right: int = 0
    icon_scored: int = 0
    negatives: int = 0
    negatives_clean: int = 0
    problems: list[str] = field(default_factory=list)
    details: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for name, value in vars(other).items():
            setattr(self, name, getattr(self, name) + value)

    def figures(self) -> dict[str, float | int | None]:
        return {
            "reports": self.reports, "errors": self.errors, "expected": self.expected, "found": self.found,
            "matched": self.matched, "recall": _ratio(self.matched, self.expected),
            "precision": _ratio(self.matched, self.found),
            "status": _ratio(self.status_right, self.status_scored),
            "kind": _ratio(self.kind_right, self.matched), "parent": _ratio(self.parent_right, self.matched),
            "progress": _ratio(self.progress_right, self.progress_scored),
            "icon": _ratio(self.icon_right, self.icon_scored),
            "negatives_clean": _ratio(self.negatives_clean, self.negatives),
        }


def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 3) if whole else None


@dataclass(frozen=True)
class Found:
    """What the scorer needs of one extracted item."""

    id: str
    number: str | None
    kind: str
    parent: str | None
    text: str
    category: str | None
    progress: float | None
    icon: str | None


def extracted_items(path: Path) -> list[Found]:
    """The items hpextract finds in one file; raises whatever the extractor raises."""
    from hpextract.pipeline import extract

    report = extract(path)
    return [_found(item) for item in getattr(report, "items", None) or []]


def _found(item: Any) -> Found:
    status = getattr(item, "status", None)
    progress = getattr(item, "progress", None)
    icon = getattr(status, "icon", None)
    category = getattr(status, "category", None)
    return Found(
        id=str(item.id), number=getattr(item, "number", None), kind=str(getattr(item, "kind", "")),
        parent=getattr(item, "parent", None), text=str(getattr(item, "text", "")),
        category=str(category.value if hasattr(category, "value") else category) if category else None,
        progress=getattr(progress, "percent", None), icon=getattr(icon, "colour", None),
    )


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def match_items(expected: Sequence[dict[str, Any]], found: Sequence[Found]) -> dict[str, Found]:
    """Expected item key → the extracted item it is matched to (each extracted item used once)."""
    matches: dict[str, Found] = {}
    used: set[int] = set()
    for item in expected:
        candidate = _by_id(item, found, used)
        if candidate is None:
            candidate = _by_title(item, found, used)
        if candidate is not None:
            used.add(candidate)
            matches[item_key(item)] = found[candidate]
    return matches


def _by_id(item: dict[str, Any], found: Sequence[Found], used: set[int]) -> int | None:
    if item.get("id") is None:
        return None
    for attribute in ("id", "number"):
        for index, candidate in enumerate(found):
            if index not in used and getattr(candidate, attribute) == item["id"]:
                return index
    return None


def _by_title(item: dict[str, Any], found: Sequence[Found], used: set[int]) -> int | None:
    if not item.get("title"):
        return None
    title = _words(item["title"])
    for index, candidate in enumerate(found):
        position = _words(candidate.text).find(title)
        if index not in used and 0 <= position <= TITLE_SLACK:
            return index
    return None


def score_file(path: Path, answer: dict[str, Any], fmt: str) -> Tally:
    """Counts for one report file against its expected answer."""
    tally = Tally(reports=1, expected=len(answer["items"]), negatives=int(answer["no_items"]))
    try:
        found = extracted_items(path)
    except Exception as exc:  # a measuring tool: any failure of the extractor is a report with no items
        tally.errors = 1
        tally.problems.append(f"{path.name}: {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}")
        found = []
    tally.found = len(found)
    tally.negatives_clean = int(answer["no_items"] and not found)
    matches = match_items(answer["items"], found)
    tally.matched = len(matches)
    for item in answer["items"]:
        if item_key(item) in matches:
            _score_item(tally, item, matches[item_key(item)], matches, fmt)
    tally.details.extend(f"{path.name}: {line}" for line in _differences(answer["items"], found, matches, fmt))
    return tally


def _differences(expected: Sequence[dict[str, Any]], found: Sequence[Found], matches: dict[str, Found],
                 fmt: str) -> list[str]:
    """Readable lines for what went wrong: items missed, items not expected, categories that differ."""
    lines = [f"missed {item_key(item)!r}" for item in expected if item_key(item) not in matches]
    matched_ids = {id(item) for item in matches.values()}
    lines.extend(f"not expected {item.id!r} ({item.text[:40]!r})" for item in found if id(item) not in matched_ids)
    for item in expected:
        got = matches.get(item_key(item))
        scored = fmt == "pdf" or "category" not in item.get("pdf_only", [])
        if got is not None and scored and got.category != item["category"]:
            lines.append(f"{item_key(item)!r}: category {got.category} (expected {item['category']})")
    return lines


def _score_item(tally: Tally, item: dict[str, Any], got: Found, matches: dict[str, Found], fmt: str) -> None:
    skipped = set(item.get("pdf_only", [])) if fmt == "text" else set()
    if "category" not in skipped:
        tally.status_scored += 1
        tally.status_right += got.category == item["category"]
    tally.kind_right += got.kind == item["kind"]
    parent = matches.get(item["parent"]) if item["parent"] is not None else None
    tally.parent_right += got.parent == (parent.id if parent else None) and (item["parent"] is None or bool(parent))
    if "progress" in item and "progress" not in skipped:
        tally.progress_scored += 1
        tally.progress_right += got.progress is not None and abs(got.progress - item["progress"]) <= PROGRESS_TOLERANCE
    if "icon" in item and "icon" not in skipped:
        tally.icon_scored += 1
        tally.icon_right += got.icon == item["icon"]


@dataclass(frozen=True)
class Case:
    name: str
    style: str
    answer: dict[str, Any]
    files: dict[str, Path]


def load_cases(data: Path, styles: Iterable[str] = ()) -> list[Case]:
    wanted = set(styles)
    cases = []
    for path in expected_files(data):
        answer = load_expected(path)
        if wanted and answer["style"] not in wanted:
            continue
        name = report_name(path)
        files = {fmt: data / f"{name}{s}" for fmt, s in FORMATS.items() if (data / f"{name}{s}").exists()}
        cases.append(Case(name, answer["style"], answer, files))
    return cases


def score_reports(cases: Sequence[Case]) -> dict[tuple[str, str], Tally]:
    """Tallies per (report name, format)."""
    return {(case.name, fmt): score_file(path, case.answer, fmt) for case in cases for fmt, path in case.files.items()}


def by_style(cases: Sequence[Case], per_report: dict[tuple[str, str], Tally]) -> dict[tuple[str, str], Tally]:
    """Tallies per (style, format), summed over the style's reports."""
    style_of = {case.name: case.style for case in cases}
    tallies: dict[tuple[str, str], Tally] = {}
    for (name, fmt), tally in per_report.items():
        tallies.setdefault((style_of[name], fmt), Tally()).add(tally)
    return tallies


def totals(tallies: dict[tuple[str, str], Tally]) -> dict[str, Tally]:
    """Overall tallies per format and for both formats together ("all")."""
    result = {fmt: Tally() for fmt in [*FORMATS, "all"]}
    for (_, fmt), tally in tallies.items():
        result[fmt].add(tally)
        result["all"].add(tally)
    return result


COLUMNS = ("reports", "errors", "expected", "found", "recall", "precision", "status", "kind", "parent", "progress",
           "icon", "negatives_clean")
HEADER = ("style", "format", "reports", "errors", "exp", "found", "recall", "prec", "status", "kind", "parent",
          "progress", "icon", "neg.ok")


def _cell(value: float | int | None) -> str:
    if value is None:
        return "–"
    return f"{value:.2f}" if isinstance(value, float) else str(value)


def table(rows: list[tuple[str, str, dict[str, float | int | None]]]) -> str:
    lines = [[style, fmt, *(_cell(figures[c]) for c in COLUMNS)] for style, fmt, figures in rows]
    widths = [max(len(row[i]) for row in [list(HEADER), *lines]) for i in range(len(HEADER))]
    render = ["  ".join(text.ljust(w) if i < 2 else text.rjust(w) for i, (text, w) in enumerate(zip(row, widths,
                                                                                                  strict=True)))
              for row in [list(HEADER), *lines]]
    return "\n".join([render[0], "-" * len(render[0]), *render[1:]])


def main(argv: Sequence[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--style", action="append", default=[], help="only this style (may be repeated)")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder of the development reports")
    parser.add_argument("--problems", action="store_true", help="list the extractor's failures")
    parser.add_argument("--details", action="store_true", help="list missed and unexpected items, wrong categories")
    args = parser.parse_args(argv)
    cases = load_cases(args.data, args.style)
    if not cases:
        print(f"no development reports{' of style ' + ', '.join(args.style) if args.style else ''} in {args.data}")
        return {"styles": {}, "overall": {}, "reports": {}, "errors": []}
    per_report = score_reports(cases)
    tallies = by_style(cases, per_report)
    overall = totals(tallies)
    rows = [(style, fmt, tally.figures()) for (style, fmt), tally in sorted(tallies.items())]
    print(table(rows))
    print()
    print(table([("overall", fmt, tally.figures()) for fmt, tally in overall.items()]))
    if args.problems:
        print("\n".join(overall["all"].problems))
    if args.details:
        print("\n".join(overall["all"].details))
    result = {
        "styles": {style: {fmt: t.figures() for (s, fmt), t in sorted(tallies.items()) if s == style}
                   for style in sorted({s for s, _ in tallies})},
        "overall": {fmt: tally.figures() for fmt, tally in overall.items()},
        "reports": {case.name: {fmt: per_report[case.name, fmt].figures() for fmt in case.files} for case in cases},
        "errors": overall["all"].problems,
    }
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return result


if __name__ == "__main__":
    main()
    sys.exit(0)
