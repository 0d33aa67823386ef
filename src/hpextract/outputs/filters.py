"""The --status and --item filters shared by diff, history and export."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from hpextract.diff.compare import summarise
from hpextract.diff.model import ReportDiff
from hpextract.outputs.labels import parse_category
from hpextract.report.model import Report, StatusCategory


@dataclass(frozen=True, slots=True)
class ItemFilter:
    """Keep items having one of `statuses` (in some version) and one of `ids`; an empty set keeps all."""

    statuses: frozenset[StatusCategory] = frozenset()
    ids: frozenset[str] = frozenset()

    @classmethod
    def parse(cls, statuses: Iterable[str] = (), ids: Iterable[str] = ()) -> ItemFilter:
        return cls(frozenset(parse_category(s) for s in statuses), frozenset(i.strip() for i in ids))

    @property
    def active(self) -> bool:
        return bool(self.statuses or self.ids)

    def keeps(self, ids: Iterable[str | None], categories: Iterable[StatusCategory | None]) -> bool:
        """True when one of the item's ids (one per version) and one of its categories are wanted."""
        wanted_id = not self.ids or any(i in self.ids for i in ids)
        return wanted_id and (not self.statuses or any(c in self.statuses for c in categories))


def filter_diff(diff: ReportDiff, old: Report, new: Report, wanted: ItemFilter) -> ReportDiff:
    """The diff of the wanted items only (summary recounted; sections kept when they cover a wanted item)."""
    if not wanted.active:
        return diff
    old_status = {item.id: item.status.category for item in old.items}
    new_status = {item.id: item.status.category for item in new.items}
    entries = [
        e for e in diff.items
        if wanted.keeps([e.old_id, e.id], [old_status.get(e.old_id or ""), new_status.get(e.id or "")])
    ]
    kept_old = {e.old_id for e in entries}
    kept_new = {e.id for e in entries}
    sections = [
        change for change in diff.sections
        if any(set(s.covers) & kept_old for s in change.old) or any(set(s.covers) & kept_new for s in change.new)
    ]
    return diff.model_copy(update={"items": entries, "sections": sections, "summary": summarise(entries)})
