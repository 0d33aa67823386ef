"""The labels of the analysts' outputs, in Swedish and English (vocab/output_labels.toml)."""

from __future__ import annotations

import tomllib
from enum import StrEnum
from functools import cache
from importlib.resources import files
from typing import Any

from hpextract.errors import HpextractError
from hpextract.report.model import StatusCategory


class Lang(StrEnum):
    SV = "sv"
    EN = "en"


@cache
def _labels() -> dict[str, Any]:
    return tomllib.loads(files("hpextract").joinpath("vocab/output_labels.toml").read_text(encoding="utf-8"))


def category_name(category: StatusCategory | str, lang: Lang) -> str:
    return _labels()["categories"][lang.value][StatusCategory(category).value]


def category_colour(category: StatusCategory | str) -> str:
    """Background colour of a category, six hex digits without "#"."""
    return _labels()["colours"][StatusCategory(category).value]


def column_name(key: str, lang: Lang) -> str:
    return key if lang is Lang.EN else _labels()["columns"][key]


def ui(lang: Lang) -> dict[str, str]:
    """The words of the HTML and text renderings."""
    return _labels()["ui"][lang.value]


def parse_category(text: str) -> StatusCategory:
    """A category from its JSON value ("in_progress") or its Swedish or English name ("Pågår", "in progress")."""
    wanted = text.strip().casefold().replace("_", " ")
    for category in StatusCategory:
        names = [category.value.replace("_", " "), *(category_name(category, lang) for lang in Lang)]
        if wanted in (name.casefold() for name in names):
            return category
    known = ", ".join(c.value for c in StatusCategory)
    raise HpextractError(f"unknown status {text!r}; use one of {known} (or their Swedish names)")
