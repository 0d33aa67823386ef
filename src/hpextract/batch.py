"""Run extraction over many files: where each output goes, overwrite rules, parallel workers."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from .errors import HpextractError
from .utils.files import atomic_write, reports_in


@dataclass(frozen=True, slots=True)
class Options:
    password: str | None = None
    force: bool = False


@dataclass(slots=True)
class Outcome:
    """What became of one input: a summary of its report, or the reason it failed."""

    source: Path
    output: Path | None = None
    error: str | None = None
    assignments: int = 0
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


def process(source: Path, target: Path, options: Options) -> Outcome:
    """Extract one file and write its JSON atomically; errors become the outcome's one-line reason."""
    from .pipeline import extract, report_json

    try:
        check_overwrite(target, source, options.force)
        report = extract(source, password=options.password)
        atomic_write(target, report_json(report))
    except HpextractError as error:
        return Outcome(source=source, error=str(error))
    except Exception as error:  # an unexpected failure of ours must not stop the batch
        return Outcome(source=source, error=f"{source.name}: internal error ({type(error).__name__}: {error})")
    return Outcome(
        source=source, output=target, assignments=len(report.assignments), sections=len(report.status_sections),
        statuses=dict(Counter(a.status.category.value for a in report.assignments)), warnings=report.warnings,
    )


def run(
    pairs: list[tuple[Path, Path]], options: Options, jobs: int, on_done: Callable[[Outcome], None]
) -> list[Outcome]:
    """Process every (input, output) pair, `jobs` at a time, in input order."""
    outcomes = []
    for outcome in _outcomes(pairs, options, jobs):
        on_done(outcome)
        outcomes.append(outcome)
    return outcomes


def _outcomes(pairs: list[tuple[Path, Path]], options: Options, jobs: int) -> Iterator[Outcome]:
    if jobs <= 1 or len(pairs) <= 1:
        yield from (process(source, target, options) for source, target in pairs)
        return
    with ProcessPoolExecutor(max_workers=min(jobs, len(pairs))) as pool:
        futures = [pool.submit(process, source, target, options) for source, target in pairs]
        yield from (future.result() for future in futures)
