"""Positioned text objects shared by the read, OCR and layout stages."""

from __future__ import annotations

from dataclasses import dataclass, field


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

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return (self.x0, self.top, self.x1, self.bottom)


@dataclass(slots=True)
class Page:
    """A page: its lines in reading order, ruled tables, and where the text came from."""

    number: int
    width: float = 0.0
    height: float = 0.0
    lines: list[Line] = field(default_factory=list)
    tables: list[list[list[str | None]]] = field(default_factory=list)
    ocr: bool = False
    has_image: bool = False
    notes: list[str] = field(default_factory=list)  # what reading it found worth a warning (decoding, repairs)
