"""Terminal output of the CLI (rich).

rich is imported when something is shown: a quiet run that prints nothing (scripts, `-q`) does not load it.
"""

from __future__ import annotations

import errno
import sys
from functools import cache
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from hpextract.batch import Outcome
from hpextract.utils.files import display_path

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table

MIN_TEXT_COLUMN = 24  # narrowest a column of names or sentences is squeezed to
TABLE_FRAME = 16  # the borders and padding of a five-column table


def pipe_console(**options: Any) -> Console:
    """A rich console whose broken pipe ends the command as any other (exit 141, see utils/terminal.py),
    rather than rich's own exit 1: `hpextract diff --exit-code A B | head -1` must not read as "they differ"."""
    return _pipe_console_class()(**options)


@cache
def _pipe_console_class() -> type[Console]:
    from rich.console import Console

    class PipeConsole(Console):
        def on_broken_pipe(self) -> None:
            self.quiet = True
            raise BrokenPipeError(errno.EPIPE, "Broken pipe")

    return PipeConsole


@cache
def _out() -> Console:
    return pipe_console(highlight=False)


@cache
def _err() -> Console:
    return pipe_console(stderr=True, highlight=False)


class Progress:
    """A progress bar on stderr for batches, shown only on a terminal."""

    def __init__(self, total: int, enabled: bool) -> None:
        self._bar: Any = None
        self._ocr_tasks: dict[Path, Any] = {}  # rich's task ids
        if enabled and _err().is_terminal:
            from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn
            from rich.progress import Progress as RichProgress

            columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
            self._bar = RichProgress(*columns, console=_err(), transient=True)
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
        from rich.markup import escape

        _err().print(f"[red]error:[/red] {escape(outcome.error)}", soft_wrap=True)
        if debug and outcome.detail:
            _err().print(outcome.detail, markup=False, soft_wrap=True)
    elif not quiet:
        _out().print(f"{display_path(outcome.source)} → {display_path(outcome.output)}", soft_wrap=True, markup=False)


def print_summary(outcomes: list[Outcome]) -> None:
    """A table per batch: items, sections, status counts and warnings of each report (a list instead on a
    terminal too narrow for the table: words are never cut)."""
    widest_status = max((len(f"{name} {count}") for o in outcomes for name, count in o.statuses.items()), default=6)
    name_width = min(max((len(o.name) for o in outcomes), default=6), MIN_TEXT_COLUMN)
    if name_width + widest_status + MIN_TEXT_COLUMN + len("itemssections") + TABLE_FRAME > _out().width:
        _print_list(outcomes)
    else:
        _out().print(_table(outcomes, name_width, widest_status))
    failures = [o for o in outcomes if o.error]
    if failures and len(outcomes) > 1:
        _err().print(f"{len(failures)} of {len(outcomes)} files failed:")
        for o in failures:
            _err().print(f"  {o.error}", soft_wrap=True, markup=False)
    sys.stdout.flush()


def _table(outcomes: list[Outcome], name_width: int, status_width: int) -> Table:
    """Counts and status names never wrap; names and warnings wrap between words, and only a word longer
    than its whole column is folded (rich's default would cut words short with an ellipsis)."""
    from rich.markup import escape
    from rich.table import Table

    table = Table(title="hpextract", show_lines=False)
    table.add_column("report", overflow="fold", min_width=name_width)
    table.add_column("items", no_wrap=True)
    table.add_column("sections", no_wrap=True)
    table.add_column("statuses", no_wrap=True, min_width=status_width)
    table.add_column("warnings", overflow="fold", min_width=MIN_TEXT_COLUMN)
    for o in outcomes:
        if o.error:  # the reason is printed on its own line, and again below the table
            table.add_row(escape(o.name), "-", "-", "[red]failed[/red]", "-")
            continue
        statuses = "\n".join(f"{name} {count}" for name, count in sorted(o.statuses.items()))
        warnings = escape("\n".join(o.warnings)) or "-"
        table.add_row(escape(o.name), str(o.items), str(o.sections), statuses, warnings)
    return table


def _print_list(outcomes: list[Outcome]) -> None:
    for o in outcomes:
        if o.error:
            _out().print(f"{o.name}: failed", markup=False)
            continue
        statuses = ", ".join(f"{name} {count}" for name, count in sorted(o.statuses.items()))
        _out().print(f"{o.name}: {o.items} items, {o.sections} sections; {statuses}", markup=False)
        for warning in o.warnings:
            _out().print(f"  warning: {warning}", markup=False)
