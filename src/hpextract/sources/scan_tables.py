"""Tables on scanned pages, from the page raster and Tesseract's word boxes.

Planning-system exports draw their tables as filled rects without rules: a dark header row, then rows in
alternating tints. On a scan these are bands of a background darker than the paper. The page's background
is the median of the raster over windows wider than a text stroke (text disappears, fills stay); a table is a
run of pixel rows whose filled part has the same left and right edge, cut into rows where the fill level
changes. Its columns start where the header row's words do (less the cells' inset); a row's text that
crosses a column edge makes one cell spanning it, as a "Kommentar" row across the table.

Inside a body cell, the marks are solid blobs unlike the cell's fill: strongly coloured pixels on a colour
scan; mid-grey pixels (darker than the fill, lighter than ink, thicker than the rim of a letter) on a
greyscale one. An icon-sized blob is a status icon, its colour read as on digital pages (none on greyscale);
a bar-shaped blob on a colour scan is a progress bar. Tesseract's words on marks are garbage ("Oo ENN") and
are dropped. The tables are then filled like the digital path's (`tables.table_from_grid`).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

import numpy as np

from hpextract.document.model import RGB, BBox, Icon, ProgressBar, Provenance, Table
from hpextract.sources.bars import bar_percent, bar_shaped
from hpextract.sources.icons import icon_from_pixels, icon_sized
from hpextract.sources.objects import has_text
from hpextract.sources.tables import Grid, PageContent, table_from_grid
from hpextract.sources.unruled import split_at_gaps
from hpextract.utils.geometry import centre, contains_point, overlaps

BLOCK_PT = 2.0  # the background is measured on blocks of about this many points ...
WINDOW_BLOCKS = 3  # ... as the median over this many blocks a side: wider than any text stroke
FILL_CONTRAST = 0.03  # a background this much darker than the paper is a fill
LEVEL_STEP = 0.02  # a fill level changing by more than this starts a new row
LEVEL_BINS = 50
EDGE_BLOCKS = 2  # rows of one table start and end within this many blocks
MIN_TABLE_SHARE = 0.25  # a table's fill spans at least this share of the page width
MIN_ROW_PT = 6.0  # thinner bands are the blur between two rows
DARK_FILL = 0.5  # a fill darker than this carries light text: inverted for OCR
MAX_INSET_PT = 20.0
SAME_EDGE_PT = 3 * BLOCK_PT  # two tables whose left and right edges are this close are as wide
CROSSING_PT = 2.0  # a word crosses a column edge when it reaches this far past it on both sides
COLOUR_SHARE = 1e-4  # a page with this share of strongly coloured pixels is a colour scan
CHROMA = 0.25  # max - min channel above this is a strongly coloured pixel
STRONG_SATURATION = 0.35
MARK_CONTRAST = 0.12  # a grey mark is this much darker than its cell's fill ...
INK_LEVEL = 0.3  # ... and lighter than ink
OPENING_PT = 1.5  # mark pixels must fill squares this wide: the grey rim of a letter does not
MARK_PAD_PT = 1.5
WORD_ON_MARK = 0.3  # share of a word's box over a mark for the word to be OCR garbage


@dataclass(frozen=True, slots=True)
class ScanWord:
    """A word Tesseract read, in PDF points; `top` is its line's (words without ascenders start lower)."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def bbox(self) -> BBox:
        return (self.x0, self.top, self.x1, self.bottom)


@dataclass(frozen=True, slots=True)
class Band:
    """One row of a filled table, in image pixels, with its fill level (0 black … 1 white)."""

    x0: int
    top: int
    x1: int
    bottom: int
    level: float


@dataclass(slots=True)
class ScanTables:
    """The tables of a scanned page and the words that are text (not OCR of icons and bars)."""

    tables: list[Table]
    words: list[ScanWord]


def filled_tables(grey: np.ndarray, dpi: int) -> list[list[Band]]:
    """The filled tables of a greyscale raster (uint8), each as its rows top to bottom."""
    block = max(1, round(dpi * BLOCK_PT / 72))
    background = _background(_block_means(grey, block))
    paper = float(np.percentile(background, 95))
    runs = [_widest_fill(row, paper, background.shape[1]) for row in background]
    tables = []
    for start, end in _regions(runs):
        bands = _bands(grey, runs, start, end, block, dpi)
        if len(bands) >= 2:
            tables.append(bands)
    return tables


