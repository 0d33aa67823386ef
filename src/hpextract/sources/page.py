"""Positioned text objects shared by the read, OCR and layout stages."""

from __future__ import annotations

from dataclasses import dataclass, field

from hpextract.document.model import Icon, ProgressBar, Table


@dataclass(frozen=True, slots=True)
class Line:
    """One line of text as read from a page (text layer, OCR or text dump)."""

    text: str
    page: int
    x0: float = 0.0
    top: float = 0.0
    x1: float = 0.0
    bottom: float = 0.0
    size: float = 0.0
    bold: bool = False
    cell: tuple[int, int] | None = None
    """(table, row) on its page when the line lies inside a table found there, else None."""
    tail: str = ""
    """The text after the line's last wide gap (a value set flush right: "… i kommunhuset      Klar"), else ""."""
    gaps: int = 0
    """How many wide gaps cut the line: 3 in a row of fields "Hypergene     Utskrift: …     Period: …     Enhet: …"."""
    bold_lead: str = ""
    """The words the line opens with in bold when the rest of it is not ("Läsombud på äldreboenden:" in a run-in
    heading "Läsombud på äldreboenden: Under våren …"), else ""."""

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return (self.x0, self.top, self.x1, self.bottom)


@dataclass(slots=True)
class Page:
    """A page: its lines in reading order, ruled tables, and where the text came from.

    `objects_tables` is every table found (ruled, drawn with filled rects, unruled) with its cells, a table
    continued from the previous page being part of that page's table; `icons` and `bars` are those outside
    table cells (the ones inside are on their cells)."""

    number: int
    width: float = 0.0
    height: float = 0.0
    lines: list[Line] = field(default_factory=list)
    tables: list[list[list[str | None]]] = field(default_factory=list)
    """Each table found on the page as rows of cell texts; its lines stay in `lines`, tagged with `cell`."""
    ocr: bool = False
    has_image: bool = False
    objects_tables: list[Table] = field(default_factory=list)
    icons: list[Icon] = field(default_factory=list)
    bars: list[ProgressBar] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what reading it found worth a warning (decoding, repairs)
