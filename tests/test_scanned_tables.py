"""Issue 12: tables of a planning-system export read from scanned pages (real Tesseract OCR, no mocks).

The inputs are pages 26 and 27 of the real Simrishamn årsbokslut (tests/data/realworld/), rendered and
stored as image-only PDFs by tools/make_scanned_tables.py: colour at 150 dpi, greyscale at 200 dpi with
0.4° skew and dust specks. The expected items, icon colours and bars are written by hand from reading the
pages: every status icon on them is a green disc (a white tick in the "Aktivitet" tables, plain in the
"Nämndmål" tables); every bar is full except the first one of page 27, whose right end is dark.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from hpextract.pipeline import extract
from hpextract.report.model import Report
from hpextract.sources.ocr import ocr_pdf_pages
from hpextract.sources.scan_tables import ScanWord, _column_starts
from hpextract.utils.text import ascii_key

SCANS = Path(__file__).parent / "data" / "scanned_tables"
GREY_WARNING = "the colours of status icons could not be read"

# (how the row's text begins, whether the row has a bar) for the item rows of each page, top to bottom.
PAGE_26 = [
    ("Föreläsningar för medborgare och medarbetare", True),
    ("Skapa verksamhet och föredrag om hotade", True),
    ("Bevara och utveckla Simrishamns och Österlens attraktivitet", False),
    ("Arbeta för en livskraftig landsbygd", False),
]
PAGE_27 = [
    ("Utveckla friluftsliv samt kultur- och fritidsaktiviteter", True),
    ("Öka tillgängligheten till fler fornlämningar", True),
    ("Dialogmöten översiktsplanen", True),
    ("Landsbygdsbibblan: Undersöka förutsättningar", True),
    ("Lokal litteraturfestival: Undersöka möjligheterna", True),
]


pytestmark = pytest.mark.usefixtures("module_ocr_cache")


@pytest.fixture(scope="module")
def reports() -> dict[str, Report]:
    return {name: extract(SCANS / f"{name}.pdf") for name in ("colour_p26", "colour_p27", "grey_p26", "grey_p27")}


def begins(item_text: str, expected: str) -> bool:
    return ascii_key(item_text).startswith(ascii_key(expected))


@pytest.mark.parametrize(("name", "rows"), [
    ("colour_p26", PAGE_26), ("colour_p27", PAGE_27), ("grey_p26", PAGE_26), ("grey_p27", PAGE_27),
])
def test_every_item_row_of_a_scanned_table_is_an_item(reports, name: str, rows) -> None:
    items = reports[name].items
    assert len(items) == len(rows)
    for item, (text, _) in zip(items, rows, strict=True):
        assert begins(item.text, text), (item.text, text)


@pytest.mark.parametrize(("name", "rows"), [("colour_p26", PAGE_26), ("colour_p27", PAGE_27)])
def test_on_a_colour_scan_the_statuses_come_from_the_green_icons(reports, name: str, rows) -> None:
    report = reports[name]
    assert not any(GREY_WARNING in w for w in report.warnings)
    for item, (_, has_bar) in zip(report.items, rows, strict=True):
        assert item.status.icon is not None and item.status.icon.colour == "green"
        assert (item.progress is not None) == has_bar
    # Where the comment's words say otherwise, the conflict is reported as on the digital page.
    assert all(item.status.category == "completed" for item in report.items if item.status.source == "icon")


def test_the_bars_read_full_and_the_one_with_a_dark_end_short_of_full(reports) -> None:
    percents = [item.progress.percent for item in reports["colour_p27"].items]
    assert percents[1:] == [100.0] * 4
    assert 80.0 <= percents[0] < 98.0


def test_the_tick_in_the_activity_icons_is_seen(reports) -> None:
    shapes = [item.status.icon.shape for item in reports["colour_p26"].items]
    assert shapes[:2] == ["tick", "tick"]


def test_on_a_greyscale_scan_the_icon_colours_are_unknown_and_said_so(reports) -> None:
    report = reports["grey_p26"]
    assert any(GREY_WARNING in w for w in report.warnings)
    assert all(item.status.icon is not None and item.status.icon.colour is None for item in report.items)
    assert all(item.status.source != "icon" for item in report.items)


def test_on_a_greyscale_scan_the_statuses_come_from_the_comments_words(reports) -> None:
    # grey_p27's goal row of two lines ("Bevara och utveckla …") is cut from the table's band by its specks:
    # the band below it has no header and goes on in the columns above (its activity was lost before).
    report = reports["grey_p27"]
    assert any(GREY_WARNING in w for w in report.warnings)
    # Written from the comments: "fortsatte arbetet under hösten", "Projektet genomfört och avslutat",
    # two that describe what was done without a status word, "genomfördes enligt plan".
    assert [item.status.category for item in report.items] == [
        "in_progress", "completed", "unknown", "unknown", "completed",
    ]
    assert {item.status.source for item in report.items if item.status.category != "unknown"} == {"prose"}


def test_the_scanned_table_has_the_header_columns_and_spanning_comment_rows() -> None:
    page = ocr_pdf_pages(SCANS / "colour_p26.pdf", [1])[1]
    headers = [[ascii_key(cell or "") for cell in rows[0]] for rows in page.tables]
    assert headers == [["aktivitet", "status", "fardiggrad"], ["namndmal", "bedomning"]]
    activities = page.objects_tables[0]
    comments = [row for row in range(activities.n_rows) if activities.row(row)[0].text.startswith("Kommentar:")]
    assert len(comments) == 2
    for row in comments:  # a comment runs across the table: one cell over all three columns
        assert len({cell.bbox for cell in activities.row(row)}) == 1


def test_what_tesseract_reads_on_icons_and_bars_is_left_out_of_the_text() -> None:
    page = ocr_pdf_pages(SCANS / "colour_p26.pdf", [1])[1]
    texts = [line.text for line in page.lines]
    # The first lines of the two activities, as printed (the page's own typo "kulturmijöer" included),
    # with the icon and the bar beside them.
    assert "Föreläsningar för medborgare och medarbetare. Använda" in texts
    assert "Skapa verksamhet och föredrag om hotade kulturmijöer längs" in texts


def test_the_scanned_table_lines_lie_in_its_rows() -> None:
    page = ocr_pdf_pages(SCANS / "grey_p26.pdf", [1])[1]
    assert len(page.tables) == 2
    tagged = [line for line in page.lines if line.cell is not None]
    assert {line.cell[0] for line in tagged} == {0, 1}
    headings = [line.text for line in page.lines if line.cell is None and line.text.startswith("08 ")]
    assert headings == ["08 Hållbart samhällsbyggande"]


def test_a_header_word_boxed_past_the_fills_edge_still_gives_the_columns() -> None:
    # Tesseract's boxes for the header of a greyscale scan of page 27 with other specks than grey_p27's (not kept;
    # 300 dpi, in points): a speck joined to "Aktivitet" put its box 2.4 pt left of the header's fill, and the
    # table lost its columns (0 items on that page).
    left = 71.04
    # Words carry their line's top, as OCR gives them.
    header = [ScanWord("Aktivitet", 68.64, 85.7, 112.56, 104.4), ScanWord("Status", 378.24, 85.7, 406.8, 97.7),
              ScanWord("Färdiggrad", 452.88, 85.7, 504.96, 99.1)]
    assert _column_starts(header, left) == [378.24, 452.88]
