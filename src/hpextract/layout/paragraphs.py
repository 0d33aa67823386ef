"""Layout stage: set aside headers/footers, pair list numbers with their text, build paragraphs."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from itertools import pairwise
from statistics import median

from hpextract.sources.page import Line, Page
from hpextract.utils.text import (
    BULLET,
    FIELD_LEAD,
    JUNK_CHARS,
    LABEL_LEAD,
    LABEL_ONLY,
    LEADER_DOTS,
    LIST_MARKER,
    STRUCTURAL,
    ascii_key,
    char_similarity,
    ends_sentence,
    join_hyphenated,
    letter_ratio,
    never,
)

# Share of the page height at top and bottom where running headers and footers live.
MARGIN_BAND = 0.12
# A vertical step this much larger than the usual line pitch starts a new paragraph.
PARAGRAPH_GAP = 1.35
# Running headers and footers of one report sit at the same height on every page, give or take (points).
SAME_PLACE = 20.0
PAGE_NUMBER = re.compile(r"^\W*(?:(?:sida|page|s\.)\s*)?\d{1,4}(?:\s*(?:av|/|of)\s*\d{1,4})?\W*$", re.I)


@dataclass(slots=True)
class Block:
    """A paragraph (or heading, or list item) with where it came from."""

    lines: list[Line]
    text: str = ""
    page_end: int = 0

    @property
    def first(self) -> Line:
        return self.lines[0]

    @property
    def page(self) -> int:
        return self.first.page

    @property
    def bold(self) -> bool:
        return all(line.bold for line in self.lines)

    @property
    def size(self) -> float:
        return max(line.size for line in self.lines)

    @property
    def line_text(self) -> str:
        """The lines joined by spaces, before hyphens are resolved (`text` is set at the end of layout)."""
        return " ".join(line.text for line in self.lines)


@dataclass(slots=True)
class Layout:
    blocks: list[Block]
    furniture: list[Line] = field(default_factory=list)
    positioned: bool = True


def analyse(pages: list[Page], positioned: bool, structure: Callable[[str], bool] = never) -> Layout:
    """Pages of lines → paragraphs in reading order, with headers/footers set aside. `structure` tells a line
    that is the document's structure ("Status", "Uppdrag 3"), never a running header, however often it
    recurs: the caller's knowledge of the language, so that layout needs none."""
    if positioned:
        body, furniture = split_furniture_by_position(pages, structure)
    else:
        body, furniture = [page.lines for page in pages], []
    # In a text dump every blank row is a paragraph break; a PDF's line pitch must be measured.
    pitch = typical_pitch(body) if positioned else 1.0
    blocks = []
    for page, lines in zip(pages, body, strict=True):
        blocks.extend(paragraphs(lines, pitch, page.tables))
    if not positioned:
        blocks, text_furniture = split_furniture_by_recurrence(blocks, structure)
        furniture.extend(text_furniture)
        blocks = pair_label_runs(blocks)
    blocks = join_across_pages(blocks)
    for block in blocks:
        block.text = block_text(block.lines)
        block.page_end = block.lines[-1].page
    return Layout(blocks=blocks, furniture=furniture, positioned=positioned)


def split_furniture_by_position(
    pages: list[Page], structure: Callable[[str], bool] = never
) -> tuple[list[list[Line]], list[Line]]:
    """Lines in the top/bottom bands that recur at the same height across pages, page numbers, junk there."""
    candidates = [
        Mention(furniture_key(line.text), line.page, line.top)
        for page in pages for line in page.lines if _in_margin(page, line) and _may_be_furniture(line.text, structure)
    ]
    recurring = recurring_mentions(candidates, len(pages))
    body, furniture = [], []
    for page in pages:
        kept = []
        for line in page.lines:
            candidate = _in_margin(page, line) and _may_be_furniture(line.text, structure)
            if candidate and _is_furniture_line(line, recurring):
                furniture.append(line)
            else:
                kept.append(line)
        body.append(kept)
    return body, furniture


