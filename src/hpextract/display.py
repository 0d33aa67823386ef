"""Terminal output of the CLI (rich)."""

from __future__ import annotations

import sys
from pathlib import Path
from types import TracebackType

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, TaskID, TextColumn, TimeElapsedColumn
from rich.progress import Progress as RichProgress
from rich.table import Table

from hpextract.batch import Outcome

_out = Console(highlight=False)
_err = Console(stderr=True, highlight=False)


class Progress:
    """A progress bar on stderr for batches, shown only on a terminal."""

    def __init__(self, total: int, enabled: bool) -> None:
        self._bar = None
        self._ocr_tasks: dict[Path, TaskID] = {}
        if enabled and _err.is_terminal:
            columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
            self._bar = RichProgress(*columns, console=_err, transient=True)
            self._task = self._bar.add_task("reports", total=total, visible=total > 1)

    def __enter__(self) -> Progress:
        if self._bar:
            self._bar.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        if self._bar:
            self._bar.stop()

    def advance(self) -> None:
        if self._bar:
            self._bar.advance(self._task)

    def pages(self, source: Path, done: int, total: int) -> None:
        """OCR progress of one report: a bar of its own, since OCR takes seconds a page."""
        if not self._bar:
            return
        if source not in self._ocr_tasks:
            self._ocr_tasks[source] = self._bar.add_task(f"OCR {source.name}", total=total)
        self._bar.update(self._ocr_tasks[source], completed=done, visible=done < total)


def print_outcome(outcome: Outcome, quiet: bool, debug: bool = False) -> None:
    """One line per file as it finishes: where the JSON went, or why it failed."""
    if outcome.error:
        _err.print(f"[red]error:[/red] {escape(outcome.error)}", soft_wrap=True)
        if debug and outcome.detail:
            _err.print(outcome.detail, markup=False, soft_wrap=True)
    elif not quiet:
        _out.print(f"{outcome.source} → {outcome.output}", soft_wrap=True, markup=False)


def print_summary(outcomes: list[Outcome]) -> None:
    """A table per batch: assignments, sections, status counts and warnings of each report."""
    table = Table(title="hpextract", show_lines=False)
    for column in ("report", "items", "sections", "statuses", "warnings"):
        table.add_column(column)
    for o in outcomes:
        if o.error:
            table.add_row(escape(o.name), "-", "-", "[red]failed[/red]", escape(o.error))
            continue
        statuses = "\n".join(f"{name} {count}" for name, count in sorted(o.statuses.items()))
        warnings = escape("\n".join(o.warnings)) or "-"
        table.add_row(escape(o.name), str(o.items), str(o.sections), statuses, warnings)
    _out.print(table)
    failures = [o for o in outcomes if o.error]
    if failures and len(outcomes) > 1:
        _err.print(f"{len(failures)} of {len(outcomes)} files failed:")
        for o in failures:
            _err.print(f"  {o.error}", soft_wrap=True, markup=False)
    sys.stdout.flush()
