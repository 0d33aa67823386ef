"""The library's entry point: `extract` from a path, bytes or an open binary file, into a `Report`."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import BinaryIO

from hpextract.errors import InputError, LimitExceeded
from hpextract.report.model import Report
from hpextract.sources.read import OcrOptions
from hpextract.utils.files import DEFAULT_MAX_INPUT, display_name

Source = str | os.PathLike[str] | bytes | BinaryIO


def extract(
    source: Source, *, password: str | None = None, ocr: OcrOptions | None = None, name: str | None = None,
    max_input: int = DEFAULT_MAX_INPUT,
) -> Report:
    """Extract one report (a PDF or a text dump) into the data model.

    `source` is a file path (str or path-like), the file's bytes, or a binary file object (e.g.
    `sys.stdin.buffer`), read up to `max_input` bytes. `name` is the file name recorded in the
    report (default: the path's name, or "stdin" for bytes and streams). Raises an `HpextractError`
    subclass (see `hpextract.errors`) for input that cannot be read; anything else is a bug.
    """
    from hpextract.pipeline import extract as run_pipeline

    if isinstance(source, str | os.PathLike):
        path = Path(source)
        report = run_pipeline(path, password=password, ocr=ocr)
        return _stamped(report, name or display_name(path))
    label = Path(name).name if name else "stdin"
    data = source if isinstance(source, bytes) else read_limited(source, max_input, label)
    with tempfile.TemporaryDirectory(prefix="hpextract-") as folder:
        path = Path(folder) / label  # messages name the input as the caller called it
        path.write_bytes(data)
        return _stamped(run_pipeline(path, password=password, ocr=ocr), label)


def read_limited(stream: BinaryIO, limit: int, name: str) -> bytes:
    """All of a stream, or LimitExceeded once it passes `limit` bytes (the rest is not read)."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise LimitExceeded(f"{name}: input larger than the limit of {limit} bytes (--max-input)")
    if not data:
        raise InputError(f"{name}: the input is empty (0 bytes)")
    return data


def _stamped(report: Report, name: str) -> Report:
    """The report with its file name fit for JSON and the versions of the components that made it."""
    from hpextract.versions import component_versions

    report.source.file = name
    report.source.tools = dict(component_versions())
    return report
