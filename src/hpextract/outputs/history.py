"""The status of every item over several versions of a report: a matrix item × version, aligned with the
diff's matching (so a renumbered or unnumbered item stays one row)."""

from __future__ import annotations

import csv
import io
import itertools
import json
from dataclasses import dataclass, field
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from hpextract.diff.compare import diff_reports
from hpextract.diff.model import Change, ItemDiff, ReportDiff, TextOp
from hpextract.outputs.filters import ItemFilter
from hpextract.outputs.labels import Lang, category_name, ui
from hpextract.report.model import SCHEMA_VERSION, Item, ItemId, Report, StatusCategory


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Version(_Model):
    label: str = Field(description='The column name: the file name, "name (k)" for the k-th of two of one name.')
    file: str
    sha256: str
    report_date: str | None = Field(description="The date the report describes (its value), if stated.")
    title: str | None


class Cell(_Model):
    """One item in one version."""

    id: ItemId | None = Field(description="The item's id in this version; null when the version lacks it.")
    category: StatusCategory | None
    as_printed: str | None = None
    evidence: str | None = None
    change: Change | None = Field(
        description="Against the previous version (null in the first version, and while the item is absent)."
    )
    text_ops: list[TextOp] = Field(default_factory=list, description="Edits of the item text since the last version.")
    status_text_ops: list[TextOp] = Field(default_factory=list, description="Edits of its status text.")


class Row(_Model):
    id: ItemId = Field(description="The item's id in the latest version that has it.")
    kind: str
    text: str = Field(description="The item's text in the latest version that has it.")
    cells: list[Cell] = Field(description="One per version, in the versions' order.")
    added_in: str | None = Field(description="Label of the version where the item appeared (not the first).")
    removed_in: str | None = Field(description="Label of the first version that no longer has it.")
    last_changed: str | None = Field(description="Label of the latest version where it changed; null if never.")


class History(_Model):
    schema_version: Literal[SCHEMA_VERSION] = SCHEMA_VERSION
    versions: list[Version]
    items: list[Row]


@dataclass(slots=True)
class _Track:
    """One item followed across versions: its Item per version index, and its diff entry per step."""

    items: dict[int, Item] = field(default_factory=dict)
    entries: dict[int, ItemDiff] = field(default_factory=dict)


def ordered_versions(reports: list[Report]) -> list[Report]:
    """By report_date when every report states one (stable for equal dates); else in the order given."""
    if all(r.report_date for r in reports):
        return sorted(reports, key=lambda r: r.report_date.start if r.report_date else "")
    return list(reports)


def build_history(reports: list[Report], wanted: ItemFilter | None = None) -> History:
    """The history of the reports (ordered by `ordered_versions`), each row the wanted item's cells."""
    versions = ordered_versions(reports)
    return history_of(versions, [diff_reports(a, b) for a, b in itertools.pairwise(versions)], wanted)


def history_of(versions: list[Report], diffs: list[ReportDiff], wanted: ItemFilter | None = None) -> History:
    """The history of versions in this order, given the diff of each to the next."""
    tracks = _follow(versions, diffs)
    labels = version_labels(versions)
    rows = [_row(track, labels) for track in tracks]
    wanted = wanted or ItemFilter()
    rows = [r for r in rows if wanted.keeps([c.id for c in r.cells], [c.category for c in r.cells])]
    return History(versions=[_version(r, label) for r, label in zip(versions, labels, strict=True)], items=rows)


def version_labels(versions: list[Report]) -> list[str]:
    """Each version's file name; "name (k)" for the k-th version when two share a name."""
    names = [r.source.file for r in versions]
    return [name if names.count(name) == 1 else f"{name} ({k})" for k, name in enumerate(names, start=1)]


def _version(report: Report, label: str) -> Version:
    return Version(
        label=label, file=report.source.file, sha256=report.source.sha256,
        report_date=report.report_date.value if report.report_date else None, title=report.title,
    )


