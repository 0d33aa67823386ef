"""Run extraction over many files: where each output goes, overwrite rules, worker processes, limits.

Each file is extracted in a fresh worker process of a pebble pool, forked from the warm parent, so that a
pathological PDF can be stopped at its time limit, held to a memory limit, and a crash cannot take the
batch down. Workers only compute; the parent writes each JSON file atomically, so a stopped worker can
never leave a partial file behind. Workers die with the parent whatever ends it (SIGKILL included): the
kernel is asked to kill them.
"""

from __future__ import annotations

import contextlib
import gc
import json
import multiprocessing
import os
import re
import resource
import signal
import sys
import traceback
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from hpextract.errors import HpextractError, InputError, OutputError
from hpextract.utils.files import (
    DEFAULT_MAX_INPUT,
    atomic_write,
    check_writable_target,
    display_name,
    display_path,
    reports_in,
)
from hpextract.utils.terminal import write_data

if TYPE_CHECKING:
    from hpextract.sources.ocr import PageRunner

POLL_SECONDS = 0.2
STDIO = Path("-")
"""The input or output path that stands for standard input or standard output."""
DEFAULT_MAX_MEMORY = 2 * 1024**3
INPUT_FOLDER_NAME = "raw"
_SHA256 = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True, slots=True)
class Options:
    password: str | None = None
    force: bool = False
    timeout: float | None = None
    ocr: Literal["auto", "always", "never"] = "auto"
    ocr_jobs: int = 1
    cache: bool = True
    cache_max: int = 500 * 1024**2
    max_memory: int | None = DEFAULT_MAX_MEMORY  # bytes of address space per worker; None: no limit
    max_input: int = DEFAULT_MAX_INPUT  # bytes of a text dump or of standard input
    stdin: bytes | None = None  # what was read from standard input, for the input `-`
    read_ahead: bool = False  # a cold worker reads a PDF's pages in a child while it imports the rest


PageProgress = Callable[[Path, int, int], None]
"""Called with (input, OCR pages done, OCR pages to do) while a file is being OCR'd."""


@dataclass(slots=True)
class Outcome:
    """What became of one input: a summary of its report, or the reason it failed."""

    source: Path
    output: Path | None = None
    error: str | None = None
    detail: str | None = None  # the traceback of an internal error, shown with --debug
    items: int = 0
    sections: int = 0
    statuses: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        """The input's file name, printable whatever bytes it is made of."""
        return "stdin" if self.source == STDIO else display_name(self.source)


def collect_inputs(arguments: list[Path], default_folder: Path) -> list[Path]:
    """Files named, and the reports in folders named; the default folder when nothing is named."""
    if not arguments:
        if not default_folder.is_dir():
            raise InputError(f"no input given and no {default_folder}/ folder here")
        arguments = [default_folder]
    if STDIO in arguments and len(arguments) > 1:
        raise InputError("-: standard input is read alone, not with other inputs")
    inputs: list[Path] = []
    for argument in arguments:
        if argument == STDIO:
            inputs.append(argument)
        elif _is_dir(argument):
            found = reports_in(argument)
            if not found:
                raise InputError(f"{display_path(argument)}: no .pdf or .txt reports in this folder")
            inputs.extend(found)
        elif os.path.lexists(argument):
            inputs.append(argument)
        else:
            raise InputError(f"{display_path(argument)}: no such file or folder")
    return inputs


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:  # e.g. a name too long: not a folder we can use; reading the file will say why
        return False


def read_stdin(limit: int) -> bytes:
    """Standard input, refused beyond `limit` bytes (it may never end: `yes |`, /dev/zero)."""
    from hpextract.api import read_limited

    return read_limited(sys.stdin.buffer, limit, "stdin")


def plan_outputs(inputs: list[Path], output: Path) -> list[Path | OutputError]:
    """Each input's output: `output` itself for one input when it is a .json file or `-` (standard output),
    else <stem>.json in the folder `output`. An input whose output cannot be used gets the reason instead."""
    if output == STDIO or output.suffix.lower() == ".json":
        if len(inputs) != 1:
            raise OutputError(f"{display_path(output)}: takes exactly one input ({len(inputs)} given)")
        targets = [output]
    else:
        targets = [output / f"{'stdin' if path == STDIO else path.stem}.json" for path in inputs]
    if output != STDIO:
        refuse_input_folder(output, inputs)
    clashes = {name for name, count in Counter(t.absolute() for t in targets).items() if count > 1}
    planned: list[Path | OutputError] = []
    for target in targets:
        if target.absolute() in clashes:
            sharing = sorted(display_name(s) for s, t in zip(inputs, targets, strict=True) if t == target)
            planned.append(OutputError(f"{display_path(target)}: {' and '.join(sharing)} would both write it "
                                       f"(same file stem); extract them one at a time with -o FILE.json"))
        else:
            planned.append(target)
    return planned


