"""Run extraction over many files: where each output goes, overwrite rules, worker processes, time limits.

Each file is extracted in a forked worker process, so that a pathological PDF can be stopped at its
time limit and a crash cannot take the batch down. Workers only compute; the parent writes each JSON
file atomically, so a stopped worker can never leave a partial file behind.
"""

from __future__ import annotations

import contextlib
import json
import multiprocessing
import os
import signal
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Literal

from hpextract.errors import HpextractError
from hpextract.utils.files import atomic_write, reports_in

POLL_SECONDS = 0.2


@dataclass(frozen=True, slots=True)
class Options:
    password: str | None = None
    force: bool = False
    timeout: float | None = None
    ocr: Literal["auto", "always", "never"] = "auto"
    ocr_jobs: int = 1
    cache: bool = True


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


def collect_inputs(arguments: list[Path], default_folder: Path) -> list[Path]:
    """Files named, and the reports in folders named; the default folder when nothing is named."""
    if not arguments:
        if not default_folder.is_dir():
            raise HpextractError(f"no input given and no {default_folder}/ folder here")
        arguments = [default_folder]
    inputs: list[Path] = []
    for argument in arguments:
        if argument.is_dir():
            found = reports_in(argument)
            if not found:
                raise HpextractError(f"{argument}: no .pdf or .txt reports in this folder")
            inputs.extend(found)
        elif argument.exists():
            inputs.append(argument)
        else:
            raise HpextractError(f"{argument}: no such file or folder")
    return inputs


def plan_outputs(inputs: list[Path], output: Path) -> list[Path]:
    """`output` is the JSON file for a single input, else the folder that gets <stem>.json per input."""
    if output.suffix.lower() == ".json":
        if len(inputs) != 1:
            raise HpextractError(f"{output}: a .json output takes exactly one input ({len(inputs)} given)")
        targets = [output]
    else:
        targets = [output / f"{path.stem}.json" for path in inputs]
    duplicates = [name for name, count in Counter(t.resolve() for t in targets).items() if count > 1]
    if duplicates:
        raise HpextractError(f"{duplicates[0]}: two inputs would write the same output (same file stem)")
    for target in targets:
        if target.resolve().parent.name == "raw":
            raise HpextractError(f"{target}: refusing to write into raw/, the folder of input reports")
    return targets


def check_overwrite(target: Path, source: Path, force: bool) -> None:
    """Refuse to replace a file unless forced or it is our own earlier output for the same source."""
    if force or not target.exists():
        return
    try:
        earlier = json.loads(target.read_text(encoding="utf-8"))
        ours = isinstance(earlier, dict) and earlier.get("source", {}).get("file") == source.name
    except (OSError, ValueError, AttributeError):
        ours = False
    if not ours:
        raise HpextractError(f"{target}: exists and is not hpextract output for {source.name}; use --force")


def extract_json(
    source: Path, options: Options, progress: Callable[[int, int], None] | None = None
) -> tuple[Outcome, str | None]:
    """Extract one file into its JSON text; errors become the outcome's one-line reason."""
    from hpextract.pipeline import extract, report_json
    from hpextract.sources.read import OcrOptions

    ocr = OcrOptions(mode=options.ocr, jobs=options.ocr_jobs, cache=options.cache, progress=progress)
    try:
        report = extract(source, password=options.password, ocr=ocr)
    except HpextractError as error:
        return Outcome(source=source, error=str(error)), None
    except Exception as error:  # a bug of ours must not stop the batch; --debug shows the traceback
        return internal_error(source, error), None
    outcome = Outcome(
        source=source, items=len(report.items), sections=len(report.status_sections),
        statuses=dict(Counter(a.status.category.value for a in report.items)), warnings=report.warnings,
    )
    return outcome, report_json(report)


def internal_error(source: Path, error: Exception) -> Outcome:
    """One line for the user, the traceback kept for --debug (call inside the except block)."""
    message = f"{source.name}: internal error ({type(error).__name__}: {error})"
    return Outcome(source=source, error=message, detail=traceback.format_exc())


def run(
    pairs: list[tuple[Path, Path]], options: Options, jobs: int, on_done: Callable[[Outcome], None],
    on_page: PageProgress | None = None,
) -> list[Outcome]:
    """Process every (input, output) pair, `jobs` at a time; report and return outcomes in input order."""
    warm_up(spacy=len(pairs) > 1)
    refused = _refused_outputs(pairs, options.force)
    work = [pair for index, pair in enumerate(pairs) if index not in refused]

    def finish(k: int, result: tuple[Outcome, str | None]) -> Outcome:
        """Write a file's JSON as soon as its worker is done, whatever the order of the inputs."""
        source, target = work[k]
        return _write(*result, source, target, options.force)

    outcomes = []
    with contextlib.closing(_in_workers(work, options, jobs, on_page or (lambda *_: None), finish)) as results:
        for index in range(len(pairs)):
            outcome = refused[index] if index in refused else next(results)
            on_done(outcome)
            outcomes.append(outcome)
    return outcomes


