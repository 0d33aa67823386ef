"""What the items stage finds, before the report is built: numbers are still parsed (int or dotted str)."""

from __future__ import annotations

from dataclasses import dataclass, field

from hpextract.report.model import Conflict, DateMention, Proposal, StatusCategory, StatusSource

Number = int | str
"""A parsed item number: an int at top level (3), a dotted string when nested ("2.1"), else as printed."""


@dataclass(slots=True)
class FoundStatus:
    category: StatusCategory
    evidence: str | None
    section_id: str | None
    source: StatusSource | None = None
    as_printed: str | None = None
    conflicts: list[Conflict] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # the status stage's: conflicts, texts not understood


@dataclass(slots=True)
class FoundProvenance:
    page: int | None
    bbox: tuple[float, float, float, float] | None


@dataclass(slots=True)
class FoundItem:
    number: Number
    parent: Number | None
    label: str
    text: str
    group: str | None
    references: list[Number]
    status: FoundStatus
    provenance: FoundProvenance
    kind: str = "assignment"
    path: tuple[int, ...] = ()
    numbered: bool = True
    """False for an item printed without a number (its `number` is then a slug of its title)."""
    printed: str | None = None
    """The number as printed ("1"), where `number` had to be qualified to be unique ("omrade-b/1")."""
    icon: tuple[str | None, str | None] | None = None
    """(colour, shape) of the icon that prints the item's status, when one does."""
    block: int = -1
    """Index of the paragraph the item starts at (document order across text, tables and titled lines)."""
    progress: tuple[float, str] | None = None
    """A degree of completion: (percent, "text" for a printed percentage or "bar" for a drawn bar)."""


@dataclass(slots=True)
class FoundGroup:
    title: str
    covers: list[Number]
    kind: str = "theme"


@dataclass(slots=True)
class SectionPages:
    page_start: int | None
    page_end: int | None


@dataclass(slots=True)
class FoundSection:
    id: str
    heading: str
    covers: list[Number]
    text: str
    proposals: list[Proposal] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    provenance: SectionPages = field(default_factory=lambda: SectionPages(None, None))
