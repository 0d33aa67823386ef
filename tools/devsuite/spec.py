"""What a development report is: typeset blocks plus the answer written by hand for it.

Blocks are rendered twice (render_pdf.py, render_text.py). The expected answer is never derived from the
blocks: each report module states it item by item, as a reader of the typeset page would.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

CATEGORIES = (
    "not_started", "in_progress", "proposal_submitted", "partially_completed", "completed", "closed",
    "handled_elsewhere", "on_hold", "unknown",
)
COLOURS = ("green", "yellow", "red", "blue", "grey", "white", "black")
# Fields of an expected item that only the PDF can carry (an icon image, a bar, a cell fill).
PDF_ONLY_FIELDS = ("category", "progress", "icon")


@dataclass(frozen=True)
class Title:
    text: str


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1


@dataclass(frozen=True)
class Para:
    """A paragraph; `lead` is a bold run-in label printed before the text ("Status:"); `label` a hanging
    label in its own column ("1)") with the text indented past it."""

    text: str
    lead: str = ""
    bold: bool = False
    indent: int = 0
    label: str = ""


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]
    char: str = "•"


@dataclass(frozen=True)
class Split:
    """One line: text on the left, a short word flush right (a trailing status in capitals)."""

    left: str
    right: str
    bold: bool = False


@dataclass(frozen=True)
class Icon:
    """A status icon: a PNG drawn with PIL ("png") or vector shapes with a glyph on top ("vector")."""

    colour: str
    shape: Literal["circle", "tick", "cross", "exclamation", "square"] = "circle"
    mode: Literal["png", "vector"] = "png"


@dataclass(frozen=True)
class Bar:
    """A progress bar (färdiggrad) drawn as two rectangles."""

    percent: int


@dataclass(frozen=True)
class Cell:
    text: str = ""
    fill: str | None = None
    icon: Icon | None = None
    bar: Bar | None = None


@dataclass(frozen=True)
class Table:
    """A table; `text_page_after` is the row after which the PDF turns the page (a form feed in the dump);
    `text_tabs` gives the dump one line per row with the cells joined by tabs (a sheet pasted as text)."""

    rows: tuple[tuple[Cell | str, ...], ...]
    widths: tuple[float, ...]
    header: bool = True
    ruled: bool = True
    text_page_after: int | None = None
    text_tabs: bool = False


@dataclass(frozen=True)
class PageBreak:
    pass


@dataclass(frozen=True)
class ColumnBreak:
    """In a two-column report: continue in the next column."""


Block = Title | Heading | Para | Bullets | Split | Table | PageBreak | ColumnBreak


@dataclass(frozen=True)
class Expected:
    """One item as a reader sees it. `id` is the number as printed; unnumbered items have `title` instead.

    `parent` is the parent's id, or its title when the parent is unnumbered. `pdf_only` names fields that a
    text dump cannot carry (the status is an icon or a fill), so they are not scored on the text version.
    """

    id: str | None
    kind: str
    category: str
    parent: str | None = None
    title: str | None = None
    progress: int | None = None
    icon: str | None = None
    pdf_only: tuple[str, ...] = ()

    def as_json(self) -> dict[str, object]:
        data: dict[str, object] = {"id": self.id}
        if self.title is not None:
            data["title"] = self.title
        data.update(kind=self.kind, parent=self.parent, category=self.category)
        if self.progress is not None:
            data["progress"] = self.progress
        if self.icon is not None:
            data["icon"] = self.icon
        if self.pdf_only:
            data["pdf_only"] = list(self.pdf_only)
        return data


@dataclass(frozen=True)
class Report:
    name: str
    style: str
    blocks: tuple[Block, ...]
    expected: tuple[Expected, ...]
    header: str = ""
    footer: bool = False
    columns: int = 1
    font: Literal["Helvetica", "Times"] = "Helvetica"
    notes: str = ""
    no_items: bool = field(default=False)
    # The dump's line ending: "\r\n" for a text saved on Windows.
    text_newline: str = "\n"

    def expected_json(self) -> dict[str, object]:
        data: dict[str, object] = {"style": self.style, "items": [e.as_json() for e in self.expected],
                                   "no_items": self.no_items}
        if self.notes:
            data["notes"] = self.notes
        return data