def _refused_outputs(pairs: list[tuple[Path, Path]], force: bool) -> dict[int, Outcome]:
    """Outputs we may not replace, found before any work is spent on their inputs."""
    refused = {}
    for index, (source, target) in enumerate(pairs):
        try:
            check_overwrite(target, source, force)
        except HpextractError as error:
            refused[index] = Outcome(source=source, error=str(error))
    return refused


def warm_up(spacy: bool) -> None:
    """Import and load what every worker needs once, before forking, so workers start warm; spaCy (2 s, needed
    by few texts) only for a batch, where one load in the parent beats one in each worker that needs it."""
    import pdfplumber  # noqa: F401

    from hpextract import pipeline  # noqa: F401
    from hpextract.normalize import normalizer  # noqa: F401
    from hpextract.sources import ocr  # noqa: F401
    from hpextract.utils.swedish import load_spacy

    if spacy:
        load_spacy()


def _write(outcome: Outcome, text: str | None, source: Path, target: Path, force: bool) -> Outcome:
    if text is None:
        return outcome
    try:
        check_overwrite(target, source, force)
        atomic_write(target, text)
    except HpextractError as error:
        return Outcome(source=source, error=str(error))
    except OSError as error:
        return Outcome(source=source, error=f"{target}: cannot write ({error.strerror})")
    outcome.output = target
    return outcome


def _in_workers(
    pairs: list[tuple[Path, Path]], options: Options, jobs: int, on_page: PageProgress,
    finish: Callable[[int, tuple[Outcome, str | None]], Outcome],
) -> Iterator[Outcome]:
    """Outcomes in input order, computed by up to `jobs` forked workers, each stopped at the time limit;
    `finish` handles each result as soon as it arrives."""
    context = multiprocessing.get_context("fork")
    waiting = list(enumerate(source for source, _ in pairs))
    running: dict[int, tuple[multiprocessing.process.BaseProcess, Connection, float, Path]] = {}
    done: dict[int, Outcome] = {}
    next_index = 0
    try:
        while next_index < len(pairs):
            while waiting and len(running) < jobs:
                index, source = waiting.pop(0)
                receiver, sender = context.Pipe(duplex=False)
                # Not a daemon: a worker may start OCR processes of its own.
                worker = context.Process(target=_work, args=(sender, source, options))
                worker.start()
                sender.close()
                running[index] = (worker, receiver, time.monotonic(), source)
            ready = wait([entry[1] for entry in running.values()], timeout=POLL_SECONDS)
            for index, (worker, receiver, started, source) in list(running.items()):
                result = _collect(worker, receiver, started, source, options.timeout, receiver in ready, on_page)
                if result is not None:
                    done[index] = finish(index, result)
                    del running[index]
            while next_index in done:
                yield done.pop(next_index)
                next_index += 1
    finally:  # interrupted or finished: no worker, nor the OCR it started, may outlive the batch
        for worker, receiver, *_ in running.values():
            _stop(worker)
            receiver.close()


def _work(sender: Connection, source: Path, options: Options) -> None:
    """In the worker: send ("page", done, total) while OCR runs, then ("result", outcome, json)."""
    os.setpgrp()  # its own process group, so that a time limit also stops the OCR processes it starts
    try:
        outcome, text = extract_json(source, options, lambda done, total: sender.send(("page", done, total)))
    except Exception as error:  # a bug outside extract's own guard: report it rather than die mute
        outcome, text = internal_error(source, error), None
    sender.send(("result", outcome, text))
    sender.close()


def _collect(
    worker: multiprocessing.process.BaseProcess, receiver: Connection, started: float, source: Path,
    timeout: float | None, ready: bool, on_page: PageProgress,
) -> tuple[Outcome, str | None] | None:
    """A finished worker's result; a timed-out worker stopped; None while it is still working."""
    if ready:
        try:
            message = receiver.recv()
        except (EOFError, OSError):  # killed before or while sending (out of memory, signal)
            worker.join()
            died = f"{source.name}: the worker died (exit code {worker.exitcode})"
            message = ("result", Outcome(source=source, error=died), None)
        if message[0] == "page":
            on_page(source, message[1], message[2])
            return None
        result = message[1], message[2]
        worker.join()
        receiver.close()
        return result
    if timeout is not None and time.monotonic() - started > timeout:
        _stop(worker)
        receiver.close()
        return Outcome(source=source, error=f"{source.name}: stopped after the time limit of {timeout:g} s"), None
    return None


def _stop(worker: multiprocessing.process.BaseProcess) -> None:
    """Kill a worker and its process group (the OCR processes it started)."""
    try:
        os.killpg(worker.pid, signal.SIGKILL)
    except ProcessLookupError:  # stopped before it made its group
        worker.kill()
    worker.join()
