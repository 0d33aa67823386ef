"""Versions of the components that decide an output: for `--version` and the JSON's `source.tools`."""

from __future__ import annotations

from functools import cache
from importlib.metadata import PackageNotFoundError, version

from hpextract import __version__
from hpextract.errors import HpextractError

PYTHON_PACKAGES = ("pdfplumber", "pdfminer.six", "pypdfium2", "spacy", "wordfreq", "ftfy", "pydantic")


@cache
def component_versions() -> dict[str, str]:
    """Name → version of hpextract, the Python libraries it reads with, Tesseract, its model and Hunspell's
    dictionary. Fixed for one installation (no dates, no paths that vary by run)."""
    found = {"hpextract": __version__}
    for package in PYTHON_PACKAGES:
        try:
            found[package] = version(package)
        except PackageNotFoundError:
            found[package] = "not installed"
    found["tesseract"] = _tesseract()
    found["hunspell-dictionary"] = _hunspell_dictionary()
    return found


def _tesseract() -> str:
    from hpextract.sources.tesseract import model_description, tesseract_version

    try:
        return f"{tesseract_version()} ({model_description('swe')})"
    except HpextractError:
        return "not installed"


def _hunspell_dictionary() -> str:
    from hpextract.normalize.lexicon import hunspell_dir

    try:
        dictionary = hunspell_dir() / "sv_SE.dic"
        return f"sv_SE ({dictionary.stat().st_size} bytes)"
    except OSError:
        return "not installed"
