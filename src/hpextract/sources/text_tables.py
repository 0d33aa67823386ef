"""Tables in a text dump: columns that a layout-preserving dump (`pdftotext -layout`) aligns with spaces.

A table is a run of at least three lines (a header and two rows) whose text stands in the same two or more
columns, each column starting at the same character position (give or take) and separated by two or more
spaces. Its lines are tagged with their (table, row) like a PDF's table lines, and the rows are cut at the
header's column starts. A line whose every cell continues a cell above that had no room left (a wrapped
cell) continues that row: its cells are joined to the row's, as the lines of a wrapped cell are in a PDF.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from hpextract.sources.page import Line
from hpextract.utils.dates import is_period_label

# Columns are separated by a gap of at least this many spaces.
GAP = re.compile(r" {2,}")
# A cell may start this many characters away from its column's start.
SLACK = 2
MIN_ROWS = 3
# Under a header of three or more short column names one row is a table already.
MIN_ROWS_UNDER_HEADER = 2
HEADER_CELL = 25


# The spaces between two columns of a tab-separated table laid out as a layout dump prints it.
TAB_GAP = 3


def align_tab_columns(raws: list[str]) -> list[str]:
    """Raw lines with tab-separated cells (a sheet pasted as text) laid out in columns aligned with spaces, as
    a layout dump prints a table: each run of consecutive lines with a tab between words gets one width per
    column, its widest cell and a gap. A tab before the text is an indent."""
    out = [_leading_tabs_expanded(raw) for raw in raws]
    tabbed = [bool(re.search(r"\S\t", raw)) for raw in out]
    k = 0
    while k < len(out):
        end = k
        while end < len(out) and tabbed[end]:
            end += 1
        if end > k:
            out[k:end] = _aligned([out[j].split("\t") for j in range(k, end)])
        k = end + 1
    return out


def _leading_tabs_expanded(raw: str) -> str:
    stripped = raw.lstrip(" \t")
    return raw[: len(raw) - len(stripped)].expandtabs() + stripped


def _aligned(rows: list[list[str]]) -> list[str]:
    """Rows of cells padded to their column's widest cell and joined by a column gap."""
    indents = [cells[0][: len(cells[0]) - len(cells[0].lstrip())] for cells in rows]
    cleaned = [[cell.strip() for cell in cells] for cells in rows]
    widths = [max(len(cells[c]) for cells in cleaned if c < len(cells)) for c in range(max(map(len, cleaned)))]
    gap = " " * TAB_GAP
    return [
        indent + gap.join(cell.ljust(widths[c]) for c, cell in enumerate(cells)).rstrip()
        for indent, cells in zip(indents, cleaned, strict=True)
    ]


def _looks_like_header(raw: str, starts: list[int]) -> bool:
    cells = cells_of(raw, starts)
    return len(cells) >= 3 and all(cell and len(cell) <= HEADER_CELL for cell in cells)


def column_starts(raw: str) -> list[int]:
    """Where each space-separated piece of a raw line starts (the first piece at its indent)."""
    starts = [len(raw) - len(raw.lstrip())]
    starts += [m.end() for m in GAP.finditer(raw.rstrip()) if m.start() > starts[0]]
    return starts


def find_tables(raws: list[str]) -> list[tuple[int, int, list[int]]]:
    """(first line, end line, column starts) of each table among a page's raw lines (blank lines included)."""
    tables: list[tuple[int, int, list[int]]] = []
    i = 0
    while i < len(raws):
        header = column_starts(raws[i]) if raws[i].strip() else []
        if len(header) < 2:
            i += 1
            continue
        end = i + 1
        added = _sub_header_columns(raws[end], header) if end < len(raws) else []
        if added:  # a second header row: its columns are the table's too ("Status" over "2024   2025")
            header, end = sorted([*header, *added]), end + 1
        while end < len(raws) and raws[end].strip() and _fits(column_starts(raws[end]), header):
            end += 1
        full_rows = sum(1 for k in range(i, end) if len(column_starts(raws[k])) >= 2)
        under_header = _looks_like_header(raws[i], header)
        needed = MIN_ROWS_UNDER_HEADER if under_header else MIN_ROWS
        one_cell_rows = under_header and _first_cells_only(raws[i + 1 : end], header)
        if end - i >= needed and (full_rows >= needed or one_cell_rows):
            tables.append((i, end, header))
            i = end
        else:
            i += 1
    return tables