def _block_means(grey: np.ndarray, block: int) -> np.ndarray:
    """The raster in blocks of block × block pixels, each its mean level in [0, 1]."""
    height, width = grey.shape[0] // block, grey.shape[1] // block
    blocks = grey[: height * block, : width * block].reshape(height, block, width, block)
    return blocks.mean(axis=(1, 3), dtype=np.float32) / 255.0


def _background(small: np.ndarray) -> np.ndarray:
    """The page without its text: the median over WINDOW_BLOCKS × WINDOW_BLOCKS blocks."""
    pad = WINDOW_BLOCKS // 2
    windows = np.lib.stride_tricks.sliding_window_view(np.pad(small, pad, mode="edge"), (WINDOW_BLOCKS, WINDOW_BLOCKS))
    return np.median(windows.reshape(*small.shape, -1), axis=-1)


def _widest_fill(row: np.ndarray, paper: float, width: int) -> tuple[int, int, float] | None:
    """The widest run of fill on a row of blocks (start, end, median level), if wide enough for a table."""
    filled = np.concatenate([[False], row < paper - FILL_CONTRAST, [False]])
    edges = np.flatnonzero(np.diff(filled.astype(np.int8)))
    if len(edges) == 0:
        return None
    starts, ends = edges[::2], edges[1::2]
    best = int(np.argmax(ends - starts))
    start, end = int(starts[best]), int(ends[best])
    if end - start < MIN_TABLE_SHARE * width:
        return None
    return start, end, float(np.median(row[start:end]))


def _regions(runs: list[tuple[int, int, float] | None]) -> list[tuple[int, int]]:
    """Runs of block rows whose fill has the same left and right edge: (first row, row after the last)."""
    regions: list[tuple[int, int]] = []
    start: int | None = None
    for y, run in enumerate([*runs, None]):
        same = run is not None and start is not None and _aligned(runs[start], run)
        if start is not None and not same:
            regions.append((start, y))
            start = None
        if start is None and run is not None:
            start = y
    return regions


def _aligned(a: tuple[int, int, float] | None, b: tuple[int, int, float]) -> bool:
    return a is not None and abs(a[0] - b[0]) <= EDGE_BLOCKS and abs(a[1] - b[1]) <= EDGE_BLOCKS


def _bands(grey: np.ndarray, runs: list[tuple[int, int, float] | None], start: int, end: int, block: int,
           dpi: int) -> list[Band]:
    """A region's rows: cut where the fill level steps; slivers (the blur between two rows) join a neighbour,
    and neighbours of one level (a row of dense text misread as a step) are one row."""
    present = [run for run in runs[start:end] if run is not None]
    x0 = int(np.median([r[0] for r in present])) * block
    x1 = int(np.median([r[1] for r in present])) * block
    levels = _row_levels(grey[start * block : end * block, x0:x1])
    cuts = [0]
    for k in range(1, len(levels)):
        if abs(levels[k] - float(np.median(levels[cuts[-1] : k]))) > LEVEL_STEP:
            cuts.append(k)
    cuts.append(len(levels))
    spans = [(a, b) for a, b in pairwise(cuts) if b - a >= MIN_ROW_PT * dpi / 72]
    if not spans:
        return []
    joined = [(0, spans[0][1])]
    for a, b in spans[1:]:
        middle = (joined[-1][1] + a) // 2
        joined[-1] = (joined[-1][0], middle)
        joined.append((middle, b))
    joined[-1] = (joined[-1][0], len(levels))
    top = start * block
    bands: list[Band] = []
    for a, b in joined:
        level = float(np.median(levels[a:b]))
        if bands and abs(bands[-1].level - level) <= LEVEL_STEP:
            bands[-1] = Band(x0, bands[-1].top, x1, top + b, bands[-1].level)
        else:
            bands.append(Band(x0, top + a, x1, top + b, level))
    return bands


