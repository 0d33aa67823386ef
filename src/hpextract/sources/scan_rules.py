"""Ruled tables on scanned pages: the grid lines of a scanned Word or Excel table in the page raster.

Such a table is drawn with thin dark rules around white (or tinted) cells. On the binarised raster a rule
is a long thin run of ink: a text stroke is never that long, a fill never that thin. A scan is turned by a
fraction of a degree, so first the page's skew is measured (the angle at which the ink's row profile is
sharpest: text lines and rules are level then), and rules are looked for in the raster sheared level,
horizontal ones in its rows, vertical ones in its columns. Rules that cross make a table; its grid lines
are the rules' clustered positions, and two neighbouring positions are one (merged) cell where the rule
between them is missing. Cell boxes are mapped back onto the page as it was scanned, Tesseract's words are
read into them and the table is filled like the digital path's (`tables.table_from_grid`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

import numpy as np

from hpextract.document.model import RGB, BBox, Table
from hpextract.sources.objects import has_text
from hpextract.sources.scan_tables import FILL_CONTRAST, ScanTables, ScanWord, as_dict
from hpextract.sources.tables import Grid, PageContent, cluster, table_from_grid
from hpextract.utils.geometry import centre, contains_point, overlaps, union

INK = 0.5  # pixels darker than this are ink
MIN_RULE_PT = 24.0  # a rule is a run of ink at least this long ...
SHORT_RULE_PT = 8.0  # ... or this long between two such rules (the rules of a one-line row)
MAX_RULE_PT = 3.0  # ... and at most this thick (thicker is a fill or a bar)
GAP_PT = 1.0  # breaks in a rule this short (dust, JPEG) are closed
MAX_SKEW_DEG = 3.0
COARSE_STEP_DEG = 0.1  # the skew is searched in these steps (finer than the sharp profile's peak) ...
FINE_STEP_DEG = 0.01  # ... then around the best in these
JOIN_PT = 3.0  # a rule ends up to this far short of the rule it meets
SAME_LINE_PT = 2.5  # rules closer than this are one grid line
RULE_WORD_PT = 2.0  # a word with its middle this close to a rule is Tesseract's reading of the rule
CELL_INSET_PT = 2.5  # a cell's fill is measured this far inside its rules
MIN_LINES = 3  # a table has at least 2 rows and 2 columns


@dataclass(frozen=True, slots=True)
class Rule:
    """A rule in the levelled frame, in pixels: at `at` (y of a horizontal one, x of a vertical one),
    running from `start` to `end` along its length."""

    at: float
    start: float
    end: float


@dataclass(frozen=True, slots=True)
class Skew:
    """The page's skew as the slope of its text lines, and the frame that levels it (first order in the
    slope, which is below 0.05): X = x + (y - cy)·slope, Y = y - (x - cx)·slope."""

    slope: float
    cx: float
    cy: float

    def level(self, x: float, y: float) -> tuple[float, float]:
        return x + (y - self.cy) * self.slope, y - (x - self.cx) * self.slope

    def unlevel(self, x: float, y: float) -> tuple[float, float]:
        return x - (y - self.cy) * self.slope, y + (x - self.cx) * self.slope


@dataclass(frozen=True, slots=True)
class RuledGrid:
    """A ruled table in the levelled frame: its grid lines (pixels) and its cells as ranges of them."""

    xs: list[float]
    ys: list[float]
    cells: dict[tuple[int, int], tuple[int, int, int, int]]  # (row, col) → (col0, row0, col1, row1) spanned


@dataclass(frozen=True, slots=True)
class RuledPage:
    """The ruled tables found on a page raster, with the skew they were found at."""

    skew: Skew
    grids: list[RuledGrid]


def find_ruled(grey: np.ndarray, dpi: int) -> RuledPage:
    """The ruled tables of a greyscale page raster (uint8)."""
    ink = grey < INK * 255
    skew = measure_skew(ink)
    return RuledPage(skew, find_grids(ink, skew, dpi))


def ruled_tables(rgb: np.ndarray, ruled_page: RuledPage, words: list[ScanWord], page: int, dpi: int,
                 taken: list[BBox]) -> ScanTables:
    """The ruled tables of a scanned page outside the boxes in `taken` (tables found already), and the
    words less the ones Tesseract read on rules ("|")."""
    skew = ruled_page.skew
    scale = 72.0 / dpi
    found: list[Table] = []
    rules: list[BBox] = []
    for ruled in ruled_page.grids:
        grid = _page_grid(ruled, skew, scale)
        if any(overlaps(grid.bbox, box) for box in taken):
            continue
        lines = _line_boxes(ruled, skew, scale)
        kept = [w for w in words if not _on_rule(w, lines)]
        fills = [(box, rgb_) for box in set(grid.boxes.values()) if (rgb_ := _cell_fill(rgb, box, scale))]
        table = table_from_grid(grid, PageContent(page, [as_dict(w) for w in kept], sorted(fills), [], []))
        if has_text(table):
            found.append(table)
            rules += lines
    return ScanTables(found, [w for w in words if not _on_rule(w, rules)])


def measure_skew(ink: np.ndarray) -> Skew:
    """The slope at which the ink's row profile is sharpest (the sum of its squared counts is highest)."""
    # Every ink pixel: on a subsampled lattice the level angle would gain from aliasing.
    ys, xs = (axis.astype(np.float64) for axis in np.nonzero(ink))
    cx, cy = ink.shape[1] / 2, ink.shape[0] / 2

    def sharpness(degrees: float) -> float:
        rows = np.round(ys - (xs - cx) * np.tan(np.radians(degrees))).astype(np.int64)
        counts = np.bincount(rows - rows.min()) if len(rows) else np.zeros(1)
        return float((counts.astype(np.float64) ** 2).sum())

    best = _best_angle(sharpness, 0.0, MAX_SKEW_DEG, COARSE_STEP_DEG)
    best = _best_angle(sharpness, best, COARSE_STEP_DEG, FINE_STEP_DEG)
    return Skew(float(np.tan(np.radians(best))), cx, cy)