def refuse_input_folder(output: Path, inputs: list[Path]) -> None:
    """Refuse an output inside raw/, the folder of input reports: named so, reached through a symlink,
    or a folder below it."""
    folder = output if output.suffix.lower() != ".json" else output.parent
    raw_folders = {Path(INPUT_FOLDER_NAME).resolve()}
    raw_folders.update(p.parent.resolve() for p in inputs if p != STDIO and INPUT_FOLDER_NAME in p.parent.parts)
    resolved = folder.resolve()
    named = INPUT_FOLDER_NAME in folder.parts or resolved.name == INPUT_FOLDER_NAME
    inside = any(resolved == raw or raw in resolved.parents for raw in raw_folders if raw.is_dir())
    if named or inside:
        raise OutputError(f"{display_path(output)}: refusing to write into raw/, the folder of input reports")


def check_overwrite(target: Path, source: Path, force: bool) -> None:
    """Refuse to replace a file unless forced or it is our own earlier output for the same source."""
    if target == STDIO:
        return
    check_writable_target(target)
    if force or not target.exists():
        return
    if not is_our_output(target, "stdin" if source == STDIO else display_name(source)):
        raise OutputError(
            f"{display_path(target)}: exists and is not hpextract output for "
            f"{display_name(source)}; use --force"
        )


def is_our_output(target: Path, source_name: str) -> bool:
    """True for a JSON file that hpextract wrote for `source_name` (any schema version): a report object
    with a schema_version, and a source naming the file with a SHA-256 and a kind, as extract writes."""
    try:
        if target.stat().st_size > 1024**3:
            return False
        earlier = json.loads(target.read_bytes())
    except (OSError, ValueError, RecursionError):
        return False
    if not isinstance(earlier, dict) or not isinstance(earlier.get("schema_version"), str):
        return False
    source = earlier.get("source")
    return (
        isinstance(source, dict) and source.get("file") == source_name and source.get("kind") in ("pdf", "text")
        and isinstance(source.get("sha256"), str) and bool(_SHA256.fullmatch(source["sha256"]))
        and ("items" in earlier or "assignments" in earlier)
    )


def extract_json(
    source: Path, options: Options, progress: Callable[[int, int], None] | None = None,
    ocr_runner: PageRunner | None = None,
) -> tuple[Outcome, str | None]:
    """Extract one file into its JSON text; errors become the outcome's one-line reason. `ocr_runner` runs
    its OCR pages (default: in this process, `options.ocr_jobs` at a time)."""
    from hpextract.api import extract
    from hpextract.pipeline import report_json
    from hpextract.sources.read import OcrOptions

    ocr = OcrOptions(
        mode=options.ocr, jobs=options.ocr_jobs, cache=options.cache, cache_max=options.cache_max, progress=progress,
        runner=ocr_runner,
    )
    try:
        check_input_size(source, options.max_input)
        document = options.stdin if source == STDIO and options.stdin is not None else source
        report = extract(document, password=options.password, ocr=ocr)
    except HpextractError as error:
        return Outcome(source=source, error=str(error)), None
    except MemoryError:
        return Outcome(source=source, error=memory_message(source, options.max_memory)), None
    except Exception as error:  # a bug of ours must not stop the batch; --debug shows the traceback
        return internal_error(source, error), None
    outcome = Outcome(
        source=source, items=len(report.items), sections=len(report.status_sections),
        statuses=dict(Counter(item.status.category.value for item in report.items)), warnings=report.warnings,
    )
    return outcome, report_json(report)


def check_input_size(source: Path, limit: int) -> None:
    """Refuse a text dump larger than `limit` bytes (PDFs are held by the memory and time limits)."""
    from hpextract.errors import LimitExceeded
    from hpextract.sources.read import input_kind

    if source == STDIO:
        return
    with contextlib.suppress(OSError):
        if source.stat().st_size > limit and input_kind(source) == "text":
            raise LimitExceeded(f"{display_name(source)}: a text dump larger than the limit of {limit} bytes "
                                f"(--max-input)")


def memory_message(source: Path, limit: int | None) -> str:
    where = f"the memory limit of {limit // 1024**2} MiB (--max-memory)" if limit else "the memory available"
    return f"{display_name(source) if source != STDIO else 'stdin'}: stopped, it needs more than {where}"


