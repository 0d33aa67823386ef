"""Unruled tables: text aligned in at least 2 columns over at least 3 consecutive lines.

Conservative on purpose: running text must never become a table. A line counts as a row only when wide
gaps split it into pieces that start at the same x positions as the pieces of the lines around it, and a
block whose cells read like prose (two columns of a page layout) is no table.
"""

from __future__ import annotations

from typing import Any

from hpextract.document.model import BBox
from hpextract.sources.tables import Grid, cluster
from hpextract.utils.geometry import bbox_of, centre, contains_point
from hpextract.utils.text import LIST_MARKER

COLUMN_GAP_EM = 1.2  # a gap this many font sizes wide separates cells; word spaces are ~0.3 em
ROW_GAP_EM = 2.5  # lines further apart than this end the block
ALIGN_TOLERANCE = 4.0  # points between starts of one column
MIN_ROWS = 3
MIN_COLUMN_SHARE = 2 / 3  # a column has a piece in at least this share of the rows
PROSE_WORDS = 6  # a block whose typical cell has more words than this is running text in columns
SAME_LINE = 2.0

Segment = list[dict[str, Any]]
LOWERCASE_SHARE = 0.5  # a column whose cells mostly begin in lower case continues sentences: running text


def unruled_grids(words: list[dict[str, Any]], taken: list[BBox]) -> list[Grid]:
    """Grids of the aligned blocks among the words outside the boxes in `taken` (tables already found)."""
    free = [w for w in words if not any(contains_point(box, *centre(bbox_of(w)), 0) for box in taken)]
    grids = []
    for block in _blocks(_lines(free)):
        grid = _grid_of(block)
        if grid is not None:
            grids.append(grid)
    return grids


def _lines(words: list[dict[str, Any]]) -> list[list[Segment]]:
    """Visual lines, each as its pieces separated by wide gaps."""
    rows: list[list[dict[str, Any]]] = []
    for word in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if rows and abs(word["top"] - rows[-1][0]["top"]) < SAME_LINE:
            rows[-1].append(word)
        else:
            rows.append([word])
    return [split_at_gaps(sorted(row, key=lambda w: w["x0"])) for row in rows]


def split_at_gaps(row: list[dict[str, Any]]) -> list[Segment]:
    """The words of one line (left to right) cut into pieces where a gap is wider than COLUMN_GAP_EM."""
    segments: list[Segment] = [[row[0]]]
    for word in row[1:]:
        size = max(float(word.get("size") or 0.0), float(word["bottom"] - word["top"]))
        if word["x0"] - segments[-1][-1]["x1"] >= COLUMN_GAP_EM * size:
            segments.append([word])
        else:
            segments[-1].append(word)
    return segments


def _blocks(lines: list[list[Segment]]) -> list[list[list[Segment]]]:
    """Runs of consecutive, closely spaced lines that are split into at least 2 pieces."""
    blocks: list[list[list[Segment]]] = []
    previous_bottom: float | None = None
    for line in lines:
        top, bottom = min(w["top"] for s in line for w in s), max(w["bottom"] for s in line for w in s)
        close = previous_bottom is not None and top - previous_bottom <= ROW_GAP_EM * (bottom - top)
        if len(line) >= 2:
            if close and blocks and blocks[-1]:
                blocks[-1].append(line)
            else:
                blocks.append([line])
        else:
            blocks.append([])
        previous_bottom = bottom
    return [b for b in blocks if len(b) >= MIN_ROWS]


def _grid_of(block: list[list[Segment]]) -> Grid | None:
    starts = cluster([s[0]["x0"] for line in block for s in line], ALIGN_TOLERANCE)
    counts = [sum(1 for line in block if any(abs(s[0]["x0"] - x) <= ALIGN_TOLERANCE for s in line)) for x in starts]
    columns = [x for x, n in zip(starts, counts, strict=True) if n >= MIN_COLUMN_SHARE * len(block)]
    if len(columns) < 2 or len(columns) != len(starts):
        return None
    if _reads_as_prose(block, columns) or _is_labelled_list(block, columns):
        return None
    right = max(w["x1"] for line in block for s in line for w in s)
    edges = [x - 1.0 for x in columns] + [right + 1.0]
    tops = [min(w["top"] for s in line for w in s) - 1.0 for line in block]
    bottoms = [*tops[1:], max(w["bottom"] for s in block[-1] for w in s) + 1.0]
    boxes = {
        (row, col): (edges[col], tops[row], edges[col + 1], bottoms[row])
        for row in range(len(block)) for col in range(len(columns))
    }
    return Grid(boxes, len(block), len(columns), (edges[0], tops[0], edges[-1], bottoms[-1]), ruled=False)


def _column_cells(block: list[list[Segment]], x: float) -> list[str]:
    return [" ".join(w["text"] for w in s) for line in block for s in line if abs(s[0]["x0"] - x) <= ALIGN_TOLERANCE]


def _reads_as_prose(block: list[list[Segment]], columns: list[float]) -> bool:
    """Long cells, or a column whose cells mostly begin in lower case (lines of text set in columns)."""
    words_per_cell = sorted(len(s) for line in block for s in line)
    if words_per_cell[len(words_per_cell) // 2] > PROSE_WORDS:
        return True
    for x in columns:
        cells = _column_cells(block, x)[1:]
        if cells and sum(c[:1].islower() for c in cells) >= LOWERCASE_SHARE * len(cells):
            return True
    return False


def _is_labelled_list(block: list[list[Segment]], columns: list[float]) -> bool:
    """Two columns whose first holds only list labels ("1.", "2.1", "a)", "•", "6"): a list with hanging
    indents or a contents list, not a table."""
    if len(columns) != 2:
        return False
    return all(_is_label(label) for label in _column_cells(block, columns[0]))


def _is_label(text: str) -> bool:
    marker = LIST_MARKER.match(f"{text} ")
    return text.isdigit() or (marker is not None and marker.end() == len(text))