@dataclass(frozen=True, slots=True)
class Mention:
    """A candidate header/footer: its text key (digits and case ignored), page and height on the page."""

    key: str
    page: int
    top: float = 0.0


def furniture_key(text: str) -> str:
    return ascii_key(re.sub(r"\d+", "", text))


def _in_margin(page: Page, line: Line) -> bool:
    if page.height <= 0:
        return False
    return line.bottom <= page.height * MARGIN_BAND or line.top >= page.height * (1 - MARGIN_BAND)


def _may_be_furniture(text: str, structure: Callable[[str], bool] = never) -> bool:
    """Headings ("Status för uppdrag 7", "Uppdrag 2:"), list items and sentences are content, even
    where they recur at the top of pages."""
    stripped = text.strip()
    if PAGE_NUMBER.match(stripped):  # "Sida 2" is a page number, though it looks like "Uppdrag 2"
        return True
    return not (
        stripped.endswith((":", ".", "!", "?")) or LIST_MARKER.match(stripped) or FIELD_LEAD.match(stripped)
        or STRUCTURAL.match(stripped) or structure(stripped)
    )


def _is_furniture_line(line: Line, recurring: list[Mention]) -> bool:
    if PAGE_NUMBER.match(line.text) or _is_junk(line.text):
        return True
    key = furniture_key(line.text)
    return bool(key) and any(_same_place(Mention(key, line.page, line.top), other) for other in recurring)


def _same_place(a: Mention, b: Mention) -> bool:
    return abs(a.top - b.top) <= SAME_PLACE and char_similarity(a.key, b.key) >= 0.8


def _is_junk(text: str) -> bool:
    """Emblem and speckle debris: few letters, or symbols that do not occur in prose."""
    stripped = text.strip()
    return letter_ratio(stripped) < 0.5 or (len(stripped) < 40 and any(ch in JUNK_CHARS for ch in stripped))


def recurring_mentions(mentions: list[Mention], page_count: int) -> list[Mention]:
    """One mention per group of alike mentions found on at least two pages and a fair share of them."""
    needed = max(2, round(page_count * 0.3))
    groups: list[tuple[Mention, set[int]]] = []
    for mention in (m for m in mentions if m.key):
        for first, pages in groups:
            if _same_place(mention, first):
                pages.add(mention.page)
                break
        else:
            groups.append((mention, {mention.page}))
    return [first for first, pages in groups if len(pages) >= needed]


def typical_pitch(body: list[list[Line]]) -> float:
    """The usual distance between the tops of consecutive lines of one paragraph."""
    steps = [
        b.top - a.top
        for lines in body
        for a, b in pairwise(lines)
        if 0 < b.top - a.top <= 3 * max(a.size, 1.0)
    ]
    return median(steps) if steps else 1.0


def paragraphs(lines: list[Line], pitch: float, tables: list[list[list[str | None]]] | None = None) -> list[Block]:
    """Split one page's lines into paragraphs at gaps, font changes, list markers and table rows."""
    blocks: list[Block] = []
    for line in lines:
        if not blocks or _starts_paragraph(blocks[-1], line, pitch) or _starts_table_row(blocks[-1], line, tables):
            blocks.append(Block(lines=[line]))
        else:
            blocks[-1].lines.append(line)
    return blocks


def _starts_paragraph(block: Block, line: Line, pitch: float) -> bool:
    previous = block.lines[-1]
    return (
        line.top - previous.top > pitch * PARAGRAPH_GAP
        or line.top < previous.top
        or _table_of(line) != _table_of(previous)
        or line.bold != previous.bold
        or abs(line.size - previous.size) >= 1.0
        or bool(LIST_MARKER.match(line.text))
        or (bool(LABEL_LEAD.match(line.text)) and _ends_a_statement(previous))
        or _starts_numbered_row(block, line, previous)
        or bool(FIELD_LEAD.match(line.text))
        or (bool(line.bold_lead) and ends_sentence(previous.text))  # a run-in heading after a sentence
        or _ends_short_field(previous, line)
        or bool(LABEL_ONLY.match(previous.text))
        or _is_heading_line(previous)
        or (_is_heading_line(line) and ends_sentence(previous.text))
        or (_is_bullet(block.first) and _starts_capitalised(line))
    )


