"""Human renderings of a report diff: rich terminal text and markdown, built by one walker over the diff."""

from __future__ import annotations

import json
import re
from itertools import groupby
from typing import Protocol

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from hpextract.diff.model import DateMention, ItemDiff, ProposalDiff, ReportDiff, SectionChange, TextOp
from hpextract.report.model import Conflict, ItemId

Block = str | Table


class Markup(Protocol):
    """How one output format spells the pieces of a diff."""

    def plain(self, text: str) -> str: ...
    def paragraph(self, text: str) -> str: ...
    def deleted(self, text: str) -> str: ...
    def inserted(self, text: str) -> str: ...
    def strong(self, text: str) -> str: ...
    def heading(self, text: str, level: int) -> str: ...
    def bullet(self, text: str, depth: int = 0) -> str: ...
    def table(self, title: str, header: list[str], rows: list[list[str]]) -> Block: ...


class RichMarkup:
    """Colours for the terminal, plus git word-diff markers ([-old-] {+new+}) that survive a pipe."""

    def plain(self, text: str) -> str:
        return escape(text)

    def paragraph(self, text: str) -> str:
        return escape(text)

    def deleted(self, text: str) -> str:
        return f"[red]\\[-{escape(text)}-][/red]"

    def inserted(self, text: str) -> str:
        return f"[green]{{+{escape(text)}+}}[/green]"

    def strong(self, text: str) -> str:
        return f"[bold]{escape(text)}[/bold]"

    def heading(self, text: str, level: int) -> str:
        return f"\n[bold underline]{escape(text)}[/bold underline]" if level <= 2 else f"\n[bold]{escape(text)}[/bold]"

    def bullet(self, text: str, depth: int = 0) -> str:
        return f"{'  ' * depth}• {text}"

    def table(self, title: str, header: list[str], rows: list[list[str]]) -> Block:
        table = Table(title=title, title_justify="left")
        for column in header:
            table.add_column(column)
        for row in rows:
            table.add_row(*(escape(cell) for cell in row))
        return table


class MarkdownMarkup:
    """Markdown for an e-mail or a report: deletions struck through, insertions in bold."""

    _SPECIAL = re.compile(r"([\\`*_~|\[\]<>#])")

    def plain(self, text: str) -> str:
        return self._SPECIAL.sub(r"\\\1", text)

    def paragraph(self, text: str) -> str:
        return f"{self.plain(text)}\n"

    def deleted(self, text: str) -> str:
        return f"~~{self.plain(text)}~~"

    def inserted(self, text: str) -> str:
        return f"**{self.plain(text)}**"

    def strong(self, text: str) -> str:
        return f"**{self.plain(text)}**"

    def heading(self, text: str, level: int) -> str:
        return f"\n{'#' * level} {self.plain(text)}\n"

    def bullet(self, text: str, depth: int = 0) -> str:
        return f"{'  ' * depth}- {text}"

    def table(self, title: str, header: list[str], rows: list[list[str]]) -> Block:
        lines = [f"**{self.plain(title)}**", "", _md_row(header), _md_row(["---"] * len(header))]
        return "\n".join([*lines, *(_md_row([self.plain(c) for c in row]) for row in rows), ""])


def _md_row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def print_text(diff: ReportDiff, console: Console) -> None:
    for block in blocks(diff, RichMarkup()):
        console.print(block, soft_wrap=isinstance(block, str))


def markdown(diff: ReportDiff) -> str:
    return "\n".join(str(block) for block in blocks(diff, MarkdownMarkup())).strip() + "\n"


def blocks(diff: ReportDiff, m: Markup) -> list[Block]:
    """The whole rendering: header, status transitions, document and section changes, then each changed
    item (identical details of neighbours, such as a joint status section, shown once)."""
    out: list[Block] = [m.heading(f"Changes {diff.old.file} → {diff.new.file}", 1), m.paragraph(_summary_line(diff))]
    transitions = [e for e in diff.items if e.status]
    if transitions:
        rows = [[_numbers([e]), _category(e.status.old), _category(e.status.new)] for e in transitions if e.status]
        out.append(m.table("Status transitions", ["Item", "Old status", "New status"], rows))
    else:
        out.append(m.paragraph("No status transitions."))
    out += _document(diff, m) + _sections(diff.sections, m)
    changed = [e for e in diff.items if e.change != "unchanged"]
    for _, group in groupby(changed, key=_details_key):
        entries = list(group)
        out += _item(entries, m)
    return out


def _summary_line(diff: ReportDiff) -> str:
    s = diff.summary
    return (
        f"Items: {s.modified} modified, {s.unchanged} unchanged, {s.added} added, {s.removed} removed, "
        f"{s.renumbered} renumbered. Status changed: {s.status_changed}; status read from another source: "
        f"{s.source_changed}; item text changed: {s.text_changed}; "
        f"status text changed: {s.status_text_changed}."
    )


def _category(value: str) -> str:
    return value.replace("_", " ")


def _numbers(entries: list[ItemDiff]) -> str:
    return ", ".join(_label(e) for e in entries)


