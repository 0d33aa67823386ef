"""The Tesseract installation: its version, its language models, and how to install what is missing.

Apart from the OCR of pages (sources/ocr.py): `--version` and the JSON's `source.tools` ask these questions of
every run, which must not load the OCR stage (numpy, PIL, the scan-table readers) to answer them.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

from hpextract.errors import HpextractError


def install_hint(lang: str = "swe") -> str:
    """The Debian install command for Tesseract and the models of `lang` ("swe", or "swe+eng")."""
    models = " ".join(f"tesseract-ocr-{part.lower().replace('_', '-')}" for part in lang.split("+"))
    return f"apt-get install tesseract-ocr {models}"


def check_tesseract(lang: str = "swe") -> None:
    """Raise HpextractError (one line, naming the Debian packages) unless tesseract can read `lang`."""
    _, langs = _tessdata(lang)
    missing = [part for part in lang.split("+") if part not in langs]
    if missing:
        raise HpextractError(
            f"Tesseract has no '{'+'.join(missing)}' language model, which OCR of scanned pages needs; "
            f"install it with: {install_hint(lang)}"
        )


def tesseract_version(lang: str = "swe") -> str:
    """The version line of the installed tesseract, e.g. 'tesseract 5.3.0'."""
    return _run_tesseract(["--version"], lang).splitlines()[0].strip()


def _tessdata(lang: str) -> tuple[Path | None, set[str]]:
    """Tesseract's model directory and the languages it has models for."""
    out = _run_tesseract(["--list-langs"], lang)
    where = re.search(r'List of available languages in "([^"]+)"', out)
    langs = {line.strip() for line in out.splitlines() if line.strip() and not line.startswith("List of")}
    return (Path(where.group(1)) if where else None), langs


def model_description(lang: str = "swe") -> str:
    """The model files of `lang` with their sizes, e.g. 'swe.traineddata 5.0 MB' (for --version)."""
    return ", ".join(model_files(lang, with_time=False))


def model_path(lang: str) -> Path | None:
    """The model file of one language ("swe"), or None when Tesseract names no model folder."""
    directory, _ = _tessdata(lang)
    return directory / f"{lang}.traineddata" if directory else None


def model_files(lang: str, with_time: bool) -> list[str]:
    """Each model of `lang` ("swe+eng") as "swe.traineddata N bytes", or with `with_time` as "swe:size:mtime"
    (what tells two installations apart, for the OCR cache's key); the bare name where the file is missing."""
    directory, _ = _tessdata(lang)
    models = []
    for part in lang.split("+"):
        try:
            info = (directory / f"{part}.traineddata").stat() if directory else None
        except OSError:
            info = None
        if info is None:
            models.append(part)
        elif with_time:
            models.append(f"{part}:{info.st_size}:{info.st_mtime_ns}")
        else:
            models.append(f"{part}.traineddata {info.st_size} bytes")
    return models


def _run_tesseract(args: list[str], lang: str) -> str:
    """Run `tesseract ARGS` for information; stdout and stderr together (versions differ in which)."""
    exe = shutil.which("tesseract")
    hint = install_hint(lang)
    if exe is None:
        raise HpextractError(f"Tesseract is not installed (needed to OCR scanned pages); install it: {hint}")
    try:
        done = subprocess.run([exe, *args], capture_output=True, text=True, timeout=60, check=True)
    except (OSError, subprocess.SubprocessError) as exc:
        raise HpextractError(f"Tesseract does not run ({exc}); reinstall it with: {hint}") from None
    return done.stdout + done.stderr
