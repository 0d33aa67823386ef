"""Status signals: every place a report says something about an item's status, before any decision."""

from __future__ import annotations

from dataclasses import dataclass, replace

from hpextract.report.model import StatusCategory, StatusSource


@dataclass(frozen=True, slots=True)
class Signal:
    """One statement of status for one item.

    kind: where it was read (table cell, field, icon, heading tag, capitals, summary, prose, mention);
    category: what it means (None when a status text is present but not understood, or not yet classified:
    the resolver classifies `text` with the status vocabulary, or an icon by its colour);
    text: the status text as printed ("Pågår", "G", "Grön", a sentence); evidence: the sentence or cell
    that carries it; polarity: False when negated; tense: "present", "perfect", "past" or "future";
    date: an ISO date the signal is stated for ("Status 2024-12-31: …"), else None;
    named: the sentence names the item by number; order: position in the document (ties keep reading order);
    conventional: the category is a default convention's guess (an icon or colour the report does not explain)."""

    item: str
    kind: StatusSource
    category: StatusCategory | None
    text: str
    evidence: str | None = None
    section_id: str | None = None
    page: int | None = None
    polarity: bool = True
    tense: str = "present"
    date: str | None = None
    icon_colour: str | None = None
    icon_shape: str | None = None
    named: bool = False
    order: int = 0
    conventional: bool = False

    def with_category(
        self, category: StatusCategory | None, text: str | None = None, conventional: bool = False
    ) -> Signal:
        return replace(self, category=category, text=self.text if text is None else text, conventional=conventional)
