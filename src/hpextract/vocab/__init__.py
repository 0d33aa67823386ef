"""Language knowledge kept as data: the status vocabulary, function words, colour conventions, precedence.

The files sit next to this module; docs/status.md explains their columns and how to add a word."""

from __future__ import annotations

import csv
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the report's models (pydantic) load with the vocabulary's rows, not with every import of
    # the vocab package: the read stage needs its word lists but not the models
    from hpextract.report.model import StatusCategory

POLARITIES = ("affirmed", "negated", "future", "present")
SCOPES = ("any", "value", "label", "hint")


@dataclass(frozen=True, slots=True)
class VocabularyRow:
    """One row of status.tsv: what a pattern means in one polarity."""

    category: StatusCategory
    pattern: str
    polarity: str
    scope: str
    example: str
    note: str
    line: int


@dataclass(frozen=True, slots=True)
class ColourRow:
    """One row of colours.tsv: a colour word or an icon colour (and shape) and what it means by default."""

    kind: str
    colours: tuple[str, ...]
    shape: str
    category: StatusCategory
    word: str


def _read(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def _tsv(name: str) -> list[tuple[int, dict[str, str]]]:
    """Rows of a TSV file with a header, comment lines (#) skipped, each with its line number."""
    lines = [(n, line) for n, line in enumerate(_read(name).splitlines(), 1) if line.strip() and line[0] != "#"]
    header = lines[0][1].split("\t")
    rows = csv.DictReader((line for _, line in lines[1:]), fieldnames=header, delimiter="\t", quoting=csv.QUOTE_NONE)
    return [
        (number, {k: (v or "").strip() for k, v in row.items()})
        for (number, _), row in zip(lines[1:], rows, strict=True)
    ]


@cache
def status_vocabulary() -> tuple[VocabularyRow, ...]:
    from hpextract.report.model import StatusCategory

    rows = []
    for line, row in _tsv("status.tsv"):
        if row["polarity"] not in POLARITIES or row["scope"] not in SCOPES:
            raise ValueError(f"status.tsv line {line}: polarity or scope not one of {POLARITIES} / {SCOPES}")
        rows.append(VocabularyRow(
            category=StatusCategory(row["category"]), pattern=row["pattern"], polarity=row["polarity"],
            scope=row["scope"], example=row["example"], note=row.get("note", ""), line=line,
        ))
    return tuple(rows)


@cache
def colour_conventions() -> tuple[ColourRow, ...]:
    from hpextract.report.model import StatusCategory

    return tuple(
        ColourRow(kind=row["kind"], colours=tuple(row["colour"].split("|")), shape=row["shape"],
                  category=StatusCategory(row["category"]), word=row["word"])
        for _, row in _tsv("colours.tsv")
    )


@cache
def grammar() -> dict[str, Any]:
    return tomllib.loads(_read("grammar.toml"))


@cache
def precedence() -> dict[str, Any]:
    return tomllib.loads(_read("precedence.toml"))
