"""The data model of `hpextract diff --format json`. Pydantic v2, no behaviour here."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from hpextract.report.model import Conflict, DateMention, ItemId, StatusCategory, StatusSource

# Bump on every change of the exported JSON Schema of the diff.
DIFF_SCHEMA_VERSION = "2.0"

Change = Literal["added", "removed", "renumbered", "modified", "unchanged"]
SectionChangeKind = Literal["split", "merged", "regrouped", "covers_changed", "added", "removed"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Side(_Model):
    file: str = Field(description="File name of the report (for an extract JSON: of the report it was made from).")
    sha256: str = Field(description="SHA-256 of that report file.")


class TextOp(_Model):
    """One edit of a word-level diff, computed on normalized words."""

    op: Literal["insert", "delete", "replace"]
    old: str = Field(description='The old words as written ("" for an insertion).')
    new: str = Field(description='The new words as written ("" for a deletion).')
    old_at: int = Field(description="Index of the first affected word in the old text.")
    new_at: int = Field(description="Index of the first affected word in the new text.")
    before: str = Field(description="Up to five unchanged words before the edit.")
    after: str = Field(description="Up to five unchanged words after the edit.")


class StatusChange(_Model):
    """A transition of the status category."""

    old: StatusCategory
    new: StatusCategory
    old_evidence: str | None = Field(description="The sentence that decided the old category.")
    new_evidence: str | None = Field(description="The sentence that decided the new category.")


class SourceChange(_Model):
    """The kind of signal that decided the status changed (a table cell last year, prose this year)."""

    old: StatusSource | None
    new: StatusSource | None


class ConflictDiff(_Model):
    """Disagreeing status signals that appeared or went away."""

    added: list[Conflict] = Field(default_factory=list, description="Conflicts of the new version only.")
    removed: list[Conflict] = Field(default_factory=list, description="Conflicts of the old version only.")


class ProposalRef(_Model):
    label: str
    text: str


class ProposalMatch(_Model):
    """A proposal found in both versions (matched by text similarity first, label second)."""

    old_label: str
    new_label: str
    old_text: str
    new_text: str
    ops: list[TextOp] = Field(description="Word-level edits of the text; empty when only the label changed.")


class ProposalDiff(_Model):
    added: list[ProposalRef] = Field(default_factory=list)
    removed: list[ProposalRef] = Field(default_factory=list)
    changed: list[ProposalMatch] = Field(default_factory=list, description="Matched proposals whose text changed.")
    relabelled: list[ProposalMatch] = Field(default_factory=list, description="Matched proposals whose label changed.")


class DateDiff(_Model):
    """Dates (and decisions: dates with a body such as CS) in the status text, compared by value and body."""

    added: list[DateMention] = Field(default_factory=list)
    removed: list[DateMention] = Field(default_factory=list)


class ReferenceDiff(_Model):
    added: list[ItemId] = Field(default_factory=list, description="Newly referenced items (ids of the new version).")
    removed: list[ItemId] = Field(default_factory=list, description="No longer referenced (ids of the old version).")


class ItemDiff(_Model):
    id: ItemId | None = Field(description="Id in the new version; null when removed.")
    old_id: ItemId | None = Field(description="Id in the old version; null when added.")
    number: str | None = Field(description="Number as printed in the new version; null when removed or unnumbered.")
    old_number: str | None = Field(description="Number as printed in the old version; null when added or unnumbered.")
    kind: str = Field(description='What the report calls the item ("assignment", "goal", …), newest version.')
    change: Change
    text: str | None = Field(description="The item text, for an added or removed item only.")
    status: StatusChange | None = Field(description="The status transition; null when the category is the same.")
    source: SourceChange | None = Field(description="Change of status.source; null when it is the same.")
    conflicts: ConflictDiff
    text_ops: list[TextOp] = Field(description="Edits of the item text.")
    status_text_ops: list[TextOp] = Field(
        description="Edits of the text of the status section(s) covering the item, proposals excluded."
    )
    proposals: ProposalDiff
    dates: DateDiff
    references: ReferenceDiff


class SectionRef(_Model):
    id: str
    heading: str
    covers: list[ItemId] = Field(description="Ids of the items covered, in the section's own version.")


class SectionChange(_Model):
    """A change in how status sections group items ("1 och 2" split into "1" and "2")."""

    change: SectionChangeKind
    old: list[SectionRef]
    new: list[SectionRef]


class DocumentDiff(_Model):
    title_ops: list[TextOp]
    introduction_ops: list[TextOp]


class Summary(_Model):
    added: int
    removed: int
    renumbered: int
    modified: int
    status_changed: int
    source_changed: int = Field(description="Items whose status was read from another kind of signal.")
    text_changed: int = Field(description="Items whose own text changed.")
    status_text_changed: int
    unchanged: int


class ReportDiff(_Model):
    schema_version: Literal[DIFF_SCHEMA_VERSION] = DIFF_SCHEMA_VERSION
    old: Side
    new: Side
    summary: Summary
    document: DocumentDiff
    sections: list[SectionChange]
    items: list[ItemDiff]
