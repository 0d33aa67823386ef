"""Tables continued over page breaks: one Table whose `pages` lists every page it is on.

A table that opens a page (nothing above it but the running header) and has the same column edges as the
table that closes the previous page (nothing below it but the footer) is the same table. A header row
repeated at the top of the new page is dropped; every other row is kept, renumbered after the first part's.
"""

from __future__ import annotations

from itertools import pairwise

from hpextract.document.model import BBox, Table, TableCell
from hpextract.sources.page import Page
from hpextract.sources.tables import EDGE_TOLERANCE, cluster
from hpextract.utils.geometry import centre, contains_point, union

MARGIN_SHARE = 0.1  # the top and bottom tenth of a page hold running headers and footers
EDGE_MATCH = 2.0  # points two column edges may differ by and still be one table's


def merge_continued_tables(pages: list[Page]) -> None:
    """Join each table continued on the next page into the first part (in place): the continuation leaves
    the later page's `objects_tables`, its rows are appended, its page added to `pages`."""
    carried: Table | None = None  # a table already continued onto `previous` from an earlier page
    for previous, page in pairwise(pages):
        present = previous.objects_tables + ([carried] if carried is not None else [])
        carried = None
        if page.number != previous.number + 1 or not present or not page.objects_tables:
            continue
        ending = _last_table(previous, present)
        opening = _first_table(page)
        if ending is None or opening is None or not continues(ending, opening, previous.number):
            continue
        append_rows(ending, opening)
        page.objects_tables.remove(opening)
        carried = ending


def continues(ending: Table, opening: Table, page: int) -> bool:
    """Whether `opening` goes on with `ending`: no header of its own (or a repeat of the ending table's), and
    the same column edges, or edges of which one side's are a subset of the other's (a column split on one
    page only) with the same outer edges."""
    if opening.header_rows and not _header_repeated(ending, opening):
        return False
    edges_a, edges_b = _column_edges(_part_on(ending, page)), _column_edges(opening.cells)
    if len(edges_a) == len(edges_b) and all(_near(a, b) for a, b in zip(edges_a, edges_b, strict=True)):
        return True
    fewer, more = sorted((edges_a, edges_b), key=len)
    outer_same = _near(fewer[0], more[0]) and _near(fewer[-1], more[-1])
    return outer_same and len(fewer) >= 3 and all(any(_near(x, y) for y in more) for x in fewer)


def _near(a: float, b: float) -> bool:
    return abs(a - b) <= EDGE_MATCH


def append_rows(table: Table, continuation: Table) -> None:
    """Add the continuation's rows after the table's, without a repeat of the table's header."""
    drop = len(continuation.header_rows) if _header_repeated(table, continuation) else 0
    offset = table.n_rows - drop
    for cell in continuation.cells:
        if cell.row >= drop:
            cell.row += offset
            cell.header = False
            table.cells.append(cell)
    table.n_rows += continuation.n_rows - drop
    table.pages.extend(p for p in continuation.pages if p not in table.pages)


def _header_repeated(table: Table, continuation: Table) -> bool:
    rows = continuation.header_rows
    if not rows or len(rows) != len(table.header_rows):
        return False
    return all(_texts(table.row(r)) == _texts(continuation.row(r)) for r in rows)


def _texts(cells: list[TableCell]) -> list[str]:
    return [c.text for c in cells]


def _last_table(page: Page, present: list[Table]) -> Table | None:
    """The page's lowest table when only the footer margin is below it; it may have begun on an earlier page."""
    boxes = [(t, _part_box(t, page.number)) for t in present]
    table, box = max(boxes, key=lambda pair: pair[1][3])
    limit = page.height * (1 - MARGIN_SHARE)
    others = [b for _, b in boxes]
    if any(box[3] < line.top < limit and not _inside(line.bbox, others) for line in page.lines):
        return None
    return table


def _first_table(page: Page) -> Table | None:
    """The page's highest table when only the running-header margin is above it."""
    boxes = [(t, _part_box(t, page.number)) for t in page.objects_tables]
    table, box = min(boxes, key=lambda pair: pair[1][1])
    limit = page.height * MARGIN_SHARE
    others = [b for _, b in boxes]
    if any(limit < line.top and line.bottom < box[1] and not _inside(line.bbox, others) for line in page.lines):
        return None
    return table


def _inside(box: BBox, tables: list[BBox]) -> bool:
    x, y = centre(box)
    return any(contains_point(table, x, y) for table in tables)


def _part_box(table: Table, page: int) -> BBox:
    """The box of the table's cells on one page."""
    return union(c.bbox for c in _part_on(table, page) if c.bbox is not None)


def _part_on(table: Table, page: int) -> list[TableCell]:
    return [c for c in table.cells if c.page == page and c.bbox is not None]


def _column_edges(cells: list[TableCell]) -> list[float]:
    return cluster([v for c in cells if c.bbox for v in (c.bbox[0], c.bbox[2])], EDGE_TOLERANCE)
