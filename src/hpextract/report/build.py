"""Build the public report (schema 2.0) from what the items and status stages found."""

from __future__ import annotations

from hpextract.items.model import FoundGroup, FoundItem, FoundSection, Number
from hpextract.report.model import (
    Group,
    IconInfo,
    Item,
    ItemProvenance,
    Progress,
    SectionProvenance,
    Status,
    StatusSection,
)
from hpextract.utils.text import slug


def item_id(number: Number) -> str:
    """The stable id of a numbered item: its number as printed ("3", "4.1", "A1")."""
    return str(number)


def build_item(found: FoundItem) -> Item:
    status = found.status
    return Item(
        id=item_id(found.number), number=(found.printed or str(found.number)) if found.numbered else None,
        parent=item_id(found.parent) if found.parent is not None else None, label=found.label, kind=found.kind,
        text=found.text, group=found.group, references=[item_id(n) for n in found.references],
        status=Status(
            category=status.category, source=status.source, as_printed=status.as_printed, evidence=status.evidence,
            section_id=status.section_id, conflicts=status.conflicts,
            icon=IconInfo(colour=found.icon[0], shape=found.icon[1]) if found.icon else None,
        ),
        progress=Progress(percent=found.progress[0], source=found.progress[1]) if found.progress else None,
        provenance=ItemProvenance(page=found.provenance.page, bbox=found.provenance.bbox),
    )


def build_group(found: FoundGroup) -> Group:
    return Group(id=slug(found.title), title=found.title, kind=found.kind, covers=[item_id(n) for n in found.covers])


def build_section(found: FoundSection) -> StatusSection:
    return StatusSection(
        id=found.id, heading=found.heading, covers=[item_id(n) for n in found.covers], text=found.text,
        proposals=found.proposals, dates=found.dates,
        provenance=SectionProvenance(page_start=found.provenance.page_start, page_end=found.provenance.page_end),
    )
