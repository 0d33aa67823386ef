"""Tables on a PDF page as `document.model.Table`: ruled (pdfplumber), drawn with filled rects only
(planning-system exports), or unruled (text aligned in columns); and tables continued over page breaks.

A table is found as a grid of cell boxes first; its content (words, fills, icons, bars) is read into the
cells afterwards, so every kind of table is filled the same way.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from hpextract.document.model import RGB, BBox, Icon, ProgressBar, Provenance, Table, TableCell
from hpextract.sources.colours import colour_name, is_strong, rgb_of
from hpextract.utils.geometry import bbox_of, centre, contains_point, overlaps, reading_key, union

EDGE_TOLERANCE = 1.5  # points: edges closer than this are one grid line
MIN_COVERAGE = 0.9  # filled cells must cover this share of their table's box
PAGE_SIZED = 0.9  # a filled rect over this share of the page is a background, not a cell
MAX_FILLED_RECTS = 3000  # more is a vector drawing; grouping them would cost more than any table is worth
BOLD_MARKERS = ("bold", "black", "heavy", "semibold", "demi")


@dataclass(slots=True)
class Grid:
    """Cell boxes of a table before its content is read: (row, col) → the box of the cell covering it
    (a spanning cell's box is repeated over the positions it covers)."""

    boxes: dict[tuple[int, int], BBox]
    n_rows: int
    n_cols: int
    bbox: BBox
    ruled: bool = True
    structure: set[int] = field(default_factory=set)  # ids of the rects that draw the table


def cluster(values: list[float], tolerance: float = EDGE_TOLERANCE) -> list[float]:
    """Sorted values with those closer than `tolerance` to their neighbour merged into their mean."""
    groups: list[list[float]] = []
    for value in sorted(values):
        if groups and value - groups[-1][-1] <= tolerance:
            groups[-1].append(value)
        else:
            groups.append([value])
    return [sum(g) / len(g) for g in groups]


def grid_from_boxes(boxes: list[BBox], ruled: bool = True) -> Grid | None:
    """A grid whose lines are the cells' clustered edges; None unless it has at least 2 rows and 2 columns."""
    xs = cluster([v for b in boxes for v in (b[0], b[2])])
    ys = cluster([v for b in boxes for v in (b[1], b[3])])
    if len(xs) < 3 or len(ys) < 3:
        return None
    grid: dict[tuple[int, int], BBox] = {}
    for box in boxes:
        for row in range(_index(ys, box[1]), _index(ys, box[3])):
            for col in range(_index(xs, box[0]), _index(xs, box[2])):
                grid.setdefault((row, col), box)
    used_rows = sorted({r for r, _ in grid})
    rows = {r: i for i, r in enumerate(used_rows)}
    boxes_by_position = {(rows[r], c): box for (r, c), box in grid.items()}
    return Grid(boxes_by_position, len(used_rows), len(xs) - 1, union(boxes), ruled)


def _index(lines: list[float], value: float) -> int:
    return min(range(len(lines)), key=lambda i: abs(lines[i] - value))


def filled_rect_grids(pdf_page: Any) -> list[Grid]:
    """Tables drawn only with filled rects: the outermost filled rects are cells; cells that touch make a
    table when they cover its box and form at least 2 rows and 2 columns."""
    page_area = float(pdf_page.width) * float(pdf_page.height)
    filled = [r for r in pdf_page.rects if r.get("fill") and _area(bbox_of(r)) < PAGE_SIZED * page_area]
    if len(filled) > MAX_FILLED_RECTS:
        return []
    outer = _outermost(filled)
    grids = []
    for component in _touching_groups(outer):
        boxes = [bbox_of(r) for r in component]
        box = union(boxes)
        if len(component) < 3 or sum(_area(b) for b in boxes) < MIN_COVERAGE * _area(box):
            continue
        grid = grid_from_boxes(boxes)
        if grid is not None:
            grid.structure = {id(r) for r in component} | _drawn_inside(component, filled)
            grids.append(grid)
    return grids


def _outermost(rects: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rects not inside another one (of two equal boxes the first drawn is kept), in drawing order.
    Largest first, each checked against the kept ones only: containment is transitive."""
    boxes = [bbox_of(r) for r in rects]
    order = sorted(range(len(rects)), key=lambda i: (-_area(boxes[i]), i))
    kept: list[int] = []
    for index in order:
        if not any(_contains(boxes[k], boxes[index]) for k in kept):
            kept.append(index)
    return [rects[i] for i in sorted(kept)]


def _drawn_inside(cells: list[dict[str, Any]], rects: list[dict[str, Any]]) -> set[int]:
    """Rects inside a cell and of its colour: the padding and per-line pieces word processors draw."""
    cell_boxes = [(bbox_of(cell), cell["non_stroking_color"]) for cell in cells]
    return {
        id(rect) for rect in rects
        if any(colour == rect["non_stroking_color"] and _contains(box, bbox_of(rect)) for box, colour in cell_boxes)
    }


def _touching_groups(rects: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    groups: list[list[dict[str, Any]]] = []
    for rect in rects:
        box = _grown(bbox_of(rect), EDGE_TOLERANCE)
        touching = [g for g in groups if any(overlaps(box, bbox_of(other)) for other in g)]
        groups = [g for g in groups if not any(g is t for t in touching)]
        groups.append([r for g in touching for r in g] + [rect])
    return groups


def ruled_grids(plumber_tables: list[Any]) -> list[Grid]:
    """pdfplumber's ruled tables as grids (its merged cells span the positions they cover)."""
    grids = []
    for table in plumber_tables:
        grid = grid_from_boxes([tuple(cell) for cell in table.cells])
        if grid is not None:
            grids.append(grid)
    return grids


def cell_rects(grid: Grid, rects: list[dict[str, Any]]) -> set[int]:
    """Ids of the filled rects that are a cell's background (same box), so not icons or bars."""
    boxes = set(grid.boxes.values())
    area = _grown(grid.bbox, EDGE_TOLERANCE)
    found = set()
    for rect in rects:
        box = bbox_of(rect)
        if rect.get("fill") and _contains(area, box) and any(_same_box(box, cell) for cell in boxes):
            found.add(id(rect))
    return found


@dataclass(slots=True)
class PageContent:
    """What a table's cells are filled from."""

    page: int
    words: list[dict[str, Any]]
    fills: list[tuple[BBox, RGB]]
    icons: list[Icon]
    bars: list[ProgressBar]


def table_from_grid(grid: Grid, content: PageContent) -> Table:
    """The table with each cell's text, fill, icons and bars, and its header rows."""
    cells = []
    texts: dict[BBox, tuple[str, bool]] = {}
    inside = [(centre(bbox_of(w)), w) for w in content.words]
    inside = [(point, w) for point, w in inside if contains_point(grid.bbox, *point, 0)]
    for (row, col), box in sorted(grid.boxes.items()):
        if box not in texts:
            texts[box] = words_text([w for point, w in inside if contains_point(box, *point, 0)])
        text, bold = texts[box]
        own_cell = _own_position(grid, row, col, box)
        cells.append(TableCell(
            row=row, col=col, text=text, bbox=box, fill=fill_under(box, content.fills), bold=bold,
            icons=[i for i in content.icons if own_cell and _centre_in(i.prov.bbox, box)],
            bars=[b for b in content.bars if own_cell and _centre_in(b.prov.bbox, box)],
            page=content.page,
        ))
    table = Table(cells=cells, n_rows=grid.n_rows, n_cols=grid.n_cols, prov=Provenance(content.page, grid.bbox),
                  ruled=grid.ruled, pages=[content.page])
    headers = header_row_count(table)
    for cell in cells:
        cell.header = cell.row < headers
        if not cell.header and cell.fill is not None and is_strong(cell.fill) and own_cell_of(grid, cell):
            cell.icons.insert(0, Icon(prov=Provenance(content.page, cell.bbox), kind="fill", rgb=cell.fill,
                                      colour=colour_name(cell.fill)))
    return table


def _own_position(grid: Grid, row: int, col: int, box: BBox) -> bool:
    """The first position a (spanning) cell covers, where its icons and bars are put once."""
    return min(pos for pos, other in grid.boxes.items() if other == box) == (row, col)


def own_cell_of(grid: Grid, cell: TableCell) -> bool:
    return cell.bbox is not None and _own_position(grid, cell.row, cell.col, cell.bbox)


def words_text(words: list[dict[str, Any]]) -> tuple[str, bool]:
    """Words in reading order joined into one text, and whether most of its letters are bold."""
    lines: list[list[dict[str, Any]]] = []
    for word in sorted(words, key=lambda w: (w["top"], w["x0"])):
        if lines and abs(word["top"] - lines[-1][0]["top"]) < 3.0:
            lines[-1].append(word)
        else:
            lines.append([word])
    text = " ".join(" ".join(w["text"] for w in sorted(line, key=lambda w: w["x0"])) for line in lines)
    letters = sum(len(w["text"]) for w in words)
    bold = sum(len(w["text"]) for w in words if is_bold(w.get("fontname", "")))
    return text, letters > 0 and bold * 2 > letters


@lru_cache(maxsize=4096)  # asked for every character of a page, of a handful of font names
def is_bold(fontname: str) -> bool:
    return any(marker in fontname.lower() for marker in BOLD_MARKERS)


def fill_under(box: BBox, fills: list[tuple[BBox, RGB]]) -> RGB | None:
    """The colour of the smallest filled rect under the cell's centre that covers most of the cell."""
    x, y = centre(box)
    under = [(b, rgb) for b, rgb in fills if contains_point(b, x, y) and _area(b) >= 0.5 * _area(box)]
    if not under:
        return None
    return min(under, key=lambda pair: _area(pair[0]))[1]


def page_fills(pdf_page: Any) -> list[tuple[BBox, RGB]]:
    fills = []
    for rect in pdf_page.rects:
        rgb = rgb_of(rect.get("non_stroking_color")) if rect.get("fill") else None
        if rgb is not None:
            fills.append((bbox_of(rect), (round(rgb[0], 3), round(rgb[1], 3), round(rgb[2], 3))))
    return fills


def header_row_count(table: Table) -> int:
    """Leading rows set apart by a fill no body row has (a strong colour, or any fill with bold text), or
    else, in an unfilled table whose rows are not all bold, a bold first row."""
    rows = [table.row(i) for i in range(table.n_rows)]
    if len(rows) < 2:
        return 0
    fills = [_row_fill(r) for r in rows]
    bolds = [all(c.bold for c in r if c.text) and any(c.text for c in r) for r in rows]
    first = fills[0]
    count = 0
    while count < len(rows) - 1 and first is not None and fills[count] == first and (bolds[count] or is_strong(first)):
        count += 1
    if count and first not in fills[count:]:
        return count
    if bolds[0] and first is None and not all(bolds[1:]):
        return 1
    return 0


def _row_fill(cells: list[TableCell]) -> RGB | None:
    counted = Counter(c.fill for c in cells)
    return counted.most_common(1)[0][0] if counted else None


def _centre_in(box: BBox | None, cell: BBox) -> bool:
    return box is not None and contains_point(cell, *centre(box), 0)


def _contains(outer: BBox, inner: BBox, tolerance: float = 0.6) -> bool:
    return (outer[0] - tolerance <= inner[0] and outer[1] - tolerance <= inner[1]
            and inner[2] <= outer[2] + tolerance and inner[3] <= outer[3] + tolerance)


def _same_box(a: BBox, b: BBox) -> bool:
    return all(abs(u - v) <= EDGE_TOLERANCE for u, v in zip(a, b, strict=True))


def _grown(box: BBox, by: float) -> BBox:
    return (box[0] - by, box[1] - by, box[2] + by, box[3] + by)


def _area(box: BBox) -> float:
    return max(0.0, box[2] - box[0]) * max(0.0, box[3] - box[1])


def sort_tables(tables: list[Table]) -> list[Table]:
    return sorted(tables, key=lambda t: reading_key(t.prov.bbox))


def grid_rows(table: Table, page: int) -> tuple[list[list[str | None]], list[BBox]]:
    """A table found by its own cells (unruled, or on a scan) as rows of cell texts on `page` and the rows'
    boxes, like pdfplumber's rows."""
    cells = [c for c in table.cells if (c.page or page) == page and c.bbox is not None]
    rows: list[list[str | None]] = []
    boxes: list[BBox] = []
    for r in sorted({c.row for c in cells}):
        in_row = [c for c in cells if c.row == r]
        by_col = {c.col: c.text for c in in_row}
        rows.append([by_col.get(col) for col in range(table.n_cols)])
        boxes.append(union([c.bbox for c in in_row if c.bbox is not None]))
    return rows, boxes


def cell_of(box: BBox, tables: list[list[BBox]]) -> tuple[int, int] | None:
    """(table, row) of the table row that holds the middle of a text line's box, if any."""
    x_mid, y_mid = centre(box)
    for t, rows in enumerate(tables):
        for r, (x0, top, x1, bottom) in enumerate(rows):
            if x0 <= x_mid <= x1 and top <= y_mid <= bottom:
                return (t, r)
    return None
