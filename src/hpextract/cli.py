"""The command line: a thin layer over the library. Heavy imports happen inside the commands."""

from __future__ import annotations

import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

import hpextract
from hpextract.errors import HpextractError
from hpextract.utils import terminal


class _App(typer.Typer):
    """The Typer app, run inside the guard that keeps pipes, full disks and odd locales to one line."""

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return terminal.guarded(lambda: super(_App, self).__call__(*args, **kwargs))


app = _App(
    help="Turn Swedish follow-up reports (uppföljning av handlingsplan) into structured JSON.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
DEFAULT_INPUT = Path("raw")
T = TypeVar("T")


def run() -> None:
    """The `hpextract` console script."""
    app(prog_name="hpextract")


class OcrMode(StrEnum):
    AUTO = "auto"
    ALWAYS = "always"
    NEVER = "never"


class Executor(StrEnum):
    LOCAL = "local"
    DASK = "dask"

DEFAULT_OUTPUT = Path("output")


def _fail(message: str, code: int = 1) -> typer.Exit:
    """Print a one-line error on stderr and return the exit to raise."""
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code)


def _version(value: bool) -> None:
    if value:
        from hpextract.versions import component_versions

        typer.echo(f"hpextract {hpextract.__version__}")
        for name, version in component_versions().items():
            if name != "hpextract":
                typer.echo(f"  {name} {version}")
        raise typer.Exit()


def _size(text: str) -> int:
    """A size in bytes from '512M', '2G', '1.5GiB', '100k' or a plain number of bytes."""
    from hpextract.utils.terminal import parse_size

    try:
        return parse_size(text)
    except ValueError as error:
        raise typer.BadParameter(str(error)) from None


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """hpextract: follow-up reports in, schema-validated JSON out."""


@app.command()
def extract(
    inputs: Annotated[
        list[Path] | None,
        typer.Argument(help="Report files (.pdf, .txt), folders, or - for standard input; default: raw/."),
    ] = None,
    output: Annotated[
        Path, typer.Option(
            "-o", "--output", help="A .json file (one input), - for standard output (one input), or a folder."
        ),
    ] = DEFAULT_OUTPUT,
    jobs: Annotated[
        int, typer.Option("--jobs", "-j", min=1, help="Files processed in parallel; for one file, its OCR pages.")
    ] = 1,
    password: Annotated[str | None, typer.Option(help="Password of an encrypted PDF.")] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Overwrite output files that are not our own earlier output.")
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print errors only.")] = False,
    timeout: Annotated[float, typer.Option(min=1, help="Seconds one file may take before it is stopped.")] = 600,
    ocr: Annotated[
        OcrMode, typer.Option(help="OCR pages: auto (no text, or a text layer that lost å/ä/ö), always, never.")
    ] = OcrMode.AUTO,
    cache: Annotated[bool, typer.Option("--cache/--no-cache", help="Reuse OCR results of earlier runs.")] = True,
    cache_max: Annotated[
        str, typer.Option("--cache-max", help="Size of the OCR cache; the entries used longest ago go first.")
    ] = "500M",
    max_memory: Annotated[
        str, typer.Option("--max-memory", help="Memory one file may use (e.g. 2G; 0: no limit).")
    ] = "2G",
    max_input: Annotated[
        str, typer.Option("--max-input", help="Largest text dump or standard input read (e.g. 100M).")
    ] = "100M",
    debug: Annotated[bool, typer.Option("--debug", help="Show the traceback of an internal error.")] = False,
    executor: Annotated[
        Executor, typer.Option(help="Where files are processed: local processes, or a Dask cluster.")
    ] = Executor.LOCAL,
    scheduler: Annotated[
        str | None, typer.Option(help="Dask scheduler address (tcp://HOST:8786); default: a local cluster.")
    ] = None,
) -> None:
    """Extract items, status sections and statuses from each report into JSON."""
    from hpextract import batch
    from hpextract.display import Progress, print_outcome, print_summary

    sizes = {name: _size(value) for name, value in
             (("cache_max", cache_max), ("max_memory", max_memory), ("max_input", max_input))}
    try:
        sources = batch.collect_inputs(inputs or [], DEFAULT_INPUT)
        targets = batch.plan_outputs(sources, output)
        stdin = batch.read_stdin(sizes["max_input"]) if batch.STDIO in sources else None
    except HpextractError as error:
        raise _fail(str(error)) from None
    # One file: its OCR pages share the cores. Several: the files do, one OCR page at a time each.
    options = batch.Options(
        password=password, force=force, timeout=timeout, ocr=ocr.value, cache=cache,
        ocr_jobs=jobs if len(sources) == 1 else 1, cache_max=sizes["cache_max"],
        max_memory=sizes["max_memory"] or None, max_input=sizes["max_input"], stdin=stdin,
    )
    quiet = quiet or output == batch.STDIO  # standard output carries the JSON alone
    if debug:
        terminal.show_library_logs()
    with Progress(total=len(sources), enabled=not quiet) as progress, terminal.stop_on_signals():

        def done(outcome: batch.Outcome) -> None:
            progress.advance()
            print_outcome(outcome, quiet, debug)

        pairs = list(zip(sources, targets, strict=True))
        try:
            if executor is Executor.DASK:
                outcomes = _run_on_dask(pairs, options, done, scheduler, jobs)
            else:
                outcomes = batch.run(pairs, options, jobs, on_done=done, on_page=progress.pages)
        except HpextractError as error:
            raise _fail(str(error)) from None
        except KeyboardInterrupt as stop:
            message = "interrupted; files finished so far were written, no partial file was left"
            raise _fail(message, 128 + terminal.signal_number(stop)) from None
    if not quiet:
        print_summary(outcomes)
    if any(o.error for o in outcomes):
        raise typer.Exit(1)