# A line that opens with a capitalised word, a number and a capitalised title, no separator between them
# ("Uppdrag 2 Ny översiktsplan ........ Pågår").
NUMBERED_TITLE = re.compile(r"^(?P<word>[A-ZÅÄÖ][a-zåäöé]+)\s+\d{1,3}\s+[A-ZÅÄÖ]")


# A line whose value follows dot leaders ("Ny översiktsplan ........ Pågår"): a row complete on its own line.
LEADER_LINE = re.compile(rf"{LEADER_DOTS}\s*[^.\s][^.]*$")
# An entry of a table of contents: dot leaders, then a page number ("Uppdrag 1 Trygga miljöer ........ 2").
CONTENTS_ENTRY = re.compile(rf"(?:{LEADER_DOTS}|…{{2,}})\s*\d{{1,4}}\s*$")


def _starts_numbered_row(block: Block, line: Line, previous: Line) -> bool:
    """A line of a list of numbered rows, each complete on its line ("Uppdrag 2 Ny översiktsplan ........ Pågår"):
    a numbered title after a finished statement, the same word and a number as the paragraph's first line, or
    any line after a row with dot leaders. A table of contents stays one paragraph: its rows end in page numbers,
    and its entries are not the items they name."""
    if CONTENTS_ENTRY.search(line.text) or CONTENTS_ENTRY.search(previous.text):
        return False
    return (
        (bool(NUMBERED_TITLE.match(line.text)) and _ends_a_statement(previous))
        or _repeats_numbered_title(block.first, line)
        or bool(LEADER_LINE.search(previous.text))
    )


def _repeats_numbered_title(first: Line, line: Line) -> bool:
    """A line opening with the word and a number as its paragraph's first line does ("Uppdrag 2 …" under
    "Uppdrag 1 …"): the next line of a list, not a wrap of the first."""
    head, this = NUMBERED_TITLE.match(first.text), NUMBERED_TITLE.match(line.text)
    return bool(head and this and head["word"] == this["word"])


def _ends_a_statement(line: Line) -> bool:
    """A line after which a labelled line ("Nämndmål 3. …", "A2 …") is a new paragraph: one ending a sentence,
    a field ("Bedömning: Uppnått"), or a row with a value flush right."""
    return ends_sentence(line.text) or bool(line.tail) or bool(FIELD_LEAD.match(line.text))


# A field line shorter than this share of the next line's width is a field of its own, not the start of a text.
SHORT_FIELD_SHARE = 0.6


def _ends_short_field(previous: Line, line: Line) -> bool:
    """A short field over a longer line ("Status: Grön" over its comment) ends there: a field whose value wraps
    onto the next line runs to the margin, and a wrapped sentence goes on in lower case."""
    return (
        bool(FIELD_LEAD.match(previous.text)) and _starts_capitalised(line)
        and previous.x1 - previous.x0 < SHORT_FIELD_SHARE * (line.x1 - line.x0)
    )


def _starts_table_row(block: Block, line: Line, tables: list[list[list[str | None]]] | None) -> bool:
    """A table row starts a paragraph when it has a cell in every column (a new row of the grid, not the
    continuation of a taller cell), or when it follows a row of several filled cells (a header, a
    "label | value" row) and its own first cell is not spanned; a row that goes on in lower case continues
    the sentence of the row before."""
    previous = block.lines[-1]
    if not tables or line.cell is None or previous.cell is None or line.cell == previous.cell:
        return False
    if line.text[:1].islower() and not ends_sentence(previous.text):
        return False
    if line.cell[0] != previous.cell[0]:
        return True
    rows = tables[line.cell[0]]
    row, before = rows[line.cell[1]], rows[previous.cell[1]]
    filled_before = sum(1 for cell in before if cell and cell.strip())
    return None not in row or (filled_before >= 2 and row[0] is not None)


