"""The glyph of a small icon, by simple geometry on its colour mask: tick, cross, exclamation, play, circle, square.

A mark is the region of the icon's own colour. When it encloses a contrasting glyph (a white tick on a
green disc) the glyph is those enclosed pixels; otherwise the mark itself is the glyph (a red cross, a
blue triangle, a grey disc).
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from hpextract.document.model import RGB, Shape

COLOUR_DISTANCE = 0.25  # how far (max over channels) a pixel may be from the icon's colour and still be the mark
MIN_GLYPH_SHARE = 0.05  # enclosed pixels below this share of the mark are anti-aliasing, not a glyph


def classify_shape(pixels: np.ndarray, colour: RGB) -> Shape | None:
    """The shape of an RGBA icon raster whose dominant colour is `colour`; None when nothing fits."""
    mark = (pixels[..., 3] > 0.5) & (np.abs(pixels[..., :3] - np.array(colour)).max(axis=-1) < COLOUR_DISTANCE)
    if mark.sum() < 9:
        return None
    mark = crop_to(mark)
    holes = enclosed(mark)
    if holes.sum() >= MIN_GLYPH_SHARE * (mark.sum() + holes.sum()):
        return glyph_shape(crop_to(holes))
    return outline_shape(mark) or glyph_shape(mark)


def crop_to(mask: np.ndarray) -> np.ndarray:
    rows, cols = np.flatnonzero(mask.any(axis=1)), np.flatnonzero(mask.any(axis=0))
    if len(rows) == 0:
        return mask
    return mask[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1]


def enclosed(mark: np.ndarray) -> np.ndarray:
    """Pixels not in the mark that cannot be reached from outside it (flood fill from a padded frame)."""
    height, width = mark.shape
    canvas = Image.new("L", (width + 2, height + 2), 0)
    canvas.paste(Image.fromarray((mark * 255).astype(np.uint8)), (1, 1))
    ImageDraw.floodfill(canvas, (0, 0), 128)
    filled = np.asarray(canvas)[1:-1, 1:-1]
    return filled == 0


def outline_shape(mark: np.ndarray) -> Shape | None:
    """A solid mark: square (fills its box), circle (π/4 of it, round), play (a triangle pointing right)."""
    height, width = mark.shape
    fill = mark.mean()
    aspect = width / height
    if fill > 0.92 and 0.6 < aspect < 1.7:
        return "square"
    if 0.7 < fill < 0.88 and 0.8 < aspect < 1.25 and _corners_empty(mark):
        return "circle"
    column_heights = mark.sum(axis=0) / height
    third = max(1, width // 3)
    if 0.38 < fill < 0.62 and column_heights[:third].mean() > 2 * column_heights[-third:].mean():
        return "play"
    return None


def _corners_empty(mark: np.ndarray) -> bool:
    size = max(1, min(mark.shape) // 6)
    corners = [mark[:size, :size], mark[:size, -size:], mark[-size:, :size], mark[-size:, -size:]]
    return all(corner.mean() < 0.2 for corner in corners)


def glyph_shape(glyph: np.ndarray) -> Shape | None:
    """A stroke glyph: exclamation (narrow, broken vertically), cross (all four corners), tick (rising right)."""
    height, width = glyph.shape
    if height < 3 or width < 1:
        return None
    if width / height < 0.45:
        return "exclamation" if _has_row_gap(glyph) or width / height < 0.3 else None
    occupied = _grid_occupancy(glyph)
    top_left, top_right, bottom_left, bottom_right = occupied[0][0], occupied[0][2], occupied[2][0], occupied[2][2]
    if top_left and top_right and bottom_left and bottom_right and occupied[1][1]:
        return "cross"
    if top_right and not top_left and not bottom_right and (occupied[2][1] or bottom_left):
        return "tick"
    return None


def _has_row_gap(glyph: np.ndarray) -> bool:
    """An empty row between ink rows: the dot of an exclamation mark."""
    rows = glyph.any(axis=1)
    inner = rows[np.argmax(rows) : len(rows) - np.argmax(rows[::-1])]
    return bool((~inner).any())


def _grid_occupancy(glyph: np.ndarray) -> list[list[bool]]:
    """Which ninths of the glyph's box hold ink (more than a sixth of the ninth)."""
    height, width = glyph.shape
    rows = np.linspace(0, height, 4).astype(int)
    cols = np.linspace(0, width, 4).astype(int)
    return [
        [bool(glyph[rows[r] : max(rows[r + 1], rows[r] + 1), cols[c] : max(cols[c + 1], cols[c] + 1)].mean() > 1 / 6)
         for c in range(3)]
        for r in range(3)
    ]