def _run_on_dask(pairs: list[tuple[Path, Path]], options: Any, done: Callable[[Any], None], scheduler: str | None,
                 jobs: int) -> list[Any]:
    """The batch on Dask (a local cluster of --jobs workers, at least two, without a scheduler); the OCR cache
    is $HPEXTRACT_CACHE_DIR when set, a folder every worker must see."""
    import os

    from hpextract.distributed import run_on_dask

    shared = os.environ.get("HPEXTRACT_CACHE_DIR")
    return run_on_dask(pairs, options, done, scheduler=scheduler, workers=max(jobs, 2),
                       cache_dir=Path(shared) if shared else None)


class DiffFormat(StrEnum):
    TEXT = "text"
    JSON = "json"
    MARKDOWN = "markdown"
    HTML = "html"


class Language(StrEnum):
    SV = "sv"
    EN = "en"


StatusOption = Annotated[
    list[str] | None,
    typer.Option("--status", help="Only items with this status (in_progress, Pågår, …); repeatable."),
]
ItemOption = Annotated[list[str] | None, typer.Option("--item", help="Only the item with this id; repeatable.")]
DebugOption = Annotated[bool, typer.Option("--debug", help="Show the traceback of an internal error.")]


def _guarded(debug: bool, work: Callable[[], T]) -> T:
    """Run `work`; bad input is a one-line error with exit 2, and so is a bug of ours unless --debug."""
    try:
        return work()
    except HpextractError as error:
        raise _fail(str(error), code=2) from None
    except Exception as error:
        if debug:
            raise
        raise _fail(f"internal error ({type(error).__name__}: {error}); rerun with --debug", code=2) from None


def _write(output: str, content: str | bytes) -> None:
    """To standard output for "-", else to the file."""
    if output == "-":
        terminal.write_data(content)
        return
    data = content.encode("utf-8") if isinstance(content, str) else content
    try:
        Path(output).write_bytes(data)
    except OSError as error:
        raise _fail(f"{output}: cannot write ({error.strerror})", code=2) from None