def _sub_header_columns(raw: str, header: list[int]) -> list[int]:
    """The columns a second header row under `header` adds, when `raw` is one: it leaves the first column empty,
    names periods alone ("2024   2025" under "Status") and starts a column the header has not; else []."""
    starts = column_starts(raw)
    pieces = GAP.split(raw.strip())
    added = [start for start in starts if not any(abs(start - h) <= SLACK for h in header)]
    periods = len(pieces) >= 2 and all(is_period_label(piece) for piece in pieces)
    return added if starts[0] > header[0] + SLACK and periods else []


def _first_cells_only(rows: list[str], header: list[int]) -> bool:
    """Rows under a header that fill its first column alone, within its width: a planning system's one-row
    table whose status is an icon that a text dump drops ("Aktivitet   Status   Färdiggrad" / "Tillsyn av …")."""
    width = header[1] - header[0] - 2
    return all(len(column_starts(row)) == 1 and len(row.strip()) <= width for row in rows)


def _fits(starts: list[int], header: list[int]) -> bool:
    """Every piece of the line starts at one of the header's columns (a continuation may skip columns)."""
    return all(any(abs(s - h) <= SLACK for h in header) for s in starts)


def cells_of(raw: str, header: list[int]) -> list[str | None]:
    """A line cut at the header's column starts; in a continuation line (first column empty) an empty cell is
    None (spanned from the row above), in a row's first line it is an empty string."""
    bounds = [*header[1:], 10**6]
    spans = zip(header, bounds, strict=True)
    pieces = [raw[start - SLACK if k else 0 : end - SLACK].strip() for k, (start, end) in enumerate(spans)]
    if pieces[0]:
        return list(pieces)
    return [piece or None for piece in pieces]


def tag_table_lines(lines: list[Line], raws: list[str]) -> tuple[list[Line], list[list[list[str | None]]]]:
    """Lines of a text page (one per non-blank raw line, in order) tagged with (table, row), and the tables."""
    by_row = {int(line.top): line for line in lines}
    tables: list[list[list[str | None]]] = []
    tagged = dict(by_row)
    for t, (start, end, header) in enumerate(find_tables(raws)):
        lines_cells = [cells_of(raws[k], header) for k in range(start, end)]
        widths = _column_widths(header, lines_cells)
        rows: list[list[str | None]] = []
        for k, cells in zip(range(start, end), lines_cells, strict=True):
            if rows and _continues(rows[-1], lines_cells[k - start - 1], cells, widths):
                # its cells go on the row's own, as the lines of a wrapped cell in a PDF
                rows[-1] = [_joined(top, bottom) for top, bottom in zip(rows[-1], cells, strict=True)]
            else:
                rows.append(cells)
            line = by_row[k]
            tagged[k] = replace(line, text=" ".join(line.text.split()), cell=(t, len(rows) - 1))
        tables.append(rows)
    return [tagged[k] for k in sorted(tagged)], tables


def _column_widths(header: list[int], lines_cells: list[list[str | None]]) -> list[int]:
    """How many characters each column holds: up to two spaces before the next column starts; the last one,
    its longest cell."""
    widths = [after - start - 2 for start, after in itertools.pairwise(header)]
    return [*widths, max((len(cells[-1] or "") for cells in lines_cells), default=0)]