def _best_angle(score: Callable[[float], float], around: float, span: float, step: float) -> float:
    """The angle of the highest score in [around - span, around + span] (the smallest in size on ties)."""
    count = round(span / step)
    angles = [round(around + k * step, 4) for k in range(-count, count + 1)]
    return max(angles, key=lambda a: (score(a), -abs(a)))


def find_grids(ink: np.ndarray, skew: Skew, dpi: int) -> list[RuledGrid]:
    """The ruled tables of an ink mask: groups of crossing rules with at least MIN_LINES lines each way."""
    px = dpi / 72.0
    join = JOIN_PT * px
    horizontal = [_levelled(r, skew, across=True) for r in _rules(_sheared(ink, skew.slope), px)]
    vertical = [_levelled(r, skew, across=False) for r in _rules(_sheared(ink.T, -skew.slope), px)]
    long_h = [r for r in horizontal if r.end - r.start >= MIN_RULE_PT * px]
    long_v = [r for r in vertical if r.end - r.start >= MIN_RULE_PT * px]
    horizontal = long_h + [r for r in horizontal if r not in long_h and _between(r, long_v, join)]
    vertical = long_v + [r for r in vertical if r not in long_v and _between(r, long_h, join)]
    grids = []
    for hs, vs in _crossing_groups(horizontal, vertical, join):
        grid = _grid(hs, vs, px)
        if grid is not None:
            grids.append(grid)
    return grids


def _between(rule: Rule, across: list[Rule], join: float) -> bool:
    """True when both ends of a short rule lie on rules across it."""
    return all(any(abs(other.at - end) <= join and other.start - join <= rule.at <= other.end + join
                   for other in across) for end in (rule.start, rule.end))


def _sheared(ink: np.ndarray, slope: float) -> np.ndarray:
    """The mask with each column moved up by its line's drop, so that lines of this slope lie level."""
    height, width = ink.shape
    shifts = np.round((np.arange(width) - width / 2) * slope).astype(np.int64)
    out = np.zeros_like(ink)
    for shift in np.unique(shifts).tolist():
        columns = np.flatnonzero(shifts == shift)
        c0, c1 = int(columns[0]), int(columns[-1]) + 1  # the shift is monotonic in x: a contiguous range
        if shift >= 0:
            out[: height - shift, c0:c1] = ink[shift:, c0:c1]
        else:
            out[-shift:, c0:c1] = ink[: height + shift, c0:c1]
    return out


