"""Issue 12: ruled tables (black rules, white cells) read from scanned pages (real Tesseract OCR, no mocks).

The inputs are two small follow-up reports typeset by tools/make_scanned_tables.py, kept as the digital
original and as a 200 dpi greyscale scan with grain and dust specks, turned by 0.4° (actions) and -1°
(goals). The expected rows and statuses are written by hand from the tables as typeset.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from hpextract.pipeline import extract
from hpextract.report.model import Report
from hpextract.sources.ocr import ocr_pdf_pages
from hpextract.utils.text import ascii_key

SCANS = Path(__file__).parent / "data" / "scanned_tables"

# (how the item's text begins, its status category) for each action or activity row, top to bottom.
ACTIONS = [
    ("Kartlägga otrygga platser i centrum", "completed"),
    ("Förbättra belysningen längs gång- och", "in_progress"),
    ("Starta nattvandringar med föreningar.", "not_started"),
    ("Utbilda personalen i fritidsgårdarna", "in_progress"),
    ("Ta fram en rutin för klotterborttagning", "completed"),
]
ACTIVITIES = [
    ("Införa fritidskort för alla elever", "completed"),
    ("Erbjuda lovaktiviteter på landsbygden.", "in_progress"),
    ("Tillgänglighetsanpassa entréerna", "not_started"),
    ("Ta fram en digital bokningstjänst", "in_progress"),
]


pytestmark = pytest.mark.usefixtures("module_ocr_cache")


@pytest.fixture(scope="module")
def reports() -> dict[str, Report]:
    names = ("ruled_actions", "ruled_actions_scan", "ruled_goals", "ruled_goals_scan")
    return {name: extract(SCANS / f"{name}.pdf") for name in names}


def rows_of(report: Report) -> list[tuple[str, str]]:
    """(text, status category) of the items that have a status in the table."""
    return [(item.text, item.status.category) for item in report.items if item.status.source == "table"]


def matches(found: list[tuple[str, str]], expected: list[tuple[str, str]]) -> bool:
    return len(found) == len(expected) and all(
        ascii_key(text).startswith(ascii_key(start)) and category == want
        for (text, category), (start, want) in zip(found, expected, strict=True))


@pytest.mark.parametrize(("name", "expected"), [("ruled_actions", ACTIONS), ("ruled_goals", ACTIVITIES)])
def test_every_row_of_a_scanned_ruled_table_is_an_item_with_its_status(reports, name: str, expected) -> None:
    assert matches(rows_of(reports[f"{name}_scan"]), expected), rows_of(reports[f"{name}_scan"])


@pytest.mark.parametrize("name", ["ruled_actions", "ruled_goals"])
def test_the_scan_reads_the_statuses_the_digital_original_has(reports, name: str) -> None:
    digital, scan = rows_of(reports[name]), rows_of(reports[f"{name}_scan"])
    assert [category for _, category in scan] == [category for _, category in digital]
    assert [ascii_key(text)[:30] for text, _ in scan] == [ascii_key(text)[:30] for text, _ in digital]


def test_the_scanned_ruled_table_has_its_rows_and_columns() -> None:
    page = ocr_pdf_pages(SCANS / "ruled_actions_scan.pdf", [1])[1]
    assert len(page.tables) == 1
    rows = page.tables[0]
    assert [ascii_key(cell or "") for cell in rows[0]] == ["nr", "atgard", "status", "kommentar"]
    assert len(rows) == 6
    assert [row[2] for row in rows[1:]] == ["Klar", "Pågår", "Ej påbörjad", "Pågår", "Klar"]
    # A multi-line cell is one cell: the comment of action 2 runs over two lines.
    assert rows[2][3] == "Tre av fem sträckor har fått ny belysning. Resten görs under våren."
    assert page.objects_tables[0].ruled


def test_a_row_without_its_inner_rules_is_one_cell_across_the_table() -> None:
    page = ocr_pdf_pages(SCANS / "ruled_goals_scan.pdf", [1])[1]
    table = page.objects_tables[0]
    assert (table.n_rows, table.n_cols) == (7, 4)
    spanning = [r for r in range(table.n_rows) if len({cell.bbox for cell in table.row(r)}) == 1]
    assert spanning == [1, 4]
    assert [table.row(r)[0].text for r in spanning] == [
        "Mål 1: Fler barn och unga deltar i föreningslivet", "Mål 2: Anläggningarna är tillgängliga för alla"]


def test_the_rules_are_not_read_as_text() -> None:
    page = ocr_pdf_pages(SCANS / "ruled_actions_scan.pdf", [1])[1]
    assert not [line.text for line in page.lines if "|" in line.text]
