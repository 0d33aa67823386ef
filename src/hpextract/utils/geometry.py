"""Boxes of page objects, in points, (x0, top, x1, bottom) with top measured down from the page's top."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from hpextract.document.model import BBox


def bbox_of(obj: dict[str, Any]) -> BBox:
    return (round(float(obj["x0"]), 2), round(float(obj["top"]), 2),
            round(float(obj["x1"]), 2), round(float(obj["bottom"]), 2))


def overlaps(a: BBox, b: BBox) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def union(boxes: Iterable[BBox]) -> BBox:
    listed = list(boxes)
    return (min(b[0] for b in listed), min(b[1] for b in listed), max(b[2] for b in listed), max(b[3] for b in listed))


def contains_point(box: BBox, x: float, y: float, tolerance: float = 0.5) -> bool:
    return box[0] - tolerance <= x <= box[2] + tolerance and box[1] - tolerance <= y <= box[3] + tolerance


def centre(box: BBox) -> tuple[float, float]:
    return ((box[0] + box[2]) / 2, (box[1] + box[3]) / 2)


def reading_key(box: BBox | None) -> tuple[float, float]:
    """Top to bottom, then left to right."""
    return (box[1], box[0]) if box else (0.0, 0.0)


def area(box: BBox) -> float:
    return (box[2] - box[0]) * (box[3] - box[1])
