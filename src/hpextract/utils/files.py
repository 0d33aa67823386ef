"""File helpers: atomic writes and finding the reports in a folder."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

REPORT_SUFFIXES = (".pdf", ".txt")


def atomic_write(path: Path, text: str) -> None:
    """Write UTF-8 text to a temporary file beside `path`, then rename it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def reports_in(folder: Path) -> list[Path]:
    """The PDF and text reports directly in a folder, sorted by name."""
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in REPORT_SUFFIXES)
