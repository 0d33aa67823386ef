"""Colour names from measured colours, by hue and saturation (never by exact values), and dominant colours."""

from __future__ import annotations

import colorsys
from typing import TYPE_CHECKING

from hpextract.document.model import RGB, Colour

if TYPE_CHECKING:
    import numpy as np

# Hue boundaries in degrees: orange counts as yellow; the yellow-green of many planning systems (hue ~75°) as green.
HUE_NAMES: tuple[tuple[float, Colour], ...] = (
    (15.0, "red"), (66.0, "yellow"), (170.0, "green"), (300.0, "blue"), (360.0, "red"),
)
# Below this saturation a colour is a grey (or white/black by value).
GREY_SATURATION = 0.22
DARK_VALUE = 0.2
WHITE_VALUE = 0.9
# A colour at least this saturated (and not dark) is a status colour rather than a tint or a grey.
STRONG_SATURATION = 0.35
STRONG_VALUE = 0.35


def colour_name(rgb: RGB) -> Colour:
    """The name of a colour: hue decides among red, yellow, green, blue; low saturation gives grey/white/black."""
    hue, saturation, value = colorsys.rgb_to_hsv(*rgb)
    if value < DARK_VALUE:
        return "black"
    if saturation < GREY_SATURATION:
        return "white" if value > WHITE_VALUE and saturation < 0.1 else "grey"
    degrees = hue * 360.0
    return next(name for limit, name in HUE_NAMES if degrees < limit)


def is_strong(rgb: RGB) -> bool:
    """A saturated, not dark colour: a traffic-light fill, not a pale row tint."""
    _, saturation, value = colorsys.rgb_to_hsv(*rgb)
    return saturation >= STRONG_SATURATION and value >= STRONG_VALUE


def rgb_of(colour: object) -> RGB | None:
    """A pdfplumber colour (gray, RGB or CMYK tuple, or a pattern name) as RGB in [0, 1]; None when unknown."""
    if not isinstance(colour, (tuple, list)) or not all(isinstance(v, (int, float)) for v in colour):
        return None
    values = [min(max(float(v), 0.0), 1.0) for v in colour]
    if len(values) == 1:
        return (values[0], values[0], values[0])
    if len(values) == 3:
        return (values[0], values[1], values[2])
    if len(values) == 4:
        c, m, y, k = values
        return ((1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k))
    return None


def dominant_colour(pixels: np.ndarray) -> RGB | None:
    """The colour of the mark in an RGBA raster (floats in [0, 1]): opaque pixels unlike the border background;
    the saturated ones win when there are enough of them (a white tick on a green disc is green)."""
    import numpy as np

    opaque = pixels[..., 3] > 0.5
    rgb = pixels[..., :3]
    marked = rgb[opaque & ~background_mask(pixels)]
    if len(marked) < 4:  # the mark fills its whole box: its frame is the mark, not a background
        marked = rgb[opaque]
    if len(marked) == 0:
        return None
    saturation = marked.max(axis=-1) - marked.min(axis=-1)
    saturated = marked[saturation > 0.25]
    chosen = saturated if len(saturated) >= max(4, 0.1 * len(marked)) else marked
    median = np.median(chosen, axis=0)
    return (round(float(median[0]), 3), round(float(median[1]), 3), round(float(median[2]), 3))


def background_mask(pixels: np.ndarray) -> np.ndarray:
    """Pixels of the raster's uniform frame colour (all False when the frame is transparent or mixed)."""
    import numpy as np

    background = border_colour(pixels)
    if background is None:
        return np.zeros(pixels.shape[:2], dtype=bool)
    return np.abs(pixels[..., :3] - np.array(background)).max(axis=-1) <= 0.12


def border_colour(pixels: np.ndarray) -> RGB | None:
    """The colour of an opaque raster's frame when it is uniform (a painted background); None otherwise."""
    import numpy as np

    frame = np.concatenate([pixels[0], pixels[-1], pixels[:, 0], pixels[:, -1]])
    frame = frame[frame[:, 3] > 0.5][:, :3]
    if len(frame) < 4:
        return None
    median = np.median(frame, axis=0)
    uniform = (np.abs(frame - median).max(axis=-1) < 0.12).mean() > 0.8
    return (float(median[0]), float(median[1]), float(median[2])) if uniform else None