def _rules(mask: np.ndarray, px: float) -> list[Rule]:
    """Horizontal rules of a levelled mask: runs of ink at least SHORT_RULE_PT long (breaks of GAP_PT closed)
    on consecutive pixel rows, at most MAX_RULE_PT thick together."""
    closed = _closed_rows(mask, max(1, round(GAP_PT * px)))
    runs = _long_runs(closed, round(SHORT_RULE_PT * px))
    rules: list[Rule] = []
    open_: list[list[int]] = []  # [first row, last row, start, end] of rules still growing
    for row, start, end in runs:
        for rule in open_:
            if rule[1] >= row - 1 and start < rule[3] and end > rule[2]:
                rule[1], rule[2], rule[3] = row, min(rule[2], start), max(rule[3], end)
                break
        else:
            open_.append([row, row, start, end])
    for first, last, start, end in open_:
        if last - first + 1 <= MAX_RULE_PT * px:
            rules.append(Rule((first + last) / 2, float(start), float(end)))
    return rules


def _closed_rows(mask: np.ndarray, gap: int) -> np.ndarray:
    """Gaps of at most `gap` pixels along each row filled (a dilation then an erosion)."""
    grown = mask.copy()
    for d in range(1, gap + 1):
        grown[:, d:] |= mask[:, :-d]
    shrunk = grown.copy()
    for d in range(1, gap + 1):
        shrunk[:, :-d] &= grown[:, d:]
    return shrunk


def _long_runs(mask: np.ndarray, length: int) -> list[tuple[int, int, int]]:
    """(row, start, end) of the runs of True at least `length` long, row by row."""
    padded = np.zeros((mask.shape[0], mask.shape[1] + 2), dtype=np.int8)
    padded[:, 1:-1] = mask
    rows, cols = np.nonzero(np.diff(padded, axis=1))  # row by row, each run's start then its end
    row, start, end = rows[::2], cols[::2], cols[1::2]
    keep = end - start >= length
    return list(zip(row[keep].tolist(), start[keep].tolist(), end[keep].tolist(), strict=True))


def _levelled(rule: Rule, skew: Skew, across: bool) -> Rule:
    """A rule found in a sheared mask in the levelled frame (its ends moved by the other shear)."""
    if across:  # horizontal: found at Y, its ends are x positions
        ends = (skew.level(x, rule.at + (x - skew.cx) * skew.slope)[0] for x in (rule.start, rule.end))
    else:
        ends = (skew.level(rule.at - (y - skew.cy) * skew.slope, y)[1] for y in (rule.start, rule.end))
    return Rule(rule.at, *ends)