def _continues(row: list[str | None], above: list[str | None], cells: list[str | None], widths: list[int]) -> bool:
    """A line that goes on with the cells of the `row` above: it leaves empty a cell the row filled, and each
    of its cells continues a cell of the line `above` whose column had no room left for its first word ("Öppen
    fritidsgård på lördagar i" / "Västra"). A new row under a column printed once per group ("Trygg trafik |
    Hastighetsöversyn | Klar" / " | Ny cykelbana | Pågår") fills cells that had room."""
    if _same_key_shape(row[0], cells[0]):
        return False
    filled = [k for k, cell in enumerate(cells) if cell]
    left_empty = any(row[k] and not cells[k] for k in range(len(cells)))  # a new row fills what its row did
    return bool(filled) and left_empty and all(
        above[k] and len(above[k] or "") + 1 + len((cells[k] or "").split()[0]) > widths[k] for k in filled
    )


def _same_key_shape(first: str | None, later: str | None) -> bool:
    """Two first cells holding a number or code of one shape ("KS-2024-198", "KS-2025-004"; "3", "4"): the key of
    a new row, never the wrapped end of the one above, however full its cells are."""
    return bool(first and later and re.search(r"\d", first)) and _shape(first or "") == _shape(later or "")


def _shape(cell: str) -> str:
    """A cell with its capitals and digits blanked: "KS-2024-198" → "AA-0000-000"."""
    return re.sub(r"\d", "0", re.sub(r"[A-ZÅÄÖ]", "A", cell))


def _joined(above: str | None, below: str | None) -> str | None:
    return " ".join(part for part in (above, below) if part) if above is not None or below else above


# A text page set in two columns: both halves are prose (pieces at least this long, in the median) ...
MIN_COLUMN_TEXT = 20
# ... on at least this many lines, and few lines run across the gutter.
MIN_COLUMN_LINES = 5
MAX_CROSSING_SHARE = 0.1
MAX_PAGE_LINES = 400


def _char_at(raw: str, position: int) -> bool:
    return bool(raw[position : position + 1].strip())


def linearize_columns(raws: list[str]) -> list[str]:
    """A page's raw lines with a two-column page's right column moved after its left one."""
    gutter = text_gutter(raws)
    if gutter is None or _table_across(raws, gutter):
        return raws
    left = [raw[:gutter].rstrip() for raw in raws]
    right = [raw[gutter:].rstrip() for raw in raws]
    return [*left, "", *right]


def _table_across(raws: list[str], gutter: int) -> bool:
    """A table of three or more columns, one of which starts at the gutter: a column of its cells (a long
    status or comment column), not the right half of a page set in two columns. (Two columns of prose would
    read as a table of two: their lines have no third piece at a place shared by every line.)"""
    return any(
        len(header) >= 3 and any(abs(start - gutter) <= SLACK for start in header[1:])
        for _, _, header in find_tables(raws)
    )


def text_gutter(raws: list[str]) -> int | None:
    """The character position where a right column starts on every line that has one, if the page has one."""
    filled = [raw for raw in raws if raw.strip()]
    width = max((len(raw) for raw in filled), default=0)
    # A page, not a whole book without form feeds: columns are a property of pages.
    if not 2 * MIN_COLUMN_LINES <= len(filled) <= MAX_PAGE_LINES:
        return None
    for position in range(int(width * 0.3), int(width * 0.7)):
        starts = [raw for raw in filled if raw[position - 2 : position] == "  " and _char_at(raw, position)]
        crossing = [raw for raw in filled if _char_at(raw, position - 1) and _char_at(raw, position)]
        if len(starts) < MIN_COLUMN_LINES or len(crossing) > MAX_CROSSING_SHARE * len(filled):
            continue
        # Lines with text on both sides measure the columns (a column's blank lines, where the other column has
        # its gaps between paragraphs, tell nothing of its width).
        both = [raw for raw in starts if raw[:position].strip()]
        lefts = sorted(len(raw[:position].strip()) for raw in both)
        rights = sorted(len(raw[position:].strip()) for raw in both)
        if len(both) < MIN_COLUMN_LINES:
            continue
        if lefts[len(lefts) // 2] >= MIN_COLUMN_TEXT and rights[len(rights) // 2] >= MIN_COLUMN_TEXT:
            return position
    return None
