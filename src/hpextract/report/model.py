"""The public data model: what `hpextract extract` writes. Pydantic v2, no behaviour here."""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

# Bump on every change of the exported JSON Schema (tests/test_schema.py enforces it).
SCHEMA_VERSION = "1.0"

Number = int | str
"""An assignment number: an int at top level ("3"), a dotted string when nested ("2.1")."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class StatusCategory(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    PROPOSAL_SUBMITTED = "proposal_submitted"
    PARTIALLY_COMPLETED = "partially_completed"
    COMPLETED = "completed"
    CLOSED = "closed"
    HANDLED_ELSEWHERE = "handled_elsewhere"
    UNKNOWN = "unknown"


class Normalization(_Model):
    tokens: int = Field(description="Word tokens seen by the normalizer.")
    changed: int = Field(description="Word tokens the normalizer changed (OCR repair).")


class PageInfo(_Model):
    page: int
    ocr: bool = Field(description="True when the page text came from OCR run by hpextract.")


class Source(_Model):
    file: str = Field(description="File name of the input (no directory).")
    sha256: str
    kind: Literal["pdf", "text"]
    pages: int
    text_layer: Literal["good", "damaged", "none"] | None = Field(
        description="Quality of the text the report came with; null when not assessed."
    )
    normalization: Normalization | None = None
    page_info: list[PageInfo] = Field(default_factory=list)


class Group(_Model):
    title: str
    covers: list[Number]


class Status(_Model):
    category: StatusCategory
    evidence: str | None = Field(description="The Swedish cue (a sentence or phrase) that decided the category.")
    section_id: str | None = Field(description="Id of the status section the category was read from.")


class AssignmentProvenance(_Model):
    page: int | None
    bbox: tuple[float, float, float, float] | None = Field(
        description="x0, top, x1, bottom in PDF points of the assignment's first line; null for text input."
    )


class Assignment(_Model):
    number: Number
    parent: Number | None
    label: str = Field(description='The label as printed, e.g. "3)", "Uppdrag 3:", "2.1".')
    text: str
    group: str | None = Field(description="Title of the thematic group the report puts it in.")
    references: list[Number] = Field(description="Other assignments the text refers to.")
    status: Status
    provenance: AssignmentProvenance


class Proposal(_Model):
    label: str
    text: str


class DateMention(_Model):
    text: str = Field(description="The date as written.")
    value: str = Field(description='ISO date "2020-12-11", month "2021-06", half-year "2021-H1" or year.')
    body: str | None = Field(default=None, description='Decision body named with the date, e.g. "CS".')


class SectionProvenance(_Model):
    page_start: int | None
    page_end: int | None


class StatusSection(_Model):
    id: str
    heading: str
    covers: list[Number]
    text: str
    proposals: list[Proposal]
    dates: list[DateMention]
    provenance: SectionProvenance


class Furniture(_Model):
    page: int | None
    text: str


class Report(_Model):
    schema_version: Literal[SCHEMA_VERSION] = SCHEMA_VERSION
    source: Source
    title: str | None
    plan_title: str | None = Field(description="Name of the action plan the report follows up.")
    introduction: str
    groups: list[Group]
    assignments: list[Assignment]
    status_sections: list[StatusSection]
    furniture: list[Furniture]
    warnings: list[str]
