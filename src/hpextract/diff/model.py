"""The data model of `hpextract diff --format json`. Pydantic v2, no behaviour here."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from hpextract.report.model import DateMention, Number, StatusCategory

# Bump on every change of the exported JSON Schema of the diff.
DIFF_SCHEMA_VERSION = "1.0"

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
    old: StatusCategory
    new: StatusCategory
    old_evidence: str | None = Field(description="The sentence that decided the old category.")
    new_evidence: str | None = Field(description="The sentence that decided the new category.")


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
    added: list[Number] = Field(default_factory=list, description="Newly referenced assignments (new numbering).")
    removed: list[Number] = Field(default_factory=list, description="No longer referenced (old numbering).")


class AssignmentDiff(_Model):
    number: Number | None = Field(description="Number in the new version; null when removed.")
    old_number: Number | None = Field(description="Number in the old version; null when added.")
    change: Change
    text: str | None = Field(description="The assignment text, for an added or removed assignment only.")
    status: StatusChange | None = Field(description="The status transition; null when the category is the same.")
    text_ops: list[TextOp] = Field(description="Edits of the assignment text.")
    status_text_ops: list[TextOp] = Field(
        description="Edits of the text of the status section(s) covering the assignment, proposals excluded."
    )
    proposals: ProposalDiff
    dates: DateDiff
    references: ReferenceDiff


class SectionRef(_Model):
    id: str
    heading: str
    covers: list[Number] = Field(description="Assignments covered, in the numbering of the section's own version.")


class SectionChange(_Model):
    """A change in how status sections group assignments ("1 och 2" split into "1" and "2")."""

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
    text_changed: int = Field(description="Assignments whose own text changed.")
    status_text_changed: int
    unchanged: int


class ReportDiff(_Model):
    schema_version: Literal[DIFF_SCHEMA_VERSION] = DIFF_SCHEMA_VERSION
    old: Side
    new: Side
    summary: Summary
    document: DocumentDiff
    sections: list[SectionChange]
    assignments: list[AssignmentDiff]
