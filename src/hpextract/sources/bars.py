"""Progress bars: an image whose filled width is measured, or a track rect with a fill rect over its left part.

The filled share is measured by width along the bar's middle row, never by area, so that rounded end caps
do not count short.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from hpextract.document.model import BBox, ProgressBar, Provenance
from hpextract.sources.colours import colour_name, is_strong, rgb_of
from hpextract.sources.icons import ICON_MAX
from hpextract.sources.raster import PageRaster, image_pixels
from hpextract.utils.geometry import bbox_of, centre, contains_point

if TYPE_CHECKING:
    import numpy as np

MIN_ASPECT = 3.0  # a bar is at least this many times wider than high
MIN_HEIGHT = 2.0
MAX_WIDTH = 320.0
TRACK_MIN_HEIGHT = 4.0  # thinner lone rects are rules, not empty bars
SAME_COLOUR = 0.15  # max channel difference between two columns of one run of colour
EDGE_TOLERANCE = 1.5


def bar_shaped(box: BBox) -> bool:
    width, height = box[2] - box[0], box[3] - box[1]
    return MIN_HEIGHT <= height <= ICON_MAX and width >= MIN_ASPECT * height and width <= MAX_WIDTH


def image_bars(pdf_page: Any, raster: PageRaster) -> list[ProgressBar]:
    """Bar-shaped images whose pixels read as a bar."""
    bars = []
    for image in pdf_page.images:
        box = bbox_of(image)
        if bar_shaped(box):
            percent = bar_percent(image_pixels(image, raster))
            if percent is not None:
                bars.append(ProgressBar(prov=Provenance(pdf_page.page_number, box), percent=percent))
    return bars


def bar_percent(pixels: np.ndarray) -> float | None:
    """The filled share (0–100) of a bar raster: the run of the left colour along the middle row against the
    bar's whole opaque width; one colour all along is full when it is a strong colour, empty when grey."""
    import numpy as np

    height = pixels.shape[0]
    band = pixels[max(0, height // 2 - 1) : height // 2 + 2]
    opaque_cols = np.flatnonzero((band[..., 3] > 0.5).all(axis=0))
    if len(opaque_cols) < 3 or not _is_band(pixels):
        return None
    left, right = opaque_cols[0], opaque_cols[-1]
    row = np.median(band[:, left : right + 1, :3], axis=0)
    # Step in from the ends: anti-aliased cap edges are a blend of the bar and the background.
    inset = max(1, (right - left) // 40)
    start, end = row[inset], row[-1 - inset]
    if np.abs(start - end).max() <= SAME_COLOUR:
        return 100.0 if is_strong(tuple(start.tolist())) else 0.0
    if not is_strong(tuple(start.tolist())):  # the track shows from the left: nothing is filled
        return 0.0
    like_start = np.abs(row - start).max(axis=-1) < np.abs(row - end).max(axis=-1)
    filled = int(np.flatnonzero(like_start)[-1]) + 1
    return round(100.0 * filled / len(row), 1)


def _is_band(pixels: np.ndarray) -> bool:
    """Most opaque columns are opaque over most of the height (a logo or text strip is not)."""
    opaque = pixels[..., 3] > 0.5
    heights = opaque.sum(axis=0)
    used = heights[heights > 0]
    return len(used) > 0 and float((used >= 0.6 * pixels.shape[0]).mean()) > 0.8


def rect_bars(pdf_page: Any, skip: set[int], words: list[dict[str, Any]]) -> tuple[list[ProgressBar], set[int]]:
    """Bars drawn as rects: a bar-shaped track with a fill over its left part (the fill may be short, even
    square), or a lone empty track (a light or only stroked rect with no text on it). Returns the bars and
    the ids of the rects they used."""
    rects = [r for r in pdf_page.rects if id(r) not in skip]
    tracks = [r for r in rects if bar_shaped(bbox_of(r))]
    used: set[int] = set()
    bars = []
    for track in sorted(tracks, key=lambda r: (-(r["x1"] - r["x0"]), r["top"], r["x0"])):
        if id(track) in used:
            continue
        fill = _fill_over(track, [r for r in rects if id(r) not in used and r is not track])
        box = bbox_of(track)
        if fill is not None:
            percent = 100.0 * (fill["x1"] - fill["x0"]) / (track["x1"] - track["x0"])
            used |= {id(track), id(fill)}
        elif _empty_track(track, words):
            percent = 0.0
            used.add(id(track))
        else:
            continue
        bars.append(ProgressBar(prov=Provenance(pdf_page.page_number, box), percent=round(min(percent, 100.0), 1)))
    return bars, used


def _fill_over(track: dict[str, Any], others: list[dict[str, Any]]) -> dict[str, Any] | None:
    """A strong-coloured rect starting at the track's left edge, inside it vertically, no wider than it."""
    for other in others:
        rgb = rgb_of(other.get("non_stroking_color"))
        if (
            other.get("fill") and rgb is not None and is_strong(rgb)
            and abs(other["x0"] - track["x0"]) <= EDGE_TOLERANCE
            and other["x1"] <= track["x1"] + EDGE_TOLERANCE
            and other["top"] >= track["top"] - EDGE_TOLERANCE and other["bottom"] <= track["bottom"] + EDGE_TOLERANCE
        ):
            return other
    return None


def _empty_track(track: dict[str, Any], words: list[dict[str, Any]]) -> bool:
    """A visible, colourless rect with no text on it: outlined, or filled grey (a white box without an
    outline is a white-out, not a bar)."""
    if track["bottom"] - track["top"] < TRACK_MIN_HEIGHT:
        return False
    rgb = rgb_of(track.get("non_stroking_color")) if track.get("fill") else None
    fill_name = colour_name(rgb) if rgb is not None else None
    visible = fill_name in (None, "grey", "white") if track.get("stroke") else fill_name == "grey"
    box = bbox_of(track)
    return visible and not any(contains_point(box, *centre(bbox_of(word)), tolerance=0) for word in words)
