"""All the objects of one PDF page read once: tables with their cells, icons and progress bars.

Order matters because objects explain each other: the rects that draw a table are neither icons nor
bars, and bar rects must not split table cells. Costly steps run only where they can find something:
the table finder on pages with rules or rects, image decoding on pages with images.
"""

from __future__ import annotations

from contextlib import closing
from dataclasses import dataclass, field
from typing import Any

from hpextract.document.model import Icon, ProgressBar, Table
from hpextract.sources.bars import image_bars, rect_bars
from hpextract.sources.icons import icon_sized, image_icons, vector_icons
from hpextract.sources.raster import PageRaster
from hpextract.sources.tables import (
    Grid,
    PageContent,
    cell_rects,
    filled_rect_grids,
    page_fills,
    ruled_grids,
    sort_tables,
    table_from_grid,
)
from hpextract.sources.unruled import unruled_grids
from hpextract.utils.geometry import bbox_of, overlaps, reading_key

MIN_RULES = 4  # ruled tables need several rules; fewer and the table finder is not run
MIN_TEXT_SHARE = 0.25


@dataclass(slots=True)
class PageObjects:
    """A page's tables (as model Tables), the icons and bars outside them, and pdfplumber's ruled tables
    (kept as found, for the readers of `Page.tables`)."""

    tables: list[Table] = field(default_factory=list)
    icons: list[Icon] = field(default_factory=list)
    bars: list[ProgressBar] = field(default_factory=list)
    plumber_tables: list[Any] = field(default_factory=list)


def read_page_objects(pdf_page: Any) -> PageObjects:
    with closing(PageRaster(pdf_page)) as raster:  # PDFium's page, opened for the first icon, closed here
        words = pdf_page.extract_words(extra_attrs=["fontname", "size"])
        fill_grids = filled_rect_grids(pdf_page) if pdf_page.rects else []
        structure = {i for grid in fill_grids for i in grid.structure}
        bars, bar_rects = rect_bars(pdf_page, structure, words) if pdf_page.rects else ([], set())
        bars += image_bars(pdf_page, raster) if pdf_page.images else []
        plumber_tables = find_ruled_tables(pdf_page, bar_rects) if may_have_table(pdf_page) else []
        ruled = [g for g in ruled_grids(plumber_tables) if not _overlaps_any(g, fill_grids)]
        for grid in ruled:
            structure |= cell_rects(grid, pdf_page.rects)
        grids = fill_grids + ruled
        icons = (image_icons(pdf_page, raster) if pdf_page.images else []) + vector_icons(
            pdf_page, raster, structure | bar_rects
        )
        icons.sort(key=lambda icon: reading_key(icon.prov.bbox))
        bars.sort(key=lambda bar: reading_key(bar.prov.bbox))
    grids += unruled_grids(words, [g.bbox for g in grids])
    content = PageContent(pdf_page.page_number, words, page_fills(pdf_page), icons, bars)
    tables = sort_tables([t for t in (table_from_grid(grid, content) for grid in grids) if has_text(t)])
    placed = {id(obj) for table in tables for cell in table.cells for obj in (*cell.icons, *cell.bars)}
    return PageObjects(
        tables=tables,
        icons=[i for i in icons if id(i) not in placed],
        bars=[b for b in bars if id(b) not in placed],
        plumber_tables=plumber_tables,
    )


def has_text(table: Table) -> bool:
    """Text in at least two rows and a quarter of the positions: a chart's grid lines make no table."""
    with_text = [c for c in table.cells if c.text]
    return len({c.row for c in with_text}) >= 2 and len(with_text) >= MIN_TEXT_SHARE * table.n_rows * table.n_cols


def may_have_table(pdf_page: Any) -> bool:
    return len(pdf_page.lines) + len(pdf_page.rects) >= MIN_RULES


def find_ruled_tables(pdf_page: Any, skip: set[int]) -> list[Any]:
    """pdfplumber's ruled tables with at least 2 rows and 2 columns, found without the bar rects and small
    filled shapes (icons), whose edges would otherwise split cells."""

    def keep(obj: dict[str, Any]) -> bool:
        if obj.get("object_type") not in ("rect", "curve"):
            return True
        return id(obj) not in skip and not (obj.get("fill") and icon_sized(bbox_of(obj)))

    found = pdf_page.filter(keep).find_tables()
    return [t for t in found if len(t.rows) >= 2 and max(len(r.cells) for r in t.rows) >= 2]


def _overlaps_any(grid: Grid, others: list[Grid]) -> bool:
    return any(overlaps(grid.bbox, other.bbox) for other in others)