def _label(entry: ItemDiff) -> str:
    if entry.change == "renumbered":
        return f"{entry.old_id} → {entry.id}"
    return str(entry.id if entry.id is not None else entry.old_id)


def _details_key(entry: ItemDiff) -> str:
    """Everything but the ids: neighbours sharing a status section and its edits get one block."""
    if entry.change in ("added", "removed", "renumbered"):
        return f"{entry.change} {entry.old_id} {entry.id}"
    return json.dumps(entry.model_dump(mode="json", exclude={"id", "old_id", "number", "old_number"}), sort_keys=True)


def _document(diff: ReportDiff, m: Markup) -> list[Block]:
    doc = diff.document
    if not (doc.title_ops or doc.introduction_ops):
        return []
    out: list[Block] = [m.heading("Document", 2)]
    out += _ops("Title", doc.title_ops, m) + _ops("Introduction", doc.introduction_ops, m)
    return out


def _sections(changes: list[SectionChange], m: Markup) -> list[Block]:
    if not changes:
        return []
    out: list[Block] = [m.heading("Status sections", 2)]
    for change in changes:
        old = "; ".join(m.deleted(s.heading) for s in change.old) or "–"
        new = "; ".join(m.inserted(s.heading) for s in change.new) or "–"
        out.append(m.bullet(f"{m.strong(change.change.replace('_', ' '))}: {old} → {new}"))
    return out


def _item(entries: list[ItemDiff], m: Markup) -> list[Block]:
    first = entries[0]
    title = "Items" if len(entries) > 1 else "Item"
    out: list[Block] = [m.heading(f"{title} {_numbers(entries)} ({first.change})", 3)]
    if first.text is not None:
        mark = m.inserted if first.change == "added" else m.deleted
        out.append(m.bullet(mark(first.text)))
    if status := first.status:
        out.append(m.bullet(f"Status: {m.strong(_category(status.old))} → {m.strong(_category(status.new))}"))
        out.append(m.bullet(f"old evidence: {m.plain(_quote(status.old_evidence))}", 1))
        out.append(m.bullet(f"new evidence: {m.plain(_quote(status.new_evidence))}", 1))
    if source := first.source:
        out.append(m.bullet(f"Status source: {m.plain(source.old or '–')} → {m.plain(source.new or '–')}"))
    shown = [m.inserted(_conflict(c)) for c in first.conflicts.added]
    shown += [m.deleted(_conflict(c)) for c in first.conflicts.removed]
    if shown:
        out.append(m.bullet("Conflicting status signals: " + ", ".join(shown)))
    out += _ops("Item text", first.text_ops, m) + _ops("Status text", first.status_text_ops, m)
    out += _proposals(first.proposals, m) + _dates(first.dates.added, first.dates.removed, m)
    out += _references(first.references.added, first.references.removed, m)
    return out


def _conflict(conflict: Conflict) -> str:
    return f"{_category(conflict.category)} ({conflict.source})"


def _quote(text: str | None) -> str:
    return f"“{text}”" if text else "(none)"


def _ops(title: str, ops: list[TextOp], m: Markup) -> list[Block]:
    if not ops:
        return []
    return [m.bullet(f"{title}:"), *(m.bullet(_op(op, m), 1) for op in ops)]


def _op(op: TextOp, m: Markup) -> str:
    parts = [f"…{m.plain(op.before)}" if op.before else ""]
    parts += [m.deleted(op.old) if op.old else "", m.inserted(op.new) if op.new else ""]
    parts += [f"{m.plain(op.after)}…" if op.after else ""]
    return " ".join(part for part in parts if part)


def _proposals(diff: ProposalDiff, m: Markup) -> list[Block]:
    lines = [m.bullet(f"{m.strong(p.label)} removed: {m.deleted(p.text)}", 1) for p in diff.removed]
    lines += [m.bullet(f"{m.strong(p.label)} added: {m.inserted(p.text)}", 1) for p in diff.added]
    lines += [m.bullet(f"{m.strong(f'{p.old_label} → {p.new_label}')} relabelled", 1) for p in diff.relabelled]
    for p in diff.changed:
        lines.append(m.bullet(f"{m.strong(p.new_label)} reworded: " + "; ".join(_op(op, m) for op in p.ops), 1))
    return [m.bullet("Proposals:"), *lines] if lines else []


def _dates(added: list[DateMention], removed: list[DateMention], m: Markup) -> list[Block]:
    shown = [m.inserted(_date(d)) for d in added] + [m.deleted(_date(d)) for d in removed]
    return [m.bullet("Dates and decisions: " + ", ".join(shown))] if shown else []


def _date(mention: DateMention) -> str:
    return f"{mention.text} ({mention.body})" if mention.body else mention.text


def _references(added: list[ItemId], removed: list[ItemId], m: Markup) -> list[Block]:
    shown = [m.inserted(str(n)) for n in added] + [m.deleted(str(n)) for n in removed]
    return [m.bullet("References to items: " + ", ".join(shown))] if shown else []