def _row_levels(piece: np.ndarray) -> np.ndarray:
    """Each pixel row's fill level: its commonest grey (text, dark on a light fill or light on a dark one, and
    its anti-aliased edges spread over many levels; a fill is one), refined over the bins beside it."""
    bins = (piece[:, ::2].astype(np.int32) * LEVEL_BINS) // 256
    rows = np.arange(bins.shape[0])[:, None]
    counts = np.bincount((bins + rows * LEVEL_BINS).ravel(), minlength=bins.shape[0] * LEVEL_BINS)
    counts = counts.reshape(bins.shape[0], LEVEL_BINS).astype(np.float64)
    mode = np.argmax(counts, axis=1)
    centres = (np.arange(LEVEL_BINS) + 0.5) / LEVEL_BINS
    near = np.abs(np.arange(LEVEL_BINS)[None, :] - mode[:, None]) <= 1
    weights = counts * near
    return (weights * centres).sum(axis=1) / np.maximum(weights.sum(axis=1), 1.0)


def invert_dark_fills(grey: np.ndarray, tables: list[list[Band]]) -> np.ndarray:
    """The raster with dark-filled rows (light text on a dark header) made black text on white, so that OCR
    reads their text (Tesseract skips light text on a dark ground, and a merely inverted grey one too)."""
    dark = [band for bands in tables for band in bands if band.level < DARK_FILL]
    if not dark:
        return grey
    out = grey.copy()
    for band in dark:
        # The band's box is found on blocks: its edges may hold a strip of paper or of the next row, which is
        # as light as the text. Text is inset from the edges, so only the inner part is searched for it.
        inset = max(1, (band.bottom - band.top) // 8)
        inner = (slice(band.top + inset, band.bottom - inset), slice(band.x0 + inset, band.x1 - inset))
        text = out[inner] > 255 * (band.level + 1) / 2  # halfway between the fill and white
        out[band.top : band.bottom, band.x0 : band.x1] = 255
        out[inner][text] = 0
    return out


def is_colour(rgb: np.ndarray) -> bool:
    """True for a colour scan: some pixels are strongly coloured (a greyscale scan has none)."""
    step = rgb[::4, ::4].astype(np.int16)
    chroma = step.max(axis=-1) - step.min(axis=-1)
    return float((chroma > CHROMA * 255).mean()) >= COLOUR_SHARE


def scan_tables(
    rgb: np.ndarray, tables: list[list[Band]], words: list[ScanWord], page: int, dpi: int
) -> ScanTables:
    """The page's tables as model Tables (cells with text, fills, icons and bars), and its words less those
    that Tesseract read on icons and bars."""
    scale = 72.0 / dpi
    colour = is_colour(rgb)
    found: list[Table] = []
    marks_all: list[BBox] = []
    above: list[float] = []  # the column edges of the table above
    for bands in tables:
        boxes = [_points(band, scale) for band in bands]
        # Tesseract's words on marks would join the text beside them and span its cell over the next one:
        # the grid is found again without them.
        _, _, marks = _marks(rgb, _grid(boxes, words, above), bands, page, scale, colour)
        kept = [w for w in words if not _on_mark(w, marks)]
        grid = _grid(boxes, kept, above)
        above = _edges(grid)
        icons, bars, marks = _marks(rgb, grid, bands, page, scale, colour)
        kept = [w for w in words if not _on_mark(w, marks)]
        fills = [(box, _fill_rgb(rgb, band, colour)) for box, band in zip(boxes, bands, strict=True)]
        table = table_from_grid(grid, PageContent(page, [as_dict(w) for w in kept], fills, icons, bars))
        if has_text(table):
            found.append(table)
            marks_all += marks
    return ScanTables(found, [w for w in words if not _on_mark(w, marks_all)])


def _points(band: Band, scale: float) -> BBox:
    return (round(band.x0 * scale, 2), round(band.top * scale, 2), round(band.x1 * scale, 2),
            round(band.bottom * scale, 2))


def _grid(rows: list[BBox], words: list[ScanWord], above: list[float]) -> Grid:
    """The table's grid: columns from the header row's word pieces, cells merged over edges that text crosses.
    A table with no header of columns under one of the same width (`above`: its edges) goes on in its
    columns: a speck or a darker row at the fill's edge cuts one table's band in two."""
    left, right = rows[0][0], rows[0][2]
    header = [w for w in words if _centre_in(w.bbox, rows[0])]
    edges = [left, *_column_starts(header, left), right]
    if len(edges) == 2 and len(above) > 2 and _same_width(above, left, right):
        edges = [left, *above[1:-1], right]
    boxes: dict[tuple[int, int], BBox] = {}
    for r, (_, top, _, bottom) in enumerate(rows):
        inside = [w for w in words if _centre_in(w.bbox, rows[r])]
        kept = [0] + [c for c in range(1, len(edges) - 1) if not _crossed(edges[c], inside)] + [len(edges) - 1]
        for a, b in pairwise(kept):
            for col in range(a, b):
                boxes[(r, col)] = (edges[a], top, edges[b], bottom)
    union = (left, rows[0][1], right, rows[-1][3])
    return Grid(boxes, len(rows), len(edges) - 1, union, ruled=False)


def _edges(grid: Grid) -> list[float]:
    """The grid's column edges, left to right."""
    return sorted({box[0] for box in grid.boxes.values()} | {box[2] for box in grid.boxes.values()})


def _same_width(edges: list[float], left: float, right: float) -> bool:
    return abs(edges[0] - left) <= SAME_EDGE_PT and abs(edges[-1] - right) <= SAME_EDGE_PT


def _column_starts(header: list[ScanWord], left: float) -> list[float]:
    """Where the header's second and later pieces start, less the inset of its first piece from the table's edge
    (read on its line of most words)."""
    lines: dict[float, list[ScanWord]] = {}
    for word in header:
        lines.setdefault(word.top, []).append(word)
    if not lines:
        return []
    first = max(lines.values(), key=len)
    pieces = split_at_gaps([as_dict(w) for w in sorted(first, key=lambda w: w.x0)])
    # A first word boxed a little past the fill's edge (a speck or the edge's blur joined to it) has no inset.
    inset = max(0.0, pieces[0][0]["x0"] - left)
    if inset > MAX_INSET_PT:
        return []
    return [round(piece[0]["x0"] - inset, 2) for piece in pieces[1:]]


def _crossed(edge: float, words: list[ScanWord]) -> bool:
    """True when a piece of a line (words a word space apart) runs across the edge."""
    lines: dict[float, list[ScanWord]] = {}
    for word in words:
        lines.setdefault(word.top, []).append(word)
    for line in lines.values():
        for piece in split_at_gaps([as_dict(w) for w in sorted(line, key=lambda w: w.x0)]):
            if piece[0]["x0"] < edge - CROSSING_PT and piece[-1]["x1"] > edge + CROSSING_PT:
                return True
    return False


def _marks(
    rgb: np.ndarray, grid: Grid, bands: list[Band], page: int, scale: float, colour: bool
) -> tuple[list[Icon], list[ProgressBar], list[BBox]]:
    """Icons and (on a colour scan) bars in the body cells of a table, and the boxes of all marks found (a
    bar on a greyscale scan too: its share filled is not known, but it is no text)."""
    icons: list[Icon] = []
    bars: list[ProgressBar] = []
    marks: list[BBox] = []
    seen: set[BBox] = set()
    for (row, _), box in sorted(grid.boxes.items()):
        if row == 0 or box in seen:
            continue
        seen.add(box)
        x0, top, x1, bottom = (round(v / scale) for v in box)
        cell = rgb[top:bottom, x0:x1]
        mask = _mark_mask(cell, bands[row].level, colour, round(OPENING_PT / scale))
        fill = _fill_rgb(rgb, bands[row], colour)
        for bx0, btop, bx1, bbottom in _blobs(mask):
            found = (round((x0 + bx0) * scale, 2), round((top + btop) * scale, 2),
                     round((x0 + bx1) * scale, 2), round((top + bbottom) * scale, 2))
            pad = round(MARK_PAD_PT / scale)
            pixels = _rgba(rgb[max(0, top + btop - pad) : top + bbottom + pad, max(0, x0 + bx0 - pad) : x0 + bx1 + pad])
            if icon_sized(found):
                icons.append(icon_from_pixels(pixels, found, page, greyscale=not colour))
                marks.append(found)
            elif bar_shaped(found):
                marks.append(found)
                track = _bar_track(rgb, top + btop, top + bbottom, x0 + bx0, x0 + bx1, x1, fill) if colour else None
                percent = bar_percent(_rgba(track)) if track is not None else None
                if percent is not None:
                    bars.append(ProgressBar(prov=Provenance(page, found), percent=percent))
    return icons, bars, marks


def _mark_mask(cell: np.ndarray, level: float, colour: bool, opening: int) -> np.ndarray:
    """Pixels of solid marks in a cell raster: strongly coloured ones, or on greyscale the mid-grey ones."""
    values = cell.astype(np.float32) / 255.0
    if colour:
        high, low = values.max(axis=-1), values.min(axis=-1)
        mask = (high - low >= STRONG_SATURATION * np.maximum(high, 1e-6)) & (high >= 0.35) & (high - low > CHROMA)
    else:
        grey = values.mean(axis=-1)
        mask = (grey < level - MARK_CONTRAST) & (grey > INK_LEVEL)
    return _opened(mask, max(1, opening))


def _opened(mask: np.ndarray, size: int) -> np.ndarray:
    """Morphological opening by a size × size square (separable min, then max)."""
    if mask.shape[0] < size or mask.shape[1] < size:
        return np.zeros_like(mask)
    view = np.lib.stride_tricks.sliding_window_view
    eroded = view(view(mask, size, axis=0).all(axis=-1), size, axis=1).all(axis=-1)
    grown = np.zeros_like(mask)
    for dy in range(size):
        for dx in range(size):
            grown[dy : dy + eroded.shape[0], dx : dx + eroded.shape[1]] |= eroded
    return grown


def _blobs(mask: np.ndarray) -> list[tuple[int, int, int, int]]:
    """Boxes (x0, top, x1, bottom) of separate marks: column runs, then row runs within each, then the
    columns of each piece again (two marks side by side on different rows)."""
    boxes = []
    for c0, c1 in _runs(mask.any(axis=0)):
        for r0, r1 in _runs(mask[:, c0:c1].any(axis=1)):
            for d0, d1 in _runs(mask[r0:r1, c0:c1].any(axis=0)):
                boxes.append((c0 + d0, r0, c0 + d1, r1))
    return boxes


def _runs(flags: np.ndarray) -> list[tuple[int, int]]:
    padded = np.concatenate([[False], flags, [False]])
    edges = np.flatnonzero(np.diff(padded.astype(np.int8)))
    return list(zip(edges[::2].tolist(), edges[1::2].tolist(), strict=True))


def _bar_track(rgb: np.ndarray, top: int, bottom: int, x0: int, x1: int, limit: int, fill: RGB) -> np.ndarray:
    """A bar's pixels with its unfilled track: the coloured run extended right while the middle row is not
    the cell's fill (the track is another colour, often grey)."""
    middle = rgb[(top + bottom) // 2].astype(np.int16)
    background = np.array(fill) * 255
    end = x1
    while end < min(limit, rgb.shape[1]) and np.abs(middle[end] - background).max() > 40:
        end += 1
    return rgb[top:bottom, x0:end]


def _rgba(pixels: np.ndarray) -> np.ndarray:
    opaque = np.ones((*pixels.shape[:2], 1), dtype=np.float32)
    return np.concatenate([pixels.astype(np.float32) / 255.0, opaque], axis=-1)


def _fill_rgb(rgb: np.ndarray, band: Band, colour: bool) -> RGB:
    """A row's fill colour: the median of its pixels near the fill level (text and marks left out)."""
    pixels = rgb[band.top : band.bottom : 2, band.x0 : band.x1 : 2].reshape(-1, 3).astype(np.float32) / 255.0
    near = pixels[np.abs(pixels.mean(axis=-1) - band.level) < 0.05]
    chosen = near if len(near) else pixels
    median = np.median(chosen, axis=0) if colour else np.repeat(np.median(chosen.mean(axis=-1)), 3)
    return (round(float(median[0]), 3), round(float(median[1]), 3), round(float(median[2]), 3))


def _on_mark(word: ScanWord, marks: list[BBox]) -> bool:
    area = max(1e-6, (word.x1 - word.x0) * (word.bottom - word.top))
    return any(overlaps(word.bbox, m) and _overlap_area(word.bbox, m) >= WORD_ON_MARK * area for m in marks)


def _overlap_area(a: BBox, b: BBox) -> float:
    return max(0.0, min(a[2], b[2]) - max(a[0], b[0])) * max(0.0, min(a[3], b[3]) - max(a[1], b[1]))


def _centre_in(box: BBox, cell: BBox) -> bool:
    return contains_point(cell, *centre(box), 0)


def as_dict(word: ScanWord) -> dict[str, object]:
    """A word as the table code reads words (pdfplumber's keys)."""
    return {"text": word.text, "x0": word.x0, "top": word.top, "x1": word.x1, "bottom": word.bottom}