def _table_of(line: Line) -> int | None:
    """The table a line lies in: rows of one table are paragraphs like any others (gaps and type divide them)."""
    return line.cell[0] if line.cell else None


def _is_heading_line(line: Line) -> bool:
    """A short line ending in a colon: a run-in heading in a text dump without fonts."""
    return len(line.text) < 90 and line.text.rstrip().endswith(":")


def _is_bullet(line: Line) -> bool:
    return bool(BULLET.match(line.text))


def _starts_capitalised(line: Line) -> bool:
    """Continuation lines of a list item start in lower case; OCR reads a capital I as '|'."""
    return line.text[:1].isupper() or line.text.startswith("| ")


def split_furniture_by_recurrence(
    blocks: list[Block], structure: Callable[[str], bool] = never
) -> tuple[list[Block], list[Line]]:
    """Text dumps have no positions: headers/footers are short stray paragraphs that recur or are junk."""
    # Without positions every mention counts as a page of its own, all at one height. The first paragraph
    # counts towards a recurrence (a running header printed above the title) but stays: it may be the title.
    mentions = {
        i: Mention(furniture_key(block.line_text), page=i)
        for i, block in enumerate(blocks) if _is_stray(block, structure)
    }
    recurring = recurring_mentions(list(mentions.values()), page_count=1)
    kept, furniture = [], []
    for i, block in enumerate(blocks):
        text = block.line_text
        is_furniture = i > 0 and i in mentions and (
            _is_junk(text) or PAGE_NUMBER.match(text) or any(_same_place(mentions[i], k) for k in recurring)
        )
        if is_furniture:
            furniture.extend(block.lines)
        else:
            kept.append(block)
    return kept, furniture


def _is_stray(block: Block, structure: Callable[[str], bool]) -> bool:
    text = block.line_text
    return len(block.lines) <= 2 and len(text) <= 60 and not ends_sentence(text) and _may_be_furniture(text, structure)


def pair_label_runs(blocks: list[Block]) -> list[Block]:
    """Give a run of bare list numbers ("3)", "4)", "5)") the paragraphs that follow it, in order."""
    result: list[Block] = []
    i = 0
    while i < len(blocks):
        run_end = i
        while run_end < len(blocks) and LABEL_ONLY.match(blocks[run_end].first.text.strip()):
            run_end += 1
        run = blocks[i:run_end]
        texts = blocks[run_end : run_end + len(run)]
        if run and len(texts) == len(run) and not any(LIST_MARKER.match(t.first.text) for t in texts):
            for label_block, text_block in zip(run, texts, strict=True):
                joined = replace(text_block.first, text=f"{label_block.first.text} {text_block.first.text}")
                result.append(Block(lines=[joined, *text_block.lines[1:]]))
            i = run_end + len(run)
        else:
            result.append(blocks[i])
            i += 1
    return result


def join_across_pages(blocks: list[Block]) -> list[Block]:
    """A paragraph cut by a page break continues on the next page: join the two halves."""
    result: list[Block] = []
    for block in blocks:
        previous = result[-1] if result else None
        if previous is not None and _continues(previous, block):
            previous.lines.extend(block.lines)
        else:
            result.append(block)
    return result


def _continues(previous: Block, block: Block) -> bool:
    last, first = previous.lines[-1], block.first
    if LIST_MARKER.match(first.text) or first.bold != last.bold or ends_sentence(last.text):
        return False
    if first.cell is not None or last.cell is not None:  # table rows are rows, whatever page they are on
        return False
    # On one page a paragraph gap is real unless the text plainly runs on (a stray line was removed).
    if first.page == last.page:
        return first.text[:1].islower()
    return first.text[:1].islower() or not _looks_like_heading(block)


def _looks_like_heading(block: Block) -> bool:
    return block.bold or (len(block.lines) == 1 and block.first.text.rstrip().endswith(":"))


def block_text(lines: list[Line]) -> str:
    text = ""
    for line in lines:
        text = join_hyphenated(text, line.text.strip())
    return text
