"""Icons on a PDF page: small embedded images and small filled vector shapes, with colour and shape.

An icon's colour is the dominant non-background colour of its pixels, named by hue and saturation;
a greyscale image gives `colour=None` so that the caller can say the colours could not be read.
"""

from __future__ import annotations

from typing import Any

from hpextract.document.model import RGB, BBox, Icon, Provenance
from hpextract.sources.colours import colour_name, dominant_colour, rgb_of
from hpextract.sources.raster import PageRaster, image_components, image_pixels
from hpextract.utils.geometry import area, bbox_of, overlaps, union

ICON_MAX = 24.0  # points: larger objects are pictures, boxes or rules, not status marks
ICON_MIN = 2.5
RENDER_PAD = 1.5  # points of page background around a rendered vector icon
# More small shapes than this on a page is a drawing (a map, a chart's markers), not status icons.
MAX_VECTOR_SHAPES = 300


def icon_sized(box: BBox) -> bool:
    width, height = box[2] - box[0], box[3] - box[1]
    small = ICON_MIN <= width <= ICON_MAX and ICON_MIN <= height <= ICON_MAX
    return small and max(width, height) < 3 * min(width, height)


def image_icons(pdf_page: Any, raster: PageRaster) -> list[Icon]:
    """Small embedded images (status icons) with colour and shape."""
    icons = []
    for image in pdf_page.images:
        box = bbox_of(image)
        if icon_sized(box):
            greyscale = image_components(image) == 1
            icons.append(icon_from_pixels(image_pixels(image, raster), box, pdf_page.page_number, greyscale))
    return icons


def icon_from_pixels(pixels: Any, box: BBox, page: int, greyscale: bool = False) -> Icon:
    from hpextract.sources.shapes import classify_shape

    rgb = dominant_colour(pixels)
    shape = classify_shape(pixels, rgb) if rgb is not None else None
    colour = None if greyscale or rgb is None else colour_name(rgb)
    return Icon(prov=Provenance(page, box), kind="image", rgb=rgb, colour=colour, shape=shape)


def vector_icons(pdf_page: Any, raster: PageRaster, skip: set[int]) -> list[Icon]:
    """Small filled rects and curves (not in `skip`, the ids of table and bar objects), overlapping ones
    taken together as one icon (a disc with a white tick on it)."""
    shapes = [
        obj for obj in [*pdf_page.rects, *pdf_page.curves]
        if id(obj) not in skip and obj.get("fill") and icon_sized(bbox_of(obj))
    ]
    if len(shapes) > MAX_VECTOR_SHAPES:
        return []
    icons = []
    for group in overlapping_groups(shapes):
        icon = vector_icon(group, raster, pdf_page.page_number)
        if icon is not None:
            icons.append(icon)
    return icons


def vector_icon(group: list[dict[str, Any]], raster: PageRaster, page: int) -> Icon | None:
    """One icon from a group of shapes: the colour of its largest coloured member; white-only groups are none."""
    coloured = [(obj, rgb) for obj in group if (rgb := rgb_of(obj.get("non_stroking_color"))) is not None]
    coloured = [(obj, rgb) for obj, rgb in coloured if colour_name(rgb) != "white"]
    if not coloured:
        return None
    main, rgb = max(coloured, key=lambda pair: area(bbox_of(pair[0])))
    box = union(bbox_of(obj) for obj in group)
    if len(group) == 1 and main["object_type"] == "rect":
        shape = "square"
    else:
        from hpextract.sources.shapes import classify_shape

        shape = classify_shape(raster.crop(box, pad=RENDER_PAD), rgb)
    return Icon(prov=Provenance(page, box), kind="vector", rgb=_rounded(rgb), colour=colour_name(rgb), shape=shape)


def overlapping_groups(objects: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Objects grouped by overlapping boxes (transitively), in drawing order."""
    groups: list[tuple[BBox, list[dict[str, Any]]]] = []
    for obj in objects:
        box = bbox_of(obj)
        touching = [g for g in groups if overlaps(g[0], box)]
        merged = [obj for _, members in touching for obj in members] + [obj]
        groups = [g for g in groups if g not in touching]
        groups.append((union([box, *(g[0] for g in touching)]), merged))
    return [members for _, members in groups]


def _rounded(rgb: RGB) -> RGB:
    return (round(rgb[0], 3), round(rgb[1], 3), round(rgb[2], 3))