def internal_error(source: Path, error: Exception) -> Outcome:
    """One line for the user, the traceback kept for --debug (call inside the except block)."""
    name = "stdin" if source == STDIO else display_name(source)
    message = f"{name}: internal error ({type(error).__name__}: {str(error)[:200]})"
    return Outcome(source=source, error=message, detail=traceback.format_exc())


def run(
    pairs: list[tuple[Path, Path | OutputError]], options: Options, jobs: int, on_done: Callable[[Outcome], None],
    on_page: PageProgress | None = None,
) -> list[Outcome]:
    """Process every (input, output) pair, `jobs` at a time; report and return outcomes in input order.
    A pair whose output is an OutputError fails alone, before any work is spent on it."""
    several = len(pairs) > 1
    warm_up(several)
    options = options if several else replace(options, read_ahead=True)
    refused = _refused_outputs(pairs, options.force)
    work = [(source, target) for index, (source, target) in enumerate(pairs) if index not in refused]

    def finish(k: int, result: tuple[Outcome, str | None]) -> Outcome:
        """Write a file's JSON as soon as its worker is done, whatever the order of the inputs."""
        source, target = work[k]
        return _write(*result, source, target, options.force)  # type: ignore[arg-type]

    outcomes = []
    workers = _in_workers([source for source, _ in work], options, jobs, on_page or (lambda *_: None), finish)
    with contextlib.closing(workers) as results:
        for index in range(len(pairs)):
            outcome = refused[index] if index in refused else next(results)
            on_done(outcome)
            outcomes.append(outcome)
    return outcomes


def _refused_outputs(pairs: list[tuple[Path, Path | OutputError]], force: bool) -> dict[int, Outcome]:
    """Outputs we may not replace, found before any work is spent on their inputs."""
    refused = {}
    for index, (source, target) in enumerate(pairs):
        try:
            if isinstance(target, OutputError):
                raise target
            check_overwrite(target, source, force)
        except HpextractError as error:
            refused[index] = Outcome(source=source, error=str(error))
    return refused


def warm_up(several: bool) -> None:
    """For a batch of several files, import and load what workers need once, before forking, so that they
    start warm: the stages, spaCy (2 s) and the OCR stage (numpy, PIL), which one load here beats one in
    each worker that needs it. One file's worker loads the stages itself, while a child of its own reads the
    pages (sources/ahead.py): on two cores that is faster than loading them here before forking."""
    if not several:
        return
    import pdfplumber  # noqa: F401

    from hpextract import pipeline
    from hpextract.sources import ocr  # noqa: F401
    from hpextract.utils.swedish import load_spacy

    load_spacy()
    pipeline.prepare()
    # Left out of the workers' garbage collections: collecting would touch, and so copy, every page of this
    # warm heap in each forked worker (a third of a second of CPU a file).
    gc.freeze()


def _write(outcome: Outcome, text: str | None, source: Path, target: Path, force: bool) -> Outcome:
    if text is None:
        return outcome
    try:
        if target == STDIO:
            write_data(text)
        else:
            check_overwrite(target, source, force)
            atomic_write(target, text)
    except HpextractError as error:
        return Outcome(source=source, error=str(error))
    except BrokenPipeError:  # the reader of standard output is gone: the command ends quietly (exit 141)
        raise
    except OSError as error:
        where = "standard output" if target == STDIO else display_path(target)
        return Outcome(source=source, error=f"{where}: cannot write ({error.strerror or error})")
    outcome.output = target
    return outcome


def _in_workers(
    sources: list[Path], options: Options, jobs: int, on_page: PageProgress,
    finish: Callable[[int, tuple[Outcome, str | None]], Outcome],
) -> Iterator[Outcome]:
    """Outcomes in input order, computed in a pebble pool of up to `jobs` workers forked from this warm
    process, a fresh one for each file, each stopped at the time limit; `finish` handles each result as
    soon as it arrives. Workers report OCR pages on a pipe: each report one write of a line far shorter
    than PIPE_BUF, which POSIX makes atomic, so that no lock is shared with a worker that may be killed."""
    from pebble import ProcessPool

    reader, writer = os.pipe()
    os.set_blocking(reader, False)
    pool = ProcessPool(max_workers=min(jobs, len(sources)) or 1, max_tasks=1, initializer=_start_worker,
                       initargs=(os.getpid(), options.max_memory), context=multiprocessing.get_context("fork"))
    futures = {pool.schedule(_work, (index, source, options, writer), timeout=options.timeout): index
               for index, source in enumerate(sources)}
    pending, done, next_index = set(futures), {}, 0
    try:
        while next_index < len(sources):
            finished, pending = wait(pending, timeout=POLL_SECONDS, return_when=FIRST_COMPLETED)
            for index, pages_done, total in _reported_pages(reader):
                on_page(sources[index], pages_done, total)
            for future in finished:
                index = futures[future]
                done[index] = finish(index, _result(future, sources[index], options))
            while next_index in done:
                yield done.pop(next_index)
                next_index += 1
    finally:  # interrupted or finished: no worker, nor the OCR it started, may outlive the batch
        pool.stop()
        pool.join()
        os.close(reader)
        os.close(writer)