def _crossing_groups(horizontal: list[Rule], vertical: list[Rule], join: float) -> list[tuple[list[Rule], list[Rule]]]:
    """Horizontal and vertical rules grouped by crossing (or ending within `join` of each other)."""
    parent = list(range(len(horizontal) + len(vertical)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for h, hr in enumerate(horizontal):
        for v, vr in enumerate(vertical):
            if hr.start - join <= vr.at <= hr.end + join and vr.start - join <= hr.at <= vr.end + join:
                parent[root(h)] = root(len(horizontal) + v)
    groups: dict[int, tuple[list[Rule], list[Rule]]] = {}
    for h, rule in enumerate(horizontal):
        groups.setdefault(root(h), ([], []))[0].append(rule)
    for v, rule in enumerate(vertical):
        groups.setdefault(root(len(horizontal) + v), ([], []))[1].append(rule)
    return [group for group in groups.values() if group[0] and group[1]]


def _grid(horizontal: list[Rule], vertical: list[Rule], px: float) -> RuledGrid | None:
    """Grid lines from the rules' positions; a cell spans the next position where the rule between is missing."""
    tolerance = SAME_LINE_PT * px
    ys = cluster([r.at for r in horizontal], tolerance)
    xs = cluster([r.at for r in vertical], tolerance)
    if len(ys) < MIN_LINES or len(xs) < MIN_LINES:
        return None
    join = JOIN_PT * px

    def ruled(rules: list[Rule], at: float, middle: float) -> bool:
        return any(abs(r.at - at) <= tolerance and r.start - join <= middle <= r.end + join for r in rules)

    parent = {(r, c): (r, c) for r in range(len(ys) - 1) for c in range(len(xs) - 1)}

    def root(pos: tuple[int, int]) -> tuple[int, int]:
        while parent[pos] != pos:
            pos = parent[pos]
        return pos

    for r, (top, bottom) in enumerate(pairwise(ys)):
        for c, (left, right) in enumerate(pairwise(xs)):
            if c + 1 < len(xs) - 1 and not ruled(vertical, right, (top + bottom) / 2):
                parent[root((r, c + 1))] = root((r, c))
            if r + 1 < len(ys) - 1 and not ruled(horizontal, bottom, (left + right) / 2):
                parent[root((r + 1, c))] = root((r, c))
    members: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for pos in sorted(parent):
        members.setdefault(root(pos), []).append(pos)
    cells = {}
    for group in members.values():
        span = (min(c for _, c in group), min(r for r, _ in group), max(c for _, c in group) + 1,
                max(r for r, _ in group) + 1)
        for pos in group:
            cells[pos] = span
    return RuledGrid(xs, ys, cells)


def _page_grid(ruled: RuledGrid, skew: Skew, scale: float) -> Grid:
    """The grid on the page as scanned, in points: each cell's levelled box moved with its centre."""
    boxes: dict[tuple[int, int], BBox] = {}
    spans: dict[tuple[int, int, int, int], BBox] = {}
    for pos, span in sorted(ruled.cells.items()):
        if span not in spans:
            c0, r0, c1, r1 = span
            spans[span] = _unlevelled((ruled.xs[c0], ruled.ys[r0], ruled.xs[c1], ruled.ys[r1]), skew, scale)
        boxes[pos] = spans[span]
    return Grid(boxes, len(ruled.ys) - 1, len(ruled.xs) - 1, union(boxes.values()), ruled=True)


def _unlevelled(box: tuple[float, float, float, float], skew: Skew, scale: float) -> BBox:
    """A levelled pixel box as a page box in points, moved by its centre's displacement (a cell turns by
    less than its rules are thick)."""
    x_mid, y_mid = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    x, y = skew.unlevel(x_mid, y_mid)
    dx, dy = x - x_mid, y - y_mid
    return (round((box[0] + dx) * scale, 2), round((box[1] + dy) * scale, 2), round((box[2] + dx) * scale, 2),
            round((box[3] + dy) * scale, 2))


def _line_boxes(ruled: RuledGrid, skew: Skew, scale: float) -> list[BBox]:
    """Thin page boxes along the table's grid lines, where Tesseract's "|" and "—" on rules lie."""
    half = RULE_WORD_PT / scale
    # One box a cell side long: a whole line's box, moved as one, would be off at its ends on a turned page.
    boxes = [(x - half, top, x + half, bottom) for x in ruled.xs for top, bottom in pairwise(ruled.ys)]
    boxes += [(left, y - half, right, y + half) for y in ruled.ys for left, right in pairwise(ruled.xs)]
    return [_unlevelled(box, skew, scale) for box in boxes]


def _on_rule(word: ScanWord, lines: list[BBox]) -> bool:
    """A word of no letter or digit whose middle lies on a rule."""
    return not any(ch.isalnum() for ch in word.text) and any(
        contains_point(line, *centre(word.bbox), 0) for line in lines)


def _cell_fill(rgb: np.ndarray, box: BBox, scale: float) -> RGB | None:
    """A cell's background colour (the median of its inside: text covers less than half of it), when darker
    than paper."""
    inset = CELL_INSET_PT / scale
    x0, top, x1, bottom = (round(box[0] / scale + inset), round(box[1] / scale + inset),
                           round(box[2] / scale - inset), round(box[3] / scale - inset))
    if x1 <= x0 or bottom <= top:
        return None
    median = np.median(rgb[top:bottom:2, x0:x1:2].reshape(-1, 3), axis=0) / 255.0
    if float(median.mean()) >= 1.0 - FILL_CONTRAST:
        return None
    return (round(float(median[0]), 3), round(float(median[1]), 3), round(float(median[2]), 3))