@app.command()
def diff(
    old: Annotated[Path, typer.Argument(help="The earlier report: .pdf, .txt, or a .json made by extract.")],
    new: Annotated[Path, typer.Argument(help="The later report: .pdf, .txt, or a .json made by extract.")],
    output_format: Annotated[DiffFormat, typer.Option("--format", "-f", help="Output format.")] = DiffFormat.TEXT,
    exit_code: Annotated[
        bool, typer.Option("--exit-code", help="Exit 1 when the reports differ, 0 when they do not (errors: 2).")
    ] = False,
    lang: Annotated[Language, typer.Option("--lang", help="Language of the HTML.")] = Language.SV,
    status: StatusOption = None,
    item: ItemOption = None,
    debug: DebugOption = False,
) -> None:
    """Show what changed between two versions of a report: statuses, texts, proposals, dates, sections."""
    from hpextract.diff.compare import diff_json, diff_reports, has_differences, load_report
    from hpextract.outputs.filters import ItemFilter, filter_diff

    def work() -> tuple[Any, Any, Any, Any]:
        wanted = ItemFilter.parse(status or [], item or [])
        reports = load_report(old), load_report(new)
        return wanted, *reports, diff_reports(*reports)

    wanted, old_report, new_report, full = _guarded(debug, work)
    result = filter_diff(full, old_report, new_report, wanted)
    if output_format is DiffFormat.JSON:
        terminal.write_data(diff_json(result))
    elif output_format is DiffFormat.MARKDOWN:
        from hpextract.diff.render import markdown

        terminal.write_data(markdown(result))
    elif output_format is DiffFormat.HTML:
        from hpextract.outputs.html import diff_html
        from hpextract.outputs.labels import Lang

        _write("-", diff_html(full, old_report, new_report, Lang(lang.value), wanted))
    else:
        from hpextract.diff.render import print_text
        from hpextract.display import pipe_console

        print_text(result, pipe_console(highlight=False))
    if exit_code and has_differences(result):
        raise typer.Exit(1)


@app.command()
def normalize(
    source: Annotated[str, typer.Argument(help="A text file, or - for standard input.")] = "-",
    explain: Annotated[
        bool, typer.Option("--explain", help="List each change (token, replacement, why) instead.")
    ] = False,
    force: Annotated[bool, typer.Option("--force", help="Repair even when the text is not judged damaged.")] = False,
    max_input: Annotated[str, typer.Option("--max-input", help="Largest input read (e.g. 100M).")] = "100M",
) -> None:
    """Print the text with Swedish normalization and OCR repair applied (lost å/ä/ö and the like)."""
    from hpextract.normalize.normalizer import clean_text, get_normalizer
    from hpextract.sources.read import decode_text
    from hpextract.utils.files import display_name

    try:
        text = decode_text(_read_input(source, _size(max_input)), "stdin" if source == "-" else display_name(source))
    except HpextractError as error:
        raise _fail(str(error)) from None
    repair = get_normalizer().repair(text, damaged=True if force else None)
    if not explain:
        terminal.write_data(repair.text)
        return
    cleaned = clean_text(text)  # change offsets point into the cleaned input
    for change in repair.changes:
        line = cleaned.count("\n", 0, change.offset) + 1
        typer.echo(f"{line}\t{change.token}\t{change.replacement}\t{change.reason}")
    typer.echo(f"# {len(repair.changes)} changes in {repair.tokens} tokens", err=True)


@app.command()
def schema(
    diff: Annotated[bool, typer.Option("--diff", help="The schema of `diff --format json` instead.")] = False,
) -> None:
    """Print the JSON Schema of the extract output (or of the diff output)."""
    from hpextract.report.schema import diff_schema_json, report_schema_json

    terminal.write_data(diff_schema_json() if diff else report_schema_json())


@app.command()
def validate(
    files: Annotated[list[Path], typer.Argument(help="JSON files written by extract or by diff --format json.")],
) -> None:
    """Check JSON files against the schema; report the first error of each with its JSON path."""
    from hpextract.report.schema import validate_file
    from hpextract.utils.files import display_path

    failed = False
    for path in files:
        problem, kind = validate_file(path)
        if problem:
            typer.echo(f"error: {display_path(path)}: {problem}", err=True)
            failed = True
        else:
            typer.echo(f"{display_path(path)}: valid ({kind})")
    if failed:
        raise typer.Exit(1)


def _read_input(source: str, limit: int) -> bytes:
    """The bytes of a file, or of standard input for `-`, refused beyond `limit` bytes."""
    from hpextract.api import read_limited
    from hpextract.errors import InputError
    from hpextract.utils.files import display_name

    if source == "-":
        return read_limited(sys.stdin.buffer, limit, "stdin")
    path = Path(source)
    try:
        if not path.is_file():
            raise InputError(f"{display_name(source)}: no such file")
        with path.open("rb") as stream:
            return read_limited(stream, limit, display_name(source))
    except OSError as error:
        raise InputError(f"{display_name(source)}: cannot read ({error.strerror})") from None