def _start_worker(parent: int, max_memory: int | None) -> None:
    """In each worker as it starts: its own process group, killed with the parent, held to the memory limit."""
    from hpextract.utils.processes import die_with_parent, forget_inherited_fork_server

    os.setpgrp()  # its own process group, so that stopping it also stops the OCR processes it starts
    die_with_parent()
    forget_inherited_fork_server()
    if os.getppid() != parent:  # the parent died before the guard was set
        os._exit(1)
    # pebble stops a worker (time limit, end of the batch) with SIGTERM: take the whole group down with it.
    signal.signal(signal.SIGTERM, lambda *_: os.killpg(0, signal.SIGKILL))
    signal.signal(signal.SIGHUP, signal.SIG_DFL)  # the parent's clean-up handler is not ours
    if max_memory:
        limit_memory(max_memory)


def _work(index: int, source: Path, options: Options, pages: int) -> tuple[Outcome, bytes | None]:
    """In the worker: one file into its outcome and its JSON as UTF-8, encoded here with the text freed, so
    that a report too large to hold twice fails as its own file's memory error, not as a dead worker."""
    try:
        if options.read_ahead and _start_reading_ahead(source, options.password):
            from hpextract.pipeline import prepare

            prepare()
        outcome, text = extract_json(
            source, options, lambda done, total: os.write(pages, f"{index} {done} {total}\n".encode()))
        return outcome, text.encode() if text is not None else None
    except MemoryError:
        return Outcome(source=source, error=memory_message(source, options.max_memory)), None
    except Exception as error:  # a bug outside extract's own guard: report it rather than die mute
        return internal_error(source, error), None


def _start_reading_ahead(source: Path, password: str | None) -> bool:
    """Start reading a PDF's pages in a child while this worker prepares the later stages (sources/ahead.py);
    False for other inputs, which are read at once."""
    from hpextract.sources.ahead import read_ahead
    from hpextract.sources.read import input_kind

    with contextlib.suppress(OSError, HpextractError):
        if source != STDIO and source.is_file() and input_kind(source) == "pdf":
            return read_ahead(source, password)
    return False


def _result(future: Future[tuple[Outcome, bytes | None]], source: Path, options: Options) -> tuple[Outcome, str | None]:
    """A finished task's outcome and JSON text; a file stopped at the time limit or whose worker died fails."""
    from pebble import ProcessExpired

    name = "stdin" if source == STDIO else display_name(source)
    try:
        outcome, data = future.result()
    except TimeoutError:
        return Outcome(source=source, error=f"{name}: stopped after the time limit of {options.timeout:g} s"), None
    except (ProcessExpired, BrokenProcessPool) as error:  # killed: out of memory, a signal
        if isinstance(error, ProcessExpired):  # what it started (an OCR pool) may live on: its group goes too
            with contextlib.suppress(ProcessLookupError):
                os.killpg(error.pid, signal.SIGKILL)
        died = f"{name}: the worker died (exit code {getattr(error, 'exitcode', None)}; out of memory?)"
        return Outcome(source=source, error=died), None
    return outcome, data.decode() if data is not None else None


def _reported_pages(pipe: int) -> list[tuple[int, int, int]]:
    """The (input index, pages done, pages to do) reported since the last call; one read larger than the
    pipe's capacity (64 KiB) takes whole lines only, since each was written at once."""
    try:
        data = os.read(pipe, 1024**2)
    except BlockingIOError:
        return []
    return [(int(index), int(done), int(total)) for index, done, total in (line.split() for line in data.splitlines())]


def limit_memory(limit: int) -> None:
    """Hold this process (and what it starts) to `limit` bytes of address space more than it has now (a worker
    forked from a warm parent starts with the parent's): past it, allocations fail with MemoryError instead of
    the machine swapping until the kernel kills something. Counted from the start, not from zero, because a
    parent's address space can be large before any work (thread stacks and malloc arenas of a long process)."""
    with contextlib.suppress(ValueError, OSError):
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        total = _address_space() + limit
        resource.setrlimit(resource.RLIMIT_AS, (total if hard == resource.RLIM_INFINITY else min(total, hard), hard))


def _address_space() -> int:
    """This process's address space in bytes (Linux /proc; 0 where there is none)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 0
    return pages * resource.getpagesize()
