"""Versions of the components that decide an output: for `--version` and the JSON's `source.tools`.

Looking them up costs about a tenth of a second a run (seven package metadata look-ups, Tesseract started
twice), and they change only when something is installed. So they are kept in the cache folder beside a stamp of
what an installation changes: the interpreter, the folders Python imports from (installing, upgrading or removing
a package creates or removes a folder in one, which changes its time), the tesseract program found on PATH, and
the model and dictionary files the versions were read from. Any difference, or a damaged record, and they are
looked up again.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sys
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

import hpextract
from hpextract.errors import HpextractError

PYTHON_PACKAGES = ("pdfplumber", "pdfminer.six", "pypdfium2", "spacy", "wordfreq", "ftfy", "pydantic")
RECORD_FORMAT = 1


@cache
def component_versions() -> dict[str, str]:
    """Name → version of hpextract, the Python libraries it reads with, Tesseract, its model and Hunspell's
    dictionary. Fixed for one installation (no dates, no paths that vary by run)."""
    from hpextract.utils.files import cache_dir

    record = cache_dir() / "versions.json"
    stamp = installation_stamp()
    remembered = _remembered(record, stamp)
    if remembered is not None:
        return remembered
    found, files = _look_up()
    with contextlib.suppress(OSError, HpextractError):  # a cache that cannot be written: looked up every run
        from hpextract.utils.files import atomic_write

        content = {"format": RECORD_FORMAT, "stamp": stamp, "files": _stats(files), "versions": found}
        atomic_write(record, json.dumps(content, ensure_ascii=False, indent=1) + "\n")
    return found


def installation_stamp() -> list[str]:
    """What installing, upgrading or removing a component changes (file times in nanoseconds)."""
    stamp = [hpextract.__version__, sys.executable, sys.version, os.environ.get("TESSDATA_PREFIX", "")]
    for entry in filter(None, sys.path):  # not "", the working folder: its time changes with every file written there
        with contextlib.suppress(OSError):
            stamp.append(f"{entry} {os.stat(entry).st_mtime_ns}")
    tesseract = shutil.which("tesseract")
    stamp.append(f"tesseract {tesseract} {_stat(Path(tesseract)) if tesseract else []}")
    # A dictionary installed after the versions were read ("not installed") must be seen: every folder it may be in.
    from hpextract.normalize.lexicon import HUNSPELL_DIRS

    stamp += [f"{folder} {_stat(folder / 'sv_SE.dic')}" for folder in HUNSPELL_DIRS]
    return stamp


def _remembered(record: Path, stamp: list[str]) -> dict[str, str] | None:
    """The versions kept at `record` when they were read under this stamp from files that have not changed."""
    try:
        content: Any = json.loads(record.read_text(encoding="utf-8"))
        if content["format"] != RECORD_FORMAT or content["stamp"] != stamp:
            return None
        if content["files"] != _stats(Path(name) for name in content["files"]):
            return None
        versions = content["versions"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if not isinstance(versions, dict) or not all(isinstance(v, str) for v in versions.values()):
        return None
    return versions


def _look_up() -> tuple[dict[str, str], list[Path]]:
    """The versions, and the data files they were read from (Tesseract's model, the dictionary)."""
    from importlib.metadata import PackageNotFoundError, version

    found = {"hpextract": hpextract.__version__}
    for package in PYTHON_PACKAGES:
        try:
            found[package] = version(package)
        except PackageNotFoundError:
            found[package] = "not installed"
    found["tesseract"], model = _tesseract()
    found["hunspell-dictionary"], dictionary = _hunspell_dictionary()
    return found, [path for path in (model, dictionary) if path is not None]


def _stats(paths: Iterable[Path]) -> dict[str, list[int]]:
    """Size and modification time of each path ([] for one that is gone)."""
    return {str(path): _stat(path) for path in paths}


def _stat(path: Path) -> list[int]:
    try:
        info = path.stat()
    except OSError:
        return []
    return [info.st_size, info.st_mtime_ns]


def _tesseract() -> tuple[str, Path | None]:
    from hpextract.sources.tesseract import model_description, model_path, tesseract_version

    try:
        return f"{tesseract_version()} ({model_description('swe')})", model_path("swe")
    except HpextractError:
        return "not installed", None


def _hunspell_dictionary() -> tuple[str, Path | None]:
    from hpextract.normalize.lexicon import hunspell_dir

    try:
        dictionary = hunspell_dir() / "sv_SE.dic"
        return f"sv_SE ({dictionary.stat().st_size} bytes)", dictionary
    except OSError:
        return "not installed", None
