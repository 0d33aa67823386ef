"""The document model of a whole input, from its laid-out paragraphs and its pages' objects.

Generic like the rest of layout: a paragraph is a heading when its type stands out (bold, or larger than the
body text) and it is short, a list item when it opens with a list label, a field when it opens with a short
lead and a colon ("Ansvarig: …", "Status: Pågår."); tables, icons and bars come from the source as found.
Elements are in reading order; every one keeps its page and box.
"""

from __future__ import annotations

import re
from collections import Counter

from hpextract.document.model import (
    BBox,
    Document,
    Element,
    Furniture,
    Heading,
    KeyValue,
    ListItem,
    Paragraph,
    Provenance,
    Table,
    TableCell,
    TextLine,
)
from hpextract.layout.paragraphs import Block, Layout
from hpextract.sources.page import Line, Page
from hpextract.utils.text import FIELD_LEAD, LABEL_LEAD, LIST_MARKER

# A heading is a few words, not a paragraph set in bold.
HEADING_WORDS = 20
# The label of a line that opens with one: up to its number and separator ("Uppdrag 2:", "A1").
LEAD_LABEL = re.compile(r"^\D*?\d[\d.:]*[a-z]?\s*[:.)–—-]?")


def build_document(layout: Layout, pages: list[Page], kind: str) -> Document:
    """Every paragraph, table, icon and bar of the input as document elements in reading order."""
    positioned = layout.positioned
    body_size = Counter(round(b.size, 1) for b in layout.blocks).most_common(1)[0][0] if layout.blocks else 0.0
    sizes = sorted({round(b.size, 1) for b in layout.blocks if _is_heading(b, body_size)}, reverse=True)
    placed: list[tuple[tuple[int, float, int], Element]] = []
    table_at: dict[tuple[int, int], tuple[int, float, int]] = {}
    for order, block in enumerate(layout.blocks):
        where = (block.page, block.first.top if positioned else float(order), order)
        if block.first.cell is not None:  # a table's text is its cells': the table stands where it starts
            table_at.setdefault((block.page, block.first.cell[0]), where)
            continue
        placed.append((where, _element(block, body_size, sizes)))
    for page in pages:
        if page.objects_tables:
            placed += [((page.number, t.prov.bbox[1] if t.prov.bbox else 0.0, -1), t) for t in page.objects_tables]
        else:
            placed += [
                (table_at.get((page.number, k), (page.number, 0.0, -1)), _table_of_rows(rows, page.number))
                for k, rows in enumerate(page.tables)
            ]
        for mark in [*page.icons, *page.bars]:
            top = mark.prov.bbox[1] if mark.prov.bbox else 0.0
            placed.append(((page.number, top, -1), mark))
    elements = [element for _, element in sorted(placed, key=lambda pair: pair[0])]
    furniture = [Furniture(text=line.text, prov=_prov([line], positioned)) for line in layout.furniture]
    return Document(kind="pdf" if kind == "pdf" else "text", pages=len(pages), elements=elements,
                    furniture=furniture, positioned=positioned)


def _element(block: Block, body_size: float, heading_sizes: list[float]) -> Element:
    lines = [TextLine(text=ln.text, prov=_prov([ln], True), size=ln.size, bold=ln.bold) for ln in block.lines]
    common = {
        "text": block.text, "prov": _prov(block.lines, True), "lines": lines, "bold": block.bold,
        "size": block.size, "page_end": block.page_end,
    }
    text = block.text
    marker = LIST_MARKER.match(text)
    lead = None if marker else LABEL_LEAD.match(text) and LEAD_LABEL.match(text)
    if marker or lead:
        printed = (marker or lead).group().strip()  # type: ignore[union-attr]
        return ListItem(**common, label=printed, path=tuple(re.findall(r"\d+|[A-Za-z](?=\d)", printed)))
    if FIELD_LEAD.match(text) and not _is_heading(block, body_size):
        head, _, value = text.partition(":")
        return KeyValue(label=head.strip(), value=value.strip(), prov=common["prov"])
    if _is_heading(block, body_size):
        level = heading_sizes.index(round(block.size, 1)) + 1 if round(block.size, 1) in heading_sizes else 1
        return Heading(**common, level=level)
    return Paragraph(**common)


def _is_heading(block: Block, body_size: float) -> bool:
    short = len(block.text.split()) <= HEADING_WORDS
    return short and (block.bold or block.size > body_size + 1.0)


def _prov(lines: list[Line], positioned: bool) -> Provenance:
    first = lines[0]
    on_page = [ln for ln in lines if ln.page == first.page]
    if not positioned or first.x1 <= first.x0:
        return Provenance(page=first.page)
    box: BBox = (
        min(ln.x0 for ln in on_page), min(ln.top for ln in on_page),
        max(ln.x1 for ln in on_page), max(ln.bottom for ln in on_page),
    )
    return Provenance(page=first.page, bbox=box)


def _table_of_rows(rows: list[list[str | None]], page: int) -> Table:
    """A text dump's table (columns aligned with spaces) as a model Table; its first row is the header."""
    cells = [
        TableCell(row=r, col=c, text=text or "", header=r == 0, page=page)
        for r, row in enumerate(rows) for c, text in enumerate(row) if text is not None
    ]
    width = max((len(row) for row in rows), default=0)
    return Table(cells=cells, n_rows=len(rows), n_cols=width, prov=Provenance(page=page), ruled=False, pages=[page])
