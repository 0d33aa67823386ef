"""Unnumbered items: a title with its status in capitals after it ("Revidera lokalförsörjningsplanen
PÅGÅENDE", flush right on the same line or alone on the next line), as follow-ups of political
assignments print them under each committee's heading."""

from __future__ import annotations

import re
from dataclasses import dataclass

from hpextract.layout.paragraphs import Block
from hpextract.sources.page import Line

# One to four words in capitals at the end of a line in ordinary case.
TRAILING_CAPS = re.compile(r"(?:\s+[A-ZÅÄÖÉ]{2,}(?:-[A-ZÅÄÖÉ]+)?){1,4}\s*$")
ONLY_CAPS = re.compile(r"^[A-ZÅÄÖÉ]{2,}(?:[ -][A-ZÅÄÖÉ]{2,}){0,3}\.?$")
# A pattern seen once may be an acronym; a list style repeats.
MIN_TITLED = 2


@dataclass(frozen=True, slots=True)
class Titled:
    """A titled line: the block it is in, its title, its status as printed, the blocks it takes, and the
    line it stands on."""

    index: int
    title: str
    status: str
    blocks: tuple[int, ...]
    line: Line


def titled_lines(blocks: list[Block], taken: set[int]) -> list[Titled]:
    """Titled lines with a trailing status in capitals, when the document has at least two of them."""
    found: list[Titled] = []
    k = 0
    while k < len(blocks):
        if k in taken:
            k += 1
            continue
        items = _same_lines(blocks, k) or _next_line(blocks, k, taken)
        if items:
            found.extend(items)
            k = items[-1].blocks[-1] + 1
        else:
            k += 1
    return found if len(found) >= MIN_TITLED else []


def _same_lines(blocks: list[Block], k: int) -> list[Titled]:
    """Every line of a block that ends in a status in capitals (lines printed close together are one block)."""
    found = []
    for line in blocks[k].lines:
        text = " ".join(line.text.split())
        match = TRAILING_CAPS.search(text)
        title = text[: match.start()].strip() if match else ""
        if not match or not _ordinary_case(title):
            return []
        found.append(Titled(index=k, title=title, status=match.group().strip(), blocks=(k,), line=line))
    return found


def _next_line(blocks: list[Block], k: int, taken: set[int]) -> list[Titled]:
    """A title alone on its line, its status in capitals alone on the next."""
    if k + 1 >= len(blocks) or k + 1 in taken:
        return []
    block, after = blocks[k], blocks[k + 1]
    title = " ".join(block.text.split())
    if len(block.lines) > 2 or not _ordinary_case(title) or not ONLY_CAPS.match(after.text.strip()):
        return []
    status = after.text.strip().rstrip(".")
    return [Titled(index=k, title=title, status=status, blocks=(k, k + 1), line=block.first)]


def _ordinary_case(title: str) -> bool:
    """A title in ordinary case: mostly lower-case letters, no sentence of prose (short, not ending in ':')."""
    letters = [ch for ch in title if ch.isalpha()]
    lower = sum(ch.islower() for ch in letters)
    return len(letters) >= 4 and lower >= len(letters) / 2 and len(title) <= 160 and not title.endswith(":")