def _filter_and_reports(inputs: list[Path], status: list[str] | None, item: list[str] | None) -> tuple[Any, list[Any]]:
    """The --status/--item filter and the reports, loaded (a .json) or extracted (a .pdf or .txt)."""
    from hpextract.diff.compare import load_report
    from hpextract.outputs.filters import ItemFilter

    return ItemFilter.parse(status or [], item or []), [load_report(path) for path in inputs]


class ExportFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"
    NDJSON = "ndjson"


ReportsArgument = Annotated[
    list[Path],
    typer.Argument(help="Reports: .pdf, .txt, or .json files made by extract.", metavar="REPORT_OR_JSON"),
]


@app.command()
def export(
    inputs: ReportsArgument,
    output_format: Annotated[ExportFormat, typer.Option("--format", "-f", help="Output format.")] = ExportFormat.CSV,
    output: Annotated[str, typer.Option("-o", "--output", help="Output file, or - for standard output.")] = "-",
    excel: Annotated[bool, typer.Option("--excel", help="CSV: start with a BOM so that Excel reads UTF-8.")] = False,
    lang: Annotated[Language, typer.Option("--lang", help="Language of the column names.")] = Language.EN,
    status: StatusOption = None,
    item: ItemOption = None,
    debug: DebugOption = False,
) -> None:
    """One row per item per report (id, status, evidence, page …) as CSV, xlsx or ndjson."""
    from hpextract.outputs.export import csv_text, item_rows, ndjson_text, xlsx_bytes
    from hpextract.outputs.labels import Lang

    if output_format is ExportFormat.XLSX and output == "-" and sys.stdout.isatty():
        raise _fail("xlsx is binary: give -o FILE.xlsx", code=2)
    wanted, reports = _guarded(debug, lambda: _filter_and_reports(inputs, status, item))
    rows = item_rows(reports, wanted)
    language = Lang(lang.value)
    if output_format is ExportFormat.XLSX:
        _write(output, xlsx_bytes(rows, language))
    elif output_format is ExportFormat.NDJSON:
        _write(output, ndjson_text(rows))
    else:
        _write(output, csv_text(rows, language, excel=excel))


class HistoryFormat(StrEnum):
    TEXT = "text"
    JSON = "json"
    CSV = "csv"
    HTML = "html"


@app.command()
def history(
    inputs: ReportsArgument,
    output_format: Annotated[HistoryFormat, typer.Option("--format", "-f", help="Output format.")] = HistoryFormat.TEXT,
    output: Annotated[str, typer.Option("-o", "--output", help="Output file, or - for standard output.")] = "-",
    lang: Annotated[
        Language | None, typer.Option("--lang", help="Language of the labels; default sv for html, else en.")
    ] = None,
    status: StatusOption = None,
    item: ItemOption = None,
    debug: DebugOption = False,
) -> None:
    """The status of every item over several versions, ordered by report_date (else as given)."""
    from hpextract.outputs.history import build_history, history_csv, history_json, history_text
    from hpextract.outputs.html import history_html
    from hpextract.outputs.labels import Lang

    wanted, reports = _guarded(debug, lambda: _filter_and_reports(inputs, status, item))
    matrix = _guarded(debug, lambda: build_history(reports, wanted))
    language = Lang(lang.value) if lang else Lang.SV if output_format is HistoryFormat.HTML else Lang.EN
    render = {
        HistoryFormat.TEXT: lambda: history_text(matrix, language),
        HistoryFormat.JSON: lambda: history_json(matrix),
        HistoryFormat.CSV: lambda: history_csv(matrix, language),
        HistoryFormat.HTML: lambda: history_html(matrix, language),
    }
    _write(output, render[output_format]())


@app.command()
def inspect(
    report: Annotated[Path, typer.Argument(help="A PDF report.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Folder for the PNGs (created if needed).")],
    resolution: Annotated[int, typer.Option("--resolution", min=36, max=600, help="Dots per inch.")] = 100,
    debug: DebugOption = False,
) -> None:
    """Draw what was read on each page (tables, cells, icons, bars, lines, item boxes) as one PNG a page."""
    from hpextract.inspect import inspect_report

    written = _guarded(debug, lambda: inspect_report(report, output, resolution))
    typer.echo(f"{len(written)} page images in {output}")


if __name__ == "__main__":
    run()
