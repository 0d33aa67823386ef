"""The public data model: what `hpextract extract` writes. Pydantic v2, no behaviour here."""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

# Bump on every change of the exported JSON Schema (tests/test_schema.py enforces it).
SCHEMA_VERSION = "2.0"

ItemId = str
"""A stable item id, unique in the report: the number as printed ("3", "4.1", "2024:3", "3a", "A1", "II"),
or for an unnumbered item a slug of its group and title."""


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
    ON_HOLD = "on_hold"
    UNKNOWN = "unknown"


class StatusSource(StrEnum):
    """Where the chosen status signal was read (the resolver's precedence is by source)."""

    TABLE = "table"
    FIELD = "field"
    ICON = "icon"
    HEADING = "heading"
    CAPS = "caps"
    SUMMARY = "summary"
    PROSE = "prose"
    MENTION = "mention"


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
    tools: dict[str, str] = Field(
        default_factory=dict,
        description="Versions of the components that made the output (hpextract, pdfplumber, Tesseract and its "
        "model, …): fixed for one installation, so reruns stay byte-identical.",
    )


class Group(_Model):
    id: str = Field(description="A slug of the title (with its number when it has one).")
    title: str
    kind: str = Field(description='"theme" (a sentence naming item ranges), "area" (a goal area heading) or "heading".')
    covers: list[ItemId]


class IconInfo(_Model):
    colour: Literal["green", "yellow", "red", "blue", "grey", "white", "black"] | None
    shape: Literal["tick", "cross", "exclamation", "play", "circle", "square", "bar"] | None


class Conflict(_Model):
    category: StatusCategory
    source: StatusSource
    evidence: str | None


class Status(_Model):
    category: StatusCategory
    source: StatusSource | None = Field(default=None, description="Kind of the signal that decided; null if none.")
    as_printed: str | None = Field(
        default=None, description='The status as printed ("Pågår", "G", or the legend\'s word for an icon).'
    )
    evidence: str | None = Field(description="The Swedish cue (a sentence or phrase) that decided the category.")
    section_id: str | None = Field(description="Id of the status section the category was read from.")
    icon: IconInfo | None = None
    conflicts: list[Conflict] = Field(default_factory=list, description="Other signals that disagree.")


class Progress(_Model):
    percent: float = Field(ge=0, le=100)
    source: Literal["bar", "text"]


class ItemProvenance(_Model):
    page: int | None
    bbox: tuple[float, float, float, float] | None = Field(
        description="x0, top, x1, bottom in PDF points of the item's first line or row; null for text input."
    )


class Item(_Model):
    id: ItemId
    number: str | None = Field(description='The number as printed without its label ("3", "4.1", "A1"); null if none.')
    parent: ItemId | None = Field(description="Id of the enclosing item (a goal above an activity, 4 above 4.1).")
    label: str = Field(description='The label as printed, e.g. "3)", "Uppdrag 3:", "2.1"; empty when unnumbered.')
    kind: str = Field(description='What the report calls it: "assignment", "goal", "activity", "measure", …')
    text: str
    group: str | None = Field(description="Title of the group (theme, goal area or heading) the item is in.")
    references: list[ItemId] = Field(description="Other items the text refers to.")
    status: Status
    progress: Progress | None = None
    provenance: ItemProvenance


class Proposal(_Model):
    label: str
    text: str


class DateValue(_Model):
    """A date as data: what was written, a sortable value, and the days it covers."""

    text: str = Field(description="The date as written.")
    value: str = Field(description='ISO date "2020-12-11", month "2021-06", half-year "2021-H1" or year "2021".')
    start: str = Field(description='First day the date covers, ISO ("hösten 2019" → "2019-07-01").')
    end: str = Field(description='Last day the date covers, ISO ("hösten 2019" → "2019-12-31").')
    precision: Literal["day", "month", "half", "season", "year"] = Field(
        description='"season" for a half-year written as a season ("våren 2021" = January–June), "half" for one '
        'written as a half-year ("första halvåret 2021").'
    )


class DateMention(DateValue):
    body: str | None = Field(default=None, description='Decision body named with the date, e.g. "CS".')


class ReportDate(DateValue):
    """The date the report says it describes ("läget per 2022-04-30", "Rapportperiod: 2025-12-31")."""

    evidence: str = Field(description="The sentence or line that states it.")


class Organisation(_Model):
    name: str = Field(description='As printed: "Kultur- och fritidsnämnden", "Region Skåne".')
    evidence: str = Field(description="The line or sentence it was read from.")


class SectionProvenance(_Model):
    page_start: int | None
    page_end: int | None


class StatusSection(_Model):
    id: str
    heading: str
    covers: list[ItemId]
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
    report_date: ReportDate | None = Field(default=None, description="The date the report describes; null if unstated.")
    organisation: Organisation | None = Field(default=None, description="Who issued the report, when stated.")
    introduction: str
    groups: list[Group]
    items: list[Item]
    status_sections: list[StatusSection]
    furniture: list[Furniture]
    warnings: list[str]
