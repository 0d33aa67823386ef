"""The document model: pure data, no behaviour (the docling-core way).

Sources (PDF, text dump, OCR) keep every object of the page; layout turns them into these elements
in reading order. Nothing here knows Swedish or follow-up reports: deciding what is an item or a status
is the job of the later stages, which point back at these elements through their provenance.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

BBox = tuple[float, float, float, float]
"""x0, top, x1, bottom in PDF points (top-left origin), as pdfplumber gives them."""

RGB = tuple[float, float, float]
"""A colour with components in [0, 1]."""

Colour = Literal["green", "yellow", "red", "blue", "grey", "white", "black"]
Shape = Literal["tick", "cross", "exclamation", "play", "circle", "square", "bar"]


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where an element came from: its page (1-based) and box; bbox is None for text dumps."""

    page: int | None
    bbox: BBox | None = None


@dataclass(slots=True)
class Icon:
    """A small coloured mark: an embedded image, a vector shape, a cell fill or a square before a word.

    `colour` is the classified colour name (None when it could not be read, e.g. a greyscale scan);
    `rgb` the measured dominant colour; `shape` the classified glyph when it carries meaning."""

    prov: Provenance
    kind: Literal["image", "vector", "fill"]
    rgb: RGB | None = None
    colour: Colour | None = None
    shape: Shape | None = None


@dataclass(slots=True)
class ProgressBar:
    """A horizontal bar (track and fill as rects, or an image) and the share of it that is filled."""

    prov: Provenance
    percent: float


@dataclass(slots=True)
class TableCell:
    """One cell. `row`/`col` are 0-based in the table's grid; spans are repeated text, not merged cells
    (the repeats share one bbox; the cell's icons and bars are on its first position only). `page` is the
    page the cell is on, which differs from the table's first page in a table continued over a page break."""

    row: int
    col: int
    text: str
    bbox: BBox | None = None
    fill: RGB | None = None
    icons: list[Icon] = field(default_factory=list)
    bars: list[ProgressBar] = field(default_factory=list)
    header: bool = False
    bold: bool = False
    page: int | None = None


@dataclass(slots=True)
class Table:
    """A table, ruled or not, possibly continued over several pages (`pages` lists them all)."""

    cells: list[TableCell]
    n_rows: int
    n_cols: int
    prov: Provenance
    ruled: bool = True
    pages: list[int] = field(default_factory=list)

    def row(self, index: int) -> list[TableCell]:
        return sorted((c for c in self.cells if c.row == index), key=lambda c: c.col)

    @property
    def header_rows(self) -> list[int]:
        return sorted({c.row for c in self.cells if c.header})


@dataclass(slots=True)
class TextLine:
    """One visual line of text inside a block, with its font properties."""

    text: str
    prov: Provenance
    size: float = 0.0
    bold: bool = False


@dataclass(slots=True)
class Paragraph:
    """A block of running text (or a heading candidate: `bold`, `size` and `level` tell)."""

    text: str
    prov: Provenance
    lines: list[TextLine] = field(default_factory=list)
    bold: bool = False
    size: float = 0.0
    page_end: int | None = None
    icons: list[Icon] = field(default_factory=list)


@dataclass(slots=True)
class Heading(Paragraph):
    """A paragraph set apart as a heading; level 1 is the largest type in the document."""

    level: int = 1


@dataclass(slots=True)
class ListItem(Paragraph):
    """A paragraph that opens with a list label ("3)", "2.1", "A1", "II.", "•"); `path` is its numbering."""

    label: str = ""
    path: tuple[str, ...] = ()


@dataclass(slots=True)
class KeyValue:
    """A label–value field: "Status: Pågår.", "Bedömning: Grön", or a two-column row "Status | Ny"."""

    label: str
    value: str
    prov: Provenance
    icons: list[Icon] = field(default_factory=list)


@dataclass(slots=True)
class Furniture:
    """Running headers, footers and page numbers, set aside but kept."""

    text: str
    prov: Provenance


Element = Paragraph | Heading | ListItem | KeyValue | Table | Icon | ProgressBar


@dataclass(slots=True)
class Document:
    """A whole input as elements in reading order, with what was set aside."""

    kind: Literal["pdf", "text"]
    pages: int
    elements: list[Element] = field(default_factory=list)
    furniture: list[Furniture] = field(default_factory=list)
    positioned: bool = True
