"""PDF objects in the document model: tables with cells, fills, icons and bars, continued tables.

Real input: the Simrishamn annual report, whose goal and activity tables are drawn with filled rects and
carry image icons and bar images, checked against a key measured by eye (tests/data/simrishamn_key.json).
Generated input: small PDFs made by tests/pdf_fixtures.py, one feature each.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from hpextract.document.model import Table, TableCell
from hpextract.sources.colours import colour_name
from hpextract.sources.page import Page
from hpextract.sources.read import read_pdf
from tests import pdf_fixtures as make

DATA = Path(__file__).parent / "data"
KEY = json.loads((DATA / "simrishamn_key.json").read_text(encoding="utf-8"))
KEY_PAGES = range(24, 33)


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def icon_rows(pages: list[Page], numbers: range) -> list[dict[str, object]]:
    """Every table row with an icon in one of its cells, on the given pages, in reading order."""
    rows = []
    for page in pages:
        for table in page.objects_tables:
            for index in range(table.n_rows):
                cells = table.row(index)
                icons = [i for c in cells for i in c.icons]
                if icons and cells[0].page in numbers:
                    bars = [b for c in cells for b in c.bars]
                    rows.append({
                        "page": cells[0].page, "text": _squash(cells[0].text), "colour": icons[0].colour,
                        "shape": icons[0].shape, "percent": bars[0].percent if bars else None,
                        "columns": table.n_cols,
                    })
    return rows


@pytest.fixture(scope="module")
def simrishamn() -> list[Page]:
    return read_pdf(DATA / "realworld" / KEY["file"])


@pytest.mark.parametrize(("kind", "columns", "count"), [("activities", 3, 22), ("goals", 2, 11)])
def test_key_rows_with_their_icons_and_bars(simrishamn: list[Page], kind: str, columns: int, count: int) -> None:
    """Activities are the icon rows of the "Aktivitet | Status | Färdiggrad" tables, goals those of the
    "Nämndmål | Bedömning" ones: text start, icon colour and shape, bar percent within 3 points."""
    rows = [r for r in icon_rows(simrishamn, KEY_PAGES) if r["columns"] == columns]
    assert len(rows) == len(KEY[kind]) == count
    for row, expected in zip(rows, KEY[kind], strict=True):
        assert row["page"] == expected["page"]
        assert str(row["text"]).startswith(expected["text"]), (row["text"], expected["text"])
        assert (row["colour"], row["shape"]) == (expected["colour"], expected["shape"])
        if "percent" in expected:
            assert row["percent"] is not None and abs(float(row["percent"]) - expected["percent"]) <= 3
        else:
            assert row["percent"] is None


def test_no_icon_or_bar_of_the_key_pages_is_left_outside_a_table(simrishamn: list[Page]) -> None:
    for page in simrishamn:
        if page.number in KEY_PAGES:
            assert page.icons == [] and page.bars == [], page.number


def test_the_activity_tables_continued_over_page_breaks_are_one_table_each(simrishamn: list[Page]) -> None:
    tables = {tuple(t.pages): t for page in simrishamn for t in page.objects_tables}
    for pages, first_on_next in (((27, 28), "Tillgängliggöra Österlens"), ((30, 31), "Möjliggöra och underlätta")):
        table = tables[pages]
        assert [c.text for c in table.row(0)] == ["Aktivitet", "Status", "Färdiggrad"]
        assert table.header_rows == [0]
        texts = [_squash(table.row(r)[0].text) for r in range(table.n_rows)]
        on_next = [t for r, t in enumerate(texts) if table.row(r)[0].page == pages[1]]
        assert on_next[0].startswith(first_on_next)
        assert texts.count(texts[0]) == 1  # the header is not repeated in the body
    # The later pages keep no table of their own for the continued part.
    assert not any(t.pages == [28] and t.n_cols == 3 for page in simrishamn for t in page.objects_tables)


def test_the_comment_and_goal_rows_span_the_whole_table(simrishamn: list[Page]) -> None:
    table = next(t for page in simrishamn if page.number == 26 for t in page.objects_tables if t.n_cols == 3)
    goal_row, comment_row = table.row(1), table.row(3)
    assert goal_row[0].bold and goal_row[0].text.startswith("Verka för kunskapsspridning")
    assert comment_row[0].text.startswith("Kommentar:")
    assert len({c.bbox for c in comment_row}) == 1 and len({c.text for c in comment_row}) == 1


def test_the_report_header_status_line_is_no_table_row(simrishamn: list[Page]) -> None:
    page = next(p for p in simrishamn if any(line.text.startswith("Status: Påbörjad") for line in p.lines))
    assert page.number == 2
    assert all("Påbörjad" not in c.text for p in simrishamn for t in p.objects_tables for c in t.cells)


def test_cells_carry_fills_under_them(simrishamn: list[Page]) -> None:
    table = next(t for page in simrishamn if page.number == 26 for t in page.objects_tables if t.n_cols == 3)
    header, body = table.row(0)[0], table.row(2)[0]
    assert header.fill is not None and colour_name(header.fill) == "blue"
    assert body.fill is not None and body.fill != header.fill
    assert not any(i.kind == "fill" for c in table.cells for i in c.icons)  # pale row tints are not statuses


# Generated PDFs --------------------------------------------------------------------------------------------

def only_table(pages: list[Page]) -> Table:
    tables = [t for page in pages for t in page.objects_tables]
    assert len(tables) == 1, [t.pages for t in tables]
    return tables[0]


def body_rows(table: Table) -> list[list[TableCell]]:
    return [table.row(r) for r in range(table.n_rows) if r not in table.header_rows]


def test_png_icons_in_cells_give_colour_and_shape(tmp_path: Path) -> None:
    table = only_table(read_pdf(make.png_icon_table(tmp_path)))
    assert table.header_rows == [0] and table.row(0)[0].bold
    seen = [(row[0].text, row[1].icons[0].colour, row[1].icons[0].shape, row[1].icons[0].kind)
            for row in body_rows(table)]
    assert seen == [
        ("Bygga ut cykelvägar", "green", "tick", "image"), ("Ny simhall", "yellow", "exclamation", "image"),
        ("Renovera biblioteket", "red", "cross", "image"), ("Digital anmälan", "blue", "play", "image"),
        ("Utreda konsthall", "grey", "circle", "image"),
    ]


def test_jpeg_cmyk_and_palette_icons_and_bars_drawn_in_cells(tmp_path: Path) -> None:
    table = only_table(read_pdf(make.encoded_icons_and_drawn_bars_table(tmp_path)))
    assert (table.n_rows, table.n_cols) == (5, 3)  # the bar rects do not split the cells
    seen = [(row[1].icons[0].colour, row[1].icons[0].shape, [b.percent for b in row[2].bars], row[2].icons)
            for row in body_rows(table)]
    assert seen == [("green", "tick", [0.0], []), ("yellow", "exclamation", [40.0], []),
                    ("red", "cross", [75.0], []), ("blue", "play", [100.0], [])]


def test_greyscale_icons_have_no_colour_but_keep_their_shape(tmp_path: Path) -> None:
    table = only_table(read_pdf(make.greyscale_icon_table(tmp_path)))
    icons = [row[1].icons[0] for row in body_rows(table)]
    assert [i.colour for i in icons] == [None, None, None]
    assert [i.shape for i in icons] == ["tick", "exclamation", "cross"]


def test_vector_icons_with_glyphs_and_a_square_before_a_word(tmp_path: Path) -> None:
    (page,) = read_pdf(make.vector_icons_page(tmp_path))
    assert page.objects_tables == []
    seen = [(i.colour, i.shape, i.kind) for i in page.icons]
    assert seen == [
        ("green", "tick", "vector"), ("yellow", "exclamation", "vector"), ("red", "cross", "vector"),
        ("blue", "play", "vector"), ("grey", "circle", "vector"), ("green", "square", "vector"),
    ]
    square = page.icons[-1].prov.bbox
    word = next(line for line in page.lines if line.text == "Genomförd")
    assert square is not None and square[2] <= word.x0 and abs(square[1] - word.top) < 4


def test_traffic_light_cell_fills_are_icons(tmp_path: Path) -> None:
    table = only_table(read_pdf(make.traffic_light_table(tmp_path)))
    seen = [(row[0].text, [(i.kind, i.colour) for i in row[1].icons]) for row in body_rows(table)]
    assert seen == [("Förskola", [("fill", "green")]), ("Grundskola", [("fill", "yellow")]),
                    ("Gymnasium", [("fill", "red")])]
    assert table.row(0)[1].icons == []  # the grey header fill is no status


@pytest.mark.parametrize("build", [make.rect_bars_page, make.image_bars_page])
def test_bars_at_0_40_75_100_percent(tmp_path: Path, build: Callable[[Path], Path]) -> None:
    (page,) = read_pdf(build(tmp_path))
    percents = [b.percent for b in sorted(page.bars, key=lambda b: b.prov.bbox[1] if b.prov.bbox else 0)]
    assert len(percents) == len(make.BAR_PERCENTS)
    for measured, drawn in zip(percents, make.BAR_PERCENTS, strict=True):
        assert abs(measured - drawn) <= 1.5, (measured, drawn)


@pytest.mark.parametrize("repeat_header", [True, False])
def test_a_60_row_table_over_a_page_break_is_one_table(tmp_path: Path, repeat_header: bool) -> None:
    pages = read_pdf(make.long_table(tmp_path, repeat_header))
    assert len(pages) == 2
    table = only_table(pages)
    assert table.pages == [1, 2]
    assert table.header_rows == [0] and [c.text for c in table.row(0)] == ["Nr", "Åtgärd", "Status"]
    numbers = [row[0].text for row in body_rows(table)]
    assert numbers == [str(i) for i in range(1, 61)]
    assert {row[0].page for row in body_rows(table)} == {1, 2}


@pytest.mark.parametrize("same_columns", [True, False])
def test_a_table_with_its_own_header_on_the_next_page_stays_apart(tmp_path: Path, same_columns: bool) -> None:
    pages = read_pdf(make.two_tables_on_two_pages(tmp_path, same_columns))
    tables = [t for page in pages for t in page.objects_tables]
    assert [(t.pages, t.n_rows, t.row(0)[0].text) for t in tables] == [([1], 31, "Nr"), ([2], 3, "Mål")]


def test_an_unruled_three_column_table(tmp_path: Path) -> None:
    (page,) = read_pdf(make.unruled_table_page(tmp_path))
    table = only_table([page])
    assert not table.ruled and (table.n_rows, table.n_cols) == (5, 3)
    assert [[c.text for c in table.row(r)] for r in range(5)] == [list(row) for row in make.UNRULED_ROWS]
    assert table.header_rows == [0]
    assert not any("Tabellen visar" in c.text for c in table.cells)


def test_ordinary_paragraphs_give_no_table(tmp_path: Path) -> None:
    (page,) = read_pdf(make.prose_page(tmp_path))
    assert len(page.lines) > 12
    assert page.objects_tables == [] and page.tables == [] and page.icons == [] and page.bars == []


@pytest.mark.parametrize(
    ("rgb", "name"),
    [
        ((0.6, 0.8, 0.0), "green"), ((0.0, 0.69, 0.31), "green"), ((1.0, 0.75, 0.0), "yellow"),
        ((0.93, 0.49, 0.19), "yellow"), ((1.0, 0.0, 0.0), "red"), ((0.75, 0.0, 0.1), "red"),
        ((0.0, 0.41, 0.71), "blue"), ((0.5, 0.5, 0.5), "grey"), ((0.85, 0.85, 0.82), "grey"),
        ((1.0, 1.0, 1.0), "white"), ((0.05, 0.05, 0.05), "black"),
    ],
)
def test_colour_names_by_hue_and_saturation(rgb: tuple[float, float, float], name: str) -> None:
    assert colour_name(rgb) == name


@pytest.fixture(scope="module")
def budget() -> list[Page]:
    return read_pdf(DATA / "realworld" / "simrishamn_kfn_budgetskrivelse_investeringar_2027-2031.pdf")


def test_a_summary_table_goes_on_over_a_page_break_with_a_column_split_on_one_page_only(budget: list[Page]) -> None:
    summary = next(t for t in budget[3].objects_tables if t.row(0)[0].text.startswith("Pri"))
    assert summary.pages == [4, 5]
    firsts = [summary.row(r)[3].text for r in range(summary.n_rows)]
    assert firsts[1].startswith("Utrustning uppstart")  # the first project row after the header
    assert any(t.startswith("Summa investeringsbudget") for t in firsts)  # the last row, on page 5
    assert not any(t.pages == [5] and t.n_cols >= 10 for t in budget[4].objects_tables)


def test_a_table_with_its_own_header_opening_a_page_is_a_new_table(budget: list[Page]) -> None:
    projects = [t for p in budget for t in p.objects_tables if t.row(0)[0].text.startswith(("Projekt (", "**Projekt"))]
    headers = [t.row(0)[0].text.split(" -")[0] for t in projects]
    assert [h for h in headers if h.startswith("Projekt (")] == [f"Projekt ({n})" for n in range(1, 21)]
    for table in projects:  # each project's table holds one "Projektnamn" row at most: none swallowed the next
        assert sum(table.row(r)[0].text.startswith("Projektnamn") for r in range(table.n_rows)) <= 1