def _follow(versions: list[Report], diffs: list[ReportDiff]) -> list[_Track]:
    """The tracks in display order: each diff's order (new document order, a removed item after the one it
    followed); an item absent from the previous version too stays after the track it followed before."""
    order = [_Track(items={0: item}) for item in versions[0].items]
    for step, diff in enumerate(diffs, start=1):
        by_old_id = {t.items[step - 1].id: t for t in order if step - 1 in t.items}
        items = {item.id: item for item in versions[step].items}
        placed: list[_Track] = []
        for entry in diff.items:
            track = by_old_id[entry.old_id] if entry.old_id is not None else _Track()
            if entry.id is not None:
                track.items[step] = items[entry.id]
            track.entries[step] = entry
            placed.append(track)
        order = _keep_absent(order, placed)
    return order


def _keep_absent(previous: list[_Track], placed: list[_Track]) -> list[_Track]:
    """`placed` with the tracks it lacks (items gone before this step) put back after their predecessor."""
    result = list(placed)
    for index, track in enumerate(previous):
        if any(track is t for t in result):
            continue
        before = previous[index - 1] if index else None
        at = next((k + 1 for k, t in enumerate(result) if t is before), 0)
        result.insert(at, track)
    return result


def _row(track: _Track, labels: list[str]) -> Row:
    cells = [_cell(track, step) for step in range(len(labels))]
    present = sorted(track.items)
    latest = track.items[present[-1]]
    changed = [step for step in range(1, len(labels)) if cells[step].change not in (None, "unchanged")]
    first_absent = next((step for step in range(present[0], len(labels)) if step not in track.items), None)
    return Row(
        id=latest.id, kind=latest.kind, text=latest.text, cells=cells,
        added_in=labels[present[0]] if present[0] > 0 else None,
        removed_in=labels[first_absent] if first_absent is not None else None,
        last_changed=labels[changed[-1]] if changed else None,
    )


def _cell(track: _Track, step: int) -> Cell:
    item, entry = track.items.get(step), track.entries.get(step)
    return Cell(
        id=item.id if item else None, category=item.status.category if item else None,
        as_printed=item.status.as_printed if item else None, evidence=item.status.evidence if item else None,
        change=entry.change if entry else None,
        text_ops=entry.text_ops if entry else [], status_text_ops=entry.status_text_ops if entry else [],
    )


def history_json(history: History) -> str:
    return json.dumps(history.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"


def history_csv(history: History, lang: Lang = Lang.EN) -> str:
    """One line per item: id, kind, text, the category in each version (empty when absent), added, removed,
    last changed."""
    words = ui(lang)
    out = io.StringIO()
    writer = csv.writer(out)
    head = ["id", "kind", "text"] if lang is Lang.EN else ["id", "typ", "text"]
    tail = [words["added_in"], words["removed_in"], words["last_changed"]]
    writer.writerow([*head, *(v.label for v in history.versions), *tail])
    for row in history.items:
        categories = [c.category.value if c.category else "" for c in row.cells]
        writer.writerow([row.id, row.kind, row.text, *categories, *(row.added_in or "", row.removed_in or "",
                                                                     row.last_changed or "")])
    return out.getvalue()


def history_text(history: History, lang: Lang = Lang.EN) -> str:
    """A plain table for the terminal: one line per item, a column per version."""
    words = ui(lang)
    header = [words["item"], *(v.label for v in history.versions), words["last_changed"]]
    lines = [[ids(row), *(_short(c, lang, words) for c in row.cells), row.last_changed or "–"] for row in history.items]
    widths = [max(len(line[k]) for line in [header, *lines]) for k in range(len(header))]
    text = ["  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip()
            for line in [header, *lines]]
    return "\n".join(text) + "\n"


def ids(row: Row) -> str:
    """The item's ids over the versions: "19 → 18" for a renumbered one."""
    seen: list[str] = []
    for cell in row.cells:
        if cell.id is not None and cell.id not in seen:
            seen.append(cell.id)
    return " → ".join(seen)


def _short(cell: Cell, lang: Lang, words: dict[str, str]) -> str:
    if cell.category is None:
        return f"({words['absent']})"
    return category_name(cell.category, lang)
