"""Two-column pages: find the gutter and read each column top to bottom.

pdfplumber joins text on one baseline into one line, whatever lies between; on a two-column page that
interleaves the columns. Lines are first cut where the space between two characters is much wider than a
word space; a gutter is an x position where several cut pieces start and that few lines cross. Between two
lines that cross it (a title, a full-width heading) the left column is read before the right one.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise
from typing import Any

from hpextract.utils.text import MIN_LEADER

# Characters further apart than this many font sizes belong to different pieces of a line.
PIECE_GAP = 1.5
# A gutter: at least this many pieces start at it (give or take SAME_X points) ...
MIN_COLUMN_STARTS = 5
SAME_X = 4.0
# ... and at most this share of the lines cross it.
MAX_CROSSING = 0.25
# Characters closer than this share of the font size join without a space.
SPACE_GAP = 0.15
# Dot leaders ("Ökad samverkan ........ Klar", "…….."): a run of at least MIN_LEADER of these between two pieces
# of text is a wide gap, as spaces are; fewer is an ellipsis of prose.
LEADER_CHARS = frozenset(".…·")
# (Leaders before a page number at the line's end are a table of contents' and kept: layout tells them so.)
DOT_LEADER = re.compile(rf"(?<=\S)(?: ?[.…·]){{{MIN_LEADER},}} *(?=[^\s.…·])(?!\d{{1,4}}\s*$)")


def blank_leaders(text: str) -> str:
    """A text dump's line with its dot leaders as spaces (as many: offsets stay), a wide gap like any other."""
    return DOT_LEADER.sub(lambda m: " " * len(m.group()), text)


def split_wide_gaps(raw: dict[str, Any]) -> list[dict[str, Any]]:
    """A pdfplumber text line cut where the gap between characters is wider than PIECE_GAP font sizes."""
    chars = [c for c in raw["chars"] if c["text"].strip()]
    runs = _leader_runs(chars)
    chars = [c for k, c in enumerate(chars) if not any(first <= k < end for first, end in runs)]
    cuts = [k for k in range(1, len(chars)) if chars[k]["x0"] - chars[k - 1]["x1"] > PIECE_GAP * chars[k]["size"]]
    if not cuts:
        return [raw]
    pieces = []
    for start, end in zip([0, *cuts], [*cuts, len(chars)], strict=True):
        part = chars[start:end]
        pieces.append({
            "text": text_of(part), "chars": part, "x0": part[0]["x0"], "x1": max(c["x1"] for c in part),
            "top": min(c["top"] for c in part), "bottom": max(c["bottom"] for c in part),
        })
    return pieces


def _leader_runs(chars: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """(first, end) of each run of dot leaders between two other characters: dropped, they leave a wide gap."""
    runs = []
    k = 0
    while k < len(chars):
        end = k
        while end < len(chars) and chars[end]["text"] in LEADER_CHARS:
            end += 1
        if end - k >= MIN_LEADER and k > 0 and end < len(chars):
            runs.append((k, end))
        k = max(end, k + 1)
    return runs


def text_of(chars: list[dict[str, Any]]) -> str:
    """Characters joined into text, a space where the gap between two is wider than a letter's spacing."""
    text = chars[0]["text"]
    for before, char in pairwise(chars):
        text += (" " if char["x0"] - before["x1"] > SPACE_GAP * char["size"] else "") + char["text"]
    return text


def find_gutter(boxes: list[tuple[float, float]], width: float) -> float | None:
    """The x of a gutter between two columns, from pieces' (x0, x1); None on a one-column page."""
    if width <= 0 or len(boxes) < 2 * MIN_COLUMN_STARTS:
        return None
    # Candidate column starts in the middle of the page, counted in bins of SAME_X points.
    starts = Counter(round(x0 / SAME_X) for x0, _ in boxes if width * 0.3 <= x0 <= width * 0.7)
    for bin_, count in starts.most_common():
        if count < MIN_COLUMN_STARTS:
            return None
        x = bin_ * SAME_X
        left = sum(1 for _, x1 in boxes if x1 <= x - SAME_X)
        crossing = sum(1 for x0, x1 in boxes if x0 < x - SAME_X and x1 > x + SAME_X)
        if left >= MIN_COLUMN_STARTS and crossing <= MAX_CROSSING * len(boxes):
            return x - SAME_X
    return None


def column_of(x0: float, x1: float, gutter: float) -> int:
    """0 for the left column, 1 for the right one, -1 for a line that crosses the gutter."""
    if x1 <= gutter + SAME_X:
        return 0
    if x0 >= gutter - SAME_X:
        return 1
    return -1
